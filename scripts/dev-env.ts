/**
 * Writes a `.env` for local development if there is none: the machine's PostgreSQL and Redis, and fresh
 * random secrets (never committed). `npm run setup` runs it before preparing the database.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';

if (existsSync('.env')) {
  console.log('.env finnes allerede; lar den være.');
} else {
  const db = process.env.DEV_DATABASE_NAME ?? 'tk_dev';
  writeFileSync(
    '.env',
    [
      'NODE_ENV=development',
      'ADMIN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
      `DATABASE_OWNER_URL=postgres://tk_owner@127.0.0.1:5432/${db}`,
      `DATABASE_URL=postgres://tk_app@127.0.0.1:5432/${db}`,
      'REDIS_URL=redis://127.0.0.1:6379',
      `AUTH_JWT_SECRET=${randomBytes(32).toString('hex')}`,
      `PERSON_DATA_KEY=${randomBytes(32).toString('base64')}`,
      'LOG_LEVEL=info',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  console.log('Skrev .env med tilfeldige hemmeligheter for utvikling.');
}
