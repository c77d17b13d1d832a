import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Referansedata } from '../../../../libs/persistence/src/referansedata.js';
import type { KommuneDto } from './kommune.dto.js';

/** Municipalities are shared reference data (no personal data), so no tenant transaction is needed. */
@Injectable()
export class KommuneService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referanse: Referansedata,
  ) {}

  async list(): Promise<KommuneDto[]> {
    const rows = [...(await this.referanse.kommuner(this.dataSource.manager)).values()];
    return rows.map((k) => ({ ...k, brevhode: `${k.navn} kommune, ved Felles tildelingskontor Lofoten` }));
  }

  async kommunenumre(): Promise<Set<string>> {
    return new Set(await this.referanse.kommunenumre(this.dataSource.manager));
  }
}
