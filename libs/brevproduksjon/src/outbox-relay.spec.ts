import type { OutboxEntity, SystemvidTilgang, TenantManager, TenantTransaction } from '../../persistence/index.js';
import type { Koer } from '../../queue/index.js';
import type { BrevRepository, UkoetBrev } from './brev.repository.js';
import { OutboxRelay } from './outbox-relay.js';
import type { OutboxRepository } from './outbox.repository.js';

/*
 * The relay's rules, against an in-memory outbox and queue: every unpublished row reaches its queue under its
 * own job id and is then marked; a queue that is down marks nothing; a relay that dies between the two
 * publishes the same job ids again, so the queue (which ignores an id it has) holds each letter once.
 */

const tm = {} as TenantManager;
const tx = { run: <T>(fn: (tm: TenantManager) => Promise<T>) => fn(tm) } as unknown as TenantTransaction;
const systemvid = { forAlleKommuner: <T>(_grunn: string, fn: () => Promise<T>) => fn() } as unknown as SystemvidTilgang;

class MinneOutbox {
  readonly rader: OutboxEntity[] = [];
  leggTil(kommunenummer: string, brevId: string, ko = 'brev'): void {
    this.rader.push({ id: String(this.rader.length + 1), kommunenummer, ko, jobbnavn: 'render', jobbId: `brev-${brevId}`, payload: { brevId, kommunenummer }, opprettet: new Date(), publisert: null });
  }
  async upubliserte(_tm: TenantManager, maks: number): Promise<OutboxEntity[]> {
    return this.rader.filter((r) => r.publisert === null).slice(0, maks).map((r) => ({ ...r }));
  }
  async merkPublisert(_tm: TenantManager, ider: readonly string[]): Promise<void> {
    for (const r of this.rader) if (ider.includes(r.id) && r.publisert === null) r.publisert = new Date();
  }
}

/** BullMQ's behaviour that matters here: a job id it already holds is not added again. */
class MinneKoer {
  readonly jobber = new Map<string, { ko: string; navn: string; data: unknown }>();
  nede = false;
  ko(ko: string) {
    return {
      addBulk: async (jobber: { name: string; data: unknown; opts: { jobId: string } }[]) => {
        if (this.nede) throw new Error('Connection is closed.');
        for (const j of jobber) if (!this.jobber.has(j.opts.jobId)) this.jobber.set(j.opts.jobId, { ko, navn: j.name, data: j.data });
      },
    };
  }
}

function oppsett(ukoede: UkoetBrev[] = []) {
  const outbox = new MinneOutbox();
  const koer = new MinneKoer();
  const brev = { ukoede: async () => ukoede } as unknown as BrevRepository;
  const relay = new OutboxRelay(tx, systemvid, koer as unknown as Koer, outbox as unknown as OutboxRepository, brev);
  return { outbox, koer, relay };
}

describe('the outbox relay', () => {
  it('publishes every unpublished row to its queue under its job id, marks it, and publishes nothing twice', async () => {
    const { outbox, koer, relay } = oppsett();
    outbox.leggTil('1865', 'a');
    outbox.leggTil('1860', 'b');

    expect(await relay.kjorEnRunde()).toBe(2);
    expect([...koer.jobber]).toEqual([
      ['brev-a', { ko: 'brev', navn: 'render', data: { brevId: 'a', kommunenummer: '1865' } }],
      ['brev-b', { ko: 'brev', navn: 'render', data: { brevId: 'b', kommunenummer: '1860' } }],
    ]);
    expect(outbox.rader.every((r) => r.publisert !== null)).toBe(true);
    expect(await relay.kjorEnRunde()).toBe(0);
  });

  it('takes at most `maks` rows a round, oldest first', async () => {
    const { outbox, koer, relay } = oppsett();
    for (const id of ['a', 'b', 'c']) outbox.leggTil('1865', id);
    expect(await relay.kjorEnRunde(2)).toBe(2);
    expect([...koer.jobber.keys()]).toEqual(['brev-a', 'brev-b']);
    expect(outbox.rader.map((r) => r.publisert !== null)).toEqual([true, true, false]);
  });

  it('marks nothing while the queue is down, and publishes the rows once it is back', async () => {
    const { outbox, koer, relay } = oppsett();
    outbox.leggTil('1865', 'a');
    koer.nede = true;
    await expect(relay.kjorEnRunde()).rejects.toThrow('Connection is closed.');
    expect(outbox.rader[0]!.publisert).toBeNull();

    koer.nede = false;
    expect(await relay.kjorEnRunde()).toBe(1);
    expect([...koer.jobber.keys()]).toEqual(['brev-a']);
    expect(outbox.rader[0]!.publisert).not.toBeNull();
  });

  it('holds each letter once in the queue when a relay dies between publishing and marking', async () => {
    const { outbox, koer, relay } = oppsett();
    outbox.leggTil('1865', 'a');
    await expect(relay.kjorEnRunde(200, async () => { throw new Error('prosessen døde'); })).rejects.toThrow('prosessen døde');
    expect(outbox.rader[0]!.publisert).toBeNull();

    expect(await relay.kjorEnRunde()).toBe(1);
    expect([...koer.jobber.keys()]).toEqual(['brev-a']);
    expect(outbox.rader[0]!.publisert).not.toBeNull();
  });

  it('queues stuck letters again under their own job id, and failed deliveries under one that changes each period', async () => {
    const { koer, relay } = oppsett([
      { id: 'a', kommunenummer: '1865', levering: false, opprettet: '2026-03-01 10:00:00.123456+00' },
      { id: 'b', kommunenummer: '1860', levering: true, opprettet: '2026-03-01 10:00:01.123456+00' },
    ]);
    expect(await relay.gjenopprett(120)).toBe(2);
    const periode = Math.floor(Date.now() / 1000 / 120);
    expect([...koer.jobber]).toEqual([
      ['brev-a', { ko: 'brev', navn: 'render', data: { brevId: 'a', kommunenummer: '1865' } }],
      [expect.stringMatching(new RegExp(`^brev-b-levering-(${periode}|${periode - 1})$`)), { ko: 'brev', navn: 'render', data: { brevId: 'b', kommunenummer: '1860' } }],
    ]);
  });
});
