import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInnebygdPostgres } from '../../libs/persistence/src/embedded/innebygd-postgres.js';
import { runMigrations } from '../../migrations/kjoring.js';

/**
 * The embedded tier's database: PGlite in this process, served on a loopback port, with the migrations
 * applied. Prints the environment as one JSON line and runs until its parent closes stdin.
 */
const mappe = mkdtempSync(join(tmpdir(), 'tk-pglite-'));
const db = await startInnebygdPostgres({ mappe, fersk: true, migrer: runMigrations });
process.stdout.write(
  `${JSON.stringify({
    NODE_ENV: 'test',
    DATABASE_MODE: 'embedded',
    DATABASE_URL: db.url,
    // One session, already the application role: "owner" queries in tests run as the application role too.
    DATABASE_OWNER_URL: db.url,
    QUEUE_BACKEND: 'postgres',
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    PERSON_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  })}\n`,
);
process.stdin.resume();
process.stdin.on('end', () => void db.stopp().finally(() => process.exit(0)));
