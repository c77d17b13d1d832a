import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ledigPort } from './tjenester.js';

/**
 * A throwaway Redis Cluster on free loopback ports: three masters and one replica each (`redis-server
 * --cluster-enabled yes`, joined with `redis-cli --cluster create`). A short node timeout makes a replica take
 * over within seconds of its master dying.
 */
export class EngangsRedisCluster {
  private readonly dir = mkdtempSync(join(tmpdir(), 'tk-redis-cluster-'));
  private readonly noder = new Map<number, ChildProcess>();

  get adresser(): string {
    return [...this.noder.keys()].map((p) => `127.0.0.1:${p}`).join(',');
  }

  async start(antall = 6): Promise<void> {
    // No node outlives the test run, even when a hung shutdown makes jest exit by force.
    process.once('exit', () => {
      for (const p of this.noder.values()) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    });
    for (let i = 0; i < antall; i++) {
      const port = await ledigPort();
      const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `noder-${port}.conf`,
        // A replica takes over however long ago it last heard from its master (on a loaded machine that may be a while).
        '--cluster-node-timeout', '1500', '--cluster-replica-validity-factor', '0', '--save', '', '--appendonly', 'no', '--dir', this.dir], { stdio: 'ignore' });
      this.noder.set(port, p);
    }
    for (const port of this.noder.keys()) await this.svarer(port);
    execFileSync('redis-cli', ['--cluster', 'create', ...[...this.noder.keys()].map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'], { stdio: 'pipe' });
    await this.samlet();
  }

  /** Until every running node says the cluster is ok and all 16,384 slots are served. */
  async samlet(ms = 60_000): Promise<void> {
    const slutt = Date.now() + ms;
    while (Date.now() < slutt) {
      const svar = await Promise.all([...this.noder].filter(([, p]) => p.exitCode === null && p.signalCode === null).map(([port]) => this.kommando(port, 'CLUSTER', 'INFO')));
      if (svar.every((s) => /cluster_state:ok/.test(s) && /cluster_slots_ok:16384/.test(s))) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('Redis Cluster ble ikke samlet');
  }

  /** The port of the master that serves `nokkel`'s slot now. */
  async masterFor(nokkel: string): Promise<number> {
    const [port] = [...this.noder].find(([, p]) => p.exitCode === null && p.signalCode === null)!;
    const slot = Number(await this.kommando(port, 'CLUSTER', 'KEYSLOT', nokkel));
    const linjer = (await this.kommando(port, 'CLUSTER', 'NODES')).split('\n').filter((l) => l.includes('master') && !l.includes('fail'));
    for (const l of linjer) {
      const felt = l.split(' ');
      const eier = felt.slice(8).some((r) => {
        const [fra, til] = r.split('-').map(Number);
        return slot >= fra! && slot <= (til ?? fra)!;
      });
      if (eier) return Number(felt[1]!.split(':')[1]!.split('@')[0]);
    }
    throw new Error(`Ingen master for slot ${slot}`);
  }

  /** The keys matching `monster` on one node. */
  async nokler(port: number, monster: string): Promise<string[]> {
    return (await this.kommando(port, 'KEYS', monster)).split(',').filter(Boolean);
  }

  /** Kills a node as a crash would (SIGKILL). */
  async drep(port: number): Promise<void> {
    const p = this.noder.get(port)!;
    if (p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((r) => {
      p.once('exit', () => r());
      p.kill('SIGKILL');
    });
  }

  async stopp(): Promise<void> {
    for (const port of this.noder.keys()) await this.drep(port);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async kommando(port: number, ...args: string[]): Promise<string> {
    const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await r.connect();
      return String(await r.call(args[0]!, ...args.slice(1)));
    } finally {
      r.disconnect();
    }
  }

  private async svarer(port: number): Promise<void> {
    const slutt = Date.now() + 10_000;
    while (Date.now() < slutt) {
      try {
        if ((await this.kommando(port, 'PING')) === 'PONG') return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`Redis på ${port} startet ikke`);
  }
}
