import type { QueryRunner } from 'typeorm';

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
