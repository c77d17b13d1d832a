import { DomeneFeil, type IsoDato } from '../felles/typer.js';

/*
 * Calendar arithmetic on `YYYY-MM-DD` strings. A legal deadline is a calendar date, not an instant,
 * so everything here counts whole days in UTC: no time zone or daylight-saving shift can move a
 * deadline by a day.
 */

const ISO_DATO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAG = 86_400_000;

export function erSkuddaar(aar: number): boolean {
  return (aar % 4 === 0 && aar % 100 !== 0) || aar % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function dagerIMaaned(aar: number, maaned: number): number {
  if (maaned === 2) return erSkuddaar(aar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maaned) ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-02-29, 2026-13-01, 2026-1-5). */
export function erGyldigIsoDato(verdi: unknown): verdi is IsoDato {
  if (typeof verdi !== 'string') return false;
  const m = ISO_DATO.exec(verdi);
  if (!m) return false;
  const [aar, maaned, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return maaned >= 1 && maaned <= 12 && dag >= 1 && dag <= dagerIMaaned(aar, maaned);
}

/** Splits a date into numbers; a malformed date is a caller error answered as 400, not a silent NaN. */
export function delOppDato(dato: IsoDato): { aar: number; maaned: number; dag: number } {
  if (!erGyldigIsoDato(dato)) {
    throw new DomeneFeil('UGYLDIG_DATO', 'Datoen er ugyldig. Bruk formatet ÅÅÅÅ-MM-DD med en dato som finnes.', 400);
  }
  return { aar: Number(dato.slice(0, 4)), maaned: Number(dato.slice(5, 7)), dag: Number(dato.slice(8, 10)) };
}

export function lagDato(aar: number, maaned: number, dag: number): IsoDato {
  return `${String(aar).padStart(4, '0')}-${String(maaned).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

function tilDagnummer(dato: IsoDato): number {
  const { aar, maaned, dag } = delOppDato(dato);
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(aar, maaned - 1, dag);
  return Math.round(d.getTime() / MS_PER_DAG);
}

function fraDagnummer(dagnummer: number): IsoDato {
  const d = new Date(dagnummer * MS_PER_DAG);
  return lagDato(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function leggTilDager(dato: IsoDato, dager: number): IsoDato {
  if (!Number.isInteger(dager)) throw new RangeError('dager must be a whole number');
  return fraDagnummer(tilDagnummer(dato) + dager);
}

/**
 * Same day of the month `maaneder` months later, clamped to the last day of the target month
 * (31 January + 1 month = 28 or 29 February). This is how a deadline "one month" is read in
 * Norwegian administrative law (cf. domstolloven § 148 on deadlines counted in months).
 */
export function leggTilMaaneder(dato: IsoDato, maaneder: number): IsoDato {
  if (!Number.isInteger(maaneder)) throw new RangeError('maaneder must be a whole number');
  const { aar, maaned, dag } = delOppDato(dato);
  const indeks = aar * 12 + (maaned - 1) + maaneder;
  const nyttAar = Math.floor(indeks / 12);
  const nyMaaned = (indeks % 12) + 1;
  return lagDato(nyttAar, nyMaaned, Math.min(dag, dagerIMaaned(nyttAar, nyMaaned)));
}

/** Whole days from `fra` to `til` (negative when `til` is earlier). */
export function dagerMellom(fra: IsoDato, til: IsoDato): number {
  return tilDagnummer(til) - tilDagnummer(fra);
}

/** 0 = Monday … 6 = Sunday (ISO 8601 weekday numbering). */
export function ukedag(dato: IsoDato): number {
  // Day 0 of the epoch, 1970-01-01, was a Thursday (ISO weekday index 3).
  return (((tilDagnummer(dato) + 3) % 7) + 7) % 7;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function paaskedag(aar: number): IsoDato {
  const a = aar % 19;
  const b = Math.floor(aar / 100);
  const c = aar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maaned = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return lagDato(aar, maaned, dag);
}

/**
 * Norwegian public holidays (helligdager etter helligdagsloven § 1, and 1 and 17 May by
 * lov om 1. og 17. mai som høgtidsdager). Christmas Eve and New Year's Eve are not holidays.
 */
export function helligdager(aar: number): IsoDato[] {
  const paaske = paaskedag(aar);
  return [
    lagDato(aar, 1, 1),
    leggTilDager(paaske, -3), // skjærtorsdag
    leggTilDager(paaske, -2), // langfredag
    paaske,
    leggTilDager(paaske, 1), // 2. påskedag
    lagDato(aar, 5, 1),
    lagDato(aar, 5, 17),
    leggTilDager(paaske, 39), // Kristi himmelfartsdag
    leggTilDager(paaske, 49), // 1. pinsedag
    leggTilDager(paaske, 50), // 2. pinsedag
    lagDato(aar, 12, 25),
    lagDato(aar, 12, 26),
  ];
}

export function erVirkedag(dato: IsoDato): boolean {
  if (ukedag(dato) >= 5) return false;
  return !helligdager(delOppDato(dato).aar).includes(dato);
}

/** The date itself when it is a working day, otherwise the next working day. */
export function nesteVirkedag(dato: IsoDato): IsoDato {
  let d = dato;
  while (!erVirkedag(d)) d = leggTilDager(d, 1);
  return d;
}

/**
 * Today's date where the office is (Europe/Oslo), as YYYY-MM-DD. Not the UTC date: between midnight and
 * 01:00 or 02:00 in Norway that is still yesterday, and a decision would carry the wrong date.
 */
export function idagINorge(naa: Date = new Date()): IsoDato {
  return NORSK_DATO.format(naa) as IsoDato;
}
// One formatter for the process: building one per call (toLocaleDateString) costs about a millisecond.
const NORSK_DATO = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
