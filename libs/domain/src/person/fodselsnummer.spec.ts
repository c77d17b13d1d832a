import fc from 'fast-check';
import {
  FODSELSNUMMER_MELDINGER,
  alderPaaDato,
  lagSyntetiskFodselsnummer,
  maskerFodselsnummer,
  validerFodselsnummer,
} from './fodselsnummer.js';

// Fixtures computed with an independent implementation of the modulus-11 rules, not with the code under test.
describe('validerFodselsnummer: valid numbers', () => {
  it.each([
    ['fødselsnummer, 1900s (individual 000)', '01019000083', 'fodselsnummer', '1990-01-01'],
    ['fødselsnummer, 1970', '15087010047', 'fodselsnummer', '1970-08-15'],
    ['fødselsnummer, written with a space', '150870 10047', 'fodselsnummer', '1970-08-15'],
    ['29 February in the leap year 1996', '29029600013', 'fodselsnummer', '1996-02-29'],
    ['29 February 2000 (individual 500 → 2000s; 2000 is a leap year)', '29020050088', 'fodselsnummer', '2000-02-29'],
    ['31 December 2024 (individual 500, year 24 → 2024)', '31122450034', 'fodselsnummer', '2024-12-31'],
    ['1885 (individual 600, year 85 → 1800s)', '01018560026', 'fodselsnummer', '1885-01-01'],
    ['1940 (individual 900, year 40 → 1900s)', '01014090017', 'fodselsnummer', '1940-01-01'],
    ['D-nummer (day + 40)', '41019000077', 'dnummer', '1990-01-01'],
    ['D-nummer on the 31st (day 71), individual 990 → 1999', '71129990060', 'dnummer', '1999-12-31'],
  ])('%s', (_navn, nr, type, fodselsdato) => {
    expect(validerFodselsnummer(nr)).toEqual({ ok: true, type, syntetisk: false, fodselsdato });
  });

  it.each([
    ['synthetic fødselsnummer (month + 80)', '01819000049', 'fodselsnummer'],
    ['synthetic D-nummer (day + 40, month + 80)', '41819000032', 'dnummer'],
  ])('%s is accepted only when synthetic numbers are allowed', (_navn, nr, type) => {
    expect(validerFodselsnummer(nr, { allowSynthetic: true })).toEqual({
      ok: true,
      type,
      syntetisk: true,
      fodselsdato: '1990-01-01',
    });
    expect(validerFodselsnummer(nr)).toEqual({
      ok: false,
      feil: 'syntetisk_ikke_tillatt',
      melding: 'Syntetiske fødselsnumre (testdata) kan ikke brukes her.',
    });
  });
});

describe('validerFodselsnummer: invalid numbers', () => {
  it.each([
    ['empty', '', 'lengde'],
    ['ten digits', '0101900008', 'lengde'],
    ['twelve digits', '010190000830', 'lengde'],
    ['a letter', '0101900008A', 'tegn'],
    ['dashes', '010190-00083', 'tegn'],
    ['second check digit wrong', '01019000084', 'kontrollsiffer'],
    ['first check digit wrong', '01019000093', 'kontrollsiffer'],
    ['two digits swapped', '10019000083', 'kontrollsiffer'],
    ['individual number whose first check digit would be 10', '01019001200', 'kontrollsiffer'],
    ['31 April', '31049000076', 'dato'],
    ['29 February 1900 (not a leap year)', '29020000064', 'dato'],
    ['29 February 1901', '29020100085', 'dato'],
    ['day 00', '00019000044', 'dato'],
    ['month 13', '01139000001', 'dato'],
    ['month + 40 (H-number / NAV convention, not supported)', '01519000004', 'dato'],
    ['individual number 600 with year 50 was never issued', '01015060057', 'dato'],
    ['individual number 500 with year 40 was never issued', '01014050066', 'dato'],
  ])('%s → %s', (_navn, nr, feil) => {
    const resultat = validerFodselsnummer(nr, { allowSynthetic: true });
    expect(resultat).toEqual({ ok: false, feil, melding: FODSELSNUMMER_MELDINGER[feil as keyof typeof FODSELSNUMMER_MELDINGER] });
  });

  it('tells the caseworker what is wrong in bokmål', () => {
    expect(validerFodselsnummer('0101900008')).toMatchObject({ melding: 'Fødselsnummer eller D-nummer må ha nøyaktig 11 siffer.' });
    expect(validerFodselsnummer('01019000084')).toMatchObject({
      melding: 'Fødselsnummeret eller D-nummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktig skrevet.',
    });
    expect(validerFodselsnummer('31049000076')).toMatchObject({
      melding: 'Fødselsnummeret eller D-nummeret inneholder ikke en gyldig fødselsdato.',
    });
  });

  it('rejects a birth date in the future when today is given (year 39, individual 900 → 2039)', () => {
    expect(validerFodselsnummer('31123990008')).toMatchObject({ ok: true, fodselsdato: '2039-12-31' });
    expect(validerFodselsnummer('31123990008', { idag: '2026-05-01' })).toMatchObject({ ok: false, feil: 'dato' });
  });
});

describe('alderPaaDato', () => {
  it.each([
    ['1990-01-01', '2026-01-01', 36],
    ['1990-01-01', '2025-12-31', 35],
    ['1959-06-15', '2026-06-14', 66],
    ['1959-06-15', '2026-06-15', 67],
    ['1996-02-29', '2025-02-28', 28],
    ['1996-02-29', '2025-03-01', 29],
    ['1996-02-29', '2024-02-29', 28],
    ['2026-03-10', '2026-03-10', 0],
  ])('born %s, on %s → %i years', (fodt, dato, alder) => {
    expect(alderPaaDato(fodt, dato)).toBe(alder);
  });
});

describe('maskerFodselsnummer', () => {
  it.each([
    ['01019000083', '010190*****'],
    ['010190 00083', '010190*****'],
    ['0101900008', '***********'],
    ['0101900008A', '***********'],
  ])('%s → %s', (nr, maskert) => {
    expect(maskerFodselsnummer(nr)).toBe(maskert);
  });
});

describe('lagSyntetiskFodselsnummer', () => {
  it('is deterministic for a given random source', () => {
    const nr = lagSyntetiskFodselsnummer('1950-07-04', () => 0);
    expect(nr).toBe(lagSyntetiskFodselsnummer('1950-07-04', () => 0));
    expect(nr.slice(0, 6)).toBe('048750');
  });

  it('refuses birth years no identity number can have', () => {
    expect(() => lagSyntetiskFodselsnummer('1853-12-31', Math.random)).toThrow(RangeError);
    expect(() => lagSyntetiskFodselsnummer('2040-01-01', Math.random)).toThrow(RangeError);
  });

  const fodselsdato = fc
    .date({ min: new Date(Date.UTC(1854, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('property: every generated synthetic number validates, with its birth date, and is refused in production', () => {
    fc.assert(
      fc.property(fodselsdato, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean(), (dato, r, dnummer) => {
        const nr = lagSyntetiskFodselsnummer(dato, () => r, { dnummer });
        expect(nr).toMatch(/^\d{11}$/);
        expect(validerFodselsnummer(nr, { allowSynthetic: true })).toEqual({
          ok: true,
          type: dnummer ? 'dnummer' : 'fodselsnummer',
          syntetisk: true,
          fodselsdato: dato,
        });
        expect(validerFodselsnummer(nr)).toMatchObject({ ok: false, feil: 'syntetisk_ikke_tillatt' });
      }),
      { numRuns: 500 },
    );
  });

  it('property: changing one digit of a valid number is always caught', () => {
    fc.assert(
      fc.property(fodselsdato, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (dato, pos, delta) => {
        const nr = lagSyntetiskFodselsnummer(dato, () => 0.5);
        const endret = nr.slice(0, pos) + String((Number(nr[pos]) + delta) % 10) + nr.slice(pos + 1);
        expect(validerFodselsnummer(endret, { allowSynthetic: true }).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('no error message ever contains the number', () => {
  const ellevesifret = /\d{11}/;

  it('property: for any input, including 11-digit ones with a wrong check digit or date', () => {
    const input = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{1,14}$/),
      fc.stringMatching(/^\d{6} ?\d{5}$/),
      fc.stringMatching(/^\d{5}[a-z]\d{5}$/),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (nr, allowSynthetic) => {
        const resultat = validerFodselsnummer(nr, { allowSynthetic });
        if (!resultat.ok) {
          expect(resultat.melding).not.toMatch(ellevesifret);
          // The only number a message may carry is the rule's "11"; never a run of the input's digits.
          expect(resultat.melding).not.toMatch(/\d{3,}/);
          if (nr.trim().length >= 4) expect(resultat.melding).not.toContain(nr.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });
});
