import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { Koer } from '../../queue/src/koer.js';
import { BrevarkivService } from './brevarkiv.service.js';
import { BrevbestillingService } from './brevbestilling.service.js';
import { BrevproduksjonService } from './brevproduksjon.service.js';
import { BrevoppfolgingService } from './brevoppfolging.service.js';
import { ForeloepigSvarService } from './foreloepig-svar.service.js';
import { FilLeveranse, LEVERANSE } from './leveranse.js';
import { OutboxRelay } from './outbox-relay.js';

/** Ordering, rendering and delivering letters through the outbox and the queue. */
@Module({
  providers: [
    Koer,
    BrevarkivService,
    BrevbestillingService,
    BrevproduksjonService,
    BrevoppfolgingService,
    ForeloepigSvarService,
    OutboxRelay,
    { provide: LEVERANSE, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new FilLeveranse(c.LETTER_OUTPUT_DIR) },
  ],
  exports: [Koer, BrevarkivService, BrevbestillingService, BrevproduksjonService, BrevoppfolgingService, ForeloepigSvarService, OutboxRelay],
})
export class BrevproduksjonModule {}
