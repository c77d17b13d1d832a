import { Injectable } from '@nestjs/common';
import type { Jobbdata, Jobbhandler } from '../../queue/index.js';
import { RapportBeregning } from './rapport.beregning.js';
import { RapportRepository } from './rapport.repository.js';

/**
 * Computes an ordered report, as the system user for exactly the report's municipalities (from the payload).
 * A domain error (e.g. a release that earlier releases would make unsafe) is not retried; a technical one is,
 * with backoff. One report at a time per process: anonymised releases are also serialised by an advisory lock.
 */
@Injectable()
export class RapportJobbhandler implements Jobbhandler<'rapportBeregn'> {
  constructor(
    private readonly beregning: RapportBeregning,
    private readonly repo: RapportRepository,
  ) {}

  utfor(p: Jobbdata<'rapportBeregn'>): Promise<unknown> {
    return this.beregning.beregn(p);
  }

  // Only a domain error's message is shown to the user; a technical one is answered generically.
  sisteFeil(p: Jobbdata<'rapportBeregn'>, melding: string, domenefeil: boolean): Promise<void> {
    return this.repo.markerFeilet(p.rapportId, domenefeil ? melding.replace(/^[A-Z_a-z]+: /, '') : 'Rapporten kunne ikke lages på grunn av en teknisk feil.');
  }
}
