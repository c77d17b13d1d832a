import pg from 'pg';
import { createDataSource } from '../libs/persistence/src/data-source.js';
import { APP_ROLE } from '../libs/persistence/src/roller.js';
import { migrerKoSkjema } from '../libs/queue/src/ko-skjema.js';
import { MIGRATIONS } from './index.js';

/*
 * Running the migrations lives beside them, not in libs/persistence: the schema's history depends on the
 * libraries (templates, queue schema), never the other way round.
 */

async function medKlient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs pending migrations as the owner role, then BullMQ's own for its PostgreSQL backend. Returns the
 * names of the application's migrations that ran.
 */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const ds = createDataSource(ownerUrl, 2, MIGRATIONS);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    await medKlient(ownerUrl, (c) => migrerKoSkjema(c, APP_ROLE));
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * The SQL TypeORM would generate to bring the schema in line with the entities. Empty on a clean tree:
 * CI fails if an entity drifts from the migrations.
 */
export async function pendingSchemaChanges(ownerUrl: string): Promise<string[]> {
  const ds = createDataSource(ownerUrl, 2, MIGRATIONS);
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
