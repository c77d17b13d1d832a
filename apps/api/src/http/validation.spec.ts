import 'reflect-metadata';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Max, MaxLength } from 'class-validator';
import { ValideringsFeil } from './problem-details.filter.js';
import { lagValidationPipe } from './validation.js';

class Skjema {
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(3) @IsString({ each: true }) @MaxLength(5, { each: true }) ord: string[];
  @IsArray() @ArrayMinSize(1) liste: string[];
  @IsInt() @Max(10) tall: number;
}

async function feilene(body: object): Promise<{ field: string; message: string }[]> {
  try {
    await lagValidationPipe().transform(body, { type: 'body', metatype: Skjema });
  } catch (e) {
    if (e instanceof ValideringsFeil) return e.errors;
    throw e;
  }
  throw new Error('ingen feil');
}

describe('validation messages: the rule and its limit in bokmål, beside the field', () => {
  it('says how many elements a list needs or may have', async () => {
    expect(await feilene({ ord: ['a'], liste: [], tall: 1 })).toEqual([
      { field: 'ord', message: 'Listen må ha minst 2 elementer.' },
      { field: 'liste', message: 'Listen må ha minst 1 element.' },
    ]);
    expect(await feilene({ ord: ['a', 'b', 'c', 'd'], liste: ['x'], tall: 1 })).toEqual([{ field: 'ord', message: 'Listen kan ha høyst 3 elementer.' }]);
  });

  it('names the limit of each element and of a number, and no English text is left', async () => {
    const feil = await feilene({ ord: ['lang tekst', 'b'], liste: ['x'], tall: 11.5 });
    expect(feil).toEqual(
      expect.arrayContaining([
        { field: 'ord', message: 'Kan ikke være lengre enn 5 tegn.' },
        { field: 'tall', message: 'Må være et heltall.' },
        { field: 'tall', message: 'Kan ikke være større enn 10.' },
      ]),
    );
    for (const f of feil) expect(f.message).not.toMatch(/\b(must|should|each|value)\b/i);
  });
});
