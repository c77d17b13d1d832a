import pg from 'pg';
import { lagBrevdata } from '../libs/letters/src/brevdata.fabrikk.js';
import type { Brevmalinnhold } from '../libs/letters/src/brevmal.js';
import { BrevRenderer } from '../libs/letters/src/renderer.js';
import { KOER } from '../libs/queue/src/queues.js';
import { urls } from './db.js';
import { pst, sov, startTs, stopp, tabell, tall, ventPaaKlar } from './felles.js';
import { medKommuner } from './seed.js';

const KOMMUNE = '1865';
const ANTALL = Number(process.env.BENCH_LETTERS ?? 120);

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

export async function benchBrev(env: Record<string, string>): Promise<{ markdown: string; tall: Record<string, number> }> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  try {
    const g = await grunnlag(c);
    // The machine is shared: the bare renderer runs before and after each pipeline run, and each pipeline
    // figure is set against the mean of the two bare runs around it.
    const b1 = await bareRenderer(g, ANTALL);
    console.log(`bare renderer: ${b1.perSek.toFixed(1)} letters/s (${b1.bytes} bytes per letter)`);
    const en = await pipeline(c, g, env, 1);
    console.log(`pipeline, 1 process: ${en.perSek.toFixed(1)} letters/s`);
    const b2 = await bareRenderer(g, ANTALL);
    console.log(`bare renderer: ${b2.perSek.toFixed(1)} letters/s`);
    const to = await pipeline(c, g, env, 2);
    console.log(`pipeline, 2 processes: ${to.perSek.toFixed(1)} letters/s`);
    const b3 = await bareRenderer(g, ANTALL);
    console.log(`bare renderer: ${b3.perSek.toFixed(1)} letters/s`);
    const bareEn = (b1.perSek + b2.perSek) / 2;
    const bareTo = (b2.perSek + b3.perSek) / 2;
    const markdown = tabell(
      ['measurement', 'letters', 'time', 'letters/s', 'ratio', 'target'],
      [
        ['bare BrevRenderer, same process (baseline): before / between / after the pipeline runs', `${ANTALL} each`, [b1, b2, b3].map((b) => `${(b.ms / 1000).toFixed(2)} s`).join(' / '), [b1, b2, b3].map((b) => tall(b.perSek, 1)).join(' / '), '1.00', ''],
        ['pipeline, 1 worker process (outbox → relay → BullMQ → render → store → deliver)', ANTALL, `${(en.ms / 1000).toFixed(2)} s`, tall(en.perSek, 1), `${pst(en.perSek / bareEn)} of the bare runs around it (${tall(bareEn, 1)}/s)`, `≥ 85 %: ${en.perSek / bareEn >= 0.85 ? 'met' : 'MISSED'}`],
        ['pipeline, 2 worker processes', ANTALL, `${(to.ms / 1000).toFixed(2)} s`, tall(to.perSek, 1), `${(to.perSek / en.perSek).toFixed(2)}× one process; ${pst(to.perSek / 2 / bareTo)} of bare per process`, `near-linear (≥ 1.8×): ${to.perSek / en.perSek >= 1.8 ? 'met' : 'MISSED'}`],
      ],
    );
    return { markdown, tall: { bare1: b1.perSek, bare2: b2.perSek, bare3: b3.perSek, en: en.perSek, to: to.perSek, bytes: b1.bytes } };
  } finally {
    await c.end();
  }
}
