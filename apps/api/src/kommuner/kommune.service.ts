import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KommuneEntity } from '../../../../libs/persistence/src/entities/kommune.entity.js';
import type { KommuneDto } from './kommune.dto.js';

/** Municipalities are shared reference data (no personal data), so no tenant transaction is needed. */
@Injectable()
export class KommuneService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<KommuneDto[]> {
    const rows = await this.dataSource.getRepository(KommuneEntity).find({ order: { kommunenummer: 'ASC' } });
    return rows.map((k) => ({ ...k, brevhode: `${k.navn} kommune, ved Felles tildelingskontor Lofoten` }));
  }

  async kommunenumre(): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(KommuneEntity).find({ select: { kommunenummer: true } });
    return new Set(rows.map((r) => r.kommunenummer));
  }
}
