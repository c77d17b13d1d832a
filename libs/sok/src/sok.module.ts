import { Module } from '@nestjs/common';
import { SaksbehandlingModule } from '../../saksbehandling/src/saksbehandling.module.js';
import { SokRepository } from './sok.repository.js';
import { SokService } from './sok.service.js';

@Module({ imports: [SaksbehandlingModule], providers: [SokService, SokRepository], exports: [SokService] })
export class SokModule {}
