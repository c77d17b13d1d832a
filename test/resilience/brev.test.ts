import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness, auth, lagBruker, queryForKommuner, vent, VAGAN, WorkerHarness } from '../support/harness.js';
import { vedtattSak } from '../support/flyt.js';
import { drep, drepAlle, EngangsRedis, ledigPort, startWorkerProsess } from '../support/tjenester.js';

const telling = { feil: 0 };

/** Every decision has exactly one letter row, with its bytes, delivered; and exactly one file per letter. */
async function ettBrevPerVedtak(vedtakIds: string[], mappe?: string) {
  const rader = await queryForKommuner<{ vedtak_id: string; n: number; sendt: number }>(
    [VAGAN],
    `select vedtak_id, count(*)::int as n, count(*) filter (where status = 'sendt' and pdf is not null)::int as sendt from brev where vedtak_id = any($1) group by vedtak_id`,
    [vedtakIds],
  );
  expect(rader).toHaveLength(vedtakIds.length);
  for (const r of rader) expect({ vedtak: r.vedtak_id, n: r.n, sendt: r.sendt }).toEqual({ vedtak: r.vedtak_id, n: 1, sendt: 1 });
  if (mappe) {
    const filer = readdirSync(join(mappe, VAGAN)).filter((f) => f.endsWith('.pdf'));
    expect(filer).toHaveLength(vedtakIds.length);
  }
}

describe('letters survive faults (throwaway Redis and worker processes)', () => {
  const redis = new EngangsRedis(0);
  const api = new ApiHarness();
  let env: Record<string, string>;

  beforeAll(async () => {
    Object.assign(redis, { port: await ledigPort() });
    await redis.start();
    env = { REDIS_URL: redis.url, QUEUE_PREFIX: `tkres${Date.now().toString(36)}` };
    await api.start(env);
  });
  afterAll(async () => {
    await drepAlle();
    await api.stop();
    await redis.stopp();
    console.log(`resilience: faults survived ${telling.feil}`);
  });

  it('with Redis stopped, decisions still succeed; their letters come after Redis returns, once each', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    const worker = await new WorkerHarness().start({ ...env, LETTER_OUTPUT_DIR: mappe }, { gjenopprettingMs: 1000, gjenopprettEtterSek: 1 });
    try {
      const sb = await lagBruker('saksbehandler', [VAGAN]);
      await redis.stopp();
      const vedtak: string[] = [];
      for (let i = 0; i < 5; i++) vedtak.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
      const ready = await api.http.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details.queue.status).toBe('down');
      const ventende = await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'bestilt'`, [vedtak]);
      expect(ventende[0]!.n).toBe(5);
      await redis.start();
      await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n === 5, 60_000, 250);
      await ettBrevPerVedtak(vedtak, mappe);
      telling.feil += 1;
    } finally {
      await redis.start().catch(() => undefined);
      await worker.stop();
    }
  });

  it('a relay that dies between enqueueing and marking neither loses nor doubles a letter', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const relayHarness = await new WorkerHarness().start({ ...env, LETTER_OUTPUT_DIR: mappe }, { relay: false });
    try {
      const vedtak: string[] = [];
      for (let i = 0; i < 3; i++) vedtak.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
      const { OutboxRelay } = await import('../../libs/brevproduksjon/src/outbox-relay.js');
      const relay = relayHarness.app!.get(OutboxRelay);
      await expect(relay.kjorEnRunde(200, async () => { throw new Error('relay døde her'); })).rejects.toThrow('relay døde her');
      const umerket = await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from outbox where publisert is null and payload->>'brevId' in (select id::text from brev where vedtak_id = any($1))`, [vedtak]);
      expect(umerket[0]!.n).toBe(3);
      expect(await relay.kjorEnRunde()).toBeGreaterThanOrEqual(3);
      await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n === 3, 30_000);
      await ettBrevPerVedtak(vedtak, mappe);
      telling.feil += 1;
    } finally {
      await relayHarness.stop();
    }
  });

  it('an unwritable letter folder: the letters fail with the reason, a leader sees them, and they are delivered once it is writable', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    // A file where the municipality's folder should be: no folder can be made there (as root, permissions would not stop a write).
    writeFileSync(join(mappe, VAGAN), 'ikke en mappe');
    const worker = await new WorkerHarness().start({ ...env, LETTER_OUTPUT_DIR: mappe }, { gjenopprettingMs: 1000, gjenopprettEtterSek: 2 });
    try {
      const sb = await lagBruker('saksbehandler', [VAGAN]);
      const leder = await lagBruker('leder', [VAGAN]);
      const vedtak: string[] = [];
      for (let i = 0; i < 3; i++) vedtak.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
      const feilede = async () => ((await api.http.get('/api/v1/brev/feilede').set(auth(leder))).body.elementer as { vedtakId: string; feil: string }[]).filter((e) => vedtak.includes(e.vedtakId));
      // Retried with backoff first, then failed with a reason a leader understands.
      const liste = await vent(async () => ((await feilede()).length === 3 ? await feilede() : null), 90_000, 500);
      for (const e of liste) expect(e.feil).toContain('Brevet kunne ikke leveres til brevmappen: mappen finnes ikke eller er ikke en mappe');
      rmSync(join(mappe, VAGAN));
      await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n === 3, 30_000, 250);
      await ettBrevPerVedtak(vedtak, mappe);
      expect(await feilede()).toEqual([]);
      telling.feil += 1;
    } finally {
      await worker.stop();
    }
  });

  it('a worker killed with SIGKILL in the middle of rendering: after restart, exactly one letter per decision', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const vedtak: string[] = [];
    for (let i = 0; i < 25; i++) vedtak.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
    const prosessEnv = { ...env, LETTER_OUTPUT_DIR: mappe, WORKER_LOCK_MS: '2000', WORKER_RECONCILE_MS: '1000', WORKER_RECONCILE_AFTER_S: '2' };
    const forste = startWorkerProsess(prosessEnv);
    // Kill it as soon as it has rendered a few: the next letter is then in the middle of rendering.
    await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and pdf is not null`, [vedtak]))[0]!.n >= 3, 60_000, 20);
    await drep(forste);
    const ferdigFoer = (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n;
    expect(ferdigFoer).toBeLessThan(25);
    const andre = startWorkerProsess(prosessEnv);
    try {
      await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n === 25, 90_000, 250);
      await ettBrevPerVedtak(vedtak, mappe);
      telling.feil += 1;
    } finally {
      await drep(andre);
    }
  });
});
