import { Module } from '@nestjs/common';
import { SaksbehandlingModule } from '../../saksbehandling/src/saksbehandling.module.js';
import { SokService } from './sok.service.js';

@Module({ imports: [SaksbehandlingModule], providers: [SokService], exports: [SokService] })
export class SokModule {}
