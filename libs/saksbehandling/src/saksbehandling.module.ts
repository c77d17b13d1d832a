import { Module } from '@nestjs/common';
import { BrevproduksjonModule } from '../../brevproduksjon/src/brevproduksjon.module.js';
import { DokumenterModule } from '../../dokumenter/src/dokumenter.module.js';
import { InnbyggersoknadService } from './innbyggersoknad.service.js';
import { KartleggingService } from './kartlegging.service.js';
import { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';
import { ReferanseRepository } from './referanse.repository.js';
import { SaksflytService } from './saksflyt.service.js';
import { SaksmappeRepository } from './saksmappe.repository.js';
import { SoknadRepository } from './soknad.repository.js';
import { SoknadService } from './soknad.service.js';

/**
 * Applications and the case lifecycle, shared by the api and the worker. Imports letter production to order
 * the letters of a withdrawal or dismissal, and documents to register the digital form's attachments; no cycle: BrevproduksjonModule imports no capability module.
 */
@Module({
  imports: [BrevproduksjonModule, DokumenterModule],
  providers: [SoknadService, PersonService, KartleggingService, SaksflytService, InnbyggersoknadService, SoknadRepository, PersonRepository, SaksmappeRepository, ReferanseRepository],
  exports: [SoknadService, PersonService, KartleggingService, SaksflytService, InnbyggersoknadService, SoknadRepository, PersonRepository, SaksmappeRepository, ReferanseRepository],
})
export class SaksbehandlingModule {}
