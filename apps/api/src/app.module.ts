import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { APP_CONFIG } from '../../../libs/config/src/config.js';
import { TokenVerifier } from '../../../libs/auth/src/token-verifier.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { HealthController } from './health/health.controller.js';
import { AuthGuard } from './http/auth.guard.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { IdempotensInterceptor } from './http/idempotens.js';
import { IdempotensRepository } from './http/idempotens.repository.js';
import { VersjonInterceptor } from './http/versjon.js';
import { KommuneController } from './kommuner/kommune.controller.js';
import { KommuneRepository } from './kommuner/kommune.repository.js';
import { KommuneService } from './kommuner/kommune.service.js';
import { SaksbehandlingModule } from '../../../libs/saksbehandling/src/saksbehandling.module.js';
import { TilgangsloggService } from '../../../libs/saksbehandling/src/tilgangslogg.service.js';
import { SoknadController } from './soknader/soknad.controller.js';
import { TildelingskriterierModule } from './tildelingskriterier/tildelingskriterier.module.js';
import { BrevmalerModule } from './brevmaler/brevmaler.module.js';
import { VedtakModule } from '../../../libs/vedtak/src/vedtak.module.js';
import { VedtakController } from './vedtak/vedtak.controller.js';
import { KlageModule } from '../../../libs/klage/src/klage.module.js';
import { HendelserModule } from '../../../libs/hendelser/index.js';
import { HendelseController } from './hendelser/hendelse.controller.js';
import { AbonnementerModule } from '../../../libs/abonnementer/index.js';
import { AbonnementController } from './abonnementer/abonnement.controller.js';
import { BrevproduksjonModule } from '../../../libs/brevproduksjon/src/brevproduksjon.module.js';
import { LeveranseModule } from '../../../libs/svarut/src/leveranse.module.js';
import { KlageController } from './klager/klage.controller.js';
import { BrevController } from './brev/brev.controller.js';
import { VentelisteController } from './venteliste/venteliste.controller.js';
import { RapporterApiModule } from './rapporter/rapporter-api.module.js';
import { TilgangsloggController } from './tilgangslogg/tilgangslogg.controller.js';
import { TjenesteController } from './tjenester/tjeneste.controller.js';
import { DevModule } from './dev/dev.module.js';
import { InnloggingModule } from './innlogging/innlogging.module.js';
import { InnbyggersoknaderModule } from './innbyggersoknader/innbyggersoknader.module.js';
import { DokumenterModule } from '../../../libs/dokumenter/index.js';
import { InnboksModule } from '../../../libs/innboks/index.js';
import { PersonoversiktModule } from '../../../libs/personoversikt/index.js';
import { SokModule } from '../../../libs/sok/index.js';
import { DokumentController } from './dokumenter/dokument.controller.js';
import { InnboksController } from './innboks/innboks.controller.js';
import { PersonController } from './personer/person.controller.js';
import { SokController } from './sok/sok.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, 'api'),
        TerminusModule.forRoot({ logger: false }),
        SaksbehandlingModule,
        VedtakModule,
        KlageModule,
        LeveranseModule,
        HendelserModule,
        AbonnementerModule,
        BrevproduksjonModule,
        RapporterApiModule,
        TildelingskriterierModule,
        BrevmalerModule,
        InnloggingModule,
        DokumenterModule,
        SokModule,
        PersonoversiktModule,
        InnboksModule,
        // The web app's demo sign-in (POST /dev/token): never registered in production or without the HS256 secret.
        ...(config.NODE_ENV !== 'production' && config.AUTH_JWT_SECRET ? [DevModule] : []),
        // The citizens' digital form: only where the municipality has an ID-porten integration.
        ...(config.IDPORTEN_JWKS_URL ? [InnbyggersoknaderModule] : []),
      ],
      controllers: [HealthController, KommuneController, TjenesteController, SoknadController, TilgangsloggController, VedtakController, KlageController, BrevController, VentelisteController, DokumentController, SokController, PersonController, InnboksController, HendelseController, AbonnementController],
      providers: [
        KommuneRepository,
        KommuneService,
        TilgangsloggService,
        {
          provide: TokenVerifier,
          inject: [APP_CONFIG, KommuneService],
          useFactory: async (c: AppConfig, kommuner: KommuneService) => new TokenVerifier(c, await kommuner.kommunenumre()),
        },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: AuthGuard },
        IdempotensRepository,
        { provide: APP_INTERCEPTOR, useClass: IdempotensInterceptor },
        { provide: APP_INTERCEPTOR, useClass: VersjonInterceptor },
      ],
    };
  }
}
