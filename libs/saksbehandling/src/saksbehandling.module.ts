import { Module } from '@nestjs/common';
import { KartleggingService } from './kartlegging.service.js';
import { PersonService } from './person.service.js';
import { SaksflytService } from './saksflyt.service.js';
import { SoknadService } from './soknad.service.js';

/** Applications and the case lifecycle, shared by the api and the worker. */
@Module({
  providers: [SoknadService, PersonService, KartleggingService, SaksflytService],
  exports: [SoknadService, PersonService, KartleggingService, SaksflytService],
})
export class SaksbehandlingModule {}
