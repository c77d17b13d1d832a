import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { createDataSource } from '../../persistence/src/data-source.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { Tilgang } from '../../access/src/tilgang.js';
import { createRedis } from '../../queue/src/redis.js';

export const REDIS = Symbol('REDIS');

@Injectable()
class Nedstenging implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Graceful shutdown: the database pool and Redis close after Nest has stopped taking work. */
  async onApplicationShutdown(): Promise<void> {
    // quit() waits for a reply; with Redis unreachable that would never come.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The providers both processes share: config, request context, logging, database, Redis, the tenant
 * transaction, the access helper and the access log. The api adds controllers; the worker adds processors.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, service: 'api' | 'worker'): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: DataSource,
          useFactory: async () => {
            const ds = createDataSource(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
            return ds.initialize();
          },
        },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, `tk-${service}`) },
        RequestContext,
        TenantTransaction,
        AuditService,
        Tilgang,
        Nedstenging,
      ],
      exports: [APP_CONFIG, DataSource, REDIS, RequestContext, TenantTransaction, AuditService, Tilgang],
    };
  }
}
