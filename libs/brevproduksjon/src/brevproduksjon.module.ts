import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { Koer } from '../../queue/src/koer.js';
import { BrevarkivService } from './brevarkiv.service.js';
import { BrevbestillingService } from './brevbestilling.service.js';
import { BrevproduksjonService } from './brevproduksjon.service.js';
import { BrevoppfolgingService } from './brevoppfolging.service.js';
import { ForeloepigSvarService } from './foreloepig-svar.service.js';
import { FilLeveranse, KommunensLeveranse, LEVERANSE } from './leveranse.js';
import { DataSource } from 'typeorm';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { SvarutLeveranse } from '../../svarut/src/svarut-leveranse.js';
import { SvarutStatusService } from '../../svarut/src/svarut-status.service.js';
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
    SvarutLeveranse,
    SvarutStatusService,
    {
      provide: LEVERANSE,
      inject: [APP_CONFIG, DataSource, Referansedata, SvarutLeveranse],
      useFactory: (c: AppConfig, ds: DataSource, ref: Referansedata, svarut: SvarutLeveranse) =>
        new KommunensLeveranse(async (knr) => (await ref.kommune(ds.manager, knr)).leveransekanal, { fil: new FilLeveranse(c.LETTER_OUTPUT_DIR), svarut }),
    },
  ],
  exports: [Koer, SvarutStatusService, BrevarkivService, BrevbestillingService, BrevproduksjonService, BrevoppfolgingService, ForeloepigSvarService, OutboxRelay],
})
export class BrevproduksjonModule {}
