import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepareDatabase } from '../../libs/persistence/src/database-admin.js';
import { runMigrations } from '../../migrations/kjoring.js';
import { ledigPort } from './tjenester.js';

/** The newest installed PostgreSQL's binaries (initdb, pg_ctl, postgres). */
function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versjoner = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  if (!versjoner.length) throw new Error('Fant ikke PostgreSQL-binærfilene under /usr/lib/postgresql/*/bin');
  return join(base, versjoner.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

/**
 * A throwaway PostgreSQL cluster on its own port and data directory, so a test can stop and start it
 * (even with `-m immediate`, like a crash) without disturbing the machine's shared server. initdb refuses
 * to run as root, so as root the cluster runs as the `postgres` user in a directory it owns.
 */
export class EngangsPostgres {
  readonly dir: string;
  private readonly bin = binDir();
  private readonly somRoot = process.getuid?.() === 0;

  constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'tk-pg-'));
    if (this.somRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(this.dir, uid, gid);
    }
  }

  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  url(bruker: string, database: string): string {
    return `postgres://${bruker}@127.0.0.1:${this.port}/${database}`;
  }

  private kjor(prog: string, args: string[]): void {
    const cmd = join(this.bin, prog);
    // A synchronous call blocks jest's own timeouts, so it carries its own limit.
    const valg = { encoding: 'utf8' as const, timeout: 120_000, killSignal: 'SIGKILL' as const };
    const r = this.somRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], valg) : spawnSync(cmd, args, valg);
    if (r.error) throw new Error(`${prog} feilet: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`${prog} feilet (${r.status}): ${r.stderr || r.stdout}`);
  }

  async init(): Promise<void> {
    this.kjor('initdb', ['-D', join(this.dir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
    await this.start();
  }

  async start(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`;
    this.kjor('pg_ctl', ['-D', join(this.dir, 'data'), '-l', join(this.dir, 'log'), '-o', opts, '-w', '-t', '60', 'start']);
    const slutt = Date.now() + 30_000;
    while (Date.now() < slutt) {
      const c = new pg.Client({ connectionString: this.adminUrl });
      try {
        await c.connect();
        await c.query('select 1');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        await c.end().catch(() => undefined);
      }
    }
    throw new Error('Engangs-PostgreSQL svarte ikke');
  }

  /**
   * A streaming standby of `primar` on this cluster's port: `pg_basebackup -R` (a copy of the data directory that
   * writes the primary's address and standby.signal), then started as a hot standby replaying the primary's WAL.
   */
  async initSomReplika(primar: EngangsPostgres): Promise<void> {
    this.kjor('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primar.port), '-U', 'postgres', '-D', join(this.dir, 'data'), '-R', '-X', 'stream', '-c', 'fast']);
    await this.start();
  }

  /** `immediate` is what a crash or a kill -9 of the postmaster looks like to clients. */
  stopp(modus: 'immediate' | 'fast' = 'immediate'): void {
    this.kjor('pg_ctl', ['-D', join(this.dir, 'data'), '-m', modus, '-w', 'stop']);
  }

  async fjern(): Promise<void> {
    try {
      this.stopp('immediate');
    } catch {
      /* already stopped */
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A throwaway cluster on a free port with the application's roles and a migrated database: the URLs an API
 * or worker process is started with (the owner's for migrations and probes, the app role's for requests).
 */
export async function migrertEngangsPostgres(): Promise<{ db: EngangsPostgres; urls: { admin: string; owner: string; app: string } }> {
  const db = new EngangsPostgres(await ledigPort());
  await db.init();
  const urls = { admin: db.adminUrl, owner: db.url('tk_owner', 'tk_res'), app: db.url('tk_app', 'tk_res') };
  await prepareDatabase(urls, { fresh: true });
  await runMigrations(urls.owner);
  return { db, urls };
}
