import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../libs/persistence/src/database-admin.js';
import { runMigrations } from '../migrations/kjoring.js';

/** The benchmark's own database and queue prefix: never the developers' or the tests'. */
export const BENCH_DB = process.env.BENCH_DB ?? 'tk_bench';
const HOST = process.env.BENCH_PG_HOST ?? '127.0.0.1:5432';

export const urls = {
  admin: process.env.BENCH_ADMIN_URL ?? `postgres://postgres@${HOST}/postgres`,
  owner: `postgres://tk_owner@${HOST}/${BENCH_DB}`,
  app: `postgres://tk_app@${HOST}/${BENCH_DB}`,
};

/** A fresh database with the migrations applied. */
export async function freshDatabase(): Promise<void> {
  await prepareDatabase(urls, { fresh: true });
  await runMigrations(urls.owner);
}

/** Environment for the application (API and worker) against the bench database and a bench-only queue prefix. */
export function benchEnv(prefix = `tkbench_${randomBytes(3).toString('hex')}`): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: urls.app,
    DATABASE_OWNER_URL: urls.owner,
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    // Fixed, so a profiling run can read the synthetic persons a bench run wrote (synthetic data only).
    PERSON_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LETTER_OUTPUT_DIR: 'out/bench/brev',
    REPORT_OUTPUT_DIR: 'out/bench/rapporter',
  };
}
