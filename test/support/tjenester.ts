import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

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

/**
 * A throwaway Redis on its own port, so stopping it never disturbs the machine's shared Redis.
 * Like the machine's, it keeps nothing on disk: a restart loses every queued job. `start` while it runs
 * does nothing, and `stopp` ends the one running, so a restarted Redis never outlives its test.
 */
export class EngangsRedis {
  private proc?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private get kjorer(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Freezes it (SIGSTOP), as a hung server or a blackholed network looks to clients: connections stay open, nothing answers. */
  pause(): void {
    if (this.kjorer) this.proc!.kill('SIGSTOP');
  }

  fortsett(): void {
    if (this.kjorer) this.proc!.kill('SIGCONT');
  }

  async start(): Promise<void> {
    if (this.kjorer) return;
    this.proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const slutt = Date.now() + 10_000;
    while (Date.now() < slutt) {
      const r = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await r.connect();
        if ((await r.ping()) === 'PONG') return;
      } catch {
        /* not up yet */
      } finally {
        r.disconnect();
      }
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error('Engangs-Redis startet ikke');
  }

  async stopp(): Promise<void> {
    const p = this.proc;
    if (!p || !this.kjorer) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  }
}

/** The worker as its own process, so a test can kill it with SIGKILL like the OOM killer or a crash would. */
const prosesser = new Set<ChildProcess>();

/** Kills every worker process a test started and left running (a failed test must not leave orphans). */
export async function drepAlle(): Promise<void> {
  await Promise.all([...prosesser].map((p) => drep(p)));
}

export function startWorkerProsess(env: Record<string, string>): ChildProcess {
  const p = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
    // No health port unless the test asks for one (several workers run side by side).
    env: { ...process.env, LOG_LEVEL: 'warn', WORKER_HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  prosesser.add(p);
  p.once('exit', () => prosesser.delete(p));
  return p;
}

/** The API as its own process (apps/api/src/main.ts) on `port`, killed by drepAlle. */
export function startApiProsess(env: Record<string, string>, port: number): ChildProcess {
  const p = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, HTTP_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  prosesser.add(p);
  p.once('exit', () => prosesser.delete(p));
  return p;
}

/** Waits for the process to end by itself; its exit code and signal, or null when `ms` have passed. */
export function venterPaaSlutt(p: ChildProcess, ms: number): Promise<{ kode: number | null; signal: NodeJS.Signals | null } | null> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve({ kode: p.exitCode, signal: p.signalCode });
    const t = setTimeout(() => resolve(null), ms);
    p.once('exit', (kode, signal) => {
      clearTimeout(t);
      resolve({ kode, signal });
    });
  });
}

export function drep(p: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill('SIGKILL');
  });
}
