import { Module } from '@nestjs/common';
import { Koer } from '../../queue/src/koer.js';
import { BrevJobbhandler } from './brev.jobbhandler.js';
import { BrevRepository } from './brev.repository.js';
import { BrevarkivService } from './brevarkiv.service.js';
import { BrevbestillingService } from './brevbestilling.service.js';
import { BrevproduksjonService } from './brevproduksjon.service.js';
import { BrevoppfolgingService } from './brevoppfolging.service.js';
import { ForeloepigSvarRepository } from './foreloepig-svar.repository.js';
import { ForeloepigSvarService } from './foreloepig-svar.service.js';
import { OutboxRelay } from './outbox-relay.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Ordering, rendering and delivering letters through the outbox and the queue. The delivery channel
 * (`LEVERANSE`) comes from libs/svarut's LeveranseModule, imported by the app.
 */
@Module({
  providers: [
    Koer,
    BrevRepository,
    OutboxRepository,
    ForeloepigSvarRepository,
    BrevarkivService,
    BrevbestillingService,
    BrevproduksjonService,
    BrevoppfolgingService,
    ForeloepigSvarService,
    OutboxRelay,
    BrevJobbhandler,
  ],
  exports: [Koer, BrevRepository, OutboxRepository, BrevarkivService, BrevbestillingService, BrevproduksjonService, BrevoppfolgingService, ForeloepigSvarService, OutboxRelay, BrevJobbhandler],
})
export class BrevproduksjonModule {}
