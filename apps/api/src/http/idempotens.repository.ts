import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a key holds when a request claims it. */
export type Krav = { type: 'ny' } | { type: 'annen' } | { type: 'ferdig'; status: number; svar: unknown; location: string | null } | { type: 'underveis' };

/**
 * The stored answers (table `idempotens`, per user and key, no municipality and so no row-level security):
 * claimed before the work, filled after, freed if the work failed.
 */
@Injectable()
export class IdempotensRepository {
  private krav = 0;

  constructor(private readonly db: DataSource) {}

  /** Claims the key, or says what the key already holds. A row older than 24 hours is taken over. */
  async krev(brukerId: string, nokkel: string, hash: string): Promise<Krav> {
    if (++this.krav % 100 === 0) await this.db.query(`DELETE FROM idempotens WHERE opprettet < now() - interval '24 hours'`);
    const ny: unknown[] = await this.db.query(
      `INSERT INTO idempotens (bruker_id, nokkel, forespoersel_hash) VALUES ($1, $2, $3)
       ON CONFLICT (bruker_id, nokkel) DO UPDATE SET forespoersel_hash = EXCLUDED.forespoersel_hash, status = NULL, svar = NULL, location = NULL, opprettet = now()
         WHERE idempotens.opprettet < now() - interval '24 hours'
       RETURNING nokkel`,
      [brukerId, nokkel, hash],
    );
    if (ny.length) return { type: 'ny' };
    const [rad]: { forespoersel_hash: string; status: number | null; svar: unknown; location: string | null }[] = await this.db.query(
      `SELECT forespoersel_hash, status, svar, location FROM idempotens WHERE bruker_id = $1 AND nokkel = $2`,
      [brukerId, nokkel],
    );
    if (!rad) return this.krev(brukerId, nokkel, hash); // the first request failed and freed the key just now
    if (rad.forespoersel_hash !== hash) return { type: 'annen' };
    return rad.status === null ? { type: 'underveis' } : { type: 'ferdig', status: rad.status, svar: rad.svar, location: rad.location };
  }

  async lagre(brukerId: string, nokkel: string, status: number, svar: unknown, location: string | null): Promise<void> {
    await this.db.query(`UPDATE idempotens SET status = $3, svar = $4, location = $5 WHERE bruker_id = $1 AND nokkel = $2`, [brukerId, nokkel, status, JSON.stringify(svar ?? null), location]);
  }

  async slipp(brukerId: string, nokkel: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotens WHERE bruker_id = $1 AND nokkel = $2 AND status IS NULL`, [brukerId, nokkel]);
  }
}
