import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { lukkWorker } from '../../queue/src/lukk.js';
import type { Worker } from 'bullmq';
import { z } from 'zod';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { startJobbworker } from '../../queue/src/jobbworker.js';
import { KOBACKEND, type Kobackend } from '../../queue/src/kobackend.js';
import { KOER } from '../../queue/src/queues.js';
import { RapportBeregning } from './rapport.beregning.js';
import { RapportRepository } from './rapport.repository.js';

const rapportJobb = z.object({
  rapportId: z.uuid(),
  type: z.enum(['likebehandling', 'anonymisert']),
  kommuner: z.array(z.string().regex(/^\d{4}$/)).min(1),
  aar: z.number().int().min(2000).max(2100),
});

/**
 * Computes ordered reports from the `rapporter` queue (started by the worker process). Each job runs as the
 * system user for exactly the report's municipalities, taken from the payload. A domain error (e.g. a
 * release that earlier releases would make unsafe) is not retried; a technical one is, with backoff.
 */
@Injectable()
export class RapportWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('RapportWorker');
  private worker: Worker | null = null;

  constructor(
    @Inject(KOBACKEND) private readonly kobackend: Kobackend,
    private readonly context: RequestContext,
    private readonly beregning: RapportBeregning,
    private readonly repo: RapportRepository,
  ) {}

  start(): void {
    // One report at a time per process: anonymised releases are also serialised by an advisory lock.
    this.worker = startJobbworker(this.kobackend, this.context, this.logger, {
      ko: KOER.rapporter,
      skjema: rapportJobb,
      kommuner: (p) => p.kommuner,
      utfor: (p) => this.beregning.beregn(p),
      // Only a domain error's message is shown to the user; a technical one is answered generically.
      sisteFeil: (p, melding, domenefeil) =>
        this.repo.markerFeilet(p.rapportId, domenefeil ? melding.replace(/^[A-Z_a-z]+: /, '') : 'Rapporten kunne ikke lages på grunn av en teknisk feil.'),
      laasMs: 120_000,
    });
  }

  /** Graceful shutdown: finish the report in hand, take no new ones. */
  async onApplicationShutdown(): Promise<void> {
    await lukkWorker(this.worker);
  }
}
