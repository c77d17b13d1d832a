import { MAALFORMER } from '../../../../libs/domain/src/felles/typer.js';
import { validerBrevmal, type Brevmalinnhold, type Feltfeil } from '../../../../libs/letters/src/brevmal.js';
import { BREVTYPER, erBrevtype } from '../../../../libs/letters/src/brevtyper.js';

const INNHOLD_FELT = ['brevtype', 'maalform', 'tittel', 'seksjoner', 'flettefelt'];
const SEKSJON_FELT = ['id', 'overskrift', 'tekst'];
const MAKS = { tittel: 300, seksjoner: 50, id: 60, overskrift: 300, tekst: 20_000, flettefelt: 300, flettefeltNavn: 200 };

const erObjekt = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a template's content from a request: first its shape (known fields, types, sizes), then the
 * template rules of `validerBrevmal` (placeholders declared and known, required sections of a decision
 * letter). Every error names its field under `innhold.`. Returns a clean copy with only known fields,
 * so nothing unvalidated is stored.
 */
export function lesBrevmalinnhold(
  raa: Record<string, unknown>,
  forventet?: { brevtype: string; maalform: string },
): { innhold: Brevmalinnhold; feil: [] } | { innhold: null; feil: Feltfeil[] } {
  const feil: Feltfeil[] = [];
  const f = (field: string, message: string) => feil.push({ field: `innhold.${field}`, message });

  for (const k of Object.keys(raa)) if (!INNHOLD_FELT.includes(k)) f(k, 'Feltet er ikke tillatt.');
  if (!erBrevtype(raa.brevtype)) f('brevtype', `Må være en av: ${BREVTYPER.join(', ')}.`);
  if (!(MAALFORMER as readonly unknown[]).includes(raa.maalform)) f('maalform', `Må være en av: ${MAALFORMER.join(', ')}.`);
  if (typeof raa.tittel !== 'string') f('tittel', 'Må være tekst.');
  else if (raa.tittel.length > MAKS.tittel) f('tittel', `Kan ikke være lengre enn ${MAKS.tittel} tegn.`);

  if (!Array.isArray(raa.seksjoner)) f('seksjoner', 'Må være en liste.');
  else if (raa.seksjoner.length > MAKS.seksjoner) f('seksjoner', `Malen kan ha høyst ${MAKS.seksjoner} seksjoner.`);
  else {
    raa.seksjoner.forEach((s: unknown, i) => {
      const sti = `seksjoner[${i}]`;
      if (!erObjekt(s)) return f(sti, 'Må være et objekt med id, overskrift og tekst.');
      for (const k of Object.keys(s)) if (!SEKSJON_FELT.includes(k)) f(`${sti}.${k}`, 'Feltet er ikke tillatt.');
      for (const k of SEKSJON_FELT) {
        const maks = MAKS[k as 'id' | 'overskrift' | 'tekst'];
        if (typeof s[k] !== 'string') f(`${sti}.${k}`, 'Må være tekst.');
        else if ((s[k] as string).length > maks) f(`${sti}.${k}`, `Kan ikke være lengre enn ${maks} tegn.`);
      }
    });
  }

  if (!Array.isArray(raa.flettefelt)) f('flettefelt', 'Må være en liste med navn.');
  else if (raa.flettefelt.length > MAKS.flettefelt) f('flettefelt', `Malen kan deklarere høyst ${MAKS.flettefelt} flettefelt.`);
  else {
    raa.flettefelt.forEach((n: unknown, i) => {
      if (typeof n !== 'string') f(`flettefelt[${i}]`, 'Må være tekst.');
      else if (n.length > MAKS.flettefeltNavn) f(`flettefelt[${i}]`, `Kan ikke være lengre enn ${MAKS.flettefeltNavn} tegn.`);
    });
  }

  if (forventet && erBrevtype(raa.brevtype) && raa.brevtype !== forventet.brevtype) {
    f('brevtype', `Må være den samme som brevmalens brevtype («${forventet.brevtype}»).`);
  }
  if (forventet && typeof raa.maalform === 'string' && raa.maalform !== forventet.maalform) {
    f('maalform', `Må være den samme som brevmalens målform («${forventet.maalform}»).`);
  }
  if (feil.length > 0) return { innhold: null, feil };

  const innhold: Brevmalinnhold = {
    brevtype: raa.brevtype as Brevmalinnhold['brevtype'],
    maalform: raa.maalform as Brevmalinnhold['maalform'],
    tittel: raa.tittel as string,
    seksjoner: (raa.seksjoner as Record<string, string>[]).map((s) => ({ id: s.id!, overskrift: s.overskrift!, tekst: s.tekst! })),
    flettefelt: [...(raa.flettefelt as string[])],
  };
  const regelbrudd = validerBrevmal(innhold).map((e) => ({ field: `innhold.${e.field}`, message: e.message }));
  return regelbrudd.length > 0 ? { innhold: null, feil: regelbrudd } : { innhold, feil: [] };
}
