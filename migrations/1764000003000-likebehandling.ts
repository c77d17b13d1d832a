import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './helpers.js';

/**
 * Office-wide comparison for the decision-time equal-treatment signal. A caseworker acts for some
 * municipalities but the comparison is office-wide, so the function widens the tenant setting for its own
 * query only and returns aggregates (count and percentiles), never a row, then restores the setting.
 */
export class Likebehandling1764000003000 implements MigrationInterface {
  name = 'Likebehandling1764000003000';

  async up(q: QueryRunner): Promise<void> {
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION likebehandling_omfang(text, text, text, uuid)`);
  }
}
