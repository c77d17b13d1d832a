import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { z } from 'zod';
import { BrevproduksjonService } from '../../../libs/brevproduksjon/src/brevproduksjon.service.js';
import { RequestContext } from '../../../libs/persistence/src/tenant/request-context.js';
import { startJobbworker } from '../../../libs/queue/src/jobbworker.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { lukkWorker } from '../../../libs/queue/src/lukk.js';
import { KOER } from '../../../libs/queue/src/queues.js';

const brevJobb = z.object({ brevId: z.uuid(), kommunenummer: z.string().regex(/^\d{4}$/) });

/**
 * Renders letters, each job in its own context for the municipality in its payload. After the last attempt
 * the letter is marked failed for a leader to see and re-run.
 */
@Injectable()
export class BrevWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('BrevWorker');
  private worker: Worker | null = null;

  constructor(
    @Inject(KOBACKEND) private readonly kobackend: Kobackend,
    private readonly context: RequestContext,
    private readonly produksjon: BrevproduksjonService,
  ) {}

  start(concurrency = 1, laasMs = 30_000): void {
    this.worker = startJobbworker(this.kobackend, this.context, this.logger, {
      ko: KOER.brev,
      skjema: brevJobb,
      kommuner: (p) => [p.kommunenummer],
      utfor: (p) => this.produksjon.produser(p.brevId),
      sisteFeil: (p, melding) => this.produksjon.markerFeilet(p.brevId, melding),
      concurrency,
      laasMs,
    });
  }

  /** Graceful shutdown: finish the letter in hand, take no new ones. Workers close before queues. */
  async onApplicationShutdown(): Promise<void> {
    await lukkWorker(this.worker);
  }
}
