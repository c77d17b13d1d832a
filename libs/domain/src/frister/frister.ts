import type { IsoDato } from '../felles/typer.js';
import { TJENESTEKATALOG, type Tjenestedefinisjon } from '../tjenester/katalog.js';
import { dagerMellom, leggTilDager, leggTilMaaneder, nesteVirkedag } from './dato.js';

/** Processing norm when a service has none: the four weeks most municipalities promise (shared/DOMAIN.md). */
export const STANDARD_BEHANDLINGSNORM_DAGER = 28;

/** Complaint deadline in days: four weeks (pasient- og brukerrettighetsloven § 7-5; verify per service). */
export const STANDARD_KLAGEFRIST_DAGER = 28;

/** "Due soon" in the work list: due within this many days. */
export const STANDARD_SNART_FORFALL_DAGER = 5;

/**
 * Processing norm in days for an application covering several services: the strictest (shortest)
 * norm among them, because the application is one case with one due date. Unknown service codes
 * and an empty list fall back to {@link STANDARD_BEHANDLINGSNORM_DAGER}.
 */
export function behandlingsnormDager(
  tjenestekoder: readonly string[],
  katalog: readonly Tjenestedefinisjon[] = TJENESTEKATALOG,
): number {
  const normer = tjenestekoder
    .map((kode) => katalog.find((t) => t.kode === kode)?.behandlingsfristDager)
    .filter((n): n is number => typeof n === 'number');
  return normer.length > 0 ? Math.min(...normer) : STANDARD_BEHANDLINGSNORM_DAGER;
}

/**
 * Due date of an application: the date received plus the processing norm in days.
 * The norm is the office's service promise; the legal duty is to decide without undue delay
 * (forvaltningsloven § 11 a første ledd).
 */
export function behandlingsfrist(mottattDato: IsoDato, normDager: number = STANDARD_BEHANDLINGSNORM_DAGER): IsoDato {
  if (!Number.isInteger(normDager) || normDager < 0) throw new RangeError('normDager must be a non-negative whole number');
  return leggTilDager(mottattDato, normDager);
}

/**
 * The last day an application can be answered "within one month" of receipt: the same day of
 * the month one month later, clamped to the month's end (31 January → 28/29 February).
 * Forvaltningsloven § 11 a tredje ledd.
 */
export function foreloepigSvarFrist(mottattDato: IsoDato): IsoDato {
  return leggTilMaaneder(mottattDato, 1);
}

/** The office sends the interim reply at the latest this many days after receipt, well inside the month. */
export const FORELOEPIG_SVAR_SENEST_DAGER = 21;

/**
 * Whether an interim reply (foreløpig svar) must be sent now.
 *
 * Forvaltningsloven § 11 a tredje ledd: in cases about an individual decision, an interim reply is
 * required when the application cannot be answered within one month of receipt, and it is to be given
 * as soon as that is clear. The office sends it as soon as the case is expected to take more than a month
 * (`forventetSvardato` after {@link foreloepigSvarFrist}), and at the latest three weeks after receipt
 * ({@link FORELOEPIG_SVAR_SENEST_DAGER}) while the case is undecided. Once a decision exists, an interim
 * reply no longer serves the applicant, so none is required (the delay still shows in the statistics).
 *
 * @param vedtattDato date the decision was made, when it has been
 * @param foreloepigSvarSendt whether an interim reply has already been sent (only one is required)
 * @param forventetSvardato when the office now expects to answer, when it knows
 */
export function foreloepigSvarPaakrevd(
  mottattDato: IsoDato,
  idag: IsoDato,
  vedtattDato: IsoDato | undefined,
  foreloepigSvarSendt: boolean,
  forventetSvardato?: IsoDato,
): boolean {
  if (foreloepigSvarSendt) return false;
  if (vedtattDato !== undefined && dagerMellom(vedtattDato, idag) >= 0) return false;
  if (forventetSvardato !== undefined && dagerMellom(foreloepigSvarFrist(mottattDato), forventetSvardato) > 0) return true;
  return dagerMellom(leggTilDager(mottattDato, FORELOEPIG_SVAR_SENEST_DAGER), idag) >= 0;
}

/**
 * The answer date an interim reply promises: the case's due date, or two weeks from today when that has
 * passed or is too close to be a real promise.
 */
export function forventetSvardato(fristDato: IsoDato, idag: IsoDato): IsoDato {
  const tidligst = leggTilDager(idag, 14);
  return dagerMellom(tidligst, fristDato) >= 0 ? fristDato : tidligst;
}

/**
 * For statistics: whether the case took longer than one month from receipt to decision, i.e.
 * whether an interim reply was legally required at some point (fvl. § 11 a tredje ledd).
 */
export function foreloepigSvarVarPaakrevd(mottattDato: IsoDato, vedtattDato: IsoDato): boolean {
  return dagerMellom(foreloepigSvarFrist(mottattDato), vedtattDato) > 0;
}

export interface KlagefristValg {
  /** Length of the deadline in days (default 28, pbrl. § 7-5). */
  dager?: number;
  /**
   * Move a deadline that ends on a Saturday, Sunday or public holiday to the next working day
   * (the rule in domstolloven § 149 andre ledd, which the office applies to complaint deadlines in
   * the party's favour). Default true.
   */
  forlengTilVirkedag?: boolean;
}

/**
 * Last day to complain: four weeks from the day the person learned, or should have learned, of the
 * decision (pasient- og brukerrettighetsloven § 7-5; forvaltningsloven § 29 has three weeks for
 * services without a complaint rule of their own, so the length is a parameter).
 *
 * @param kjentDato the day the person learned of the decision (for a letter: when it reached them)
 */
export function klagefrist(kjentDato: IsoDato, valg: KlagefristValg = {}): IsoDato {
  const dager = valg.dager ?? STANDARD_KLAGEFRIST_DAGER;
  if (!Number.isInteger(dager) || dager < 0) throw new RangeError('dager must be a non-negative whole number');
  const siste = leggTilDager(kjentDato, dager);
  return (valg.forlengTilVirkedag ?? true) ? nesteVirkedag(siste) : siste;
}

/**
 * Whether a complaint is within the deadline. Forvaltningsloven § 30: a complaint posted before the
 * deadline ran out is in time, so pass the posting date when it is known, otherwise the date received.
 * A late complaint may still be considered (fvl. § 31); that is the caseworker's decision, not this rule's.
 */
export function klageInnenFrist(kjentDato: IsoDato, mottattDato: IsoDato, valg: KlagefristValg = {}): boolean {
  return dagerMellom(mottattDato, klagefrist(kjentDato, valg)) >= 0;
}

/** Overdue in the work list: the due date has passed (a case due today is not yet overdue). */
export function forfalt(frist: IsoDato, idag: IsoDato): boolean {
  return dagerMellom(frist, idag) > 0;
}

/** Due soon in the work list: not overdue, and due today or within `dager` days. */
export function snartForfall(frist: IsoDato, idag: IsoDato, dager: number = STANDARD_SNART_FORFALL_DAGER): boolean {
  const igjen = dagerMellom(idag, frist);
  return igjen >= 0 && igjen <= dager;
}
