/** The letter types the office sends. Decision letters are the four `vedtak_*` types. */
export const BREVTYPER = [
  'vedtak_innvilget',
  'vedtak_delvis_innvilget',
  'vedtak_avslag',
  'vedtak_venteliste',
  /** Interim reply when an application cannot be answered within one month (fvl. § 11 a). */
  'foreloepig_svar',
  /** Request for information needed to decide the case (fvl. § 17: the case must be clarified). */
  'innhenting_opplysninger',
  /** Closing a case because the application was withdrawn (a confirmation, no decision). */
  'trukket',
  /**
   * The application is dismissed without its content being assessed (e.g. the person does not live in the
   * municipality). An individual decision (fvl. § 2 third paragraph): reasons and the right to complain.
   */
  'soknad_avvist',
  /** The office upheld the decision after a complaint and forwards it to Statsforvalteren (fvl. § 33). */
  'klage_oversendt',
  /**
   * The office dismisses a complaint without assessing it (fvl. §§ 31 and 33 second paragraph). The dismissal
   * is itself an individual decision (fvl. § 2 third paragraph): reasons and the right to complain (fvl. § 27).
   */
  'klage_avvist',
  /** Confirms that the complainant withdrew the complaint (no decision; says so if Statsforvalteren had it). */
  'klage_trukket',
  /**
   * Advance notice (forhåndsvarsel, fvl. § 16): the office intends to reduce or stop a running service; what it
   * intends, from when, and by when the person may comment, before the change decision is made.
   */
  'forhandsvarsel',
  /** Receipt for an application sent through the digital form (ID-porten): what arrived, when, and what happens next. */
  'kvittering',
] as const;
export type Brevtype = (typeof BREVTYPER)[number];

export const VEDTAK_BREVTYPER = ['vedtak_innvilget', 'vedtak_delvis_innvilget', 'vedtak_avslag', 'vedtak_venteliste'] as const;
export type VedtakBrevtype = (typeof VEDTAK_BREVTYPER)[number];

export function erVedtaksbrev(brevtype: Brevtype): brevtype is VedtakBrevtype {
  return (VEDTAK_BREVTYPER as readonly string[]).includes(brevtype);
}

export function erBrevtype(verdi: unknown): verdi is Brevtype {
  return typeof verdi === 'string' && (BREVTYPER as readonly string[]).includes(verdi);
}
