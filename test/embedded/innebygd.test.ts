import { loadConfig } from '../../libs/config/src/config.js';
import { ApiHarness, appRoleClient, FLAKSTAD, lagBruker, VAGAN } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';

/**
 * What the embedded database promises, and that this tier really runs on it: PGlite, one session shared by
 * every connection, made safe by serialising transactions and running as the application role.
 */
describe('embedded PostgreSQL (PGlite) as the demo runs it', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('is PGlite, and every connection is the application role, which row-level security filters', async () => {
    const c = await appRoleClient();
    try {
      const { rows } = await c.query<{ versjon: string; bruker: string; superbruker: boolean; omgaar: boolean }>(
        `select version() as versjon, current_user as bruker, r.rolsuper as superbruker, r.rolbypassrls as omgaar
           from pg_roles r where r.rolname = current_user`,
      );
      expect(rows[0]).toEqual({ versjon: expect.stringContaining('PGlite'), bruker: 'tk_app', superbruker: false, omgaar: false });
      // A case exists, yet without the tenant setting the application role sees none.
      const b = await lagBruker('saksbehandler', [VAGAN]);
      await registrerSoknad(api, b, VAGAN);
      expect((await c.query('select count(*)::int as n from soknad')).rows[0].n).toBe(0);
      await expect(c.query(`insert into kommune (kommunenummer, navn) values ('9999', 'X')`)).rejects.toThrow(/permission denied/);
      await expect(c.query('create table inntrenger (id int)')).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
  });

  it('keeps a transaction to itself: another connection waits, and never sees its tenant setting or its rows', async () => {
    const a = await appRoleClient();
    const b = await appRoleClient();
    try {
      const fb = await lagBruker('saksbehandler', [FLAKSTAD]);
      const sak = await registrerSoknad(api, fb, FLAKSTAD);
      await a.query('begin');
      await a.query(`select set_config('app.kommuner', $1, true)`, [FLAKSTAD]);
      expect((await a.query('select id from soknad where id = $1', [sak.id])).rowCount).toBe(1);
      // b's query is sent now but runs only after a's transaction ends.
      const rekkefolge: string[] = [];
      const bSvar = b.query(`select current_setting('app.kommuner', true) as k, (select count(*)::int from soknad) as n`).then((r) => {
        rekkefolge.push('b');
        return r.rows[0];
      });
      await new Promise((r) => setTimeout(r, 200));
      rekkefolge.push('a commit');
      await a.query('commit');
      expect(await bSvar).toEqual({ k: '', n: 0 });
      expect(rekkefolge).toEqual(['a commit', 'b']);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('rolls back a transaction whose connection went away, so the next connection does not inherit it', async () => {
    const a = await appRoleClient();
    await a.query('begin');
    await a.query(`select set_config('app.kommuner', $1, true)`, [VAGAN]);
    const endret = await a.query(`update soknad set fritekst = 'halvskrevet' where kommunenummer = $1`, [VAGAN]);
    expect(endret.rowCount).toBeGreaterThan(0);
    a.end().catch(() => undefined);
    const b = await appRoleClient();
    try {
      await b.query('begin');
      await b.query(`select set_config('app.kommuner', $1, true)`, [VAGAN]);
      expect((await b.query(`select count(*)::int as n from soknad where fritekst = 'halvskrevet'`)).rows[0].n).toBe(0);
      await b.query('commit');
    } finally {
      await b.end();
    }
  });

  it('is refused in production', () => {
    expect(() => loadConfig({ ...process.env, NODE_ENV: 'production', AUTH_JWT_SECRET: '', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'tk', OIDC_JWKS_URL: 'https://idp.example/jwks' })).toThrow(
      /DATABASE_MODE: embedded \(PGlite\) er bare for demoen og er ikke tillatt i produksjon/,
    );
  });
});
