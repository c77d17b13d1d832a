import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { KOBACKEND, type Kobackend } from './kobackend.js';
import { lukkWorker } from './lukk.js';
import { KOER, type Koenavn } from './queues.js';

/** Retries with backoff for technical errors; domain errors are marked unrecoverable by the processor. */
export const STANDARD_JOBBVALG = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** The queues, one instance each per process, with the installation's key prefix. */
@Injectable()
export class Koer implements OnModuleDestroy {
  private readonly koer = new Map<Koenavn, Queue>();

  constructor(@Inject(KOBACKEND) private readonly backend: Kobackend) {}

  ko(navn: Koenavn): Queue {
    let q = this.koer.get(navn);
    if (!q) {
      q = this.backend.ko(navn, { defaultJobOptions: STANDARD_JOBBVALG });
      q.on('error', () => undefined); // connection errors surface on the calls; the relay retries
      this.koer.set(navn, q);
    }
    return q;
  }

  /** Drops every queue's connections (one hung on a half-dead connection); the next call opens new ones. */
  async forny(): Promise<void> {
    const gamle = [...this.koer.values()];
    this.koer.clear();
    await Promise.all(gamle.map((q) => lukkWorker(q, 2000).catch(() => undefined)));
  }

  alle(): Koenavn[] {
    return Object.values(KOER);
  }

  /** Queues close after the workers (the worker module closes its workers first). */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.koer.values()].map((q) => lukkWorker(q, 5000).catch(() => undefined)));
  }
}
