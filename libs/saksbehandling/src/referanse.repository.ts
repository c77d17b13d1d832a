import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Maalform } from '../../domain/index.js';
import { type KommuneEntity, type TjenesteEntity, Referansedata } from '../../persistence/index.js';

/**
 * The municipalities and the service catalogue read on their own connection, outside any tenant transaction
 * (shared reference tables without row-level security): for checks made before a transaction opens, and for
 * the citizens' form, which has none.
 */
@Injectable()
export class ReferanseRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referanse: Referansedata,
  ) {}

  kommuner(): Promise<ReadonlyMap<string, KommuneEntity>> {
    return this.referanse.kommuner(this.dataSource.manager);
  }

  kommune(kommunenummer: string): Promise<KommuneEntity> {
    return this.referanse.kommune(this.dataSource.manager, kommunenummer);
  }

  tjenester(): Promise<readonly TjenesteEntity[]> {
    return this.referanse.tjenester(this.dataSource.manager);
  }

  tjenestenavn(maalform: Maalform = 'nb'): Promise<(kode: string) => string> {
    return this.referanse.tjenestenavn(this.dataSource.manager, maalform);
  }
}
