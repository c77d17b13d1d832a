import { Redis } from 'ioredis';

/** A Redis connection as BullMQ wants it (no per-command retry limit: the queue waits for Redis to return). */
export function createRedis(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name, lazyConnect: false });
}
