import { Module } from '@nestjs/common';
import { DokumenterModule } from '../../dokumenter/src/dokumenter.module.js';
import { SaksbehandlingModule } from '../../saksbehandling/src/saksbehandling.module.js';
import { PersonoversiktRepository } from './personoversikt.repository.js';
import { PersonoversiktService } from './personoversikt.service.js';

@Module({ imports: [SaksbehandlingModule, DokumenterModule], providers: [PersonoversiktService, PersonoversiktRepository], exports: [PersonoversiktService] })
export class PersonoversiktModule {}
