import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { ApiHarness, lagBruker, queryForKommuner, vent, VAGAN, type TestBruker } from '../support/harness.js';
import { vedtattSak } from '../support/flyt.js';
import { lagKobackend } from '../../libs/queue/src/kobackend.js';
import { migrertEngangsPostgres, type EngangsPostgres } from '../support/engangs-postgres.js';
import { testConfig } from '../support/harness.js';
import { drepAlle, EngangsRedis, ledigPort, startWorkerProsess, venterPaaSlutt } from '../support/tjenester.js';

/**
 * The worker recovers by itself: Redis killed while more than a hundred letters are in flight and started
 * again empty, and every letter is still sent, once, by the same worker process. When it cannot recover
 * (its queue hangs), it says so on /health/ready and its watchdog ends it so a supervisor starts a new one.
 */
const sendte = async (vedtak: string[], url?: string) =>
  (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak], url))[0]!.n;
/** Waits until every decision's letter is sent; when time runs out, says how far it got (letters per status, outbox). */
async function ventPaaAlleSendt(vedtak: string[], ms: number, url?: string): Promise<void> {
  try {
    await vent(async () => (await sendte(vedtak, url)) === vedtak.length, ms, 250);
  } catch {
    const status = await queryForKommuner<{ status: string; n: number }>([VAGAN], `select status, count(*)::int as n from brev where vedtak_id = any($1) group by status order by status`, [vedtak], url);
    throw new Error(`Ikke alle ${vedtak.length} brev sendt innen ${ms / 1000} s: ${status.map((r) => `${r.status} ${r.n}`).join(', ')}; upublisert i utboksen: ${await upublisert(url)}`);
  }
}
const upublisert = async (url?: string) => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from outbox where publisert is null`, [], url))[0]!.n;

async function vedtakMange(api: ApiHarness, sb: TestBruker, antall: number, parallelt = 4): Promise<string[]> {
  const ut: string[] = [];
  await Promise.all(
    Array.from({ length: parallelt }, async () => {
      while (ut.length < antall) ut.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
    }),
  );
  return ut;
}

async function helse(port: number): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(8000) }).catch(() => null);
  return r?.status ?? 0;
}

describe('the worker recovers by itself, and says so when it cannot', () => {
  const redis = new EngangsRedis(0);
  const api = new ApiHarness();
  let env: Record<string, string>;
  let sb: TestBruker;

  beforeAll(async () => {
    Object.assign(redis, { port: await ledigPort() });
    await redis.start();
    env = { REDIS_URL: redis.url, QUEUE_PREFIX: `tkgj${Date.now().toString(36)}`, RATE_LIMIT_PER_MINUTE: '1000000' };
    await api.start(env);
    sb = await lagBruker('saksbehandler', [VAGAN]);
  });
  afterAll(async () => {
    await drepAlle();
    await api.stop();
    await redis.stopp();
  });

  it('Redis killed with over a hundred letters in flight and restarted empty: every letter sent within 60 s, once, with no restart', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    // The decisions first, so that the worker has a queue full of letters when Redis goes.
    const vedtak = await vedtakMange(api, sb, 120);
    const port = await ledigPort();
    const worker = startWorkerProsess({ ...env, LETTER_OUTPUT_DIR: mappe, WORKER_CONCURRENCY: '2', WORKER_HTTP_PORT: String(port) });
    try {
      await vent(async () => (await upublisert()) === 0 && (await sendte(vedtak)) >= 3, 60_000, 100);
      await redis.stopp();
      const iLufta = 120 - (await sendte(vedtak));
      expect(iLufta).toBeGreaterThanOrEqual(100);
      // Decisions go on while Redis is away; their letters wait in the outbox.
      vedtak.push(...(await vedtakMange(api, sb, 5, 1)));
      // A leader sees the backlog: the letters waiting and how old the oldest is.
      const leder = await lagBruker('leder', [VAGAN]);
      const etterslep = await api.http.get('/api/v1/brev/etterslep').set('Authorization', `Bearer ${leder.token}`);
      expect(etterslep.status).toBe(200);
      expect(etterslep.body).toEqual(expect.objectContaining({ kommuner: [VAGAN], bestilt: expect.any(Number), eldsteSekunder: expect.any(Number) }));
      expect(etterslep.body.bestilt).toBeGreaterThanOrEqual(iLufta + 5);
      expect(etterslep.body.eldsteSekunder).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 3000));
      await redis.start();
      const tilbake = Date.now();
      await ventPaaAlleSendt(vedtak, 60_000);
      console.log(`resilience: ${iLufta} letters in flight when Redis died; all ${vedtak.length} sent ${((Date.now() - tilbake) / 1000).toFixed(1)} s after it returned`);
      expect(worker.exitCode).toBeNull();
      expect(worker.signalCode).toBeNull();
      const rader = await queryForKommuner<{ n: number; filer: number }>([VAGAN], `select count(*)::int as n, count(distinct vedtak_id)::int as filer from brev where vedtak_id = any($1)`, [vedtak]);
      expect(rader[0]).toEqual({ n: vedtak.length, filer: vedtak.length });
      // The interim-reply schedule is in the new Redis again.
      const planlagt = new Queue('planlagt', { connection: { url: redis.url }, prefix: env.QUEUE_PREFIX });
      try {
        expect(await planlagt.getJobScheduler('foreloepig-svar')).toEqual(expect.objectContaining({ key: 'foreloepig-svar', every: 3_600_000 }));
      } finally {
        await planlagt.close();
      }
      expect(await helse(port)).toBe(200);
    } finally {
      worker.kill('SIGKILL');
    }
  });

  /** A worker process whose Redis hangs (frozen, connections open): its readiness must turn 503. */
  async function workerMedHengendeRedis(vakthundSek: number) {
    const port = await ledigPort();
    const worker = startWorkerProsess({ ...env, WORKER_HTTP_PORT: String(port), WORKER_WATCHDOG_S: String(vakthundSek) });
    await vent(async () => (await helse(port)) === 200, 30_000, 200);
    redis.pause();
    const fra = Date.now();
    await vent(async () => (await helse(port)) === 503, 15_000, 250);
    return { worker, fra };
  }

  it('a worker whose Redis hangs turns unready, and its watchdog ends it within the bound', async () => {
    try {
      const { worker, fra } = await workerMedHengendeRedis(10);
      const slutt = await venterPaaSlutt(worker, 25_000);
      expect(slutt).not.toBeNull();
      expect(slutt!.kode === 0).toBe(false);
      // The bound, plus the watchdog's one-second look and the queue check's two-second time limit.
      expect(Date.now() - fra).toBeLessThan(15_000);
      console.log(`resilience: hung Redis, the watchdog (10 s) ended the worker ${((Date.now() - fra) / 1000).toFixed(1)} s after Redis froze (${slutt!.signal ?? slutt!.kode})`);
    } finally {
      redis.fortsett();
      await drepAlle();
    }
  });

  it('SIGTERM ends a worker whose Redis hangs within 10 s', async () => {
    try {
      const { worker } = await workerMedHengendeRedis(600);
      const fra = Date.now();
      worker.kill('SIGTERM');
      const slutt = await venterPaaSlutt(worker, 10_000);
      expect(slutt).not.toBeNull();
      console.log(`resilience: SIGTERM on a stuck worker, gone after ${((Date.now() - fra) / 1000).toFixed(1)} s`);
    } finally {
      redis.fortsett();
      await drepAlle();
    }
  });
});

describe('the worker recovers by itself with the queue in PostgreSQL (QUEUE_BACKEND=postgres)', () => {
  let db: EngangsPostgres;
  const api = new ApiHarness();
  let env: Record<string, string>;
  let ownerUrl: string;
  let sb: TestBruker;

  beforeAll(async () => {
    const { db: ny, urls } = await migrertEngangsPostgres();
    db = ny;
    ownerUrl = urls.owner;
    env = { DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner, QUEUE_BACKEND: 'postgres', RATE_LIMIT_PER_MINUTE: '1000000' };
    await api.start(env);
    sb = await lagBruker('saksbehandler', [VAGAN]);
  });
  afterAll(async () => {
    await drepAlle();
    await api.stop().catch(() => undefined);
    await db?.fjern();
  });

  it('PostgreSQL restarted with over a hundred letters in flight: every letter sent within 60 s, once, with no restart', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    const vedtak = await vedtakMange(api, sb, 110);
    const worker = startWorkerProsess({ ...env, LETTER_OUTPUT_DIR: mappe, WORKER_CONCURRENCY: '2' });
    try {
      await vent(async () => (await upublisert(ownerUrl)) === 0 && (await sendte(vedtak, ownerUrl)) >= 3, 60_000, 100);
      db.stopp('immediate');
      await new Promise((r) => setTimeout(r, 3000));
      await db.start();
      const tilbake = Date.now();
      const iLufta = vedtak.length - (await sendte(vedtak, ownerUrl));
      expect(iLufta).toBeGreaterThanOrEqual(90);
      await ventPaaAlleSendt(vedtak, 60_000, ownerUrl);
      console.log(`resilience/postgres queue: ${iLufta} letters in flight when PostgreSQL stopped; all ${vedtak.length} sent ${((Date.now() - tilbake) / 1000).toFixed(1)} s after it returned`);
      expect(worker.exitCode).toBeNull();
      expect(worker.signalCode).toBeNull();
      const rader = await queryForKommuner<{ n: number; vedtak: number }>([VAGAN], `select count(*)::int as n, count(distinct vedtak_id)::int as vedtak from brev where vedtak_id = any($1)`, [vedtak], ownerUrl);
      expect(rader[0]).toEqual({ n: vedtak.length, vedtak: vedtak.length });
      const ko = lagKobackend(testConfig(env), 'test');
      try {
        expect(await ko.ko('planlagt').getJobScheduler('foreloepig-svar')).toEqual(expect.objectContaining({ key: 'foreloepig-svar', every: 3_600_000 }));
      } finally {
        await ko.lukk();
      }
    } finally {
      worker.kill('SIGKILL');
    }
  });
});
