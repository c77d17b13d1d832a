import request from 'supertest';
import { Redis } from 'ioredis';
import { lagBruker, vent, VAGAN, auth } from '../support/harness.js';
import { drepAlle, ledigPort, startApiProsess } from '../support/tjenester.js';

/**
 * Several API replicas behind one load balancer share one rate limit when RATE_LIMIT_STORE=redis: two real
 * API processes, a client alternating between them, and the limit counted once across both.
 */
describe('rate limit shared by API replicas through Redis', () => {
  const adresser: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const port = await ledigPort();
      startApiProsess({ RATE_LIMIT_STORE: 'redis', RATE_LIMIT_PER_MINUTE: '10' }, port);
      adresser.push(`http://127.0.0.1:${port}`);
    }
    for (const a of adresser) await vent(async () => (await request(a).get('/health/live').catch(() => ({ status: 0 }))).status === 200, 90_000, 250);
  }, 120_000);
  afterAll(() => drepAlle());

  it('answers 429 on either replica once the client has used the limit across both', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    // One client, as the load balancer forwards it (the API trusts the forwarding header from loopback only).
    const klient = { ...auth(sb), 'X-Forwarded-For': '203.0.113.7' };
    const statuser: number[] = [];
    for (let i = 0; i < 10; i++) statuser.push((await request(adresser[i % 2]!).get('/api/v1/tjenester').set(klient)).status);
    expect(statuser).toEqual(Array(10).fill(200));

    for (const a of adresser) {
      const svar = await request(a).get('/api/v1/tjenester').set(klient);
      expect(svar.status).toBe(429);
      expect(svar.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(svar.body).toMatchObject({ status: 429 });
    }
    // Another client still gets through: the count is per client, not per replica.
    expect((await request(adresser[1]!).get('/api/v1/tjenester').set({ ...auth(sb), 'X-Forwarded-For': '203.0.113.8' })).status).toBe(200);

    // The counts live in Redis under the installation's prefix, never a person's data: the key is the client address.
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const nokler = await redis.keys(`${process.env.QUEUE_PREFIX}:foresporselsgrense:*`);
      expect(nokler.sort()).toEqual([`${process.env.QUEUE_PREFIX}:foresporselsgrense:203.0.113.7`, `${process.env.QUEUE_PREFIX}:foresporselsgrense:203.0.113.8`]);
    } finally {
      redis.disconnect();
    }
  }, 60_000);
});
