import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { WebhookJobbhandler } from '../../../libs/abonnementer/index.js';
import { BrevJobbhandler } from '../../../libs/brevproduksjon/index.js';
import { RequestContext } from '../../../libs/persistence/index.js';
import { RapportJobbhandler } from '../../../libs/rapporter/index.js';
import { JOBBER, KOBACKEND, lukkWorker, startJobbworker, type Jobbhandler, type Jobbnavn, type Kobackend } from '../../../libs/queue/index.js';

/** Per job, what the installation may set: how many at once per process, and the lock length. */
export type Jobbvalg = Partial<Record<Jobbnavn, { concurrency?: number; laasMs?: number }>>;

/**
 * The one place job handlers are wired: one worker per job of the registry (libs/queue's JOBBER), each with
 * the registry's payload check, municipalities and lock, and the same rules for retries and the last failure.
 */
@Injectable()
export class Jobbworkere implements OnApplicationShutdown {
  private readonly workere: Worker[] = [];
  private readonly handlere: { [N in Jobbnavn]: Jobbhandler<N> };

  constructor(
    @Inject(KOBACKEND) private readonly kobackend: Kobackend,
    private readonly context: RequestContext,
    brev: BrevJobbhandler,
    rapport: RapportJobbhandler,
    webhook: WebhookJobbhandler,
  ) {
    this.handlere = { brevRender: brev, rapportBeregn: rapport, webhookLever: webhook };
  }

  start(valg: Jobbvalg = {}): void {
    for (const navn of Object.keys(JOBBER) as Jobbnavn[]) this.workere.push(this.startEn(navn, valg[navn] ?? {}));
  }

  private startEn<N extends Jobbnavn>(navn: N, valg: { concurrency?: number; laasMs?: number }): Worker {
    const jobb = JOBBER[navn];
    const handler = this.handlere[navn] as Jobbhandler<Jobbnavn>;
    return startJobbworker(this.kobackend, this.context, new Logger(`Jobb:${navn}`), {
      ko: jobb.ko,
      skjema: jobb.skjema,
      kommuner: jobb.kommuner as (p: unknown) => readonly string[],
      utfor: (p, job) => handler.utfor(p as never, job),
      sisteFeil: handler.sisteFeil ? (p, melding, domenefeil) => handler.sisteFeil!(p as never, melding, domenefeil) : undefined,
      concurrency: valg.concurrency ?? 1,
      laasMs: valg.laasMs ?? jobb.laasMs,
    });
  }

  /** Graceful shutdown: finish the jobs in hand, take no new ones. Workers close before queues. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workere.map((w) => lukkWorker(w)));
  }
}
