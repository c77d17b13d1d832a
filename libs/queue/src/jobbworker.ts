import type { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import type { z } from 'zod';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { systembruker } from '../../persistence/src/tenant/systembruker.js';
import type { Kobackend } from './kobackend.js';
import type { Koenavn } from './queues.js';

export interface Jobbdefinisjon<P> {
  ko: Koenavn;
  /** The payload's shape, checked when the worker takes the job. */
  skjema: z.ZodType<P>;
  /** The municipalities the job acts for, from its payload: each job runs in its own context. */
  kommuner: (payload: P) => readonly string[];
  utfor: (payload: P, job: Job) => Promise<unknown>;
  /** Called once, after the last attempt (or at once for a domain error), with a message fit for a user. */
  sisteFeil?: (payload: P, melding: string, domenefeil: boolean) => Promise<void>;
  concurrency?: number;
  laasMs?: number;
}

/**
 * A BullMQ worker with the rules every job of this system follows: a payload that does not validate and a
 * domain error (a rule broken, e.g. an invalid template) are not retried; a technical error is, with the
 * queue's backoff; after the last attempt `sisteFeil` records it where a user can see it.
 */
export function startJobbworker<P>(backend: Kobackend, context: RequestContext, logger: Logger, def: Jobbdefinisjon<P>): Worker {
  const laasMs = def.laasMs ?? 30_000;
  const worker = backend.worker(
    def.ko,
    async (job) => {
      const parsed = def.skjema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`Ugyldig jobbdata i køen ${def.ko}`);
      try {
        return await context.kjorSom(systembruker(def.kommuner(parsed.data)), () => def.utfor(parsed.data, job));
      } catch (e) {
        if (e instanceof DomeneFeil) throw new UnrecoverableError(`${e.kode}: ${e.melding}${e.felt.length ? ` (${e.felt.map((f) => f.message).join(' ')})` : ''}`);
        throw e;
      }
    },
    {
      concurrency: def.concurrency ?? 1,
      // A killed worker's job is taken again once its lock runs out.
      lockDuration: laasMs,
      stalledInterval: Math.max(1000, Math.floor(laasMs / 2)),
    },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const domenefeil = err instanceof UnrecoverableError || err.name === 'UnrecoverableError';
    const sisteForsok = domenefeil || job.attemptsMade >= (job.opts.attempts ?? 1);
    logger.warn({ jobId: job.id, forsok: job.attemptsMade, sisteForsok, err: err.message }, 'Jobb feilet');
    const parsed = def.skjema.safeParse(job.data);
    if (!sisteForsok || !parsed.success || !def.sisteFeil) return;
    void context
      .kjorSom(systembruker(def.kommuner(parsed.data)), () => def.sisteFeil!(parsed.data, err.message, domenefeil))
      .catch((e) => logger.error({ err: e instanceof Error ? e.message : String(e) }, 'Kunne ikke registrere at jobben feilet'));
  });
  worker.on('error', (err) => logger.warn({ err: err.message }, 'Køfeil'));
  return worker;
}
