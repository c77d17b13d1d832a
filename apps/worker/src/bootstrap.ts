import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { OutboxRelay } from '../../../libs/brevproduksjon/src/outbox-relay.js';
import { ArkivService } from '../../../libs/arkiv/src/arkiv.service.js';
import { SvarutStatusService } from '../../../libs/svarut/src/svarut-status.service.js';
import { AppLogger } from '../../../libs/logging/src/app-logger.js';
import { BrevWorker } from './brev.worker.js';
import { PlanlagteJobber } from './planlagte-jobber.js';
import { RapportWorker } from '../../../libs/rapporter/src/rapport.worker.js';
import { WorkerModule } from './worker.module.js';

export interface WorkerValg {
  /** Letters rendered at once in this process (rendering is CPU-bound: scale with processes instead). */
  concurrency?: number;
  relay?: boolean;
  /** How often, and after how long, ordered letters with no job are queued again (Redis lost its data). */
  gjenopprettingMs?: number;
  gjenopprettEtterSek?: number;
  /** How long a job's lock lasts: a killed worker's letter is taken again after this. */
  laasMs?: number;
  planlagt?: boolean;
}

/** Starts the worker: outbox relay, letter rendering, scheduled jobs. Used by `main.ts` and the tests. */
export async function startWorker(config: AppConfig, valg: WorkerValg = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new AppLogger(config.LOG_LEVEL, 'worker') });
  app.enableShutdownHooks();
  app.get(BrevWorker).start(valg.concurrency ?? 1, valg.laasMs);
  app.get(RapportWorker).start();
  if (valg.relay ?? true) {
    const relay = app.get(OutboxRelay);
    relay.start(250, valg.gjenopprettingMs, valg.gjenopprettEtterSek);
    const close = app.close.bind(app);
    // The relay stops before the workers and queues close.
    app.close = async () => {
      await relay.stopp();
      await close();
    };
  }
  // SvarUt's statuses and the archive's pass: background passes that stop before the queues close.
  const passer = [...(config.SVARUT_URL ? [{ s: app.get(SvarutStatusService), ms: config.SVARUT_STATUS_INTERVAL_MS }] : []), { s: app.get(ArkivService), ms: config.ARKIV_INTERVAL_MS }];
  for (const p of passer) p.s.start(p.ms);
  const lukk = app.close.bind(app);
  app.close = async () => {
    await Promise.all(passer.map((p) => p.s.stopp()));
    await lukk();
  };
  if (valg.planlagt ?? true) await app.get(PlanlagteJobber).start();
  return app;
}
