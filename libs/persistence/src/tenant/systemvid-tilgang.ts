import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Bruker } from '../../../domain/index.js';
import { Referansedata } from '../referansedata.js';
import { RequestContext } from './request-context.js';
import { systembruker } from './systembruker.js';

/**
 * Every reason the code has to act for all the office's municipalities at once. docs/tenancy.md lists each
 * with its call site, and a unit test (systemvid-tilgang.spec.ts) fails when the code and that list differ.
 */
export const SYSTEMVIDE_GRUNNER = {
  utboks: 'the outbox relay publishes every municipality’s letters and jobs in one round',
  foreloepigSvar: 'the daily interim-reply sweep finds the cases of every municipality that need one',
  kontorstrata: 'the leader report’s expected values are the whole office’s rates per stratum (no row leaves the query)',
  anonymisertRapport: 'the union representatives’ report always covers the whole office',
  innbyggerkvittering: 'a citizen reads their own receipt without naming the municipality; the query matches the sender’s search key',
} as const;

export type SystemvidGrunn = keyof typeof SYSTEMVIDE_GRUNNER;

/**
 * The one named, greppable way to widen to every municipality (`forAlleKommuner`). Everything else runs for the
 * municipalities of the request's token or the job's payload. The municipality list is reference data
 * (`kommune` has no row-level security), read outside any tenant transaction.
 */
@Injectable()
export class SystemvidTilgang {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly referanse: Referansedata,
  ) {}

  /** The office's municipality numbers, in order, for work that records which municipalities it covers. */
  alleKommuner(_grunn: SystemvidGrunn): Promise<string[]> {
    return this.referanse.kommunenumre(this.dataSource.manager);
  }

  /**
   * Runs `fn` in a fresh context whose user reaches every municipality: the worker's system user unless
   * `bruker` makes another (the citizen). Tenant transactions inside it set all four municipalities.
   */
  async forAlleKommuner<T>(grunn: SystemvidGrunn, fn: () => Promise<T>, bruker: (kommuner: readonly string[]) => Bruker = systembruker): Promise<T> {
    const kommuner = await this.alleKommuner(grunn);
    return this.context.kjorSom(bruker(kommuner), fn);
  }
}
