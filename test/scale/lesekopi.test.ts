import pg from 'pg';
import { EngangsPostgres, migrertEngangsPostgres } from '../support/engangs-postgres.js';
import { ApiHarness, auth, FLAKSTAD, lagBruker, MOSKENES, vent, VAGAN, VESTVAGOY, WorkerHarness, type TestBruker } from '../support/harness.js';
import { seedVedtak } from '../support/rapportdata.js';
import { ledigPort } from '../support/tjenester.js';

const ALLE = [VESTVAGOY, VAGAN, FLAKSTAD, MOSKENES];
const AAR = 2031;

async function sporring<T = Record<string, unknown>>(url: string, sql: string, parametre: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, parametre)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * Reports read from a real PostgreSQL streaming replica when DATABASE_READ_URL is set: a throwaway primary,
 * a standby made from it with `pg_basebackup -R`, decisions written on the primary, and the leader report
 * computed by a worker that reads from the standby.
 */
describe('reports on a streaming replica (DATABASE_READ_URL)', () => {
  let primar: EngangsPostgres;
  let kopi: EngangsPostgres;
  const api = new ApiHarness();
  let worker = new WorkerHarness();
  let primarUrl: { admin: string; owner: string; app: string };
  let kopiApp: string;

  beforeAll(async () => {
    ({ db: primar, urls: primarUrl } = await migrertEngangsPostgres());
    kopi = new EngangsPostgres(await ledigPort());
    await kopi.initSomReplika(primar);
    kopiApp = kopi.url('tk_app', new URL(primarUrl.app).pathname.slice(1));
    await api.start({ DATABASE_URL: primarUrl.app, DATABASE_OWNER_URL: primarUrl.owner });
  }, 180_000);
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await kopi?.fjern();
    await primar?.fjern();
  });

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function innhentet(): Promise<void> {
    const [{ lsn }] = await sporring<{ lsn: string }>(primar.adminUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
    await vent(async () => (await sporring<{ ok: boolean }>(kopi.adminUrl, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [lsn]))[0]!.ok, 60_000, 100);
  }

  async function lederrapport(leder: TestBruker): Promise<{ perKommune: { kommunenummer: string; vedtak: number }[] } & Record<string, unknown>> {
    const r = await api.http.post('/api/v1/rapporter').set(auth(leder)).send({ type: 'likebehandling', aar: AAR });
    expect(r.status).toBe(202);
    const status = await vent(async () => {
      const s = await api.http.get(`/api/v1/rapporter/${r.body.id}`).set(auth(leder));
      return s.body.status === 'bestilt' ? null : (s.body.status as string);
    }, 120_000, 250);
    expect(status).toBe('ferdig');
    return (await api.http.get(`/api/v1/rapporter/${r.body.id}/innhold?format=json`).set(auth(leder))).body;
  }

  it('computes the leader report from the standby, equal to the primary once replay has caught up', async () => {
    for (const k of ALLE) await seedVedtak(k, AAR, 90, {}, primarUrl.owner);
    await innhentet();
    const leder = await lagBruker('leder', ALLE);
    worker = await new WorkerHarness().start({ DATABASE_URL: primarUrl.app, DATABASE_OWNER_URL: primarUrl.owner, DATABASE_READ_URL: kopiApp });

    // Replay paused: 90 more decisions in Vågan reach the primary only, and the report read from the standby does not count them.
    await sporring(kopi.adminUrl, 'SELECT pg_wal_replay_pause()');
    await seedVedtak(VAGAN, AAR, 90, {}, primarUrl.owner);
    const vedtak = (r: Awaited<ReturnType<typeof lederrapport>>) => Object.fromEntries(r.perKommune.map((k) => [k.kommunenummer, k.vedtak]));
    expect(vedtak(await lederrapport(leder))).toEqual({ [VESTVAGOY]: 90, [VAGAN]: 90, [FLAKSTAD]: 90, [MOSKENES]: 90 });

    // Replay resumed and caught up: the standby's report equals one computed on the primary alone.
    await sporring(kopi.adminUrl, 'SELECT pg_wal_replay_resume()');
    await innhentet();
    const fraKopi = await lederrapport(leder);
    expect(vedtak(fraKopi)).toEqual({ [VESTVAGOY]: 90, [VAGAN]: 180, [FLAKSTAD]: 90, [MOSKENES]: 90 });
    await worker.stop();
    worker = await new WorkerHarness().start({ DATABASE_URL: primarUrl.app, DATABASE_OWNER_URL: primarUrl.owner });
    expect(await lederrapport(leder)).toEqual(fraKopi);
  }, 400_000);

  it('applies row-level security on the standby as on the primary', async () => {
    const c = new pg.Client({ connectionString: kopiApp });
    await c.connect();
    try {
      expect((await c.query(`SELECT pg_is_in_recovery() AS kopi, current_user AS rolle`)).rows[0]).toEqual({ kopi: true, rolle: 'tk_app' });
      // Without the tenant setting nothing; with Vågan's, only Vågan's decisions.
      expect((await c.query('SELECT count(*)::int AS n FROM vedtak')).rows[0].n).toBe(0);
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.kommuner', $1, true)`, [VAGAN]);
      expect((await c.query('SELECT kommunenummer, count(*)::int AS n FROM vedtak GROUP BY 1')).rows).toEqual([{ kommunenummer: VAGAN, n: 180 }]);
      // And the standby takes no writes.
      await expect(c.query(`UPDATE vedtak SET vurdering = 'endret' WHERE kommunenummer = $1`, [VAGAN])).rejects.toThrow(/read-only transaction/);
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });
});
