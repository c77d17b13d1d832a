import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantApp, lagLikebehandlingOmfang } from './helpers.js';

/**
 * Repeatable anonymised releases and a decision-time signal that compares with the other municipalities.
 *
 * - `rapport_utgivelsesgrunnlag`: the counts each anonymised release was made from (year × municipality ×
 *   service group × age band × need group × outcome; no persons), so a later release of the same period can
 *   be checked against what the earlier one published after new decisions and corrections. Internal: never
 *   part of a report. Written once, never changed.
 * - `likebehandling_omfang` takes the deciding municipality and leaves its cases out of the comparison, and
 *   counts only decisions not replaced by a later one.
 */
export class GjentatteUtgivelser1764000030000 implements MigrationInterface {
  name = 'GjentatteUtgivelser1764000030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "rapport_utgivelsesgrunnlag" ("rapport_id" uuid NOT NULL, "tellinger" jsonb NOT NULL, "opprettet" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rapport_utgivelsesgrunnlag" PRIMARY KEY ("rapport_id"))`);
    await q.query(`ALTER TABLE "rapport_utgivelsesgrunnlag" ADD CONSTRAINT "fk_rapport_utgivelsesgrunnlag_rapport" FOREIGN KEY ("rapport_id") REFERENCES "rapport"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await grantApp(q, 'rapport_utgivelsesgrunnlag', 'SELECT, INSERT');

    await q.query(`DROP FUNCTION likebehandling_omfang(text, text, text, uuid)`);
    await lagLikebehandlingOmfang(
      q,
      'p_unntatt uuid, p_kommune text',
      'uuid, text',
      `v.id <> p_unntatt AND v.kommunenummer <> p_kommune
            AND NOT EXISTS (SELECT 1 FROM vedtak e WHERE e.erstatter_vedtak_id = v.id AND e.status = 'vedtatt')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION likebehandling_omfang(text, text, text, uuid, text)`);
    await lagLikebehandlingOmfang(q, 'p_unntatt uuid', 'uuid', 'v.id <> p_unntatt');
    await q.query(`DROP TABLE "rapport_utgivelsesgrunnlag"`);
  }
}
