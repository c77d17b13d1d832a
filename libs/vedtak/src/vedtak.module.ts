import { Module } from '@nestjs/common';
import { BrevproduksjonModule } from '../../brevproduksjon/index.js';
import { SaksbehandlingModule } from '../../saksbehandling/index.js';
import { AnbefalingRepository } from './anbefaling.repository.js';
import { AnbefalingService } from './anbefaling.service.js';
import { LikebehandlingService } from './likebehandling.service.js';
import { VedtakRepository } from './vedtak.repository.js';
import { VedtakService } from './vedtak.service.js';
import { VedtaksbrevService } from './vedtaksbrev.service.js';
import { VedtaksgrunnlagService } from './vedtaksgrunnlag.service.js';
import { VedtaksvisningService } from './vedtaksvisning.service.js';
import { VentelisteRepository } from './venteliste.repository.js';
import { VentelisteService } from './venteliste.service.js';

/** Recommendations and decisions. */
@Module({
  imports: [SaksbehandlingModule, BrevproduksjonModule],
  providers: [
    AnbefalingRepository,
    VedtakRepository,
    VentelisteRepository,
    AnbefalingService,
    VedtaksgrunnlagService,
    LikebehandlingService,
    VedtaksbrevService,
    VedtaksvisningService,
    VedtakService,
    VentelisteService,
  ],
  exports: [AnbefalingService, VedtakService, VedtaksbrevService, VedtaksvisningService, VentelisteService],
})
export class VedtakModule {}
