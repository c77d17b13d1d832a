/** What happened to a case, as the change feed and the webhook subscriptions name it. */
export const HENDELSESTYPER = ['sak.registrert', 'sak.status_endret', 'vedtak.fattet', 'brev.sendt', 'klage.registrert', 'klage.avgjort'] as const;
export type Hendelsestype = (typeof HENDELSESTYPER)[number];
