import type { Bruker } from '../../../domain/src/felles/bruker.js';

/**
 * The identity background work runs as (outbox relay, letter rendering, scheduled jobs). A job for one
 * municipality runs with that municipality only, taken from its payload; the relay sees all four.
 */
export function systembruker(kommuner: readonly string[]): Bruker {
  return { id: 'system:tk-worker', navn: 'TK Lofoten (automatisk)', roller: ['saksbehandler'], kommuner };
}
