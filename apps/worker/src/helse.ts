import { createServer, type Server } from 'node:http';
import type { Databaser } from '../../../libs/persistence/index.js';
import type { OutboxRelay } from '../../../libs/brevproduksjon/src/outbox-relay.js';
import type { Kobackend } from '../../../libs/queue/src/kobackend.js';

export interface Helsedel {
  status: 'up' | 'down';
  [k: string]: unknown;
}

/**
 * The worker's readiness: PostgreSQL and the queue's store answer, and the relay has made a round within
 * `relayGrenseMs`. Shaped like the api's /health/ready (status, details per part).
 */
export async function workerKlar(db: Pick<Databaser, 'svarer'>, ko: Kobackend, relay: OutboxRelay | null, relayGrenseMs: number) {
  const postgres: Helsedel = { status: (await db.svarer(2000)) ? 'up' : 'down' };
  const queue: Helsedel = { status: (await ko.ping(2000)) ? 'up' : 'down', backend: ko.type };
  const details: Record<string, Helsedel> = { postgres, queue };
  if (relay) {
    const alder = relay.sisteRunde ? Math.round((Date.now() - relay.sisteRunde) / 1000) : null;
    details.relay = { status: alder !== null && alder * 1000 <= relayGrenseMs ? 'up' : 'down', sekunderSidenRunde: alder };
  }
  const ok = Object.values(details).every((d) => d.status === 'up');
  return { ok, svar: { status: ok ? 'ok' : 'error', details } };
}

/** /health/live (the process answers) and /health/ready on `port`, loopback and all interfaces alike. */
export function startHelseHttp(port: number, klar: () => Promise<{ ok: boolean; svar: unknown }>): Promise<Server> {
  const server = createServer((req, res) => {
    const svar = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return svar(405, { status: 'error' });
    if (req.url === '/health/live') return svar(200, { status: 'ok' });
    if (req.url === '/health/ready') {
      klar().then(
        (r) => svar(r.ok ? 200 : 503, r.svar),
        () => svar(503, { status: 'error' }),
      );
      return;
    }
    svar(404, { status: 'error' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
