import pg from 'pg';
import { migrertEngangsPostgres, type EngangsPostgres } from '../support/engangs-postgres.js';
import { soknadBody } from '../support/factories.js';
import { ApiHarness, lagBruker, VAGAN, type TestBruker } from '../support/harness.js';

/**
 * PostgreSQL dies under load (pg_ctl stop -m immediate, as a crash looks to clients) on a throwaway cluster
 * of its own. While it is down the API answers 503 problem replies that say so; when it is back the API
 * recovers by itself (no restart), and every write that was answered 201 is still there.
 */
type Svar = { status: number; fase: string; body: { code?: string; detail?: string; correlationId?: string }; type: string; retryAfter?: string };

describe('PostgreSQL restarted under load', () => {
  let db: EngangsPostgres;
  const api = new ApiHarness();
  let sb: TestBruker;
  let ownerUrl: string;

  beforeAll(async () => {
    const { db: ny, urls } = await migrertEngangsPostgres();
    db = ny;
    ownerUrl = urls.owner;
    await api.start({ DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner, RATE_LIMIT_PER_MINUTE: '1000000', DATABASE_POOL_SIZE: '5' });
    sb = await lagBruker(['saksbehandler', 'leder'], [VAGAN], 'Last Saksbehandler');
  });
  afterAll(async () => {
    await api.stop().catch(() => undefined);
    await db?.fjern();
  });

  it('answers 503 while it is down, recovers by itself and loses no committed write', async () => {
    const auth = { Authorization: `Bearer ${sb.token}` };
    const svar: Svar[] = [];
    const lagret: string[] = [];
    let fase = 'før';
    let stopp = false;

    // Two clients: one registering applications, one reading the work list, as fast as replies come.
    const klient = async (skriv: boolean) => {
      while (!stopp) {
        const f = fase;
        const res = skriv ? await api.http.post('/api/v1/soknader').set(auth).send(soknadBody(VAGAN)) : await api.http.get('/api/v1/soknader').query({ antall: 5 }).set(auth);
        // A request that spans a change (in flight when PostgreSQL stopped or started) belongs to neither phase.
        svar.push({ status: res.status, fase: f === fase ? f : 'overgang', body: res.body ?? {}, type: String(res.headers['content-type']), retryAfter: res.headers['retry-after'] });
        if (res.status === 201) lagret.push(res.body.id);
        if (res.status >= 500) await new Promise((r) => setTimeout(r, 50));
      }
    };
    const klienter = [klient(true), klient(false)];
    const vent = (ms: number) => new Promise((r) => setTimeout(r, ms));

    await vent(2000);
    fase = 'stopper';
    db.stopp('immediate');
    await vent(300);
    fase = 'nede';
    await vent(3000);
    const ready = await api.http.get('/health/ready');
    fase = 'starter';
    await db.start();
    const startet = Date.now();
    fase = 'oppe';
    // It must come back by itself, without restarting the API.
    let gjenopprettetMs = -1;
    while (Date.now() - startet < 30_000) {
      const siste = svar.filter((s) => s.fase === 'oppe' && s.status === 201);
      if (siste.length >= 3) {
        gjenopprettetMs = Date.now() - startet;
        break;
      }
      await vent(100);
    }
    await vent(1500);
    stopp = true;
    await Promise.all(klienter);

    const perFase = (f: string) => svar.filter((s) => s.fase === f);
    const nede = perFase('nede');
    const tell = (l: Svar[]) => l.reduce<Record<number, number>>((a, s) => ({ ...a, [s.status]: (a[s.status] ?? 0) + 1 }), {});
    console.log(
      `resilience/postgres: ${svar.length} requests (${lagret.length} writes answered 201); before ${JSON.stringify(tell(perFase('før')))}, down ${JSON.stringify(tell(nede))}, after ${JSON.stringify(tell(perFase('oppe')))}; recovered ${gjenopprettetMs} ms after PostgreSQL was back`,
    );

    expect(perFase('før').every((s) => s.status === 201 || s.status === 200)).toBe(true);
    // Down: only 503 problem replies that say what is wrong and when to retry; never a 500, never a hang.
    expect(nede.length).toBeGreaterThan(5);
    for (const s of nede) {
      expect({ status: s.status, code: s.body.code }).toEqual({ status: 503, code: 'UTILGJENGELIG' });
      expect(s.type).toMatch(/application\/problem\+json/);
      expect(s.body.detail).toBe('Databasen eller køen svarer ikke akkurat nå. Prøv igjen om litt.');
      expect(s.body.correlationId).toEqual(expect.any(String));
      expect(s.retryAfter).toBe('5');
    }
    expect(svar.filter((s) => s.status === 500)).toEqual([]);
    expect(svar.every((s) => [200, 201, 503].includes(s.status))).toBe(true);
    expect(ready.status).toBe(503);
    expect(ready.body.details?.postgres?.status).toBe('down');
    // Up again by itself
    expect(gjenopprettetMs).toBeGreaterThanOrEqual(0);
    expect(perFase('oppe').filter((s) => s.status === 201).length).toBeGreaterThanOrEqual(3);
    expect((await api.http.get('/health/ready')).status).toBe(200);

    // No committed write lost: every id answered 201 is in the database after the crash.
    const c = new pg.Client({ connectionString: ownerUrl });
    await c.connect();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', $1, true)`, [VAGAN]);
      const rader = await c.query<{ id: string }>('select id from soknad where id = any($1)', [lagret]);
      await c.query('commit');
      expect(new Set(rader.rows.map((r) => r.id))).toEqual(new Set(lagret));
    } finally {
      await c.end();
    }
    expect(lagret.length).toBeGreaterThan(5);
  });
});
