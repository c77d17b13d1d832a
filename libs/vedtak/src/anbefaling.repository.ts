import { Injectable } from '@nestjs/common';
import { KriteriesettEntity, type TenantManager } from '../../persistence/index.js';

/**
 * What a recommendation reads besides the case: the criteria versions, which the decision letter also cites.
 * The table has no row-level security; the reads still go through the caller's transaction, so a decision
 * reads on the one connection it holds.
 */
@Injectable()
export class AnbefalingRepository {
  /** The published set in force on the day (the highest version when windows meet), or null. */
  finnSettIKraft(tm: TenantManager, dato: string): Promise<KriteriesettEntity | null> {
    return tm
      .createQueryBuilder(KriteriesettEntity, 'k')
      .where(`k.status = 'publisert' AND k.gyldig_fra <= :dato AND (k.gyldig_til IS NULL OR k.gyldig_til >= :dato)`, { dato })
      .orderBy('k.versjon', 'DESC')
      .getOne();
  }

  finnSett(tm: TenantManager, id: string): Promise<KriteriesettEntity | null> {
    return tm.findOneBy(KriteriesettEntity, { id });
  }
}
