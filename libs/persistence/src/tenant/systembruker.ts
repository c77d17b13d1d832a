import type { DataSource } from 'typeorm';
import type { Bruker } from '../../../domain/src/felles/bruker.js';
import { KommuneEntity } from '../entities/kommune.entity.js';

/**
 * The identity background work runs as (outbox relay, letter rendering, scheduled jobs). A job for one
 * municipality runs with that municipality only, taken from its payload; the relay sees all four.
 */
export function systembruker(kommuner: readonly string[]): Bruker {
  return { id: 'system:tk-worker', navn: 'TK Lofoten (automatisk)', roller: ['saksbehandler'], kommuner };
}

export async function alleKommuner(ds: DataSource): Promise<string[]> {
  const rader = await ds.getRepository(KommuneEntity).find({ select: { kommunenummer: true } });
  return rader.map((r) => r.kommunenummer);
}
