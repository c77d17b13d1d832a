import type { Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import { kobleTilRedis } from '../../../../libs/queue/src/redis.js';

/**
 * Where the rate limit counts requests: in this process (`memory`, one count per API replica), or in Redis
 * (`redis`: REDIS_URL or the Redis Cluster), where every replica behind the same load balancer shares one count per client. Keys sit under the
 * installation's QUEUE_PREFIX, so a hash-tagged prefix (`{tk}`) keeps them in one Redis Cluster slot too.
 */
export function foresporselsteller(config: AppConfig): { store?: Store; lukk: () => void } {
  if (config.RATE_LIMIT_STORE === 'memory') return { lukk: () => undefined };
  const redis = kobleTilRedis(config, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  // A lost Redis is logged by the limiter (passOnStoreError) and retried by ioredis; no unhandled error event.
  redis.on('error', () => undefined);
  const store = new RedisStore({
    prefix: `${config.QUEUE_PREFIX}:foresporselsgrense:`,
    sendCommand: (kommando: string, ...argumenter: string[]) => redis.call(kommando, ...argumenter) as never,
  });
  return { store, lukk: () => redis.disconnect() };
}
