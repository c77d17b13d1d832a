import { Injectable } from '@nestjs/common';
import { OutboxEntity, type TenantManager } from '../../persistence/index.js';

/** A job to publish: the queue, the job's name, its deterministic id and payload. */
export type Utboksjobb = Pick<OutboxEntity, 'ko' | 'jobbnavn' | 'jobbId' | 'payload'>;

/** The outbox (`outbox`): jobs written in the transaction that caused them, published to the queue by the relay. */
@Injectable()
export class OutboxRepository {
  async leggTil(tm: TenantManager, kommunenummer: string, jobb: Utboksjobb): Promise<void> {
    await tm.insert(OutboxEntity, { kommunenummer, ...jobb, payload: jobb.payload as never });
  }

  /**
   * Up to `maks` unpublished rows, oldest first. With `laas` they are claimed (`FOR UPDATE SKIP LOCKED`) until
   * the transaction ends, so relays side by side never take the same row.
   */
  upubliserte(tm: TenantManager, maks: number, laas: boolean): Promise<OutboxEntity[]> {
    const q = tm.createQueryBuilder(OutboxEntity, 'o').where('o.publisert IS NULL').orderBy('o.id', 'ASC').limit(maks);
    return laas ? q.setLock('pessimistic_write').setOnLocked('skip_locked').getMany() : q.getMany();
  }

  async merkPublisert(tm: TenantManager, ider: readonly string[]): Promise<void> {
    if (!ider.length) return;
    await tm.createQueryBuilder().update(OutboxEntity).set({ publisert: () => 'now()' }).whereInIds([...ider]).andWhere('publisert IS NULL').execute();
  }
}
