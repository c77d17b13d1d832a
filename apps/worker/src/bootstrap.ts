import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo, Server } from 'node:net';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { OutboxRelay } from '../../../libs/brevproduksjon/src/outbox-relay.js';
import { ArkivService } from '../../../libs/arkiv/src/arkiv.service.js';
import { SvarutStatusService } from '../../../libs/svarut/src/svarut-status.service.js';
import { AppLogger } from '../../../libs/logging/src/app-logger.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { Jobbworkere } from './jobbworkere.js';
import { Databaser } from '../../../libs/persistence/index.js';
import { startHelseHttp, workerKlar } from './helse.js';
import { Lagervakt } from './lagervakt.js';
import { PlanlagteJobber } from './planlagte-jobber.js';
import { Vakthund } from './vakthund.js';
import { WorkerModule } from './worker.module.js';

export interface WorkerValg {
  /** Letters taken at once by this process (main.ts: WORKER_CONCURRENCY; tests leave it at one). */
  concurrency?: number;
  relay?: boolean;
  /** How often, and after how long, ordered letters with no job are queued again (Redis lost its data). */
  gjenopprettingMs?: number;
  gjenopprettEtterSek?: number;
  /** How long a job's lock lasts: a killed worker's letter is taken again after this. */
  laasMs?: number;
  planlagt?: boolean;
  /** /health/live and /health/ready on this port (0: any free port; leave out for none). */
  httpPort?: number;
  /** The watchdog's bound in seconds: with no progress for this long the process is killed (leave out for none). */
  vakthundSek?: number;
}

export interface WorkerApp extends INestApplicationContext {
  /** The port of the health endpoints, when they run. */
  helsePort?: number;
}

/** The valg main.ts takes from the validated configuration. */
export function workerValgFraConfig(config: AppConfig): WorkerValg {
  return {
    concurrency: config.WORKER_CONCURRENCY,
    laasMs: config.WORKER_LOCK_MS,
    gjenopprettingMs: config.WORKER_RECONCILE_MS,
    gjenopprettEtterSek: config.WORKER_RECONCILE_AFTER_S,
    httpPort: config.WORKER_HTTP_PORT || undefined,
    vakthundSek: config.WORKER_WATCHDOG_S,
  };
}

/**
 * Starts the worker: outbox relay, letter rendering, scheduled jobs, the watch on the queue's store, and
 * (when asked) the health endpoints and the watchdog. Used by `main.ts` and the tests.
 */
export async function startWorker(config: AppConfig, valg: WorkerValg = {}): Promise<WorkerApp> {
  const app: WorkerApp = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new AppLogger(config.LOG_LEVEL, 'worker') });
  // Webhook deliveries mostly wait on the receiver: four at once, so one slow receiver does not hold up the rest.
  app.get(Jobbworkere).start({ brevRender: { concurrency: valg.concurrency ?? 1, laasMs: valg.laasMs }, webhookLever: { concurrency: 4 } });
  const relay = (valg.relay ?? true) ? app.get(OutboxRelay) : null;
  relay?.start(250, valg.gjenopprettingMs, valg.gjenopprettEtterSek);
  // SvarUt's statuses and the archive's pass: background passes that stop with the relay, before the queues close.
  const passer = [...(config.SVARUT_URL ? [{ s: app.get(SvarutStatusService), ms: config.SVARUT_STATUS_INTERVAL_MS }] : []), { s: app.get(ArkivService), ms: config.ARKIV_INTERVAL_MS }];
  for (const p of passer) p.s.start(p.ms);
  if (valg.planlagt ?? true) await app.get(PlanlagteJobber).start();
  const lagervakt = app.get(Lagervakt);
  await lagervakt.sjekk().catch(() => undefined);
  lagervakt.start();

  const grenseMs = (valg.vakthundSek ?? 120) * 1000;
  let vakthund: Vakthund | null = null;
  let hjerte: NodeJS.Timeout | null = null;
  if (valg.vakthundSek) {
    vakthund = new Vakthund(grenseMs);
    vakthund.start();
    // Progress is a relay round and an answer from the queue's store: the older of the two counts.
    const startet = Date.now();
    hjerte = setInterval(() => vakthund!.fremdrift(Math.max(startet, Math.min(relay ? relay.sisteRunde : Infinity, lagervakt.sisteSvar))), 1000);
    hjerte.unref();
  }
  let server: Server | null = null;
  if (valg.httpPort !== undefined) {
    const db = app.get(Databaser);
    const ko = app.get<Kobackend>(KOBACKEND);
    // Readiness fails well before the watchdog acts: a quarter of its bound without a relay round.
    server = await startHelseHttp(valg.httpPort, () => workerKlar(db, ko, relay, Math.max(5000, grenseMs / 4)));
    app.helsePort = (server.address() as AddressInfo).port;
  }

  const close = app.close.bind(app);
  // SIGTERM and SIGINT close the app (not only Nest's hooks): the relay and the watch stop before the
  // workers and queues close, and the watchdog bounds the whole shutdown, stuck or not.
  const signal = (sig: NodeJS.Signals) => {
    void app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // Without a watchdog thread, a timer does the same (it cannot help a main thread that never yields).
    setTimeout(() => process.exit(sig === 'SIGTERM' ? 143 : 130), 8000).unref();
  };
  process.once('SIGTERM', signal);
  process.once('SIGINT', signal);
  app.close = async () => {
    process.off('SIGTERM', signal);
    process.off('SIGINT', signal);
    vakthund?.avslutter();
    if (hjerte) clearInterval(hjerte);
    await relay?.stopp();
    await Promise.all(passer.map((p) => p.s.stopp()));
    await lagervakt.stopp();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await close();
    await vakthund?.stopp();
  };
  return app;
}
