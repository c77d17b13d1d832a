/**
 * Prepares PostgreSQL for the application: roles, database, migrations.
 * `npm run db:setup` (add `-- --fresh` to recreate the database). Reads ADMIN_DATABASE_URL,
 * DATABASE_OWNER_URL and DATABASE_URL from the environment or `.env`.
 */
import { loadDotEnv } from '../libs/config/src/config.js';
import { prepareDatabase } from '../libs/persistence/src/database-admin.js';
import { runMigrations } from '../migrations/kjoring.js';

loadDotEnv();
const admin = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const owner = process.env.DATABASE_OWNER_URL;
const app = process.env.DATABASE_URL;
if (!owner || !app) {
  console.error('Mangler DATABASE_OWNER_URL eller DATABASE_URL (se README, Konfigurasjon).');
  process.exit(1);
}
await prepareDatabase({ admin, owner, app }, { fresh: process.argv.includes('--fresh') });
const ran = await runMigrations(owner);
console.log(ran.length ? `Migrasjoner kjørt: ${ran.join(', ')}` : 'Databasen er oppdatert.');
