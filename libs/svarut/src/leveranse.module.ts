import { Global, Module } from '@nestjs/common';
import { FilLeveranse, KommunensLeveranse, LEVERANSE } from '../../brevproduksjon/src/leveranse.js';
import { BrevRepository } from '../../brevproduksjon/index.js';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { SvarutLeveranse } from './svarut-leveranse.js';
import { SvarutStatusService } from './svarut-status.service.js';
import { SvarutRepository } from './svarut.repository.js';

/**
 * The letters' delivery channels (file drop or SvarUt, per municipality) behind brevproduksjon's `LEVERANSE`
 * port. Global, because the channel plugs into the port: brevproduksjon knows no channel, and importing
 * this module there would turn the dependency round. The apps import it once, at their root.
 */
@Global()
@Module({
  providers: [
    BrevRepository,
    SvarutRepository,
    SvarutLeveranse,
    SvarutStatusService,
    {
      provide: LEVERANSE,
      inject: [APP_CONFIG, Referansedata, SvarutLeveranse],
      useFactory: (c: AppConfig, ref: Referansedata, svarut: SvarutLeveranse) =>
        new KommunensLeveranse(async (knr) => (await ref.kommune(undefined, knr)).leveransekanal, { fil: new FilLeveranse(c.LETTER_OUTPUT_DIR), svarut }),
    },
  ],
  exports: [LEVERANSE, SvarutStatusService],
})
export class LeveranseModule {}
