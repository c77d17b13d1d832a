// No imports: the web app (apps/web) uses these labels too, so the browser and the API say the same.
/**
 * Statuses of a case (sak). The status history is kept by the caller; this module only says which
 * step is allowed from where and by whom (forvaltningsloven ch. IV–VI; pbrl. ch. 7 for complaints).
 */
export const SAKSSTATUSER = [
  'mottatt',
  'under_kartlegging',
  'vedtak_utkast',
  'vedtatt',
  'i_gang',
  'under_revurdering',
  'avsluttet',
  'trukket',
  'avvist',
  'klage_mottatt',
  'omgjort',
  'oversendt_statsforvalteren',
  'statsforvalteren_avgjort',
] as const;
export type Saksstatus = (typeof SAKSSTATUSER)[number];

/** Labels a caseworker sees (bokmål). */
export const STATUSNAVN: Readonly<Record<Saksstatus, string>> = {
  mottatt: 'Mottatt',
  under_kartlegging: 'Under kartlegging',
  vedtak_utkast: 'Vedtaksutkast til godkjenning',
  vedtatt: 'Vedtatt',
  i_gang: 'Tjenesten er i gang',
  under_revurdering: 'Under revurdering',
  avsluttet: 'Avsluttet',
  trukket: 'Trukket',
  avvist: 'Avvist',
  klage_mottatt: 'Klage mottatt',
  omgjort: 'Omgjort etter klage',
  oversendt_statsforvalteren: 'Klage oversendt Statsforvalteren',
  statsforvalteren_avgjort: 'Klage avgjort av Statsforvalteren',
};
