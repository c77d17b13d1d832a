import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { KOBACKEND, type Kobackend } from './kobackend.js';
import { lukkWorker } from './lukk.js';
import { KOVALG } from './jobbregister.js';
import { KOER, type Koenavn } from './queues.js';

/** The queues, one instance each per process, with the installation's key prefix and each queue's retry policy. */
@Injectable()
export class Koer implements OnModuleDestroy {
  private readonly koer = new Map<Koenavn, Queue>();

  constructor(@Inject(KOBACKEND) private readonly backend: Kobackend) {}

  ko(navn: Koenavn): Queue {
    let q = this.koer.get(navn);
    if (!q) {
      q = this.backend.ko(navn, { defaultJobOptions: KOVALG[navn] });
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
