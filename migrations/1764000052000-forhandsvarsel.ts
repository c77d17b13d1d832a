import type { MigrationInterface, QueryRunner } from 'typeorm';
import { settInnManglendeStandardmaler } from './helpers.js';

/** Marks the templates this migration added, so `down` removes those and nothing a fagadmin made. */
export const FORHANDSVARSEL_OPPRETTET_AV = 'migrering Forhandsvarsel1764000052000';

/**
 * Advance notice before a running service is reduced or stopped (fvl. § 16): the case records the notice (which
 * decision, what change, from when, the deadline to comment), and the letter `forhandsvarsel` gets its standard
 * templates (nb/nn, inserted where the letter type has none, as Soknadsavvisning1764000007000).
 */
export class Forhandsvarsel1764000052000 implements MigrationInterface {
  name = 'Forhandsvarsel1764000052000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "soknad" ADD "forhandsvarsel" jsonb`);
    await settInnManglendeStandardmaler(q, FORHANDSVARSEL_OPPRETTET_AV);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM brevmal WHERE opprettet_av = $1`, [FORHANDSVARSEL_OPPRETTET_AV]);
    await q.query(`ALTER TABLE "soknad" DROP COLUMN "forhandsvarsel"`);
  }
}
