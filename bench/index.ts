import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import { benchApi, seedApi } from './api.js';
import { benchBrev } from './brev.js';
import { benchDemo } from './demo.js';
import { BENCH_DB, benchEnv, freshDatabase, urls } from './db.js';
import { sekunder, tall } from './felles.js';
import { NASJONAL_AAR, simulerLandet } from './nasjonal.js';
import { maalSkala, skalaTabell, type Skalamaaling } from './statistikk.js';
import { storrelser, vekstTabell } from './vekst.js';
import { dokument } from './rapport.js';

/**
 * `npm run bench [-- api brev statistikk nasjonal demo]`: a fresh database (tk_bench), a bench-only queue prefix,
 * every measurement against its baseline in the same run, results to docs/benchmarks.md and bench/results/.
 */
const deler = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['api', 'brev', 'statistikk', 'nasjonal', 'demo']);
const skalaer = (process.env.BENCH_STAT_SCALES ?? '100000,1000000').split(',').map(Number);
const start = Date.now();
const env = benchEnv();

async function maskin(): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  const pgv = (await c.query('SHOW server_version')).rows[0].server_version as string;
  const pgConf = (await c.query(`SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) AS s FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'max_connections', 'jit')`)).rows[0].s as string;
  await c.end();
  const r = new Redis(env.REDIS_URL!, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  const info = await r.info('server');
  r.disconnect();
  const cpu = os.cpus()[0]?.model ?? 'ukjent';
  return {
    nproc: String(os.availableParallelism()),
    cpu,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    postgres: pgv,
    'postgres settings': pgConf,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'ukjent',
    os: `${os.type()} ${os.release()}`,
    'load average at start (1/5/15 min)': os.loadavg().map((x) => x.toFixed(2)).join(' / '),
    git: execSync('git rev-parse --short HEAD').toString().trim(),
  };
}

async function ryddKo(prefix: string): Promise<void> {
  const r = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [neste, nokler] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (nokler.length) await r.del(...nokler);
    cursor = neste;
  } while (cursor !== '0');
  r.disconnect();
}

// Roles and the database first: on a fresh machine neither exists, and the machine's settings are read through them.
console.log(`fresh database ${BENCH_DB}, queue prefix ${env.QUEUE_PREFIX}`);
await freshDatabase();
const m = await maskin();
console.log(m);
const seedT0 = Date.now();
const ids = await seedApi(env);
console.log(`API data: ${tall(ids.length)} open cases (+ decided ones) in ${sekunder(Date.now() - seedT0)}`);

const resultater: Record<string, unknown> = { maskin: m, start: new Date(start).toISOString() };
const seksjoner: Record<string, string> = {};
/** One part of the bench; a failure is recorded in the doc and the other parts still run. */
async function del(navn: string, fn: () => Promise<void>): Promise<void> {
  if (!deler.has(navn) && navn !== 'vekst') return;
  try {
    await fn();
  } catch (e) {
    const melding = e instanceof Error ? e.message : String(e);
    console.error(`${navn} failed: ${melding}`);
    seksjoner[navn] = `**Failed in this run:** ${melding.slice(0, 500)}`;
  }
}

try {
  await del('api', async () => {
    const a = await benchApi(env, ids);
    resultater.api = a.maalinger;
    resultater.apiCeller = a.celler;
    seksjoner.api = a.markdown;
    console.log(a.markdown);
  });
  await del('brev', async () => {
    const b = await benchBrev(env);
    resultater.brev = b.tall;
    seksjoner.brev = b.markdown;
    console.log(b.markdown);
  });
  await del('statistikk', async () => {
    const s: Skalamaaling[] = [];
    for (const [i, n] of skalaer.entries()) s.push(await maalSkala(env, n, 2023 + i));
    resultater.statistikk = s;
    seksjoner.statistikk = skalaTabell(s);
    console.log(seksjoner.statistikk);
  });
  await del('nasjonal', async () => {
    const n = await simulerLandet(env);
    resultater.nasjonal = n.tall;
    seksjoner.nasjonal = n.markdown;
    console.log(n.markdown);
  });
  await del('demo', async () => {
    const d = await benchDemo();
    resultater.demo = d.tall;
    seksjoner.demo = d.markdown;
    console.log(d.markdown);
  });
  await del('vekst', async () => {
    const v = vekstTabell(await storrelser());
    resultater.vekst = v.bytesPerSak;
    seksjoner.vekst = v.markdown;
    console.log(v.markdown);
  });
} finally {
  await ryddKo(env.QUEUE_PREFIX!);
}
m['load average at end (1/5/15 min)'] = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const varighet = Date.now() - start;
resultater.varighetMs = varighet;
resultater.seksjoner = seksjoner;
resultater.kommando = `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
mkdirSync('bench/results', { recursive: true });
const stempel = new Date(start).toISOString().replace(/[:.]/g, '-');
writeFileSync(`bench/results/${stempel}.json`, JSON.stringify(resultater, null, 2));
if (process.env.BENCH_NO_DOC !== '1') {
  writeFileSync('docs/benchmarks.md', dokument({ maskin: m, seksjoner, resultater, varighetMs: varighet, kommando: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, nasjonaltAar: NASJONAL_AAR }));
}
console.log(`done in ${sekunder(varighet)}; bench/results/${stempel}.json${process.env.BENCH_NO_DOC === '1' ? '' : ', docs/benchmarks.md'}`);
process.exit(0);
