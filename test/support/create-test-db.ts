import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../../libs/persistence/src/database-admin.js';
import { runMigrations } from '../../migrations/kjoring.js';

/**
 * Each test run gets a freshly created database with the migrations applied, on the machine's real
 * PostgreSQL; the queue gets its own key prefix on the real Redis. Nothing is shared between runs.
 */
async function setup(): Promise<Record<string, string>> {
  const host = process.env.TEST_PG_HOST ?? '127.0.0.1:5432';
  const name = `tk_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = process.env.ADMIN_DATABASE_URL ?? `postgres://postgres@${host}/postgres`;
  const owner = `postgres://tk_owner@${host}/${name}`;
  const app = `postgres://tk_app@${host}/${name}`;
  await prepareDatabase({ admin, owner, app }, { fresh: true });
  await runMigrations(owner);
  return {
    NODE_ENV: 'test',
    ADMIN_DATABASE_URL: admin,
    DATABASE_OWNER_URL: owner,
    DATABASE_URL: app,
    TEST_DATABASE_NAME: name,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `tktest_${randomBytes(4).toString('hex')}`,
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    PERSON_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  };
}

// Run as a child of jest's global setup (which cannot load ESM TypeScript): print the environment as JSON.
process.stdout.write(JSON.stringify(await setup()));
