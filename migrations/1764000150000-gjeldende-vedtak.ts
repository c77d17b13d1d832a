import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "The decision in force" (a decided decision that no later decided decision replaces) is asked by every
 * report aggregation and the equal-treatment signal as `NOT EXISTS (… e.erstatter_vedtak_id = v.id …)`. Without
 * an index on the replacing side, PostgreSQL hashes every row of `vedtak` for it (a scan of the whole table, its
 * texts included, per statement). Few decisions replace another, so this partial index is small and turns the
 * check into an index-only anti join.
 */
export class GjeldendeVedtak1764000150000 implements MigrationInterface {
  name = 'GjeldendeVedtak1764000150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS idx_vedtak_erstatter ON vedtak (erstatter_vedtak_id, status, kommunenummer) WHERE erstatter_vedtak_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS idx_vedtak_erstatter`);
  }
}
