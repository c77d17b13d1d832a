import type { IsoDato, Utfall } from '../../domain/src/felles/typer.js';

/**
 * Merge data for one letter (the letter's "flettedata"). Plain JSON only: no functions, no class
 * instances. It is stored with the letter as the record of what the letter was made from, so it holds
 * nothing the letter does not need (no national identity number, no address of a person with a
 * protected address).
 *
 * Common parts are required for every letter type; the type-specific groups are required only when
 * the template uses them (see `FLETTEFELT_PER_BREVTYPE`).
 */
export interface Brevdata {
  brevhode: Brevhode;
  saksnummer: string;
  /** The letter's date. */
  dato: IsoDato;
  part: Part;
  /** Guardian, attorney or parent who represents the party; null when there is none. */
  verge: Representant | null;
  saksbehandler: Saksbehandler;
  kontaktperson: Kontaktperson;

  /** What was applied for and when. */
  soknad?: Soknad;
  /** One line per service decided. */
  vedtak?: Vedtakslinje[];
  /** A change or stop of an earlier decision; null for a first decision. */
  endring?: { tidligereVedtaksdato: IsoDato; virkningsdato: IsoDato } | null;
  fakta?: Fakta;
  /** Statutes applied. */
  regler?: Regel[];
  /** The common allocation criteria applied (name and version, as recorded on the decision). */
  kriterier?: Kriterieversjon;
  /** The assessment: main considerations, why this level, why not what was asked for (fvl. §§ 24–25). */
  vurdering?: string;
  /** Text on the user payment, where the service has one; null when none. */
  egenandel?: string | null;
  /** Last day to complain, computed by the caller (the earliest of the decision's routes). */
  klagefrist?: IsoDato;
  /** The complaint routes, one per legal regime the decision covers. */
  klageveier?: Klagevei[];
  /** Long-term care: criteria met, placed on the waiting list (hol. § 3-2 a, local regulation). */
  venteliste?: Venteliste;
  /** Services given while waiting. */
  tjenesterIMellomtiden?: TjenesteIMellomtiden[];
  /** Interim reply (fvl. § 11 a). */
  foreloepigSvar?: ForeloepigSvar;
  /** Request for information. */
  innhenting?: Innhenting;
  /** Withdrawn application. */
  trukket?: Trukket;
  /** Application dismissed without its content being assessed. */
  soknadsavvisning?: Soknadsavvisning;
  /** Complaint forwarded to Statsforvalteren. */
  klage?: Klage;
  /** Complaint dismissed by the office. */
  klageavvisning?: Klageavvisning;
  /** Complaint withdrawn by the complainant. */
  klagetrekking?: Klagetrekking;
  /** Advance notice of a reduction or stop (fvl. § 16). */
  forhandsvarsel?: Forhandsvarsel;
}

export interface Forhandsvarsel {
  /** The running decision the office intends to change. */
  tidligereVedtaksdato: IsoDato;
  /** What the office intends to change and why, in the caseworker's words. */
  endring: string;
  /** From when the change is meant to apply. */
  virkningsdato: IsoDato;
  /** The last day to comment before the decision is made. */
  uttalelsesfrist: IsoDato;
}

export interface Brevhode {
  /** "Vågan": the letterhead reads "Vågan kommune, ved Felles tildelingskontor Lofoten". */
  kommunenavn: string;
  kommunenummer: string;
  /** The office's postal address lines. */
  adresselinjer: string[];
  organisasjonsnummer: string;
  telefon: string;
  epost: string;
  /** Where a complaint is sent (the office, which re-assesses first). One line. */
  klageadresse: string;
}

export interface Part {
  navn: string;
  /**
   * Postal address lines, or null when the address is protected (strengt fortrolig / fortrolig).
   * A protected address never appears in a letter: it is then sent via the representative, or
   * marked "Adresse skjermet" for manual dispatch.
   */
  adresselinjer: string[] | null;
}

export interface Representant {
  navn: string;
  /** E.g. "verge", "fullmektig", "foresatt". */
  rolle: string;
  adresselinjer: string[] | null;
}

export interface Saksbehandler {
  navn: string;
  tittel: string;
}

export interface Kontaktperson {
  navn: string;
  telefon: string;
  epost: string | null;
}

export interface Soknad {
  /** What was applied for, in the applicant's words or as registered. */
  gjelder: string;
  mottattDato: IsoDato;
}

export interface Vedtakslinje {
  tjeneste: string;
  utfall: Utfall;
  /** Scope with unit, e.g. "6 timer per uke"; null for a refusal. */
  omfang: string | null;
  /** What the service contains. */
  innhold: string | null;
  startdato: IsoDato | null;
  /** End date; null means "inntil videre" and then `evalueringsdato` is required for a grant. */
  sluttdato: IsoDato | null;
  evalueringsdato: IsoDato | null;
  /** Legal basis, e.g. "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b". */
  hjemmel: string;
  /** What was applied for of this service, e.g. "10 timer per uke, hver dag"; null when not known. */
  soktOm?: string | null;
  /** Why the line is partly granted or refused; null for a full grant. */
  begrunnelse?: string | null;
}

/** One complaint route: exactly one of `statsforvalteren` and `kommunen` is set. */
export interface Klagevei {
  /** The services the route covers, in running text. */
  tjenester: string;
  klagefrist: IsoDato;
  /** pbrl. § 7-5: 4 weeks; the office re-assesses, Statsforvalteren i Nordland decides. */
  statsforvalteren: Record<string, never> | null;
  /** fvl. § 29: 3 weeks; the office re-assesses, the municipality's own complaint body decides. */
  kommunen: { klageorgan: string } | null;
}

export interface Fakta {
  kartleggingsdato: IsoDato;
  /** Who took part in the assessment. */
  kartleggingDeltakere: string;
  /** What the assessment found that matters (IPLOS areas, living situation, help from family). */
  kartlagt: { beskrivelse: string }[];
  innhentedeOpplysninger: { beskrivelse: string }[];
  /** The applicant's own view. */
  partensSyn: string;
}

export interface Regel {
  /** E.g. "Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b". */
  hjemmel: string;
  /** What the rule says, in plain words. */
  tekst: string;
}

export interface Kriterieversjon {
  /** The published name, never a draft's. */
  navn: string;
  versjon: string;
  /** The day the version came into force. */
  gyldigFra?: IsoDato | null;
}

export interface Venteliste {
  /** The municipality's own regulation on long-term care and waiting lists: its full name, never a number. */
  forskrift: string;
  /** The day the regulation was adopted. */
  forskriftsdato?: IsoDato | null;
  registrertDato: IsoDato;
  /** When the need is assessed again at the latest; null if not set. */
  nyVurderingDato: IsoDato | null;
}

export interface TjenesteIMellomtiden {
  tjeneste: string;
  omfang: string;
}

export interface ForeloepigSvar {
  /** Why the application cannot be answered within one month. */
  grunn: string;
  forventetSvardato: IsoDato;
}

export interface Innhenting {
  opplysninger: { beskrivelse: string }[];
  svarfrist: IsoDato;
}

/**
 * How a withdrawal reached the office. A code, not text: the letter prints it in its own målform
 * ("på telefon", "muntlig"/"munnleg", "skriftlig"/"skriftleg", "digitalt").
 */
export const TREKKMAATER = ['telefon', 'muntlig', 'skriftlig', 'digital'] as const;
export type Trekkmaate = (typeof TREKKMAATER)[number];

export interface Trukket {
  /** When the office registered the withdrawal. */
  trukketDato: IsoDato;
  maate: Trekkmaate;
}

export interface Soknadsavvisning {
  /** Why the application is dismissed (the caseworker's reasons, fvl. §§ 24–25), printed verbatim. */
  begrunnelse: string;
}

export interface Klage {
  mottattDato: IsoDato;
  vedtaksdato: IsoDato;
  /** The office's re-assessment and why the decision is upheld. */
  kontoretsVurdering: string;
}

export interface Klageavvisning {
  mottattDato: IsoDato;
  vedtaksdato: IsoDato;
  /** Why the complaint cannot be assessed (the caseworker's reasons, fvl. §§ 24–25). */
  begrunnelse: string;
}

export interface Klagetrekking {
  mottattDato: IsoDato;
  vedtaksdato: IsoDato;
  /** When the office registered the withdrawal. */
  trukketDato: IsoDato;
  /** When the complaint had been forwarded to Statsforvalteren; null when it had not. */
  oversendtDato: IsoDato | null;
}
