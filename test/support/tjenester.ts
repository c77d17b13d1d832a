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
 * Like the machine's, it keeps nothing on disk: a restart loses every queued job.
 */
export class EngangsRedis {
  private proc?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
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
    if (!p || p.exitCode !== null) return;
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
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  prosesser.add(p);
  p.once('exit', () => prosesser.delete(p));
  return p;
}

export function drep(p: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill('SIGKILL');
  });
}
