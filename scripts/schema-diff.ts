/** Prints the SQL TypeORM would generate against the migrated schema; empty means entities and migrations agree. */
import { loadDotEnv } from '../libs/config/src/config.js';
import { pendingSchemaChanges } from '../migrations/kjoring.js';

loadDotEnv();
const sql = await pendingSchemaChanges(process.env.DATABASE_OWNER_URL ?? '');
console.log(sql.length ? sql.join(';\n') + ';' : '-- ingen forskjeller');
process.exit(sql.length ? 1 : 0);
