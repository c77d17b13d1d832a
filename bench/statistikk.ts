import { spawn } from 'node:child_process';
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { Ytelse1764000005000 } from '../migrations/1764000005000-ytelse.js';
import { urls } from './db.js';
import { mb, sekunder, tabell, tall } from './felles.js';
import { medKommuner, seedPersoner, seedVedtak } from './seed.js';

export interface RapportResultat {
  ms: number;
  rssFoer: number;
  maxRss: number;
  status: string;
  feil: string | null;
  pdfBytes: number;
}

/** Runs one report in its own process (bench/rapport-kjoring.ts), so its peak RSS is its own. */
export function kjorRapport(env: Record<string, string>, type: 'likebehandling' | 'anonymisert', aar: number, kommuner: string[]): Promise<RapportResultat> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--no-warnings', '--expose-gc', '--import', '@swc-node/register/esm-register', 'bench/rapport-kjoring.ts', JSON.stringify({ type, aar, kommuner })], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let ut = '';
    p.stdout.on('data', (d: Buffer) => (ut += d.toString()));
    p.once('exit', (code) => {
      const linje = ut.trim().split('\n').pop() ?? '';
      try {
        const r = JSON.parse(linje) as RapportResultat;
        if (r.status !== 'ferdig') reject(new Error(`rapporten feilet: ${r.feil}`));
        else resolve(r);
      } catch {
        reject(new Error(`rapportkjøringen avsluttet (${code}) uten resultat: ${ut.slice(0, 500)}`));
      }
    });
  });
}

/** The baseline: one pass over the same decisions and lines (join, filter, aggregate), in the same tenant context. */
export async function enGjennomgang(kommuner: string[], aar: number): Promise<{ ms: number; n: number }> {
  const c = new pg.Client({ connectionString: urls.app });
  await c.connect();
  try {
    return await medKommuner(c, kommuner, async () => {
      const t0 = performance.now();
      const { rows } = await c.query(
        `SELECT count(*) AS n, sum(l.omfang) AS s FROM vedtak v JOIN vedtakslinje l ON l.vedtak_id = v.id
          WHERE v.status = 'vedtatt' AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2`,
        [`${aar}-01-01`, `${aar + 1}-01-01`],
      );
      return { ms: performance.now() - t0, n: Number(rows[0].n) };
    });
  } finally {
    await c.end();
  }
}

/** `antall` decisions spread over the municipalities (weights), for the year `aar`; then ANALYZE. */
export async function seedBeslutninger(env: Record<string, string>, fordeling: Map<string, number>, aar: number, personerPerKommune = 100): Promise<number> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  const t0 = performance.now();
  try {
    for (const [k, n] of fordeling) {
      const { rows } = await medKommuner(c, [k], () => c.query(`SELECT count(*) AS n FROM person WHERE kommunenummer = $1`, [k]));
      if (Number(rows[0].n) === 0) await seedPersoner(c, k, personerPerKommune, env.PERSON_DATA_KEY!);
      await seedVedtak(c, k, n, aar);
    }
    // Vacuum as well: the steady state autovacuum keeps (visibility map set, so index-only scans work).
    await c.query('VACUUM ANALYZE');
  } finally {
    await c.end();
  }
  return performance.now() - t0;
}

export const LOFOTEN = ['1860', '1865', '1859', '1874'];

export interface Skalamaaling {
  vedtak: number;
  seedMs: number;
  gjennomgang: { ms: number; n: number };
  likebehandling: RapportResultat;
  anonymisert: RapportResultat;
  /** The leader report with the indexes as they were before migration 1764000005000 (same data, same run). */
  foer?: RapportResultat;
}

/** Puts the indexes back as they were before the performance migration (`down`), or applies it again (`up`). */
export async function ytelsesindekser(retning: 'up' | 'down'): Promise<void> {
  const c = new pg.Client({ connectionString: urls.owner });
  await c.connect();
  try {
    const m = new Ytelse1764000005000();
    await m[retning]({ query: (sql: string) => c.query(sql) } as unknown as QueryRunner);
    await c.query('VACUUM ANALYZE');
  } finally {
    await c.end();
  }
}

export async function maalSkala(env: Record<string, string>, vedtak: number, aar: number): Promise<Skalamaaling> {
  const per = Math.round(vedtak / LOFOTEN.length);
  const seedMs = await seedBeslutninger(env, new Map(LOFOTEN.map((k) => [k, per])), aar);
  console.log(`seeded ${tall(vedtak)} decisions for ${aar} in ${sekunder(seedMs)}`);
  const gjennomgang = await enGjennomgang(LOFOTEN, aar);
  const likebehandling = await kjorRapport(env, 'likebehandling', aar, LOFOTEN);
  console.log(`  leader report: ${sekunder(likebehandling.ms)}, peak RSS ${mb(likebehandling.maxRss)}`);
  const anonymisert = await kjorRapport(env, 'anonymisert', aar, LOFOTEN);
  console.log(`  anonymised report: ${sekunder(anonymisert.ms)}, peak RSS ${mb(anonymisert.maxRss)}`);
  let foer: RapportResultat | undefined;
  if (process.env.BENCH_BEFORE_INDEXES !== '0') {
    await ytelsesindekser('down');
    try {
      foer = await kjorRapport(env, 'likebehandling', aar, LOFOTEN);
      console.log(`  leader report with the old indexes: ${sekunder(foer.ms)}`);
    } finally {
      await ytelsesindekser('up');
    }
  }
  return { vedtak, seedMs, gjennomgang, likebehandling, anonymisert, foer };
}

export function skalaTabell(m: Skalamaaling[]): string {
  const rader: (string | number)[][] = [];
  for (const x of m) {
    rader.push([tall(x.vedtak), 'baseline: one SQL pass (join + count + sum)', sekunder(x.gjennomgang.ms), '1.0×', '–', '–', '']);
    const rapporter: [string, RapportResultat][] = [['leader report (likebehandling)', x.likebehandling], ['anonymised report', x.anonymisert]];
    if (x.foer) rapporter.push(['leader report, BEFORE: indexes as before migration 1764000005000', x.foer]);
    for (const [navn, r] of rapporter) {
      const maal = navn.startsWith('leader report (') && x.vedtak === 1_000_000 ? (r.ms < 5_000 && r.ms <= 3 * x.gjennomgang.ms ? 'met (< 5 s, ≤ 3×)' : 'MISSED (< 5 s, ≤ 3×)') : '';
      rader.push([tall(x.vedtak), navn, sekunder(r.ms), `${(r.ms / x.gjennomgang.ms).toFixed(1)}×`, mb(r.maxRss), `${mb(r.rssFoer)} (${(r.maxRss / r.rssFoer).toFixed(2)}×)`, maal]);
    }
  }
  return tabell(['decisions in the year', 'what', 'time', 'time / one SQL pass', 'peak RSS of the process', 'RSS before the report (baseline) (peak / baseline)', 'target'], rader);
}
