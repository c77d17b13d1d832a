import { Worker } from 'node:worker_threads';

/**
 * The worker's watchdog, in its own thread so that it still runs when the main thread is stuck (a loop
 * that never yields stops every timer and signal handler there). The main thread stamps the time of its last
 * progress every second; when the stamp is older than the bound (also when the main thread stops stamping), or a shutdown has taken longer than its own
 * bound, the thread kills the process, and the supervisor (compose `restart: unless-stopped`, systemd,
 * Kubernetes) starts a fresh one. Crash-only: a restart is the one recovery that always works.
 */
const TRAAD = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const tider = new BigInt64Array(workerData.buffer);
setInterval(() => {
  const naa = Date.now();
  const sist = Number(Atomics.load(tider, 0));
  const stopp = Number(Atomics.load(tider, 1));
  const grunn = stopp > 0 && naa - stopp > workerData.stoppMs
    ? 'avslutningen tok for lang tid'
    : naa - sist > workerData.grenseMs ? 'ingen fremdrift på ' + Math.round((naa - sist) / 1000) + ' s' : null;
  if (!grunn) return;
  writeSync(2, JSON.stringify({ level: 60, time: naa, service: 'worker', context: 'Vakthund', message: 'Workeren avsluttes: ' + grunn }) + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, workerData.hvertMs);
`;

export class Vakthund {
  private readonly tider = new BigInt64Array(new SharedArrayBuffer(16));
  private traad: Worker | null = null;

  constructor(
    private readonly grenseMs: number,
    private readonly stoppMs = 9000,
  ) {
    Atomics.store(this.tider, 0, BigInt(Date.now()));
  }

  start(): void {
    this.traad = new Worker(TRAAD, {
      eval: true,
      workerData: { buffer: this.tider.buffer, grenseMs: this.grenseMs, stoppMs: this.stoppMs, hvertMs: Math.min(1000, this.grenseMs / 4) },
    });
    this.traad.unref();
  }

  /** When the process last made progress (the older of the relay's last round and the queue's last answer). */
  fremdrift(tid: number): void {
    Atomics.store(this.tider, 0, BigInt(Math.round(tid)));
  }

  /** A shutdown began: it may take `stoppMs`, stuck or not. */
  avslutter(): void {
    Atomics.compareExchange(this.tider, 1, 0n, BigInt(Date.now()));
  }

  async stopp(): Promise<void> {
    await this.traad?.terminate();
    this.traad = null;
  }
}
