import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DokumentEntity, type TenantManager } from '../../persistence/index.js';

export type NyttDokument = Omit<DokumentEntity, 'id' | 'opprettet' | 'soknad'>;

/** Incoming documents: the rows without their bytes, and the bytes read one document at a time. */
@Injectable()
export class DokumentRepository {
  leggTil(tm: TenantManager, rader: readonly NyttDokument[]): Promise<DokumentEntity[]> {
    return tm.save(rader.map((r) => tm.create(DokumentEntity, r)));
  }

  /** The documents of some cases, oldest first. */
  async forSoknader(tm: TenantManager, soknadIder: readonly string[]): Promise<DokumentEntity[]> {
    if (!soknadIder.length) return [];
    return tm.find(DokumentEntity, { where: { soknadId: In([...soknadIder]) }, order: { opprettet: 'ASC' } });
  }

  /** The stored bytes (empty when the row has gone). */
  async innhold(tm: TenantManager, id: string): Promise<Buffer> {
    const rad = await tm.createQueryBuilder(DokumentEntity, 'd').select('d.innhold', 'innhold').where('d.id = :id', { id }).getRawOne<{ innhold: Buffer }>();
    return rad?.innhold ?? Buffer.alloc(0);
  }
}
