import { Injectable } from '@nestjs/common';
import { BrevEntity, KlageEntity, VedtakEntity, VedtakslinjeEntity, type TenantManager } from '../../persistence/index.js';

/** Complaints, and what a complaint reads of the decision it is about (its services, its first letter). */
@Injectable()
export class KlageRepository {
  hent(tm: TenantManager, id: string): Promise<KlageEntity> {
    return tm.findOneByOrFail(KlageEntity, { id });
  }

  opprett(tm: TenantManager, felter: Partial<KlageEntity>): Promise<KlageEntity> {
    return tm.save(tm.create(KlageEntity, felter));
  }

  /** For a step already checked against the complaint's version in the same transaction. */
  async oppdater(tm: TenantManager, id: string, endringer: Partial<KlageEntity>): Promise<void> {
    await tm.update(KlageEntity, { id }, endringer as never);
  }

  /** Optimistic locking: false when the complaint is no longer at `versjon`. */
  async oppdaterVedVersjon(tm: TenantManager, id: string, versjon: number, endringer: Partial<KlageEntity>): Promise<boolean> {
    const res = await tm.update(KlageEntity, { id, versjon }, endringer as never);
    return res.affected === 1;
  }

  vedtak(tm: TenantManager, vedtakId: string): Promise<VedtakEntity> {
    return tm.findOneByOrFail(VedtakEntity, { id: vedtakId });
  }

  /** The services the decision decided on: the complaint's route and deadline follow from their legal regime. */
  async vedtaketsTjenestekoder(tm: TenantManager, vedtakId: string): Promise<string[]> {
    const linjer = await tm.find(VedtakslinjeEntity, { where: { vedtakId }, select: { tjenestekode: true } });
    return linjer.map((l) => l.tjenestekode);
  }

  /** The decision's letter (the first one made): its delivery date is when the person learned of the decision. */
  vedtaksbrev(tm: TenantManager, vedtakId: string): Promise<BrevEntity | null> {
    return tm.findOne(BrevEntity, { where: { vedtakId }, order: { opprettet: 'ASC' } });
  }
}
