import { createPostgresBackend, Queue, Worker, withBackend, type ConnectionOptions, type Processor, type QueueOptions, type WorkerOptions } from 'bullmq';
import pg from 'pg';
import type { AppConfig } from '../../config/src/config.js';
import { pgStromValg } from '../../persistence/src/embedded/intern-forbindelse.js';
import { innen } from './lukk.js';
import { createRedis } from './redis.js';

/** BullMQ's tables live in this schema of the application's database when QUEUE_BACKEND=postgres. */
export const KO_SKJEMA = 'bullmq';
/** Public first: the application's own tables are found first, BullMQ's unqualified names next. */
const KO_SOKESTI = `public, ${KO_SKJEMA}`;

/** The Nest token for the process's one backend (provided by PlatformModule). */
export const KOBACKEND = Symbol('KOBACKEND');

type KoValg = Omit<QueueOptions, 'connection' | 'prefix'>;
type WorkerValg = Omit<WorkerOptions, 'connection' | 'prefix'>;

/**
 * Where the queues live. Every queue and worker of the system is made here, so the same worker code runs
 * on Redis (the default) and on BullMQ's PostgreSQL backend (`QUEUE_BACKEND=postgres`, and the demo's
 * embedded database).
 */
export interface Kobackend {
  readonly type: AppConfig['QUEUE_BACKEND'];
  ko(navn: string, valg?: KoValg): Queue;
  worker(navn: string, behandler: Processor, valg?: WorkerValg): Worker;
  /** For /health/ready: true when the queue's store answers within the time limit. */
  ping(ms?: number): Promise<boolean>;
  lukk(): Promise<void>;
}

function bullConnection(config: AppConfig): ConnectionOptions {
  return { url: config.REDIS_URL, maxRetriesPerRequest: null, enableOfflineQueue: false } as ConnectionOptions;
}

function redisBackend(config: AppConfig, tjeneste: string): Kobackend {
  // One connection for health checks; queues and workers open their own, as BullMQ requires.
  const redis = createRedis(config.REDIS_URL, `tk-${tjeneste}`);
  redis.on('error', () => undefined); // surfaces as a failed ping; ioredis reconnects by itself
  const connection = bullConnection(config);
  return {
    type: 'redis',
    ko: (navn, valg = {}) => new Queue(navn, { ...valg, connection, prefix: config.QUEUE_PREFIX }),
    worker: (navn, behandler, valg = {}) => new Worker(navn, behandler, { ...valg, connection, prefix: config.QUEUE_PREFIX }),
    async ping(ms = 2000) {
      return (await innen(redis.ping(), ms).catch(() => null)) === 'PONG';
    },
    async lukk() {
      // quit() waits for a reply; with Redis unreachable that would never come.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

function postgresBackend(config: AppConfig): Kobackend {
  // One pool per process; each worker also holds one client for LISTEN.
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 10, application_name: 'tk-ko', ...pgStromValg(config.DATABASE_URL) });
  pool.on('connect', (c) => void c.query(`SET search_path TO ${KO_SOKESTI}`).catch(() => undefined));
  pool.on('error', () => undefined); // an idle client that drops is replaced on the next checkout
  const pg_ = withBackend(createPostgresBackend);
  const connection = pool as unknown as ConstructorParameters<typeof pg_.Queue>[1]['connection'];
  // The embedded database (PGlite behind a socket) delivers no NOTIFY between connections, so workers poll.
  const drainDelay = config.DATABASE_MODE === 'embedded' ? 0.2 : undefined;
  return {
    type: 'postgres',
    ko: (navn, valg = {}) => new pg_.Queue(navn, { ...valg, connection } as never) as unknown as Queue,
    worker: (navn, behandler, valg = {}) =>
      new pg_.Worker(navn, behandler as never, { ...(drainDelay ? { drainDelay } : {}), ...valg, connection } as never) as unknown as Worker,
    async ping(ms = 2000) {
      return innen(pool.query('select 1'), ms).then(
        () => true,
        () => false,
      );
    },
    async lukk() {
      await pool.end().catch(() => undefined);
    },
  };
}

export function lagKobackend(config: AppConfig, tjeneste: string): Kobackend {
  return config.QUEUE_BACKEND === 'postgres' ? postgresBackend(config) : redisBackend(config, tjeneste);
}
