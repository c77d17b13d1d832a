import { Injectable } from '@nestjs/common';
import { TilgangsloggEntity, type TenantManager } from '../../persistence/index.js';

/** A row of the access log as written: who, what and why (the database sets the time and the id). */
export type NyTilgangsloggrad = Pick<
  TilgangsloggEntity,
  'kommunenummer' | 'brukerId' | 'brukerNavn' | 'roller' | 'handling' | 'ressurs' | 'ressursId' | 'personId' | 'soknadId' | 'formaal' | 'korrelasjonId' | 'endringer'
>;

/** The access log: appended to in the caller's transaction, read per person; never updated or deleted. */
@Injectable()
export class TilgangsloggRepository {
  async leggTil(tm: TenantManager, rader: readonly NyTilgangsloggrad[]): Promise<void> {
    await tm.insert(TilgangsloggEntity, rader as never);
  }

  /** The newest 5000 rows about the persons, newest first, within the dates (both inclusive) when given. */
  finnForPersoner(tm: TenantManager, personIder: readonly string[], fra?: string, til?: string): Promise<TilgangsloggEntity[]> {
    const q = tm
      .createQueryBuilder(TilgangsloggEntity, 't')
      .where('t.person_id IN (:...ids)', { ids: personIder })
      .orderBy('t.tidspunkt', 'DESC')
      .limit(5000);
    if (fra) q.andWhere('t.tidspunkt >= :fra', { fra });
    if (til) q.andWhere("t.tidspunkt < (:til::date + 1)", { til });
    return q.getMany();
  }
}
