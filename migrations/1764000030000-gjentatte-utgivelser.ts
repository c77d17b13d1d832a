import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantApp } from './helpers.js';

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
    await q.query(`
      CREATE FUNCTION likebehandling_omfang(p_tjeneste text, p_behov text, p_alder text, p_unntatt uuid, p_kommune text)
      RETURNS TABLE (n integer, p10 numeric, median numeric, p90 numeric)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        forrige text := current_setting('app.kommuner', true);
      BEGIN
        PERFORM set_config('app.kommuner', (SELECT string_agg(kommunenummer, ',') FROM kommune), true);
        RETURN QUERY
          SELECT count(*)::integer,
                 percentile_cont(0.1) WITHIN GROUP (ORDER BY l.omfang)::numeric,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY l.omfang)::numeric,
                 percentile_cont(0.9) WITHIN GROUP (ORDER BY l.omfang)::numeric
          FROM vedtakslinje l JOIN vedtak v ON v.id = l.vedtak_id
          WHERE v.status = 'vedtatt' AND v.id <> p_unntatt AND v.kommunenummer <> p_kommune
            AND NOT EXISTS (SELECT 1 FROM vedtak e WHERE e.erstatter_vedtak_id = v.id AND e.status = 'vedtatt')
            AND l.tjenestekode = p_tjeneste AND v.bistandsbehov = p_behov AND v.aldersgruppe = p_alder
            AND l.utfall IN ('innvilget', 'delvis_innvilget') AND l.omfang IS NOT NULL;
        PERFORM set_config('app.kommuner', coalesce(forrige, ''), true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION likebehandling_omfang(text, text, text, uuid, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION likebehandling_omfang(text, text, text, uuid, text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION likebehandling_omfang(text, text, text, uuid, text)`);
    await q.query(`
      CREATE FUNCTION likebehandling_omfang(p_tjeneste text, p_behov text, p_alder text, p_unntatt uuid)
      RETURNS TABLE (n integer, p10 numeric, median numeric, p90 numeric)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        forrige text := current_setting('app.kommuner', true);
      BEGIN
        PERFORM set_config('app.kommuner', (SELECT string_agg(kommunenummer, ',') FROM kommune), true);
        RETURN QUERY
          SELECT count(*)::integer,
                 percentile_cont(0.1) WITHIN GROUP (ORDER BY l.omfang)::numeric,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY l.omfang)::numeric,
                 percentile_cont(0.9) WITHIN GROUP (ORDER BY l.omfang)::numeric
          FROM vedtakslinje l JOIN vedtak v ON v.id = l.vedtak_id
          WHERE v.status = 'vedtatt' AND v.id <> p_unntatt AND l.tjenestekode = p_tjeneste
            AND v.bistandsbehov = p_behov AND v.aldersgruppe = p_alder
            AND l.utfall IN ('innvilget', 'delvis_innvilget') AND l.omfang IS NOT NULL;
        PERFORM set_config('app.kommuner', coalesce(forrige, ''), true);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION likebehandling_omfang(text, text, text, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION likebehandling_omfang(text, text, text, uuid) TO ${APP_ROLE}`);
    await q.query(`DROP TABLE "rapport_utgivelsesgrunnlag"`);
  }
}
