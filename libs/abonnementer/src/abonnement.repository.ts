import { Injectable } from '@nestjs/common';
import { OutboxEntity, type TenantManager } from '../../persistence/index.js';
import { utboksjobb } from '../../queue/index.js';

export type Leveransestatus = 'venter' | 'levert' | 'feilet';

export interface AbonnementRad {
  id: string;
  kommunenummer: string;
  url: string;
  hendelsestyper: string[];
  opprettet: Date;
}

export interface LeveranseRad {
  id: string;
  hendelseId: number;
  hendelsestype: string;
  status: Leveransestatus;
  forsok: number;
  sisteHttpStatus: number | null;
  sisteFeil: string | null;
  sisteForsok: Date | null;
  levert: Date | null;
  opprettet: Date;
}

/** One delivery as the worker sends it: the receiver, its encrypted secret and the event as the feed shows it. */
export interface Levering {
  leveranseId: string;
  status: Leveransestatus;
  url: string;
  hemmelighet: string;
  hendelse: { id: number; type: string; kommunenummer: string; soknadId: string; saksnummer: string; handling: string; status: string; brevId: string | null; tidspunkt: Date };
}

const tilAbonnement = (r: Record<string, unknown>): AbonnementRad => ({
  id: String(r.id),
  kommunenummer: String(r.kommunenummer),
  url: String(r.url),
  hendelsestyper: r.hendelsestyper as string[],
  opprettet: r.opprettet as Date,
});

/**
 * Orders the delivery of a new event to every subscription of its municipality that wants its type: a delivery
 * row and an outbox job each, in the event's own transaction. One job per event × subscription, with the
 * delivery row's id as its job id, so a relay that publishes twice queues one job.
 */
export async function bestillWebhookleveranser(tm: TenantManager, hendelse: { id: string | number; kommunenummer: string; type: string }): Promise<number> {
  const rader: { id: string }[] = await tm.query(
    `INSERT INTO abonnement_leveranse (kommunenummer, abonnement_id, hendelse_id)
     SELECT a.kommunenummer, a.id, $1 FROM abonnement a WHERE a.kommunenummer = $2 AND $3 = ANY (a.hendelsestyper)
     RETURNING id`,
    [hendelse.id, hendelse.kommunenummer, hendelse.type],
  );
  if (rader.length) {
    await tm.insert(
      OutboxEntity,
      rader.map((r) => ({ kommunenummer: hendelse.kommunenummer, ...utboksjobb('webhookLever', { leveranseId: r.id, kommunenummer: hendelse.kommunenummer }) })),
    );
  }
  return rader.length;
}

/** Every query of the subscriptions and their delivery log, in the caller's tenant transaction. */
@Injectable()
export class AbonnementRepository {
  async opprett(tm: TenantManager, a: { kommunenummer: string; url: string; hendelsestyper: readonly string[]; kryptertHemmelighet: string; opprettetAv: string }): Promise<AbonnementRad> {
    const [rad] = (await tm.query(
      `INSERT INTO abonnement (kommunenummer, url, hendelsestyper, hemmelighet, opprettet_av) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, kommunenummer, url, hendelsestyper, opprettet`,
      [a.kommunenummer, a.url, [...a.hendelsestyper], a.kryptertHemmelighet, a.opprettetAv],
    )) as Record<string, unknown>[];
    return tilAbonnement(rad!);
  }

  async liste(tm: TenantManager): Promise<AbonnementRad[]> {
    const rader = (await tm.query(`SELECT id, kommunenummer, url, hendelsestyper, opprettet FROM abonnement ORDER BY opprettet, id`)) as Record<string, unknown>[];
    return rader.map(tilAbonnement);
  }

  async hent(tm: TenantManager, id: string): Promise<AbonnementRad | null> {
    const [rad] = (await tm.query(`SELECT id, kommunenummer, url, hendelsestyper, opprettet FROM abonnement WHERE id = $1`, [id])) as Record<string, unknown>[];
    return rad ? tilAbonnement(rad) : null;
  }

  /** Removes the subscription and its delivery log; its queued jobs find nothing and do nothing. */
  async slett(tm: TenantManager, id: string): Promise<boolean> {
    const [, antall] = (await tm.query(`DELETE FROM abonnement WHERE id = $1`, [id])) as [unknown, number];
    return antall === 1;
  }

  /** The newest deliveries first; never the body that was sent. */
  async leveranser(tm: TenantManager, abonnementId: string, antall: number): Promise<LeveranseRad[]> {
    const rader = (await tm.query(
      `SELECT l.id, l.hendelse_id, h.type, l.status, l.forsok, l.siste_http_status, l.siste_feil, l.siste_forsok, l.levert, l.opprettet
         FROM abonnement_leveranse l JOIN hendelse h ON h.id = l.hendelse_id
        WHERE l.abonnement_id = $1 ORDER BY l.hendelse_id DESC LIMIT $2`,
      [abonnementId, antall],
    )) as Record<string, unknown>[];
    return rader.map((r) => ({
      id: String(r.id),
      hendelseId: Number(r.hendelse_id),
      hendelsestype: String(r.type),
      status: r.status as Leveransestatus,
      forsok: Number(r.forsok),
      sisteHttpStatus: r.siste_http_status === null ? null : Number(r.siste_http_status),
      sisteFeil: (r.siste_feil as string | null) ?? null,
      sisteForsok: (r.siste_forsok as Date | null) ?? null,
      levert: (r.levert as Date | null) ?? null,
      opprettet: r.opprettet as Date,
    }));
  }

  /** What the worker needs to send one delivery; null when its subscription was deleted since. */
  async hentForLevering(tm: TenantManager, leveranseId: string): Promise<Levering | null> {
    const [r] = (await tm.query(
      `SELECT l.id, l.status, a.url, a.hemmelighet, h.id AS hendelse_id, h.type, h.kommunenummer, h.soknad_id, h.saksnummer, h.handling, h.status AS sakstatus, h.brev_id, h.tidspunkt
         FROM abonnement_leveranse l JOIN abonnement a ON a.id = l.abonnement_id JOIN hendelse h ON h.id = l.hendelse_id
        WHERE l.id = $1`,
      [leveranseId],
    )) as Record<string, unknown>[];
    if (!r) return null;
    return {
      leveranseId: String(r.id),
      status: r.status as Leveransestatus,
      url: String(r.url),
      hemmelighet: String(r.hemmelighet),
      hendelse: {
        id: Number(r.hendelse_id),
        type: String(r.type),
        kommunenummer: String(r.kommunenummer),
        soknadId: String(r.soknad_id),
        saksnummer: String(r.saksnummer),
        handling: String(r.handling),
        status: String(r.sakstatus),
        brevId: (r.brev_id as string | null) ?? null,
        tidspunkt: r.tidspunkt as Date,
      },
    };
  }

  /** One attempt's outcome: delivered (a 2xx), or not yet, with the HTTP status or the connection error. */
  async registrerForsok(tm: TenantManager, leveranseId: string, utfall: { levert: boolean; httpStatus: number | null; feil: string | null }): Promise<void> {
    await tm.query(
      `UPDATE abonnement_leveranse SET forsok = forsok + 1, siste_forsok = now(), siste_http_status = $2, siste_feil = $3,
              status = CASE WHEN $4 THEN 'levert' ELSE status END, levert = CASE WHEN $4 THEN now() ELSE levert END
        WHERE id = $1 AND status <> 'levert'`,
      [leveranseId, utfall.httpStatus, utfall.feil?.slice(0, 300) ?? null, utfall.levert],
    );
  }

  /** After the last attempt: the log says so. */
  async markerFeilet(tm: TenantManager, leveranseId: string): Promise<void> {
    await tm.query(`UPDATE abonnement_leveranse SET status = 'feilet' WHERE id = $1 AND status = 'venter'`, [leveranseId]);
  }
}
