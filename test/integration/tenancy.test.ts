import { ApiHarness, appRoleClient, FLAKSTAD, lagBruker, MOSKENES, VAGAN, VESTVAGOY } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';

describe('tenancy: row-level security and the access helper', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('a Vågan user gets 404 for a Flakstad case by id and never sees it in a list', async () => {
    const flakstad = await lagBruker('saksbehandler', [FLAKSTAD]);
    const vagan = await lagBruker(['saksbehandler', 'leder'], [VAGAN]);
    const sak = await registrerSoknad(api, flakstad, FLAKSTAD);
    const egen = await registrerSoknad(api, vagan, VAGAN);

    const res = await api.http.get(`/api/v1/soknader/${sak.id}`).set('Authorization', `Bearer ${vagan.token}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, title: 'Ikke funnet', detail: 'Fant ikke søknaden.' });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);

    const liste = await api.http.get('/api/v1/soknader?antall=100').set('Authorization', `Bearer ${vagan.token}`);
    expect(liste.status).toBe(200);
    const ids = liste.body.elementer.map((e: { id: string }) => e.id);
    expect(ids).toContain(egen.id);
    expect(ids).not.toContain(sak.id);
    expect(liste.body.elementer.every((e: { kommunenummer: string }) => e.kommunenummer === VAGAN)).toBe(true);

    // Changes are refused the same way.
    const endre = await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set('Authorization', `Bearer ${vagan.token}`).send({ tekst: 'x' });
    expect(endre.status).toBe(404);
  });

  it('registering for a municipality outside the token is forbidden (403)', async () => {
    const vagan = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.post('/api/v1/soknader').set('Authorization', `Bearer ${vagan.token}`).send({
      kommunenummer: MOSKENES, mottattDato: '2026-11-01', kanal: 'papir', sokerType: 'selv', tjenester: ['hjemmesykepleie'],
      person: { fodselsnummer: '01814112345', navn: 'X' },
    });
    expect(res.status).toBe(403);
  });

  it('the application role without the tenant setting sees zero rows of every tenant table', async () => {
    const u = await lagBruker('saksbehandler', [VESTVAGOY]);
    await registrerSoknad(api, u, VESTVAGOY);
    const c = await appRoleClient();
    try {
      const tables = await c.query(`select c.relname from pg_class c where c.relrowsecurity and c.relforcerowsecurity and c.relkind = 'r' and c.relnamespace = 'public'::regnamespace`);
      const names = tables.rows.map((r: { relname: string }) => r.relname);
      expect(names).toEqual(expect.arrayContaining(['soknad', 'person', 'tilgangslogg', 'kartlegging', 'statushistorikk']));
      for (const name of names) {
        const n = await c.query(`select count(*)::int as n from "${name}"`);
        expect({ name, n: n.rows[0].n }).toEqual({ name, n: 0 });
      }
      // Every table with a kommunenummer column is under row-level security.
      const tenantTables = await c.query(`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'kommunenummer' and table_name <> 'kommune'`);
      for (const { table_name } of tenantTables.rows) expect(names).toContain(table_name);
    } finally {
      await c.end();
    }
  });

  it('every tenant policy reads the tenant list once per query, not once per row', async () => {
    const c = await appRoleClient();
    try {
      const policyer = await c.query(`select tablename, qual, with_check from pg_policies where schemaname = 'public' and (qual like '%app_kommuner%' or with_check like '%app_kommuner%')`);
      expect(policyer.rows.length).toBeGreaterThanOrEqual(10);
      for (const p of policyer.rows as { tablename: string; qual: string | null; with_check: string | null }[]) {
        for (const uttrykk of [p.qual, p.with_check].filter((x) => x !== null)) {
          expect({ tabell: p.tablename, uttrykk }).toEqual({ tabell: p.tablename, uttrykk: expect.stringContaining('SELECT app_kommuner()') });
        }
      }
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', '1865', true)`);
      const plan = (await c.query(`explain select count(*) from soknad`)).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      await c.query('rollback');
      expect(plan).toMatch(/InitPlan/);
      expect(plan).not.toMatch(/string_to_array/);
    } finally {
      await c.end();
    }
  });

  it('inserting a row for another municipality through the app role fails', async () => {
    const c = await appRoleClient();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', '1865', true)`);
      await expect(
        c.query(`insert into journalnotat (kommunenummer, soknad_id, tekst, opprettet_av, opprettet_av_navn) values ('1859', gen_random_uuid(), 'x', 'u', 'u')`),
      ).rejects.toThrow(/row-level security/);
      await c.query('rollback');
    } finally {
      await c.end();
    }
  });

  it('the app role is neither superuser nor owner, and cannot bypass row-level security', async () => {
    const c = await appRoleClient();
    try {
      const r = await c.query(`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`);
      expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const owned = await c.query(`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = current_user`);
      expect(owned.rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  });

  it('the tenant setting does not leak to the next borrower of a pooled connection', async () => {
    const c = await appRoleClient();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', '1865,1860', true)`);
      await c.query('commit');
      const r = await c.query(`select app_kommuner() as k`);
      expect(r.rows[0].k).toEqual([]);
    } finally {
      await c.end();
    }
  });

  it('many concurrent requests for different municipalities never see each other\'s rows', async () => {
    const kommuner = [VAGAN, VESTVAGOY, FLAKSTAD, MOSKENES];
    const brukere = await Promise.all(kommuner.map((k) => lagBruker('saksbehandler', [k])));
    await Promise.all(brukere.map((b, i) => registrerSoknad(api, b, kommuner[i]!)));
    const runder = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const b = brukere[i % 4]!;
        return api.http.get('/api/v1/soknader?antall=100').set('Authorization', `Bearer ${b.token}`).then((r) => ({ k: kommuner[i % 4], r }));
      }),
    );
    for (const { k, r } of runder) {
      expect(r.status).toBe(200);
      expect(r.body.elementer.length).toBeGreaterThan(0);
      expect(new Set(r.body.elementer.map((e: { kommunenummer: string }) => e.kommunenummer))).toEqual(new Set([k]));
    }
  });
});
