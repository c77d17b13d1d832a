import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Kriteriesett, KriteriesettStatus, LokaltAvvik } from '../../../../libs/domain/src/kriterier/index.js';
import { KommuneEntity } from '../../../../libs/persistence/src/entities/kommune.entity.js';
import { KriteriesettEntity } from '../../../../libs/persistence/src/entities/kriteriesett.entity.js';
import { VersjonertRepository } from '../../../../libs/persistence/src/versjonert-repository.js';

/** The criteria versions (the table has no row-level security). */
@Injectable()
export class KriteriesettRepository extends VersjonertRepository<KriteriesettEntity> {
  constructor(dataSource: DataSource) {
    super(dataSource, KriteriesettEntity);
  }

  sok(status?: KriteriesettStatus): Promise<KriteriesettEntity[]> {
    return this.dataSource.manager.find(KriteriesettEntity, { where: status ? { status } : {}, order: { versjon: 'DESC' } });
  }

  /**
   * Runs `fn` in a transaction holding the one lock for all criteria versions, so version numbers and the
   * "no two published windows overlap" check cannot race.
   */
  iLaas<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.iLaasFor('kriteriesett', fn);
  }

  async hoyesteVersjon(em: EntityManager): Promise<number> {
    const [rad]: { versjon: number | null }[] = await em.query(`SELECT max(versjon)::int AS versjon FROM kriteriesett`);
    return rad?.versjon ?? 0;
  }

  publiserte(em: EntityManager): Promise<KriteriesettEntity[]> {
    return em.find(KriteriesettEntity, { where: { status: 'publisert' }, order: { versjon: 'ASC' } });
  }

  /** Replaces a draft; false when the row is no longer a draft (the caller answers 409). */
  endreUtkast(id: string, endring: { navn: string; gyldigFra: string; gyldigTil: string | null; innhold: Kriteriesett; lokaleAvvik: LokaltAvvik[] }): Promise<boolean> {
    return this.endre(id, endring as Partial<KriteriesettEntity>);
  }

  async kommuneFinnes(kommunenummer: string): Promise<boolean> {
    return this.dataSource.getRepository(KommuneEntity).existsBy({ kommunenummer });
  }
}
