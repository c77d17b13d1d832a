import type { QueryRunner } from 'typeorm';
import { STANDARD_BREVMALER } from '../libs/letters/src/standard-brevmaler.js';

/** The role the application connects as: owns nothing, is no superuser, cannot bypass row-level security. */
export const APP_ROLE = 'tk_app';

/**
 * Row-level security for a tenant-owned table: ENABLE and FORCE (so even the owner is filtered),
 * one policy reading the transaction-local `app.kommuner` setting, once per query (a scalar subquery is an
 * InitPlan; a bare function call would be evaluated for every row).
 */
export async function enableTenantSecurity(q: QueryRunner, table: string, column = 'kommunenummer'): Promise<void> {
  await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await q.query(
    `CREATE POLICY "${table}_tenant" ON "${table}" USING ("${column}" = ANY ((SELECT app_kommuner())::text[])) WITH CHECK ("${column}" = ANY ((SELECT app_kommuner())::text[]))`,
  );
}

export async function grantApp(q: QueryRunner, table: string, privileges: string): Promise<void> {
  await q.query(`GRANT ${privileges} ON "${table}" TO ${APP_ROLE}`);
}

/**
 * Inserts, as published version 1 marked `opprettetAv`, every standard template whose letter type and målform
 * has no template at all. A type that already has one, edited or not, is left alone; idempotent. This is how
 * new standard templates reach databases migrated before their letter type existed.
 */
export async function settInnManglendeStandardmaler(q: QueryRunner, opprettetAv: string): Promise<void> {
  for (const mal of STANDARD_BREVMALER) {
    await q.query(
      `INSERT INTO brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av, publisert_av, publisert_tid)
       SELECT $1::varchar, $2::varchar, 1, 'publisert', $3::jsonb, $4::text, $4::text, now()
        WHERE NOT EXISTS (SELECT 1 FROM brevmal WHERE brevtype = $1::varchar AND maalform = $2::varchar)`,
      [mal.brevtype, mal.maalform, JSON.stringify(mal), opprettetAv],
    );
  }
}

/**
 * Brings the standard templates up to date: where the template in force (the newest published version) is
 * still a standard one (made by a migration) and differs from today's standard, inserts today's standard as
 * the next version, published and marked `opprettetAv`; where a letter type and målform has no template,
 * inserts version 1. A fagadmin's own newer version is left alone. Older versions stay as they are, so letters
 * already rendered keep pointing at the version they were made with; idempotent.
 */
export async function oppdaterStandardmaler(q: QueryRunner, opprettetAv: string): Promise<void> {
  for (const mal of STANDARD_BREVMALER) {
    await q.query(
      `WITH gjeldende AS (
         SELECT innhold, opprettet_av FROM brevmal WHERE brevtype = $1::varchar AND maalform = $2::varchar AND status = 'publisert'
          ORDER BY versjon DESC LIMIT 1)
       INSERT INTO brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av, publisert_av, publisert_tid)
       SELECT $1::varchar, $2::varchar, COALESCE((SELECT max(versjon) FROM brevmal WHERE brevtype = $1::varchar AND maalform = $2::varchar), 0) + 1,
              'publisert', $3::jsonb, $4::text, $4::text, now()
        WHERE NOT EXISTS (SELECT 1 FROM gjeldende)
           OR EXISTS (SELECT 1 FROM gjeldende WHERE opprettet_av LIKE 'migrering%' AND innhold <> $3::jsonb)`,
      [mal.brevtype, mal.maalform, JSON.stringify(mal), opprettetAv],
    );
  }
}

/**
 * The decision-time comparison's database function: count and percentiles of the granted scope of comparable
 * decided cases, computed across all municipalities (the tenant setting is widened for its own query only and
 * restored), never a row. `parametre` are the arguments after (p_tjeneste, p_behov, p_alder); `utvalg` narrows
 * the decisions compared with.
 */
export async function lagLikebehandlingOmfang(q: QueryRunner, parametre: string, typer: string, utvalg: string): Promise<void> {
  await q.query(`
      CREATE FUNCTION likebehandling_omfang(p_tjeneste text, p_behov text, p_alder text, ${parametre})
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
          WHERE v.status = 'vedtatt' AND ${utvalg} AND l.tjenestekode = p_tjeneste
            AND v.bistandsbehov = p_behov AND v.aldersgruppe = p_alder
            AND l.utfall IN ('innvilget', 'delvis_innvilget') AND l.omfang IS NOT NULL;
        PERFORM set_config('app.kommuner', coalesce(forrige, ''), true);
      END $$`);
  await q.query(`REVOKE ALL ON FUNCTION likebehandling_omfang(text, text, text, ${typer}) FROM PUBLIC`);
  await q.query(`GRANT EXECUTE ON FUNCTION likebehandling_omfang(text, text, text, ${typer}) TO ${APP_ROLE}`);
}
