import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vedtattSak } from '../support/flyt.js';
import { ApiHarness, lagBruker, queryForKommuner, vent, VAGAN, WorkerHarness } from '../support/harness.js';
import { EngangsRedisCluster } from '../support/redis-cluster.js';

/**
 * BullMQ on a real Redis Cluster (three masters, a replica each) with the hash-tagged prefix `{tk}`: decision
 * letters go through the cluster exactly once, also when the master holding the queues is killed and its
 * replica takes over.
 */
describe('letters through a Redis Cluster', () => {
  const cluster = new EngangsRedisCluster();
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-cluster-'));
  let env: Record<string, string>;

  beforeAll(async () => {
    await cluster.start();
    env = { REDIS_CLUSTER_NODES: cluster.adresser, QUEUE_PREFIX: '{tk}', LETTER_OUTPUT_DIR: mappe };
    await api.start(env);
    await worker.start(env, { gjenopprettingMs: 1000, gjenopprettEtterSek: 5 });
  }, 120_000);
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await cluster.stopp();
  }, 120_000);

  async function ettBrevHver(vedtak: string[]): Promise<void> {
    await vent(async () => (await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from brev where vedtak_id = any($1) and status = 'sendt'`, [vedtak]))[0]!.n === vedtak.length, 120_000, 250);
    const rader = await queryForKommuner<{ vedtak_id: string; n: number }>([VAGAN], `select vedtak_id, count(*)::int as n from brev where vedtak_id = any($1) group by vedtak_id`, [vedtak]);
    expect(rader.map((r) => r.n)).toEqual(vedtak.map(() => 1));
  }

  it('renders every decision letter once, before and after the queues master is killed', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const foer: string[] = [];
    for (let i = 0; i < 4; i++) foer.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
    await ettBrevHver(foer);
    // The queues live in the cluster, on the master that serves {tk}'s slot.
    expect(await cluster.nokler(await cluster.masterFor('{tk}'), '{tk}:brev:*')).not.toEqual([]);

    // Kill the master that serves {tk}'s slot; its replica is promoted and the queues go on there.
    const master = await cluster.masterFor('{tk}');
    await cluster.drep(master);
    await vent(async () => (await cluster.masterFor('{tk}').catch(() => master)) !== master, 60_000, 250);
    await cluster.samlet();

    const etter: string[] = [];
    for (let i = 0; i < 4; i++) etter.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
    await ettBrevHver([...foer, ...etter]);
    // Exactly one PDF on disk per decision letter.
    expect(readdirSync(join(mappe, VAGAN)).filter((f) => f.endsWith('.pdf'))).toHaveLength(foer.length + etter.length);
  }, 300_000);
});
