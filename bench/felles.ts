import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
export function ledigPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts a TypeScript file as its own node process (the way `npm run ts` would). */
export function startTs(fil: string, env: Record<string, string>, args: string[] = []): ChildProcess {
  // BENCH_CPU_PROF=<dir>: every child writes a V8 CPU profile there (to find the slow path).
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return spawn(process.execPath, ['--no-warnings', ...prof, '--import', '@swc-node/register/esm-register', fil, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Waits until the process prints `klar` (ready), or fails after `ms`. */
export function ventPaaKlar(p: ChildProcess, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('prosessen ble ikke klar')), ms);
    let buf = '';
    p.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('klar')) {
        clearTimeout(t);
        resolve();
      }
    });
    p.once('exit', (code) => reject(new Error(`prosessen avsluttet (${code}) før den var klar`)));
  });
}

export function stopp(p: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve();
    const t = setTimeout(() => p.kill('SIGKILL'), 5000);
    p.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    p.kill(signal);
  });
}

/** A markdown table (also printed to the terminal as is). */
export function tabell(kolonner: string[], rader: (string | number)[][]): string {
  const linje = (r: (string | number)[]) => `| ${r.map(String).join(' | ')} |`;
  return [linje(kolonner), linje(kolonner.map(() => '---')), ...rader.map(linje)].join('\n');
}

export const tall = (x: number, d = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).replace(/,/g, ' ');
export const pst = (x: number): string => `${(x * 100).toFixed(0)} %`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const sekunder = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export const sov = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The median of a few repeats (the machine is shared; one run alone is too noisy). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
