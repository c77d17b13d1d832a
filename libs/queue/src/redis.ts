import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { AppConfig } from '../../config/src/config.js';

export type RedisForbindelse = Redis | Cluster;

/**
 * A connection to the installation's Redis: REDIS_URL, or the Redis Cluster of REDIS_CLUSTER_NODES (the client
 * follows slot moves and a replica promoted after its master died). `valg` apply to every node's connection.
 */
export function kobleTilRedis(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>, valg: RedisOptions = {}): RedisForbindelse {
  if (!config.REDIS_CLUSTER_NODES) return new Redis(config.REDIS_URL, valg);
  const noder = config.REDIS_CLUSTER_NODES.split(',').map((n) => ({ host: n.slice(0, n.lastIndexOf(':')), port: Number(n.slice(n.lastIndexOf(':') + 1)) }));
  return new Cluster(noder, { redisOptions: valg, enableOfflineQueue: valg.enableOfflineQueue ?? true, enableReadyCheck: true });
}

/** A Redis connection as BullMQ wants it (no per-command retry limit: the queue waits for Redis to return). */
export function createRedis(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>, name: string): RedisForbindelse {
  return kobleTilRedis(config, { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name, lazyConnect: false });
}
