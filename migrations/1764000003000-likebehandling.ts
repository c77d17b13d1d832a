import type { MigrationInterface, QueryRunner } from 'typeorm';
import { lagLikebehandlingOmfang } from './helpers.js';

/**
 * Office-wide comparison for the decision-time equal-treatment signal. A caseworker acts for some
 * municipalities but the comparison is office-wide, so the function widens the tenant setting for its own
 * query only and returns aggregates (count and percentiles), never a row, then restores the setting.
 */
export class Likebehandling1764000003000 implements MigrationInterface {
  name = 'Likebehandling1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await lagLikebehandlingOmfang(q, 'p_unntatt uuid', 'uuid', 'v.id <> p_unntatt');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION likebehandling_omfang(text, text, text, uuid)`);
  }
}
