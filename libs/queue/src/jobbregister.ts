import type { Job, JobsOptions } from 'bullmq';
import { z } from 'zod';
import { KOER, type Koenavn } from './queues.js';

/**
 * Every job of the system in one place, shared by the api (which orders jobs through the outbox) and the
 * worker (which runs them): its queue, its name, its payload's shape, the municipalities it acts for, and the
 * retry policy of its queue. A job here without a handler in the worker does not compile (apps/worker's
 * Jobbworkere takes one handler per entry).
 */

/** Retries with backoff for technical errors; domain errors are marked unrecoverable by the processor. */
const MED_GJENTAKELSE = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const satisfies JobsOptions;

/**
 * Webhook deliveries: a receiver may be away for a while (a deploy, a night's maintenance). Twelve attempts,
 * each wait twice the one before from 2 s: the last try comes about 68 minutes after the first (see
 * `ventetider`); after it the delivery log says `feilet`.
 */
export const WEBHOOK_GJENTAKELSE = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const satisfies JobsOptions;

/** The waits in ms before each retry of a job with this exponential policy (BullMQ: delay · 2^(n−1) before retry n). */
export function ventetider(valg: { attempts: number; backoff: { type: 'exponential'; delay: number } }): number[] {
  return Array.from({ length: valg.attempts - 1 }, (_, i) => valg.backoff.delay * 2 ** i);
}

/** Each queue's retry policy: the default options of every job added to it. */
export const KOVALG: Record<Koenavn, JobsOptions> = {
  brev: MED_GJENTAKELSE,
  rapporter: MED_GJENTAKELSE,
  planlagt: MED_GJENTAKELSE,
  webhook: WEBHOOK_GJENTAKELSE,
};

interface Jobbtype<S extends z.ZodType> {
  ko: Koenavn;
  navn: string;
  /** The payload's shape, checked when the worker takes the job. */
  skjema: S;
  /** The municipalities the job acts for, from its payload: each job runs in its own context. */
  kommuner: (payload: z.infer<S>) => readonly string[];
  /** How long a job's lock lasts: a killed worker's job is taken again after it. */
  laasMs: number;
  /** The deterministic job id: an outbox row published twice queues one job. */
  jobbId: (payload: z.infer<S>) => string;
}

const jobbtype = <S extends z.ZodType>(t: Jobbtype<S>) => t;

export const JOBBER = {
  /** Render and deliver one letter. */
  brevRender: jobbtype({
    ko: KOER.brev,
    navn: 'render',
    skjema: z.object({ brevId: z.uuid(), kommunenummer: z.string().regex(/^\d{4}$/) }),
    kommuner: (p) => [p.kommunenummer],
    laasMs: 30_000,
    jobbId: (p) => `brev-${p.brevId}`,
  }),
  /** Compute one ordered report (a report can take minutes: a long lock). */
  rapportBeregn: jobbtype({
    ko: KOER.rapporter,
    navn: 'beregn',
    skjema: z.object({
      rapportId: z.uuid(),
      type: z.enum(['likebehandling', 'anonymisert']),
      kommuner: z.array(z.string().regex(/^\d{4}$/)).min(1),
      aar: z.number().int().min(2000).max(2100),
    }),
    kommuner: (p) => p.kommuner,
    laasMs: 120_000,
    jobbId: (p) => `rapport-${p.rapportId}`,
  }),
  /** Deliver one event to one subscription's receiver (the delivery row names both). */
  webhookLever: jobbtype({
    ko: KOER.webhook,
    navn: 'lever',
    skjema: z.object({ leveranseId: z.uuid(), kommunenummer: z.string().regex(/^\d{4}$/) }),
    kommuner: (p) => [p.kommunenummer],
    laasMs: 30_000,
    jobbId: (p) => `webhook-${p.leveranseId}`,
  }),
};

export type Jobbnavn = keyof typeof JOBBER;
export type Jobbdata<N extends Jobbnavn> = z.infer<(typeof JOBBER)[N]['skjema']>;

/** The scheduled jobs: the queue's store repeats them (registered again whenever that store is new). */
export const PLANER = {
  /** The interim-reply sweep (fvl. § 11 a), every hour. */
  foreloepigSvar: { ko: KOER.planlagt, navn: 'foreloepig-svar', hverMs: 3_600_000 },
} as const;

/** What one side effect does with its job; the worker wires each to its queue with the registry's rules. */
export interface Jobbhandler<N extends Jobbnavn> {
  utfor(payload: Jobbdata<N>, job: Job): Promise<unknown>;
  /** Called once, after the last attempt (or at once for a domain error), with a message fit for a user. */
  sisteFeil?(payload: Jobbdata<N>, melding: string, domenefeil: boolean): Promise<void>;
}

/**
 * An outbox row's job fields, in the caller's transaction (the relay queues it after the commit). The payload
 * is typed `never` because TypeORM's insert type for a jsonb column accepts no plain object type.
 */
export function utboksjobb<N extends Jobbnavn>(jobb: N, payload: Jobbdata<N>, jobbId?: string): { ko: Koenavn; jobbnavn: string; jobbId: string; payload: never } {
  const t = JOBBER[jobb] as unknown as Jobbtype<z.ZodType<Jobbdata<N>>>;
  return { ko: t.ko, jobbnavn: t.navn, jobbId: jobbId ?? t.jobbId(payload), payload: payload as never };
}
