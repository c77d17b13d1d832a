import os from 'node:os';
import pg from 'pg';
import { loadConfig } from '../libs/config/src/config.js';
import { lagBrevdata } from '../libs/letters/src/brevdata.fabrikk.js';
import type { Brevmalinnhold } from '../libs/letters/src/brevmal.js';
import { BrevRenderer } from '../libs/letters/src/renderer.js';
import { KOER } from '../libs/queue/src/queues.js';
import { benchEnv, urls } from './db.js';
import { median, pst, sov, startTs, stopp, tabell, tall, ventPaaKlar } from './felles.js';
import { medKommuner } from './seed.js';

const KOMMUNE = '1865';
const ANTALL = Number(process.env.BENCH_LETTERS ?? 60);

interface Brevgrunnlag {
  malId: string;
  malVersjon: number;
  mal: Brevmalinnhold;
  soknadId: string;
  saksnummer: string;
}

async function grunnlag(c: pg.Client): Promise<Brevgrunnlag> {
  return medKommuner(c, [KOMMUNE], async () => {
    const mal = (await c.query(`SELECT id, versjon, innhold FROM brevmal WHERE brevtype = 'vedtak_innvilget' AND maalform = 'nb' AND status = 'publisert' ORDER BY versjon DESC LIMIT 1`)).rows[0];
    const s = (await c.query(`SELECT id, saksnummer FROM soknad WHERE kommunenummer = $1 LIMIT 1`, [KOMMUNE])).rows[0];
    return { malId: mal.id, malVersjon: mal.versjon, mal: mal.innhold, soknadId: s.id, saksnummer: s.saksnummer };
  });
}

/** Orders `antall` decision letters the way BrevbestillingService does: a letter row and an outbox row each, one commit. */
async function bestill(c: pg.Client, g: Brevgrunnlag, antall: number): Promise<string[]> {
  const data = JSON.stringify(lagBrevdata('Vågan', { saksnummer: g.saksnummer }));
  return medKommuner(c, [KOMMUNE], async () => {
    const { rows } = await c.query(
      `WITH b AS (
         INSERT INTO brev (kommunenummer, soknad_id, brevtype, maalform, brevmal_id, brevmal_versjon, status, flettedata)
         SELECT $1, $2, 'vedtak_innvilget', 'nb', $3, $4, 'bestilt', $5::jsonb FROM generate_series(1, $6::int) RETURNING id)
       , o AS (INSERT INTO outbox (kommunenummer, ko, jobbnavn, jobb_id, payload)
               SELECT $1, $7, 'render', 'brev-' || b.id, jsonb_build_object('brevId', b.id, 'kommunenummer', $1::text) FROM b)
       SELECT id FROM b`,
      [KOMMUNE, g.soknadId, g.malId, g.malVersjon, data, antall, KOER.brev],
    );
    return rows.map((r) => r.id as string);
  });
}

async function sendte(c: pg.Client, ids: string[]): Promise<number> {
  return medKommuner(c, [KOMMUNE], async () => Number((await c.query(`SELECT count(*) AS n FROM brev WHERE id = ANY($1) AND status = 'sendt'`, [ids])).rows[0].n));
}

/** Letters per second through the whole pipeline with `prosesser` worker processes. */
async function pipeline(c: pg.Client, g: Brevgrunnlag, env: Record<string, string>, prosesser: number): Promise<{ perSek: number; ms: number }> {
  const p = Array.from({ length: prosesser }, () => startTs('bench/worker-prosess.ts', env));
  try {
    await Promise.all(p.map((x) => ventPaaKlar(x)));
    // Warm-up: every process renders a few letters first (fonts, JIT, connections).
    const varm = await bestill(c, g, 4 * prosesser);
    while ((await sendte(c, varm)) < varm.length) await sov(50);
    const ids = await bestill(c, g, ANTALL);
    const t0 = performance.now();
    const frist = t0 + 180_000;
    while ((await sendte(c, ids)) < ids.length) {
      if (performance.now() > frist) throw new Error('brevene ble ikke ferdige innen 180 s');
      await sov(25);
    }
    const ms = performance.now() - t0;
    return { perSek: (ANTALL * 1000) / ms, ms };
  } finally {
    await Promise.all(p.map((x) => stopp(x)));
  }
}

/** The bare renderer: the same letter, the same template, in this process, one after another. */
async function bareRenderer(g: Brevgrunnlag, antall: number): Promise<{ perSek: number; ms: number; bytes: number }> {
  const r = new BrevRenderer();
  const data = lagBrevdata('Vågan', { saksnummer: g.saksnummer });
  const input = { mal: g.mal, data, metadata: { tittel: `vedtak innvilget ${g.saksnummer}`, forfatter: 'Vågan kommune, ved Felles tildelingskontor Lofoten', emne: 'vedtak_innvilget', saksnummer: g.saksnummer, dato: data.dato } };
  for (let i = 0; i < 5; i++) await r.render(input);
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < antall; i++) bytes = (await r.render(input)).length;
  const ms = performance.now() - t0;
  return { perSek: (antall * 1000) / ms, ms, bytes };
}

export interface Brevveksling {
  bare: number;
  en: number;
  to: number;
  last: [number, number];
}

const ALTERNERINGER = Number(process.env.BENCH_LETTER_ALTERNATIONS ?? 3);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? loadConfig({ ...process.env, ...benchEnv() }).WORKER_CONCURRENCY);

/** Median, least and most of a ratio over the alternations. */
function spenn(xs: number[]): { median: number; min: number; maks: number } {
  return { median: median(xs), min: Math.min(...xs), maks: Math.max(...xs) };
}

export async function benchBrev(env: Record<string, string>): Promise<{ markdown: string; tall: Record<string, unknown> }> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  try {
    const g = await grunnlag(c);
    // Interleaved: each alternation measures the bare renderer, one worker process and two, back to back, so a
    // change in the machine's load falls on both sides of each ratio; the doc gives the median and the spread.
    const vekslinger: Brevveksling[] = [];
    for (let i = 0; i < ALTERNERINGER; i++) {
      const lastFor = os.loadavg()[0]!;
      const bare = await bareRenderer(g, ANTALL);
      const en = await pipeline(c, g, { ...env, WORKER_CONCURRENCY: String(CONCURRENCY) }, 1);
      const to = await pipeline(c, g, { ...env, WORKER_CONCURRENCY: String(CONCURRENCY) }, 2);
      vekslinger.push({ bare: bare.perSek, en: en.perSek, to: to.perSek, last: [lastFor, os.loadavg()[0]!] });
      console.log(`alternation ${i + 1}: bare ${bare.perSek.toFixed(1)}/s, 1 process ${en.perSek.toFixed(1)}/s, 2 processes ${to.perSek.toFixed(1)}/s`);
    }
    const perProsess = spenn(vekslinger.map((v) => v.en / v.bare));
    const skalering = spenn(vekslinger.map((v) => v.to / v.en));
    const toPerProsess = spenn(vekslinger.map((v) => v.to / 2 / v.bare));
    const r = (x: { median: number; min: number; maks: number }, f: (n: number) => string) => `${f(x.median)} (${f(x.min)}–${f(x.maks)})`;
    const ganger = (n: number) => `${n.toFixed(2)}×`;
    const markdown = [
      tabell(
        ['alternation', 'bare renderer, letters/s', '1 worker process, letters/s', '2 worker processes, letters/s', '1 process / bare', '2 processes / 1', 'load average (1 min) at start / end'],
        vekslinger.map((v, i) => [i + 1, tall(v.bare, 1), tall(v.en, 1), tall(v.to, 1), pst(v.en / v.bare), ganger(v.to / v.en), `${v.last[0].toFixed(1)} / ${v.last[1].toFixed(1)}`]),
      ),
      '',
      tabell(
        ['measurement (median of the alternations, spread)', 'this run', 'target'],
        [
          [`pipeline, 1 worker process (WORKER_CONCURRENCY=${CONCURRENCY}) / bare renderer`, r(perProsess, pst), `≥ 90 %: ${perProsess.median >= 0.9 ? 'met' : 'MISSED'}`],
          ['pipeline, 2 worker processes / 1 worker process', r(skalering, ganger), `≥ 1.8×: ${skalering.median >= 1.8 ? 'met' : 'MISSED'}`],
          ['pipeline, 2 worker processes, per process / bare renderer', r(toPerProsess, pst), ''],
        ],
      ),
    ].join('\n');
    return { markdown, tall: { vekslinger, perProsess, skalering, toPerProsess, antall: ANTALL, concurrency: CONCURRENCY } };
  } finally {
    await c.end();
  }
}
