import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { AbonnementerModule } from '../../../libs/abonnementer/index.js';
import { ArkivModule } from '../../../libs/arkiv/src/arkiv.module.js';
import { BrevproduksjonModule } from '../../../libs/brevproduksjon/src/brevproduksjon.module.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { RapporterModule } from '../../../libs/rapporter/src/rapporter.module.js';
import { LeveranseModule } from '../../../libs/svarut/src/leveranse.module.js';
import { Jobbworkere } from './jobbworkere.js';
import { Lagervakt } from './lagervakt.js';
import { PlanlagteJobber } from './planlagte-jobber.js';

/** The worker: the same services and repositories as the api, no controllers. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, 'worker'), LeveranseModule, BrevproduksjonModule, RapporterModule, ArkivModule, AbonnementerModule],
      providers: [Jobbworkere, PlanlagteJobber, Lagervakt],
    };
  }
}
