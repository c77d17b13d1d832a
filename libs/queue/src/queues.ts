/**
 * Queue and job names in one place. Every job payload has a type here and is validated when the worker
 * takes it; the tenant travels in the payload.
 */
export const KOER = {
  brev: 'brev',
  rapporter: 'rapporter',
  planlagt: 'planlagt',
  webhook: 'webhook',
} as const;

export type Koenavn = (typeof KOER)[keyof typeof KOER];
