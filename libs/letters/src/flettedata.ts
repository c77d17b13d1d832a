import { DomeneFeil, UTFALL, type Maalform, type Utfall } from '../../domain/src/felles/typer.js';
import { TREKKMAATER, type Brevdata, type Trekkmaate } from './brevdata.js';
import type { Brevtype } from './brevtyper.js';
import { skjemaForBrevtype, type Felt } from './vokabular.js';

/** What the template engine sees: plain data with null prototypes, dates and outcomes as text. */
export type Flettevisning = { [navn: string]: Flettevisning | Flettevisning[] | string | null };

export const AVSENDER_SUFFIKS = 'ved Felles tildelingskontor Lofoten';

const MAANEDER = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

const UTFALL_TEKST: Record<Maalform, Record<Utfall, string>> = {
  nb: {
    innvilget: 'Innvilget',
    delvis_innvilget: 'Delvis innvilget',
    avslag: 'Avslått',
    venteliste: 'Vilkårene er oppfylt – satt på venteliste',
  },
  nn: {
    innvilget: 'Innvilga',
    delvis_innvilget: 'Delvis innvilga',
    avslag: 'Avslått',
    venteliste: 'Vilkåra er oppfylte – sett på venteliste',
  },
};

/** How a withdrawal came, as the letter says it: "Den … ga du oss beskjed på telefon om at …". */
const TREKKMAATE_TEKST: Record<Maalform, Record<Trekkmaate, string>> = {
  nb: { telefon: 'på telefon', muntlig: 'muntlig', skriftlig: 'skriftlig', digital: 'digitalt' },
  nn: { telefon: 'på telefon', muntlig: 'munnleg', skriftlig: 'skriftleg', digital: 'digitalt' },
};

/** "<kommune> kommune, ved Felles tildelingskontor Lofoten": the office decides on the municipality's behalf. */
export function avsenderlinje(kommunenavn: string): string {
  return `${kommunenavn} kommune, ${AVSENDER_SUFFIKS}`;
}

/** "2025-04-01" → "1. april 2025" (the same in bokmål and nynorsk). Throws on an invalid date. */
export function formaterDato(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error('ugyldig dato');
  const [aar, mnd, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(aar, mnd - 1, dag));
  if (d.getUTCFullYear() !== aar || d.getUTCMonth() !== mnd - 1 || d.getUTCDate() !== dag) throw new Error('ugyldig dato');
  return `${dag}. ${MAANEDER[mnd - 1]} ${aar}`;
}

function ugyldig(felt: { field: string; message: string }[]): DomeneFeil {
  return new DomeneFeil('BREVDATA_UGYLDIG', 'Flettedataene for brevet er ufullstendige eller ugyldige.', 422, felt);
}

/**
 * Refuses anything in the merge data that is not plain JSON. Mustache calls functions it finds in
 * the view (lambdas), so a function in the merge data would be code run from a letter.
 * Error messages name the path, never the value (merge data is personal data).
 */
export function avvisIkkeJson(verdi: unknown, sti = 'data'): void {
  const feil: { field: string; message: string }[] = [];
  const gaa = (v: unknown, s: string, dybde: number): void => {
    if (dybde > 20) {
      feil.push({ field: s, message: `Flettedataene er for dypt nestet ved «${s}».` });
      return;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) feil.push({ field: s, message: `«${s}» er ikke et endelig tall.` });
      return;
    }
    if (typeof v === 'function') {
      feil.push({ field: s, message: `Flettedata kan ikke inneholde funksjoner: «${s}» er en funksjon.` });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((e, i) => gaa(e, `${s}[${i}]`, dybde + 1));
      return;
    }
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        feil.push({ field: s, message: `Flettedata kan bare inneholde vanlige objekter: «${s}» er ikke det.` });
        return;
      }
      if (Object.getOwnPropertySymbols(v).length > 0) feil.push({ field: s, message: `«${s}» har symbolnøkler.` });
      for (const [k, e] of Object.entries(Object.getOwnPropertyDescriptors(v))) {
        if (e.get || e.set) {
          feil.push({ field: `${s}.${k}`, message: `Flettedata kan ikke inneholde funksjoner: «${s}.${k}» er en getter.` });
        } else {
          gaa(e.value, `${s}.${k}`, dybde + 1);
        }
      }
      return;
    }
    if (v === undefined) return;
    feil.push({ field: s, message: `«${s}» har en type som ikke kan flettes inn i et brev.` });
  };
  gaa(verdi, sti, 0);
  if (feil.length > 0) throw ugyldig(feil);
}

/** Top-level groups the letter layout itself always prints (letterhead, recipient, signature). */
const LAYOUT_GRUPPER = ['brevhode', 'saksnummer', 'dato', 'part', 'verge', 'saksbehandler'];

/**
 * Builds the view for the template engine from the merge data: copies only fields in the
 * vocabulary (a whitelist), formats dates and outcomes in the letter's målform, computes the
 * derived fields, and refuses missing or malformed required data, naming each path.
 *
 * @param brukteGrupper top-level vocabulary groups the template uses; they must be complete.
 */
export function lagFlettevisning(
  brevtype: Brevtype,
  maalform: Maalform,
  data: Brevdata,
  brukteGrupper: Iterable<string>,
): Flettevisning {
  avvisIkkeJson(data);
  const skjema = skjemaForBrevtype(brevtype);
  const feil: { field: string; message: string }[] = [];
  const kilde = data as unknown as Record<string, unknown>;
  const visning: Flettevisning = Object.create(null);
  for (const gruppe of new Set([...LAYOUT_GRUPPER, ...brukteGrupper])) {
    const felt = skjema[gruppe];
    if (!felt) continue;
    visning[gruppe] = kopier(felt, kilde[gruppe], gruppe, maalform, feil);
  }
  if (feil.length === 0) avled(visning, data, maalform, feil);
  if (feil.length > 0) throw ugyldig(feil);
  return visning;
}

function kopier(
  felt: Felt,
  verdi: unknown,
  sti: string,
  maalform: Maalform,
  feil: { field: string; message: string }[],
): Flettevisning | Flettevisning[] | string | null {
  if (verdi === undefined || verdi === null || verdi === '') {
    if (!felt.valgfri && !(felt.type !== 'objekt' && felt.type !== 'liste' && felt.avledet)) {
      feil.push({ field: sti, message: `Flettefeltet «${sti}» mangler.` });
    }
    return null;
  }
  switch (felt.type) {
    case 'tekst':
      if (felt.avledet) return null;
      if (typeof verdi === 'string') return verdi;
      if (typeof verdi === 'number') return String(verdi);
      feil.push({ field: sti, message: `Flettefeltet «${sti}» må være tekst.` });
      return null;
    case 'dato':
      try {
        return formaterDato(String(verdi));
      } catch {
        feil.push({ field: sti, message: `Flettefeltet «${sti}» må være en gyldig dato (ÅÅÅÅ-MM-DD).` });
        return null;
      }
    case 'utfall':
      if (typeof verdi === 'string' && (UTFALL as readonly string[]).includes(verdi)) return UTFALL_TEKST[maalform][verdi as Utfall];
      feil.push({ field: sti, message: `Flettefeltet «${sti}» må være et utfall (${UTFALL.join(', ')}).` });
      return null;
    case 'trekkmaate':
      if (typeof verdi === 'string' && (TREKKMAATER as readonly string[]).includes(verdi)) return TREKKMAATE_TEKST[maalform][verdi as Trekkmaate];
      feil.push({ field: sti, message: `Flettefeltet «${sti}» må være en av: ${TREKKMAATER.join(', ')}.` });
      return null;
    case 'objekt': {
      if (typeof verdi !== 'object' || Array.isArray(verdi)) {
        feil.push({ field: sti, message: `Flettefeltet «${sti}» må være et objekt.` });
        return null;
      }
      const ut: Flettevisning = Object.create(null);
      for (const [navn, f] of Object.entries(felt.felt)) {
        ut[navn] = kopier(f, (verdi as Record<string, unknown>)[navn], `${sti}.${navn}`, maalform, feil);
      }
      return ut;
    }
    case 'liste': {
      if (!Array.isArray(verdi)) {
        feil.push({ field: sti, message: `Flettefeltet «${sti}» må være en liste.` });
        return null;
      }
      const element = felt.element;
      if (element === 'tekst') {
        return verdi.map((e, i) => kopier({ type: 'tekst' }, e, `${sti}[${i}]`, maalform, feil)) as unknown as Flettevisning[];
      }
      return verdi.map((e, i) => kopier({ type: 'objekt', felt: element }, e, `${sti}[${i}]`, maalform, feil) as Flettevisning);
    }
  }
}

function avled(visning: Flettevisning, data: Brevdata, maalform: Maalform, feil: { field: string; message: string }[]): void {
  const hode = visning.brevhode as Flettevisning | null;
  if (hode) hode.avsender = avsenderlinje(data.brevhode.kommunenavn);
  // A regulation is cited by its name; the municipality's number in its place tells the reader nothing.
  if (visning.venteliste && data.venteliste && new RegExp(`(^|\\D)${data.brevhode.kommunenummer}(\\D|$)`).test(data.venteliste.forskrift)) {
    feil.push({ field: 'venteliste.forskrift', message: 'Kommunens forskrift må stå med fullt navn og dato, ikke med kommunenummeret.' });
  }

  const linjer = visning.vedtak as Flettevisning[] | null | undefined;
  if (!linjer || !data.vedtak) return;
  linjer.forEach((linje, i) => {
    const kilde = data.vedtak![i]!;
    const innvilget = kilde.utfall === 'innvilget' || kilde.utfall === 'delvis_innvilget';
    if (innvilget && !kilde.startdato) {
      feil.push({ field: `vedtak[${i}].startdato`, message: 'Et innvilget vedtak må ha startdato.' });
    }
    if (innvilget && !kilde.sluttdato && !kilde.evalueringsdato) {
      feil.push({
        field: `vedtak[${i}].evalueringsdato`,
        message: 'Et innvilget vedtak uten sluttdato («inntil videre») må ha evalueringsdato.',
      });
    }
    if (innvilget && !kilde.omfang) {
      feil.push({ field: `vedtak[${i}].omfang`, message: 'Et innvilget vedtak må ha omfang med enhet.' });
    }
    linje.varighet = varighet(linje, maalform);
  });
}

function varighet(linje: Flettevisning, maalform: Maalform): string | null {
  const start = linje.startdato as string | null;
  const slutt = linje.sluttdato as string | null;
  const evaluering = linje.evalueringsdato as string | null;
  if (!start) return null;
  const nb = maalform === 'nb';
  const deler = [slutt ? `${nb ? 'Fra' : 'Frå'} ${start} til ${slutt}.` : `${nb ? 'Fra' : 'Frå'} ${start} ${nb ? 'inntil videre' : 'inntil vidare'}.`];
  if (evaluering) deler.push(nb ? `Vedtaket skal evalueres innen ${evaluering}.` : `Vedtaket skal evaluerast innan ${evaluering}.`);
  return deler.join(' ');
}
