import pg from 'pg';

export default async function teardown() {
  const name = process.env.TEST_DATABASE_NAME;
  if (process.env.KEEP_TEST_DB || !name || !/^tk_test_[a-z0-9_]+$/.test(name)) return;
  const c = new pg.Client({ connectionString: process.env.ADMIN_DATABASE_URL, connectionTimeoutMillis: 10_000 });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
}
