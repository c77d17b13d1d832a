// No imports: the web app (apps/web) uses these names too, so the browser and the API say the same.
// Which step is allowed from where and by whom is in saksflyt.ts (OVERGANGER).

/** Statuses of a case (sak): forvaltningsloven ch. IV–VI; pbrl. ch. 7 for complaints. */
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

/** Before anything is decided in the case: it can be assessed and decided, or moved to another municipality. */
export const FOER_VEDTAK: readonly string[] = ['mottatt', 'under_kartlegging'] satisfies Saksstatus[];

/** Statuses in which a case still waits for a decision: its deadline can run out, and it may need an interim reply. */
export const VENTER_PAA_VEDTAK: readonly string[] = ['mottatt', 'under_kartlegging', 'vedtak_utkast'] satisfies Saksstatus[];

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

/** The steps a case can take (which role may take them from where: OVERGANGER in saksflyt.ts). */
export const HANDLINGER = [
  'start_kartlegging',
  'utkast_vedtak',
  'returner_utkast',
  'fatt_vedtak',
  'godkjenn_vedtak',
  'iverksett',
  'revurder',
  'avslutt',
  'trekk',
  'avvis',
  'registrer_klage',
  'omgjor',
  'oppretthold_og_oversend',
  'trekk_klage',
  'avvis_klage',
  'registrer_statsforvalterens_avgjorelse',
] as const;
export type Handling = (typeof HANDLINGER)[number];

/** Labels of the actions (bokmål), as on the caseworker's buttons and in messages. */
export const HANDLINGSNAVN: Readonly<Record<Handling, string>> = {
  start_kartlegging: 'start kartlegging',
  utkast_vedtak: 'send vedtaksutkast til godkjenning',
  returner_utkast: 'returner vedtaksutkast',
  fatt_vedtak: 'fatt vedtak',
  godkjenn_vedtak: 'godkjenn vedtak',
  iverksett: 'iverksett tjenesten',
  revurder: 'start revurdering',
  avslutt: 'avslutt saken',
  trekk: 'registrer at søknaden er trukket',
  avvis: 'avvis saken',
  registrer_klage: 'registrer klage',
  omgjor: 'omgjør vedtaket',
  oppretthold_og_oversend: 'oppretthold vedtaket og send klagen til Statsforvalteren',
  trekk_klage: 'registrer at klagen er trukket',
  avvis_klage: 'avvis klagen',
  registrer_statsforvalterens_avgjorelse: 'registrer Statsforvalterens avgjørelse',
};

/**
 * The steps that are nothing but a status change with a comment (POST /soknader/{id}/handlinger). The others
 * make a record of their own (a decision, an approval, a complaint, its re-assessment, Statsforvalteren's
 * outcome) and are taken only through their own endpoints, so a case never shows a step without its record.
 */
export const ENKLE_HANDLINGER = ['start_kartlegging', 'iverksett', 'revurder', 'avslutt', 'trekk', 'avvis'] as const satisfies readonly Handling[];

/**
 * Why a running service ends without a decision: the person died or moved out of the municipality. Any other
 * reduction or stop against the person's wish is a change decision with advance notice and a complaint right.
 */
export const OPPHORSGRUNNER = ['dod', 'flyttet'] as const;
export type Opphorsgrunn = (typeof OPPHORSGRUNNER)[number];
export const OPPHORSGRUNN_NAVN: Readonly<Record<Opphorsgrunn, string>> = { dod: 'brukeren er død', flyttet: 'brukeren har flyttet fra kommunen' };
