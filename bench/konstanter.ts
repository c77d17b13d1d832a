/** Constants shared by the bench and its report (kept apart so the doc can be rewritten without running anything). */
export const NASJONALE_KOMMUNER = 357;

/**
 * Rows one decided case makes over its life, per table (the model behind "bytes per decided case"):
 * a repeat applicant's person row is shared; three to five status changes; one decision with 1–2 lines;
 * a decision letter and sometimes an interim reply; about 15 audit rows.
 */
export const SAKSMODELL: Record<string, number> = {
  soknad: 1,
  person: 0.8,
  statushistorikk: 4,
  vedtak: 1,
  vedtakslinje: 1.3,
  brev: 1.2,
  outbox: 1.2,
  tilgangslogg: 15,
};
