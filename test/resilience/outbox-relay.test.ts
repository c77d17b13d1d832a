import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { OutboxRelay } from '../../libs/brevproduksjon/src/outbox-relay.js';
import { Koer } from '../../libs/queue/src/koer.js';
import { KOER } from '../../libs/queue/src/queues.js';
import { vedtattSak } from '../support/flyt.js';
import { ApiHarness, lagBruker, queryForKommuner, testConfig, VAGAN } from '../support/harness.js';

/**
 * Three relays, each in its own application with its own database pool and queue connection, as three
 * worker processes would run them, drain one outbox of 1,000 rows side by side. Every row is published
 * exactly once: FOR UPDATE SKIP LOCKED hands each row to one relay only.
 */
describe('three relays on one outbox', () => {
  const apper: INestApplicationContext[] = [];
  const merke = `tre-relayer-${Date.now().toString(36)}`;

  afterAll(async () => {
    for (const a of apper) await a.close();
  });

  it('publish each of 1,000 rows exactly once', async () => {
    const prefix = `tkrelay${Date.now().toString(36)}`;
    await queryForKommuner(
      [VAGAN],
      `insert into outbox (kommunenummer, ko, jobbnavn, jobb_id, payload)
       select $1::varchar, 'brev', 'render', $2::text || '-' || i, jsonb_build_object('brevId', gen_random_uuid(), 'kommunenummer', $1::text)
       from generate_series(1, 1000) i`,
      [VAGAN, merke],
    );
    const publisert = new Map<string, number>();
    const perRelay: number[] = [];
    for (let i = 0; i < 3; i++) {
      const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig({ QUEUE_PREFIX: prefix })), { logger: false });
      apper.push(app);
      // Count what each relay hands to the queue (the queue itself would hide a double: same job id).
      const ko = app.get(Koer).ko(KOER.brev);
      const addBulk = ko.addBulk.bind(ko);
      ko.addBulk = async (jobber) => {
        for (const j of jobber) if (j.opts?.jobId?.startsWith(merke)) publisert.set(j.opts.jobId, (publisert.get(j.opts.jobId) ?? 0) + 1);
        return addBulk(jobber);
      };
      perRelay.push(0);
    }
    // Small rounds, so that the three really overlap.
    await Promise.all(
      apper.map(async (app, i) => {
        const relay = app.get(OutboxRelay);
        for (let n = await relay.kjorEnRunde(25); n > 0; n = await relay.kjorEnRunde(25)) perRelay[i] += n;
      }),
    );
    expect(publisert.size).toBe(1000);
    expect([...publisert.values()].filter((n) => n !== 1)).toEqual([]);
    expect(perRelay.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    const igjen = await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from outbox where jobb_id like $1 and publisert is null`, [`${merke}-%`]);
    expect(igjen[0]!.n).toBe(0);
    console.log(`resilience: three relays published 1,000 rows once each (${perRelay.join(' + ')})`);
  });
});

/**
 * A Redis that came back empty holds none of the ordered letters' jobs: the reconciliation then queues every
 * ordered letter again, page by page, not only the oldest page.
 */
describe('reconciliation after an emptied queue store', () => {
  const api = new ApiHarness();
  let app: INestApplicationContext;

  afterAll(async () => {
    await app?.close();
    await api.stop();
  });

  it('queues every ordered letter again, across pages, under its own job id', async () => {
    const prefix = `tkgjen${Date.now().toString(36)}`;
    await api.start({ QUEUE_PREFIX: prefix });
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const vedtak: string[] = [];
    for (let i = 0; i < 5; i++) vedtak.push((await vedtattSak(api, sb, VAGAN)).vedtak.id);
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig({ QUEUE_PREFIX: prefix })), { logger: false });
    // The letters' outbox rows go out first, as they would have before Redis lost them.
    const relay = app.get(OutboxRelay);
    while ((await relay.kjorEnRunde()) > 0);
    const brev = await queryForKommuner<{ id: string }>([VAGAN], `select id from brev where vedtak_id = any($1) and status = 'bestilt'`, [vedtak]);
    expect(brev).toHaveLength(5);
    const ko = app.get(Koer).ko(KOER.brev);
    await ko.obliterate({ force: true });
    const lagtInn = new Map<string, number>();
    const addBulk = ko.addBulk.bind(ko);
    ko.addBulk = async (jobber) => {
      for (const j of jobber) lagtInn.set(j.opts!.jobId!, (lagtInn.get(j.opts!.jobId!) ?? 0) + 1);
      return addBulk(jobber);
    };
    const n = await relay.gjenopprett(0, true, 2);
    expect(n).toBeGreaterThanOrEqual(5);
    for (const b of brev) expect(lagtInn.get(`brev-${b.id}`)).toBe(1);
    const jobber = await ko.getJobs(['waiting', 'prioritized', 'delayed']);
    expect(jobber.map((j) => j.id)).toEqual(expect.arrayContaining(brev.map((b) => `brev-${b.id}`)));
  });
});
