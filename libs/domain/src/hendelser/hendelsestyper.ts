/** What happened to a case, as the change feed and the webhook subscriptions name it. */
export const HENDELSESTYPER = ['sak.registrert', 'sak.status_endret', 'vedtak.fattet', 'brev.sendt', 'klage.registrert', 'klage.avgjort'] as const;
export type Hendelsestype = (typeof HENDELSESTYPER)[number];

/** An event as the change feed shows it and a webhook receiver gets it: ids and case numbers, no personal data. */
export interface Hendelse {
  id: number;
  type: string;
  kommunenummer: string;
  soknadId: string;
  saksnummer: string;
  handling: string;
  status: string;
  /** Only on `brev.sendt`: the letter that went out. */
  brevId?: string;
  tidspunkt: string;
}

/** A stored event row in the one shape the feed and the webhooks share. */
export const somHendelse = (h: Omit<Hendelse, 'id' | 'brevId' | 'tidspunkt'> & { id: number | string; brevId?: string | null; tidspunkt: Date }): Hendelse => ({
  id: Number(h.id),
  type: h.type,
  kommunenummer: h.kommunenummer,
  soknadId: h.soknadId,
  saksnummer: h.saksnummer,
  handling: h.handling,
  status: h.status,
  ...(h.brevId ? { brevId: h.brevId } : {}),
  tidspunkt: h.tidspunkt.toISOString(),
});
