import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { ForeloepigSvarService } from '../../../libs/brevproduksjon/src/foreloepig-svar.service.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { Koer } from '../../../libs/queue/src/koer.js';
import { PLANER } from '../../../libs/queue/index.js';
import { lukkWorker } from '../../../libs/queue/src/lukk.js';

/**
 * Scheduled jobs: the interim-reply sweep (fvl. § 11 a) runs every hour, and once at every start. The
 * schedule lives in the queue's store, so it is registered again whenever that store turns out to be new
 * or emptied (see Lagervakt); registering is idempotent.
 */
@Injectable()
export class PlanlagteJobber implements OnApplicationShutdown {
  private readonly logger = new Logger('PlanlagteJobber');
  private worker: Worker | null = null;

  constructor(
    @Inject(KOBACKEND) private readonly backend: Kobackend,
    private readonly koer: Koer,
    private readonly foreloepigSvar: ForeloepigSvarService,
  ) {}

  get startet(): boolean {
    return this.worker !== null;
  }

  async start(): Promise<void> {
    this.worker = this.backend.worker(
      PLANER.foreloepigSvar.ko,
      async (job) => (job.name === PLANER.foreloepigSvar.navn ? this.sveip() : null),
      { concurrency: 1 },
    );
    this.worker.on('error', (err) => this.logger.warn({ err: err.message }, 'Køfeil'));
    await this.registrer();
    await this.sveip().catch((e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Foreløpige svar ved oppstart feilet; kjøres ved neste planlagte runde'));
  }

  /** Creates or updates the schedule in the queue's store. */
  async registrer(): Promise<void> {
    const plan = PLANER.foreloepigSvar;
    await this.koer.ko(plan.ko).upsertJobScheduler(plan.navn, { every: plan.hverMs }, { name: plan.navn });
  }

  private async sveip() {
    const r = await this.foreloepigSvar.kjor();
    this.logger.log({ bestilt: r.bestilt }, 'Foreløpige svar bestilt');
    return r;
  }

  async onApplicationShutdown(): Promise<void> {
    await lukkWorker(this.worker);
  }
}
