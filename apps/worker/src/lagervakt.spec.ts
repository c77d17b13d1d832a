import type { OutboxRelay } from '../../../libs/brevproduksjon/src/outbox-relay.js';
import type { Kobackend } from '../../../libs/queue/src/kobackend.js';
import { Lagervakt } from './lagervakt.js';
import type { PlanlagteJobber } from './planlagte-jobber.js';

/**
 * The watch's own Redis connection often returns before the queues' connections: the first attempt to put
 * the letters back then fails. The emptied store must stay a duty until the letters and schedules are back.
 */
describe('Lagervakt', () => {
  function oppsett(lager: boolean[], gjenopprett: (() => Promise<number>)[]) {
    const kall = { gjenopprett: [] as unknown[][], registrer: 0 };
    const backend = { tomtLager: async () => lager.shift() ?? false } as unknown as Kobackend;
    const relay = {
      gjenopprett: async (...args: unknown[]) => {
        kall.gjenopprett.push(args);
        return (gjenopprett.shift() ?? (async () => 0))();
      },
    } as unknown as OutboxRelay;
    const planlagte = { startet: true, registrer: async () => void kall.registrer++ } as unknown as PlanlagteJobber;
    return { vakt: new Lagervakt(backend, relay, planlagte), kall };
  }

  it('repeats the re-queueing at the next look when the queue refused it, and then stops', async () => {
    const { vakt, kall } = oppsett(
      [true, false, false],
      [async () => Promise.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")), async () => 120],
    );
    await expect(vakt.sjekk()).rejects.toThrow('enableOfflineQueue');
    expect(kall.registrer).toBe(0);
    await expect(vakt.sjekk()).resolves.toBe(true);
    expect(kall.gjenopprett).toEqual([
      [0, true],
      [0, true],
    ]);
    expect(kall.registrer).toBe(1);
    await expect(vakt.sjekk()).resolves.toBe(false);
    expect(kall.gjenopprett).toHaveLength(2);
  });

  it('does nothing while the store keeps its data', async () => {
    const { vakt, kall } = oppsett([false, false], []);
    await expect(vakt.sjekk()).resolves.toBe(false);
    await expect(vakt.sjekk()).resolves.toBe(false);
    expect(kall.gjenopprett).toEqual([]);
    expect(vakt.sisteSvar).toBeGreaterThan(0);
  });
});
