import { createPostgresBackend, Queue, Worker, withBackend, type ConnectionOptions, type Processor, type QueueOptions, type WorkerOptions } from 'bullmq';
import pg from 'pg';
import type { AppConfig } from '../../config/src/config.js';
import { pgStromValg } from '../../persistence/src/embedded/intern-forbindelse.js';
import { innen } from './lukk.js';
import { createRedis, kobleTilRedis } from './redis.js';

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
  /**
   * True when the queue's store is new to this process or has lost its data since the last call (a Redis
   * restarted empty): whoever asks then queues the ordered letters again and registers the schedules.
   * Throws when the store does not answer.
   */
  tomtLager(ms?: number): Promise<boolean>;
  lukk(): Promise<void>;
}

/**
 * Producers fail fast while Redis is away (the relay keeps its rows and tries again). Workers must not: a
 * worker busy with jobs whose next fetch is refused at once (ioredis without its offline queue) retries
 * that fetch in a loop of promises that never yields to the event loop. The whole process then freezes
 * (no timers, no reconnect, no signal handling), which is how a Redis outage under load once stopped
 * the worker for good. With the offline queue the fetch waits for the reconnect instead.
 */
function bullConnection(config: AppConfig, rolle: 'produsent' | 'worker'): ConnectionOptions {
  // A cluster is handed to BullMQ as a connection of its own (BullMQ duplicates it for a worker's blocking reads).
  if (config.REDIS_CLUSTER_NODES) return kobleTilRedis(config, { maxRetriesPerRequest: null, enableOfflineQueue: rolle === 'worker' }) as ConnectionOptions;
  return { url: config.REDIS_URL, maxRetriesPerRequest: null, enableOfflineQueue: rolle === 'worker' } as ConnectionOptions;
}

function redisBackend(config: AppConfig, tjeneste: string): Kobackend {
  // One connection for health checks; queues and workers open their own, as BullMQ requires.
  const redis = createRedis(config, `tk-${tjeneste}`);
  redis.on('error', () => undefined); // surfaces as a failed ping; ioredis reconnects by itself
  // Redis keeps nothing on disk here: a key that is gone means the queues' data is gone with it.
  const merke = `${config.QUEUE_PREFIX}:tk:lager`;
  let nyttLager = false;
  return {
    type: 'redis',
    ko: (navn, valg = {}) => new Queue(navn, { ...valg, connection: bullConnection(config, 'produsent'), prefix: config.QUEUE_PREFIX }),
    worker: (navn, behandler, valg = {}) => new Worker(navn, behandler, { ...valg, connection: bullConnection(config, 'worker'), prefix: config.QUEUE_PREFIX }),
    async ping(ms = 2000) {
      return (await innen(redis.ping(), ms).catch(() => null)) === 'PONG';
    },
    async tomtLager(ms = 2000) {
      // Never queued for later: a SET sent after the store came back would hide that it came back empty.
      if (redis.status !== 'ready') throw new Error(`Redis er ikke tilkoblet (${redis.status})`);
      // A reply that comes after the time limit still counts, at the next call.
      await innen(
        redis.set(merke, new Date().toISOString(), 'NX').then((svar) => {
          if (svar === 'OK') nyttLager = true;
        }),
        ms,
      );
      const ny = nyttLager;
      nyttLager = false;
      return ny;
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
  let sett = false;
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
    // PostgreSQL keeps the queues through a restart: only the first call of a process finds them new.
    async tomtLager(ms = 2000) {
      await innen(pool.query('select 1'), ms);
      const ny = !sett;
      sett = true;
      return ny;
    },
    async lukk() {
      await pool.end().catch(() => undefined);
    },
  };
}

export function lagKobackend(config: AppConfig, tjeneste: string): Kobackend {
  return config.QUEUE_BACKEND === 'postgres' ? postgresBackend(config) : redisBackend(config, tjeneste);
}
