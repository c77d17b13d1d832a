import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BrevEntity, type Leveransestatus, type TenantManager } from '../../persistence/index.js';

/** A letter sent through SvarUt whose forsendelse has not reached a final status. */
export type AapenForsendelse = Pick<BrevEntity, 'id' | 'leveranseRef' | 'leveransestatus'>;

/** The letters' SvarUt delivery state (`brev.leveransestatus`), in the caller's tenant transaction. */
@Injectable()
export class SvarutRepository {
  /** Up to 500 of a municipality's forsendelser in one of `statuser`. */
  aapneForsendelser(tm: TenantManager, kommunenummer: string, statuser: readonly Leveransestatus[]): Promise<AapenForsendelse[]> {
    return tm.find(BrevEntity, { where: { kommunenummer, leveransekanal: 'svarut', leveransestatus: In([...statuser]) }, select: { id: true, leveranseRef: true, leveransestatus: true }, take: 500 });
  }

  async lagreLeveransestatus(tm: TenantManager, brevId: string, leveransestatus: Leveransestatus, tid: Date): Promise<void> {
    await tm.update(BrevEntity, { id: brevId }, { leveransestatus, leveransestatusTid: tid });
  }
}
