import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KommuneEntity, Referansedata } from '../../../../libs/persistence/index.js';

/** The municipalities: shared reference data without row-level security, read through the process's cache. */
@Injectable()
export class KommuneRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referanse: Referansedata,
  ) {}

  alle(): Promise<ReadonlyMap<string, KommuneEntity>> {
    return this.referanse.kommuner();
  }

  kommunenumre(): Promise<string[]> {
    return this.referanse.kommunenumre();
  }

  /** False when there is no such municipality. This process sees the change at once, others within a minute. */
  async endreInnstillinger(kommunenummer: string, endring: Pick<KommuneEntity, 'klageorgan' | 'langtidsforskrift' | 'langtidsforskriftDato'>): Promise<boolean> {
    const res = await this.dataSource.getRepository(KommuneEntity).update({ kommunenummer }, endring);
    this.referanse.glem();
    return res.affected === 1;
  }
}
