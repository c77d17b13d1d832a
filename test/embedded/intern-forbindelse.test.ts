import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pgStromValg } from '../../libs/persistence/src/embedded/intern-forbindelse.js';
import { runMigrations } from '../../migrations/kjoring.js';
import { startInnebygdPostgres, type InnebygdPostgres } from '../../libs/persistence/src/embedded/innebygd-postgres.js';

/**
 * The process that hosts the embedded database (the demo) connects to it through memory instead of a socket.
 * The same promises must hold on that path: whole results, serialised transactions, rollback when a
 * connection goes away inside a transaction.
 */
describe('connections from the hosting process to the embedded database', () => {
  const mappe = mkdtempSync(join(tmpdir(), 'tk-pglite-intern-'));
  let db: InnebygdPostgres;
  const klient = async (iMinnet: boolean) => {
    const c = new pg.Client({ connectionString: db.url, ...(iMinnet ? pgStromValg(db.url) : {}) });
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    db = await startInnebygdPostgres({ mappe, fersk: true, migrer: runMigrations });
  });
  afterAll(async () => {
    await db?.stopp();
    rmSync(mappe, { recursive: true, force: true });
  });

  it('goes through memory only in the hosting process, and only to that database', () => {
    expect(pgStromValg(db.url).stream).toBeInstanceOf(Function);
    expect(pgStromValg('postgres://tk_app@127.0.0.1:5432/tk').stream).toBeUndefined();
  });

  it('returns whole results, also when they are larger than one message', async () => {
    const c = await klient(true);
    try {
      const { rows } = await c.query<{ n: number; tekst: string }>(`select n, repeat('æøå', 200) as tekst from generate_series(1, 2000) n`);
      expect(rows).toHaveLength(2000);
      expect(rows[1999]).toEqual({ n: 2000, tekst: 'æøå'.repeat(200) });
      // Errors come back as errors, and the connection stays usable.
      await expect(c.query('select * from finnes_ikke')).rejects.toThrow(/finnes_ikke/);
      expect((await c.query('select 1 as en')).rows[0].en).toBe(1);
    } finally {
      await c.end();
    }
  });

  it('serialises a transaction in memory against a connection over the socket', async () => {
    const a = await klient(true);
    const b = await klient(false);
    try {
      await a.query('begin');
      await a.query(`select set_config('app.kommuner', '1865', true)`);
      const rekkefolge: string[] = [];
      const bSvar = b.query(`select current_setting('app.kommuner', true) as k`).then((r) => {
        rekkefolge.push('b');
        return r.rows[0];
      });
      await new Promise((r) => setTimeout(r, 150));
      rekkefolge.push('a commit');
      await a.query('commit');
      expect(await bSvar).toEqual({ k: '' });
      expect(rekkefolge).toEqual(['a commit', 'b']);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('rolls back the transaction of an in-memory connection that goes away inside it', async () => {
    const a = await klient(true);
    await a.query('begin');
    await a.query(`select set_config('app.kommuner', '1865', true)`);
    await a.end();
    const b = await klient(true);
    try {
      expect((await b.query(`select current_setting('app.kommuner', true) as k`)).rows[0]).toEqual({ k: '' });
    } finally {
      await b.end();
    }
  });
});
