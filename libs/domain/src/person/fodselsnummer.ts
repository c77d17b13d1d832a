import type { IsoDato } from '../felles/typer.js';
import { dagerIMaaned, dagerMellom, delOppDato, erGyldigIsoDato, lagDato } from '../frister/dato.js';

/*
 * Norwegian national identity numbers (folkeregisterforskriften § 2-2-1 ff.): 11 digits
 * DDMMYY III K1 K2, where III is the individual number and K1, K2 are modulus-11 check digits.
 *
 * - Fødselsnummer: DD is the day of birth.
 * - D-nummer (temporary number for people not registered as residents): 4 is added to the first digit (DD + 40).
 * - Synthetic test numbers (Skatteetaten's Tenor test data): 80 is added to the month. They never identify a
 *   real person and are accepted only when the caller allows it (outside production).
 * - Not supported: H-numbers and NAV's older synthetic convention (month + 40). An H-number is a hospital's
 *   help number, not an identity a decision can be addressed to, so month + 40 is rejected as an invalid date.
 * - Not yet supported: the identity numbers from 2032 on, whose check digits follow changed rules.
 *
 * The number is personal data: no message produced here ever contains it (shared/DOMAIN.md).
 */

export type IdentitetsnummerType = 'fodselsnummer' | 'dnummer';
export type FodselsnummerFeilkode = 'lengde' | 'tegn' | 'kontrollsiffer' | 'dato' | 'syntetisk_ikke_tillatt';

export type FodselsnummerResultat =
  | { ok: true; type: IdentitetsnummerType; syntetisk: boolean; fodselsdato: IsoDato }
  | { ok: false; feil: FodselsnummerFeilkode; melding: string };

export interface FodselsnummerValg {
  /** Accept synthetic test numbers (month + 80). Set only outside production. */
  allowSynthetic?: boolean;
  /** When given, a birth date after this day is rejected (the century rules allow years up to 2039). */
  idag?: IsoDato;
}

/** Bokmål messages a caseworker sees. Constant text, so the number can never leak into one. */
export const FODSELSNUMMER_MELDINGER: Readonly<Record<FodselsnummerFeilkode, string>> = {
  lengde: 'Fødselsnummer eller D-nummer må ha nøyaktig 11 siffer.',
  tegn: 'Fødselsnummer eller D-nummer kan bare inneholde siffer.',
  kontrollsiffer: 'Fødselsnummeret eller D-nummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktig skrevet.',
  dato: 'Fødselsnummeret eller D-nummeret inneholder ikke en gyldig fødselsdato.',
  syntetisk_ikke_tillatt: 'Syntetiske fødselsnumre (testdata) kan ikke brukes her.',
};

const VEKTER_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const VEKTER_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Offsets that mark a number as a D-nummer (day) and as synthetic (month). */
export const DNUMMER_DAG_TILLEGG = 40;
export const SYNTETISK_MAANED_TILLEGG = 80;

function feil(kode: FodselsnummerFeilkode): FodselsnummerResultat {
  return { ok: false, feil: kode, melding: FODSELSNUMMER_MELDINGER[kode] };
}

/** Modulus-11 check digit over `siffer` with `vekter`; `null` when the remainder makes the number impossible (10). */
function modulus11(siffer: readonly number[], vekter: readonly number[]): number | null {
  const sum = vekter.reduce((acc, vekt, i) => acc + vekt * siffer[i], 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** Both check digits for the first nine digits, or `null` when no valid pair exists for them. */
export function beregnKontrollsifre(forsteNi: string): [number, number] | null {
  if (!/^\d{9}$/.test(forsteNi)) throw new RangeError('forsteNi must be nine digits');
  const siffer = [...forsteNi].map(Number);
  const k1 = modulus11(siffer, VEKTER_K1);
  if (k1 === null) return null;
  const k2 = modulus11([...siffer, k1], VEKTER_K2);
  if (k2 === null) return null;
  return [k1, k2];
}

/**
 * Full four-digit year from the two-digit year and the individual number (Skatteetaten's rules):
 * 000–499 → 1900–1999; 500–749 with year 54–99 → 1854–1899; 500–999 with year 00–39 → 2000–2039;
 * 900–999 with year 40–99 → 1940–1999. Any other combination was never issued.
 */
export function aarFraIndividnummer(toSifretAar: number, individnummer: number): number | null {
  if (individnummer <= 499) return 1900 + toSifretAar;
  if (individnummer <= 749 && toSifretAar >= 54) return 1800 + toSifretAar;
  if (toSifretAar <= 39) return 2000 + toSifretAar;
  if (individnummer >= 900) return 1900 + toSifretAar;
  return null;
}

/** Individual numbers that can be issued for a birth year; the inverse of {@link aarFraIndividnummer}. */
function individnummerIntervaller(aar: number): [number, number][] {
  if (aar >= 1854 && aar <= 1899) return [[500, 749]];
  if (aar >= 1900 && aar <= 1939) return [[0, 499]];
  if (aar >= 1940 && aar <= 1999) return [[0, 499], [900, 999]];
  if (aar >= 2000 && aar <= 2039) return [[500, 999]];
  throw new RangeError('Identity numbers exist only for birth years 1854–2039');
}

function normaliser(verdi: string): string {
  // People write the number as "010190 12345"; spaces carry no meaning.
  return verdi.replace(/\s+/g, '');
}

/**
 * Validates a fødselsnummer or D-nummer: 11 digits, both modulus-11 check digits
 * (remainder 1 makes the number invalid), a real birth date with a century the individual number allows.
 * Whitespace is ignored. Checks run in this order: characters, length, check digits, date, synthetic.
 */
export function validerFodselsnummer(verdi: string, valg: FodselsnummerValg = {}): FodselsnummerResultat {
  if (typeof verdi !== 'string') return feil('tegn');
  const nr = normaliser(verdi);
  if (/\D/.test(nr)) return feil('tegn');
  if (nr.length !== 11) return feil('lengde');

  const kontroll = beregnKontrollsifre(nr.slice(0, 9));
  if (kontroll === null || kontroll[0] !== Number(nr[9]) || kontroll[1] !== Number(nr[10])) return feil('kontrollsiffer');

  let dag = Number(nr.slice(0, 2));
  let maaned = Number(nr.slice(2, 4));
  const type: IdentitetsnummerType = dag > DNUMMER_DAG_TILLEGG ? 'dnummer' : 'fodselsnummer';
  if (type === 'dnummer') dag -= DNUMMER_DAG_TILLEGG;
  const syntetisk = maaned > SYNTETISK_MAANED_TILLEGG;
  if (syntetisk) maaned -= SYNTETISK_MAANED_TILLEGG;

  const aar = aarFraIndividnummer(Number(nr.slice(4, 6)), Number(nr.slice(6, 9)));
  if (aar === null || maaned < 1 || maaned > 12 || dag < 1 || dag > dagerIMaaned(aar, maaned)) return feil('dato');
  const fodselsdato = lagDato(aar, maaned, dag);
  if (valg.idag !== undefined && dagerMellom(valg.idag, fodselsdato) > 0) return feil('dato');

  if (syntetisk && !valg.allowSynthetic) return feil('syntetisk_ikke_tillatt');
  return { ok: true, type, syntetisk, fodselsdato };
}

export function erGyldigFodselsnummer(verdi: string, valg: FodselsnummerValg = {}): boolean {
  return validerFodselsnummer(verdi, valg).ok;
}

/**
 * Age in whole years on a date. A person born 29 February turns a year older on 1 March in
 * years without 29 February (the birthday has not been reached on 28 February).
 */
export function alderPaaDato(fodselsdato: IsoDato, dato: IsoDato): number {
  const f = delOppDato(fodselsdato);
  const d = delOppDato(dato);
  const harHattBursdag = d.maaned > f.maaned || (d.maaned === f.maaned && d.dag >= f.dag);
  return d.aar - f.aar - (harHattBursdag ? 0 : 1);
}

/**
 * A valid synthetic identity number (month + 80) for a birth date, for tests and demo data.
 * Never a real person's number. `rng` returns a number in [0, 1), like `Math.random`, so tests can
 * pass a seeded generator and get the same number every run.
 */
export function lagSyntetiskFodselsnummer(
  fodselsdato: IsoDato,
  rng: () => number,
  valg: { dnummer?: boolean } = {},
): string {
  if (!erGyldigIsoDato(fodselsdato)) throw new RangeError('fodselsdato must be a valid YYYY-MM-DD date');
  const { aar, maaned, dag } = delOppDato(fodselsdato);
  const intervaller = individnummerIntervaller(aar);
  const kandidater = intervaller.flatMap(([fra, til]) => Array.from({ length: til - fra + 1 }, (_, i) => fra + i));
  const dagDel = String(dag + (valg.dnummer ? DNUMMER_DAG_TILLEGG : 0)).padStart(2, '0');
  const datoDel = `${dagDel}${String(maaned + SYNTETISK_MAANED_TILLEGG)}${String(aar % 100).padStart(2, '0')}`;

  // About one individual number in six has no valid check digits; walk on from a random start until one fits.
  const start = Math.floor(Math.min(Math.max(rng(), 0), 0.999999999) * kandidater.length);
  for (let i = 0; i < kandidater.length; i++) {
    const forsteNi = datoDel + String(kandidater[(start + i) % kandidater.length]).padStart(3, '0');
    const kontroll = beregnKontrollsifre(forsteNi);
    if (kontroll) return `${forsteNi}${kontroll[0]}${kontroll[1]}`;
  }
  throw new RangeError('No valid identity number exists for this birth date');
}

/**
 * Masks an identity number for display: birth-date part kept, individual number and check digits
 * hidden (`010190*****`). Anything that is not 11 digits is hidden completely, so a mistyped number
 * is not shown either.
 */
export function maskerFodselsnummer(verdi: string): string {
  const nr = typeof verdi === 'string' ? normaliser(verdi) : '';
  if (!/^\d{11}$/.test(nr)) return '*'.repeat(11);
  return `${nr.slice(0, 6)}*****`;
}
