import { runMigrations as migrerBullmq } from 'bullmq';
import type pg from 'pg';
import { KO_SKJEMA } from './kobackend.js';
import { KOER } from './queues.js';

/**
 * BullMQ's PostgreSQL schema (`bullmq`), migrated by the owner role with the application's migrations, so
 * `QUEUE_BACKEND=postgres` needs no DDL at run time. The application role gets DML and EXECUTE only: it
 * still owns nothing. Harmless when the queues are in Redis (the tables stay empty).
 */
export async function migrerKoSkjema(eier: pg.ClientBase, appRolle: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(appRolle)) throw new Error(`Ugyldig rollenavn: ${appRolle}`);
  await migrerBullmq(eier, KO_SKJEMA);
  // BullMQ makes each queue's job-id sequence on first use; made here, the application role needs no CREATE.
  for (const ko of Object.values(KOER)) {
    const { rows } = await eier.query<{ navn: string }>(`SELECT ${KO_SKJEMA}.job_id_seq_name($1) AS navn`, [ko]);
    await eier.query(`CREATE SEQUENCE IF NOT EXISTS ${KO_SKJEMA}."${rows[0].navn}"`);
  }
  // Bulk adds stage their rows in a temporary table (session-private, dropped with the session).
  const { rows } = await eier.query<{ db: string }>('SELECT current_database() AS db');
  await eier.query(`GRANT TEMPORARY ON DATABASE "${rows[0].db.replace(/"/g, '""')}" TO ${appRolle}`);
  await eier.query(`GRANT USAGE ON SCHEMA ${KO_SKJEMA} TO ${appRolle}`);
  await eier.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${KO_SKJEMA} TO ${appRolle}`);
  await eier.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${KO_SKJEMA} TO ${appRolle}`);
  await eier.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${KO_SKJEMA} TO ${appRolle}`);
}
