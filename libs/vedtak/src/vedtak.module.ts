import { Module } from '@nestjs/common';
import { BrevproduksjonModule } from '../../brevproduksjon/src/brevproduksjon.module.js';
import { SaksbehandlingModule } from '../../saksbehandling/src/saksbehandling.module.js';
import { AnbefalingService } from './anbefaling.service.js';
import { VedtakService } from './vedtak.service.js';
import { VentelisteService } from './venteliste.service.js';

/** Recommendations and decisions. */
@Module({
  imports: [SaksbehandlingModule, BrevproduksjonModule],
  providers: [AnbefalingService, VedtakService, VentelisteService],
  exports: [AnbefalingService, VedtakService, VentelisteService],
})
export class VedtakModule {}
