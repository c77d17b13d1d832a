import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { ArkivRepository } from './arkiv.repository.js';
import { ArkivService } from './arkiv.service.js';
import { ARKIV_TRANSPORT, PakkeUtboks } from './transport.js';

/** Archiving through Fiks Arkiv: the worker's pass and its transport (the package outbox). */
@Module({
  providers: [ArkivRepository, ArkivService, { provide: ARKIV_TRANSPORT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new PakkeUtboks(c.ARKIV_OUTBOX_DIR) }],
  exports: [ArkivService],
})
export class ArkivModule {}
