import { afterAll, beforeAll } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { dropDatabase, prepareDatabase } from '../../libs/persistence/src/database-admin.js';
import { runMigrations } from '../../migrations/kjoring.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { createDataSource } from '../../libs/persistence/src/data-source.js';

export interface Malrad {
  brevtype: string;
  maalform: string;
  versjon: number;
  status: string;
  opprettet_av: string;
}

/**
 * A database of its own for a migration test (its migrations are undone and redone, which the tier's shared
 * database must not see): created and migrated before the tests of the calling `describe`, dropped after.
 */
export function egenMigrertDatabase() {
  const host = process.env.TEST_PG_HOST ?? '127.0.0.1:5432';
  const navn = `tk_test_mig_${randomBytes(4).toString('hex')}`;
  const urls = { admin: process.env.ADMIN_DATABASE_URL!, owner: `postgres://tk_owner@${host}/${navn}`, app: `postgres://tk_app@${host}/${navn}` };
  const ds = createDataSource(urls.owner, 2, MIGRATIONS);
  beforeAll(async () => {
    await prepareDatabase(urls, { fresh: true });
    await runMigrations(urls.owner);
    await ds.initialize();
  }, 60_000);
  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(urls.admin, navn);
  });
  const maler = () => ds.query(`select brevtype, maalform, versjon, status, opprettet_av from brevmal order by brevtype, maalform, versjon`) as Promise<Malrad[]>;
  /** Undo migrations, newest first, up to and including `navn`, so a migration's test stays its test when newer ones are added. */
  const angreTilOgMed = async (navn: string): Promise<void> => {
    for (;;) {
      const [siste] = (await ds.query(`select name from migrasjoner order by id desc limit 1`)) as { name: string }[];
      await ds.undoLastMigration({ transaction: 'each' });
      if (siste!.name === navn) return;
    }
  };
  return { ds, maler, angreTilOgMed };
}
