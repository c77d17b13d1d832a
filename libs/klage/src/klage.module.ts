import { Module } from '@nestjs/common';
import { BrevproduksjonModule } from '../../brevproduksjon/src/brevproduksjon.module.js';
import { SaksbehandlingModule } from '../../saksbehandling/src/saksbehandling.module.js';
import { KlageRepository } from './klage.repository.js';
import { KlageService } from './klage.service.js';

@Module({ imports: [SaksbehandlingModule, BrevproduksjonModule], providers: [KlageService, KlageRepository], exports: [KlageService] })
export class KlageModule {}
