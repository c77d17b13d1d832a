import { Module } from '@nestjs/common';
import { IdportenVerifier } from '../../../../libs/auth/src/idporten.js';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { SaksbehandlingModule } from '../../../../libs/saksbehandling/src/saksbehandling.module.js';
import { IdportenGuard } from './idporten.guard.js';
import { InnbyggersoknadController } from './innbyggersoknad.controller.js';

/** The citizens' digital form's API; registered only when ID-porten is configured. */
@Module({
  imports: [SaksbehandlingModule],
  controllers: [InnbyggersoknadController],
  providers: [IdportenGuard, { provide: IdportenVerifier, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new IdportenVerifier(c) }],
})
export class InnbyggersoknaderModule {}
