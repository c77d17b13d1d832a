/**
 * Where the demo runs. With `DATABASE_URL` set it uses that database (migrating it first when
 * `DATABASE_OWNER_URL` is set too) and `REDIS_URL` (or the local Redis). Otherwise it creates a fresh
 * database (`DEMO_DATABASE_NAME`, default `tk_demo`) on the machine's PostgreSQL, as `npm run db:setup`
 * would. Secrets are generated in this process and never written anywhere.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '../../libs/config/src/config.js';
import { prepareDatabase, runMigrations } from '../../libs/persistence/src/database-admin.js';
import { lagKobackend } from '../../libs/queue/src/kobackend.js';
import { KOER } from '../../libs/queue/src/queues.js';

export interface Demomiljo {
  config: AppConfig;
  /** The same settings as environment variables, for an extra worker process. */
  env: Record<string, string>;
  /** Human-readable: where the data lives (no secrets). */
  beskrivelse: string;
  /** Removes what only this run needs (its queue keys in Redis); the database is kept for exploring. */
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
  if (e.DATABASE_URL) {
    databaseUrl = e.DATABASE_URL;
    ownerUrl = e.DATABASE_OWNER_URL;
    if (ownerUrl) {
      const ran = await runMigrations(ownerUrl);
      logg(`Database fra DATABASE_URL; ${ran.length} migreringer kjørt.`);
    } else {
      logg('Database fra DATABASE_URL (DATABASE_OWNER_URL er ikke satt, så migreringer kjøres ikke).');
    }
  } else {
    const admin = e.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const navn = e.DEMO_DATABASE_NAME ?? 'tk_demo';
    const host = new URL(admin).host;
    ownerUrl = `postgres://tk_owner@${host}/${navn}`;
    databaseUrl = `postgres://tk_app@${host}/${navn}`;
    await prepareDatabase({ admin, owner: ownerUrl, app: databaseUrl }, { fresh: true });
    const ran = await runMigrations(ownerUrl);
    logg(`Ny database «${navn}» på ${host}; ${ran.length} migreringer kjørt.`);
  }
  const egetPrefix = !e.QUEUE_PREFIX;
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    ...(ownerUrl ? { DATABASE_OWNER_URL: ownerUrl } : {}),
    DATABASE_POOL_SIZE: e.DATABASE_POOL_SIZE ?? '10',
    REDIS_URL: e.REDIS_URL ?? 'redis://127.0.0.1:6379',
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
    beskrivelse: `PostgreSQL ${skjul(databaseUrl)}, Redis ${skjul(config.REDIS_URL)} (køprefiks ${config.QUEUE_PREFIX})`,
    async rydd() {
      if (!egetPrefix) return;
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
