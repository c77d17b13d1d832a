import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { tabell, tall } from './felles.js';

const SOKNADER = Number(process.env.BENCH_DEMO_APPLICATIONS ?? 2000);

interface Demoresultat {
  sekunder: number;
  steg: { navn: string; sekunder: number }[];
  vedtak: { perKommune: Record<string, number> };
}

/**
 * The embedded demo as a new user runs it (`npm run demo`: PGlite in the process, no Redis), with its default
 * 2,000 applications, timed end to end from its own result file.
 */
export async function benchDemo(): Promise<{ markdown: string; tall: Record<string, unknown> }> {
  const mappe = mkdtempSync(join(os.tmpdir(), 'tk-bench-demo-'));
  const resultatfil = join(mappe, 'resultat.json');
  const lastFor = os.loadavg()[0]!;
  const t0 = performance.now();
  const kode = await new Promise<number | null>((resolve) => {
    const p = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'scripts/demo/main.ts'], {
      // Only what the demo reads: no DATABASE_URL or REDIS_URL, so it runs embedded as `npm run demo` does.
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? mappe, DEMO_SOKNADER: String(SOKNADER), DEMO_UT: join(mappe, 'ut'), DEMO_RESULTAT_JSON: resultatfil, CI: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    p.once('exit', resolve);
  });
  const veggMs = performance.now() - t0;
  try {
    if (kode !== 0) throw new Error(`the demo exited with ${kode}`);
    const r = JSON.parse(readFileSync(resultatfil, 'utf8')) as Demoresultat;
    const lastEtter = os.loadavg()[0]!;
    const vedtak = Object.values(r.vedtak.perKommune).reduce((a, b) => a + b, 0);
    const markdown = tabell(
      ['what', 'this run', 'target'],
      [
        [`embedded demo, ${tall(SOKNADER)} applications (${tall(vedtak)} decisions), as the demo reports it`, `${r.sekunder.toFixed(1)} s`, `< 90 s: ${r.sekunder < 90 ? 'met' : 'MISSED'}`],
        ['the same, wall clock of the process (start-up and shutdown included)', `${(veggMs / 1000).toFixed(1)} s`, ''],
        ...r.steg.map((s) => [`step: ${s.navn}`, `${s.sekunder.toFixed(1)} s`, '']),
        ['load average (1 min) at start / end', `${lastFor.toFixed(1)} / ${lastEtter.toFixed(1)}`, ''],
      ],
    );
    return { markdown, tall: { sekunder: r.sekunder, veggSekunder: veggMs / 1000, steg: r.steg, soknader: SOKNADER, vedtak } };
  } finally {
    rmSync(mappe, { recursive: true, force: true });
  }
}
