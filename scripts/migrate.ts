/** `npm run migrate`: runs pending migrations as the owner role (DATABASE_OWNER_URL). */
import { loadDotEnv } from '../libs/config/src/config.js';
import { runMigrations } from '../migrations/kjoring.js';

loadDotEnv();
const owner = process.env.DATABASE_OWNER_URL;
if (!owner) {
  console.error('Mangler DATABASE_OWNER_URL (eierrollen som kjører migrasjoner).');
  process.exit(1);
}
const ran = await runMigrations(owner);
console.log(ran.length ? `Migrasjoner kjørt: ${ran.join(', ')}` : 'Ingen nye migrasjoner.');
