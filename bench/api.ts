import autocannon from 'autocannon';
import pg from 'pg';
import { signDevToken } from '../libs/auth/src/token-verifier.js';
import { lagSyntetiskFodselsnummer } from '../libs/domain/src/person/fodselsnummer.js';
import { ledigPort, pst, startTs, stopp, tabell, tall, ventPaaKlar } from './felles.js';
import { urls } from './db.js';
import { seedApneSaker, seedPersoner, seedVedtak } from './seed.js';

export const LOFOTEN = ['1860', '1865', '1859', '1874'];
const SEKUNDER = Number(process.env.BENCH_API_SECONDS ?? 5);
const TILKOBLINGER = (process.env.BENCH_API_CONNECTIONS ?? '1,16,64').split(',').map(Number);

export interface ApiMaaling {
  endepunkt: string;
  tilkoblinger: number;
  server: 'api' | 'baseline';
  rps: number;
  p50: number;
  p99: number;
  feil: number;
  antall: number;
}

/** Open cases for the case view and the work list, and some decided ones (the list counts every case). */
export async function seedApi(env: Record<string, string>): Promise<string[]> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  const ids: string[] = [];
  try {
    for (const k of LOFOTEN) {
      await seedPersoner(c, k, 500, env.PERSON_DATA_KEY!);
      ids.push(...(await seedApneSaker(c, k, 1500)));
      await seedVedtak(c, k, 3000, 2025);
    }
    // Vacuum as well: the steady state autovacuum keeps (visibility map set, so index-only scans work).
    await c.query('VACUUM ANALYZE');
  } finally {
    await c.end();
  }
  return ids;
}

let teller = 0;
function nyttFnr(): string {
  teller += 1;
  const dag = 1 + (teller % 28);
  const mnd = 1 + (Math.floor(teller / 28) % 12);
  const aar = 1920 + (Math.floor(teller / 336) % 70);
  return lagSyntetiskFodselsnummer(`${aar}-${String(mnd).padStart(2, '0')}-${String(dag).padStart(2, '0')}`, Math.random);
}

function soknadBody(): string {
  return JSON.stringify({
    kommunenummer: LOFOTEN[teller % 4],
    mottattDato: new Date().toISOString().slice(0, 10),
    kanal: 'muntlig',
    sokerType: 'selv',
    tjenester: ['praktisk-bistand'],
    fritekst: 'Trenger hjelp til rengjøring etter hoftebrudd.',
    person: { fodselsnummer: nyttFnr(), navn: 'Ola Testperson', adresse: 'Fiskergata 3, 8390 Reine' },
  });
}

async function last(port: number, endepunkt: string, tilkoblinger: number, token: string, ids: string[], sekunder = SEKUNDER): Promise<autocannon.Result> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const request: autocannon.Request =
    endepunkt === 'GET /soknader/:id'
      ? { method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/v1/soknader/${ids[Math.floor(Math.random() * ids.length)]}` }) }
      : endepunkt === 'GET /soknader'
        ? { method: 'GET', path: '/api/v1/soknader' }
        : { method: 'POST', path: '/api/v1/soknader', setupRequest: (r) => ({ ...r, body: soknadBody() }) };
  return autocannon({ url: `http://127.0.0.1:${port}`, connections: tilkoblinger, duration: sekunder, headers, requests: [request] });
}

export const ENDEPUNKTER = ['GET /soknader/:id', 'GET /soknader', 'POST /soknader'];

/**
 * For each endpoint and connection count: the baseline, then the application, back to back in the same run
 * (each in its own process, one at a time, so neither competes with the other for the two cores).
 */
export async function benchApi(env: Record<string, string>, ids: string[]): Promise<{ maalinger: ApiMaaling[]; markdown: string }> {
  const token = await signDevToken({ sub: 'u-bench', name: 'Benk Benksen', roles: ['saksbehandler', 'leder'], kommuner: LOFOTEN }, env.AUTH_JWT_SECRET!);
  const maalinger: ApiMaaling[] = [];
  for (const server of ['baseline', 'api'] as const) {
    const port = await ledigPort();
    const p = startTs(server === 'api' ? 'bench/api-server.ts' : 'bench/baseline-server.ts', { ...env, PORT: String(port) });
    await ventPaaKlar(p);
    try {
      // Warm-up: JIT, pool connections, plan caches.
      for (const e of ENDEPUNKTER) await last(port, e, 4, token, ids, 1);
      for (const e of ENDEPUNKTER) {
        for (const n of TILKOBLINGER) {
          const r = await last(port, e, n, token, ids);
          const m: ApiMaaling = { endepunkt: e, tilkoblinger: n, server, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, feil: r.non2xx + r.errors + r.timeouts, antall: r.requests.total };
          maalinger.push(m);
          console.log(`${server.padEnd(8)} ${e.padEnd(18)} c=${String(n).padStart(2)}  ${tall(m.rps)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  feil ${m.feil}`);
        }
      }
    } finally {
      await stopp(p);
    }
  }
  const rader: (string | number)[][] = [];
  for (const e of ENDEPUNKTER) {
    for (const n of TILKOBLINGER) {
      const a = maalinger.find((m) => m.server === 'api' && m.endepunkt === e && m.tilkoblinger === n)!;
      const b = maalinger.find((m) => m.server === 'baseline' && m.endepunkt === e && m.tilkoblinger === n)!;
      const les = e.startsWith('GET');
      const maal = les ? (a.rps / b.rps >= 0.4 ? 'met' : 'MISSED') : '–';
      const p99maal = n === 16 ? (a.p99 < 50 ? 'met' : 'MISSED') : '–';
      rader.push([e, n, tall(a.rps), tall(b.rps), pst(a.rps / b.rps), maal, `${a.p50} / ${b.p50}`, `${a.p99} / ${b.p99}`, p99maal, `${a.feil} / ${b.feil}`]);
    }
  }
  const markdown = tabell(
    ['endpoint', 'connections', 'app req/s', 'baseline req/s', 'app / baseline', '≥ 40 % (reads)', 'p50 ms app / base', 'p99 ms app / base', 'p99 < 50 ms @16', 'errors app / base'],
    rader,
  );
  return { maalinger, markdown };
}
