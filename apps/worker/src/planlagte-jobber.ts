import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { ForeloepigSvarService } from '../../../libs/brevproduksjon/src/foreloepig-svar.service.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { Koer } from '../../../libs/queue/src/koer.js';
import { KOER } from '../../../libs/queue/src/queues.js';
import { lukkWorker } from '../../../libs/queue/src/lukk.js';

export const FORELOEPIG_SVAR_PLAN = 'foreloepig-svar';

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
      KOER.planlagt,
      async (job) => (job.name === FORELOEPIG_SVAR_PLAN ? this.sveip() : null),
      { concurrency: 1 },
    );
    this.worker.on('error', (err) => this.logger.warn({ err: err.message }, 'Køfeil'));
    await this.registrer();
    await this.sveip().catch((e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Foreløpige svar ved oppstart feilet; kjøres ved neste planlagte runde'));
  }

  /** Creates or updates the schedule in the queue's store. */
  async registrer(): Promise<void> {
    await this.koer.ko(KOER.planlagt).upsertJobScheduler(FORELOEPIG_SVAR_PLAN, { every: 3_600_000 }, { name: FORELOEPIG_SVAR_PLAN });
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
