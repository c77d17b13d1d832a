import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { ForeloepigSvarService } from '../../../libs/brevproduksjon/src/foreloepig-svar.service.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { Koer } from '../../../libs/queue/src/koer.js';
import { KOER } from '../../../libs/queue/src/queues.js';
import { lukkWorker } from '../../../libs/queue/src/lukk.js';

/** Scheduled jobs: the interim-reply sweep runs every hour (and once at start). */
@Injectable()
export class PlanlagteJobber implements OnApplicationShutdown {
  private readonly logger = new Logger('PlanlagteJobber');
  private worker: Worker | null = null;

  constructor(
    @Inject(KOBACKEND) private readonly backend: Kobackend,
    private readonly koer: Koer,
    private readonly foreloepigSvar: ForeloepigSvarService,
  ) {}

  async start(): Promise<void> {
    await this.koer.ko(KOER.planlagt).upsertJobScheduler('foreloepig-svar', { every: 3_600_000, immediately: true }, { name: 'foreloepig-svar' });
    this.worker = this.backend.worker(
      KOER.planlagt,
      async (job) => {
        if (job.name !== 'foreloepig-svar') return null;
        const r = await this.foreloepigSvar.kjor();
        this.logger.log({ bestilt: r.bestilt }, 'Foreløpige svar bestilt');
        return r;
      },
      { concurrency: 1 },
    );
    this.worker.on('error', (err) => this.logger.warn({ err: err.message }, 'Køfeil'));
  }

  async onApplicationShutdown(): Promise<void> {
    await lukkWorker(this.worker);
  }
}
