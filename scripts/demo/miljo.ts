/**
 * Where the demo runs:
 * - `DATABASE_URL` set: that database (migrated first when `DATABASE_OWNER_URL` is set too);
 * - `ADMIN_DATABASE_URL` set: a fresh database (`DEMO_DATABASE_NAME`, default `tk_demo`) on that server, as
 *   `npm run db:setup` would make it;
 * - neither (the default): embedded PostgreSQL (PGlite) with its data in `DEMO_DATA_DIR` (`.data/demo`),
 *   made anew, so a machine with only Node.js runs the demo.
 * The queue is Redis when `REDIS_URL` is set, otherwise BullMQ's PostgreSQL backend in the same database
 * (`QUEUE_BACKEND` decides when set). Secrets are generated in this process and never written anywhere.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadConfig, type AppConfig } from '../../libs/config/src/config.js';
import { prepareDatabase } from '../../libs/persistence/src/database-admin.js';
import { runMigrations } from '../../migrations/kjoring.js';
import { startInnebygdPostgres } from '../../libs/persistence/src/embedded/innebygd-postgres.js';
import { lagKobackend } from '../../libs/queue/src/kobackend.js';
import { KOER } from '../../libs/queue/src/queues.js';

export interface Demomiljo {
  config: AppConfig;
  /** The same settings as environment variables, for an extra worker process. */
  env: Record<string, string>;
  /** Human-readable: where the data lives (no secrets). */
  beskrivelse: string;
  /** Removes what only this run needs (its queue keys in Redis) and stops the embedded database; the data is kept for exploring. */
  rydd(): Promise<void>;
}

const skjul = (url: string) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

export async function lagMiljo(ut: { brev: string; rapporter: string }, logg: (s: string) => void): Promise<Demomiljo> {
  const e = process.env;
  let databaseUrl: string;
  let ownerUrl: string | undefined;
  let stoppDatabase = async () => {};
  const innebygd = !e.DATABASE_URL && !e.ADMIN_DATABASE_URL;
  if (e.DATABASE_URL) {
    databaseUrl = e.DATABASE_URL;
    ownerUrl = e.DATABASE_OWNER_URL;
    if (ownerUrl) {
      const ran = await runMigrations(ownerUrl);
      logg(`Database fra DATABASE_URL; ${ran.length} migreringer kjørt.`);
    } else {
      logg('Database fra DATABASE_URL (DATABASE_OWNER_URL er ikke satt, så migreringer kjøres ikke).');
    }
  } else if (e.ADMIN_DATABASE_URL) {
    const admin = e.ADMIN_DATABASE_URL;
    const navn = e.DEMO_DATABASE_NAME ?? 'tk_demo';
    const host = new URL(admin).host;
    ownerUrl = `postgres://tk_owner@${host}/${navn}`;
    databaseUrl = `postgres://tk_app@${host}/${navn}`;
    await prepareDatabase({ admin, owner: ownerUrl, app: databaseUrl }, { fresh: true });
    const ran = await runMigrations(ownerUrl);
    logg(`Ny database «${navn}» på ${host}; ${ran.length} migreringer kjørt.`);
  } else {
    const mappe = resolve(e.DEMO_DATA_DIR ?? '.data/demo');
    const db = await startInnebygdPostgres({ mappe, fersk: true, migrer: runMigrations });
    databaseUrl = db.url;
    stoppDatabase = () => db.stopp();
    logg(`Innebygd PostgreSQL (PGlite) med data i ${mappe}; ${db.migreringer.length} migreringer kjørt. Bare for demoen: API-et lytter kun på 127.0.0.1.`);
  }
  const databasebeskrivelse = innebygd ? `innebygd PostgreSQL (PGlite) på ${new URL(databaseUrl).host}` : `PostgreSQL ${skjul(databaseUrl)}`;
  const koBackend = e.QUEUE_BACKEND ?? (e.REDIS_URL ? 'redis' : 'postgres');
  const egetPrefix = !e.QUEUE_PREFIX;
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    ...(ownerUrl ? { DATABASE_OWNER_URL: ownerUrl } : {}),
    DATABASE_POOL_SIZE: e.DATABASE_POOL_SIZE ?? '10',
    ...(e.REDIS_URL ? { REDIS_URL: e.REDIS_URL } : {}),
    QUEUE_BACKEND: koBackend,
    DATABASE_MODE: innebygd ? 'embedded' : 'server',
    // A prefix of its own, so the demo never meets another installation's jobs on a shared Redis.
    QUEUE_PREFIX: e.QUEUE_PREFIX ?? `tkdemo_${randomBytes(4).toString('hex')}`,
    AUTH_JWT_SECRET: e.AUTH_JWT_SECRET ?? randomBytes(32).toString('hex'),
    PERSON_DATA_KEY: e.PERSON_DATA_KEY ?? randomBytes(32).toString('base64'),
    HTTP_PORT: '0',
    // The demo is one client sending a year's work in minutes: the per-client limit would stop it.
    RATE_LIMIT_PER_MINUTE: '10000000',
    LOG_LEVEL: e.DEMO_LOG_LEVEL ?? 'error',
    LETTER_OUTPUT_DIR: ut.brev,
    REPORT_OUTPUT_DIR: ut.rapporter,
  };
  const config = loadConfig(env);
  return {
    config,
    env,
    beskrivelse: `${databasebeskrivelse}; køen i ${config.QUEUE_BACKEND === 'redis' ? `Redis ${skjul(config.REDIS_URL)} (køprefiks ${config.QUEUE_PREFIX})` : 'PostgreSQL (BullMQ, skjemaet bullmq)'}`,
    async rydd() {
      await stoppDatabase();
      if (!egetPrefix || config.QUEUE_BACKEND !== 'redis') return;
      const backend = lagKobackend(config, 'demo');
      for (const navn of Object.values(KOER)) {
        const q = backend.ko(navn);
        try {
          await q.obliterate({ force: true });
        } catch {
          /* best effort: keys expire with removeOnComplete anyway */
        } finally {
          await q.close();
        }
      }
      await backend.lukk();
    },
  };
}
