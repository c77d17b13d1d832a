import type { QueryRunner } from 'typeorm';
import { STANDARD_BREVMALER } from '../libs/letters/src/standard-brevmaler.js';

/** The role the application connects as: owns nothing, is no superuser, cannot bypass row-level security. */
export const APP_ROLE = 'tk_app';

/**
 * Row-level security for a tenant-owned table: ENABLE and FORCE (so even the owner is filtered),
 * one policy reading the transaction-local `app.kommuner` setting.
 */
export async function enableTenantSecurity(q: QueryRunner, table: string, column = 'kommunenummer'): Promise<void> {
  await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await q.query(
    `CREATE POLICY "${table}_tenant" ON "${table}" USING ("${column}" = ANY (app_kommuner())) WITH CHECK ("${column}" = ANY (app_kommuner()))`,
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
