import { Backoffs } from 'bullmq';
import { KOVALG, ventetider, WEBHOOK_GJENTAKELSE } from './jobbregister.js';

describe('the webhook retry policy', () => {
  it('is the webhook queue\'s default: twelve attempts, exponential from 2 s', () => {
    expect(KOVALG.webhook).toBe(WEBHOOK_GJENTAKELSE);
    expect(WEBHOOK_GJENTAKELSE).toMatchObject({ attempts: 12, backoff: { type: 'exponential', delay: 2000 } });
  });

  it('waits twice as long before each retry, and the last try comes a little over an hour after the first', () => {
    const v = ventetider(WEBHOOK_GJENTAKELSE);
    expect(v).toEqual([2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_024_000, 2_048_000]);
    const totalt = v.reduce((a, b) => a + b, 0);
    expect(totalt).toBe(4_094_000);
    expect(totalt).toBeGreaterThan(3600_000);
  });

  it('is what BullMQ itself computes for each retry', () => {
    const v = ventetider(WEBHOOK_GJENTAKELSE);
    v.forEach((ms, i) => expect(Backoffs.calculate(Backoffs.normalize(WEBHOOK_GJENTAKELSE.backoff)!, i + 1, new Error('503'), {} as never)).toBe(ms));
  });
});
