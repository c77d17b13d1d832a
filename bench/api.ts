import autocannon from 'autocannon';
import pg from 'pg';
import { signDevToken } from '../libs/auth/src/token-verifier.js';
import { lagSyntetiskFodselsnummer } from '../libs/domain/src/person/fodselsnummer.js';
import os from 'node:os';
import { ledigPort, median, pst, startTs, stopp, tabell, tall, ventPaaKlar } from './felles.js';
import { urls } from './db.js';
import { seedApneSaker, seedPersoner, seedVedtak } from './seed.js';

export const LOFOTEN = ['1860', '1865', '1859', '1874'];
const SEKUNDER = Number(process.env.BENCH_API_SECONDS ?? 3);
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
/** A, B, A, B …: how many times each cell measures the baseline and then the application. */
const VEKSLINGER = Number(process.env.BENCH_API_ALTERNATIONS ?? 3);
/** The targets of issue 22, as shares of the baseline: case view and work list ≥ 60 %, registration ≥ 50 %. */
export const API_MAAL: Record<string, number> = { 'GET /soknader/:id': 0.6, 'GET /soknader': 0.6, 'POST /soknader': 0.5 };

/** One cell: the median of the alternations' ratios (app / baseline), their spread and the load around them. */
export interface ApiCelle {
  endepunkt: string;
  tilkoblinger: number;
  forhold: number;
  forholdMin: number;
  forholdMaks: number;
  appRps: number;
  baselineRps: number;
  appP50: number;
  baselineP50: number;
  appP99: number;
  baselineP99: number;
  feil: number;
  /** 1-minute load average at the cell's start and end. */
  last: [number, number];
}

/**
 * Both servers run at once, each in its own process, and each cell measures them interleaved: baseline, app,
 * baseline, app … (short cells, `BENCH_API_ALTERNATIONS` times each). Only one is loaded at a time, so neither
 * competes for the cores, and a change in the machine's load hits both sides of a ratio alike. The cell's ratio
 * is the median of the per-alternation ratios; its spread is their smallest and largest.
 */
export async function benchApi(env: Record<string, string>, ids: string[]): Promise<{ maalinger: ApiMaaling[]; celler: ApiCelle[]; markdown: string }> {
  const token = await signDevToken({ sub: 'u-bench', name: 'Benk Benksen', roles: ['saksbehandler', 'leder'], kommuner: LOFOTEN }, env.AUTH_JWT_SECRET!);
  const maalinger: ApiMaaling[] = [];
  const celler: ApiCelle[] = [];
  const porter = { baseline: await ledigPort(), api: await ledigPort() };
  const prosesser = {
    baseline: startTs('bench/baseline-server.ts', { ...env, PORT: String(porter.baseline) }),
    api: startTs('bench/api-server.ts', { ...env, PORT: String(porter.api) }),
  };
  try {
    await Promise.all([ventPaaKlar(prosesser.baseline), ventPaaKlar(prosesser.api)]);
    // Warm-up: JIT, pool connections, plan caches.
    for (const server of ['baseline', 'api'] as const) for (const e of ENDEPUNKTER) await last(porter[server], e, 4, token, ids, 1);
    for (const e of ENDEPUNKTER) {
      for (const n of TILKOBLINGER) {
        const lastFoer = os.loadavg()[0]!;
        const runder: { api: ApiMaaling; baseline: ApiMaaling }[] = [];
        for (let runde = 0; runde < VEKSLINGER; runde++) {
          const par = {} as { api: ApiMaaling; baseline: ApiMaaling };
          for (const server of ['baseline', 'api'] as const) {
            const r = await last(porter[server], e, n, token, ids);
            const m: ApiMaaling = { endepunkt: e, tilkoblinger: n, server, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, feil: r.non2xx + r.errors + r.timeouts, antall: r.requests.total };
            maalinger.push(m);
            par[server] = m;
          }
          runder.push(par);
          console.log(`${e.padEnd(18)} c=${String(n).padStart(2)}  app ${tall(par.api.rps)} / baseline ${tall(par.baseline.rps)} req/s = ${pst(par.api.rps / par.baseline.rps)}`);
        }
        const forhold = runder.map((r) => r.api.rps / r.baseline.rps);
        celler.push({
          endepunkt: e,
          tilkoblinger: n,
          forhold: median(forhold),
          forholdMin: Math.min(...forhold),
          forholdMaks: Math.max(...forhold),
          appRps: median(runder.map((r) => r.api.rps)),
          baselineRps: median(runder.map((r) => r.baseline.rps)),
          appP50: median(runder.map((r) => r.api.p50)),
          baselineP50: median(runder.map((r) => r.baseline.p50)),
          appP99: median(runder.map((r) => r.api.p99)),
          baselineP99: median(runder.map((r) => r.baseline.p99)),
          feil: runder.reduce((sum, r) => sum + r.api.feil + r.baseline.feil, 0),
          last: [lastFoer, os.loadavg()[0]!],
        });
      }
    }
  } finally {
    await Promise.all([stopp(prosesser.baseline), stopp(prosesser.api)]);
  }
  return { maalinger, celler, markdown: apiTabell(celler) };
}

/** The API table: per cell the median ratio with its spread, the target, and the load average around it. */
export function apiTabell(celler: readonly ApiCelle[]): string {
  return tabell(
    ['endpoint', 'connections', 'app / baseline (median)', 'spread (min–max)', 'target', 'app req/s', 'baseline req/s', 'p50 ms app / base', 'p99 ms app / base', 'errors', 'load 1 min (start → end)'],
    celler.map((c) => [
      c.endepunkt, c.tilkoblinger, pst(c.forhold), `${pst(c.forholdMin)}–${pst(c.forholdMaks)}`,
      `≥ ${pst(API_MAAL[c.endepunkt] ?? 0)}: ${c.forhold >= (API_MAAL[c.endepunkt] ?? 0) ? 'met' : 'MISSED'}`,
      tall(c.appRps), tall(c.baselineRps), `${c.appP50} / ${c.baselineP50}`, `${c.appP99} / ${c.baselineP99}`, c.feil,
      `${c.last[0].toFixed(1)} → ${c.last[1].toFixed(1)}`,
    ]),
  );
}
