import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { Databaser, DATABASEEKSPORTER, databaseleverandorer, SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { Tilgang } from '../../access/src/tilgang.js';
import { KOBACKEND, lagKobackend, type Kobackend } from '../../queue/src/kobackend.js';

@Injectable()
class Nedstenging implements OnApplicationShutdown {
  constructor(
    private readonly databaser: Databaser,
    @Inject(KOBACKEND) private readonly kobackend: Kobackend,
  ) {}

  /** Graceful shutdown: the database pools and the queue's connections close after Nest has stopped taking work. */
  async onApplicationShutdown(): Promise<void> {
    await this.kobackend.lukk();
    await this.databaser.lukk();
  }
}

/**
 * The providers both processes share: config, request context, logging, database, the queue backend, the tenant
 * transaction and the one system-wide widening, the reference data, the access helper and the access log. The api adds controllers; the worker adds processors.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, service: 'api' | 'worker'): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        ...databaseleverandorer({ url: config.DATABASE_URL, lesekopiUrl: config.DATABASE_READ_URL, poolSize: config.DATABASE_POOL_SIZE }),
        { provide: KOBACKEND, useFactory: () => lagKobackend(config, service) },
        RequestContext,
        TenantTransaction,
        SystemvidTilgang,
        Referansedata,
        AuditService,
        Tilgang,
        Nedstenging,
      ],
      exports: [APP_CONFIG, ...DATABASEEKSPORTER, KOBACKEND, RequestContext, TenantTransaction, SystemvidTilgang, Referansedata, AuditService, Tilgang],
    };
  }
}
