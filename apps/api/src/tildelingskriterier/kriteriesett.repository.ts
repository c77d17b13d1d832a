import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Kriteriesett, KriteriesettStatus, LokaltAvvik } from '../../../../libs/domain/src/kriterier/index.js';
import { KommuneEntity } from '../../../../libs/persistence/src/entities/kommune.entity.js';
import { KriteriesettEntity } from '../../../../libs/persistence/src/entities/kriteriesett.entity.js';

/**
 * The criteria versions. Shared by all municipalities and free of personal data, so read and written
 * outside a tenant transaction (the table has no row-level security).
 */
@Injectable()
export class KriteriesettRepository {
  constructor(private readonly dataSource: DataSource) {}

  finn(id: string, em: EntityManager = this.dataSource.manager): Promise<KriteriesettEntity | null> {
    return em.findOneBy(KriteriesettEntity, { id });
  }

  sok(status?: KriteriesettStatus): Promise<KriteriesettEntity[]> {
    return this.dataSource.manager.find(KriteriesettEntity, { where: status ? { status } : {}, order: { versjon: 'DESC' } });
  }

  /**
   * Runs `fn` in a transaction holding the one lock for all criteria versions, so version numbers and the
   * "no two published windows overlap" check cannot race.
   */
  iLaas<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('kriteriesett'))`);
      return fn(em);
    });
  }

  async hoyesteVersjon(em: EntityManager): Promise<number> {
    const [rad]: { versjon: number | null }[] = await em.query(`SELECT max(versjon)::int AS versjon FROM kriteriesett`);
    return rad?.versjon ?? 0;
  }

  publiserte(em: EntityManager): Promise<KriteriesettEntity[]> {
    return em.find(KriteriesettEntity, { where: { status: 'publisert' }, order: { versjon: 'ASC' } });
  }

  opprett(
    em: EntityManager,
    rad: Pick<KriteriesettEntity, 'navn' | 'versjon' | 'gyldigFra' | 'gyldigTil' | 'innhold' | 'lokaleAvvik' | 'opprettetAv'>,
  ): Promise<KriteriesettEntity> {
    return em.save(em.create(KriteriesettEntity, { ...rad, status: 'utkast', publisertAv: null, publisertTid: null }));
  }

  /** Replaces a draft; false when the row is no longer a draft (the caller answers 409). */
  async endreUtkast(
    id: string,
    endring: { navn: string; gyldigFra: string; gyldigTil: string | null; innhold: Kriteriesett; lokaleAvvik: LokaltAvvik[] },
  ): Promise<boolean> {
    const res = await this.dataSource
      .createQueryBuilder()
      .update(KriteriesettEntity)
      .set(endring as never)
      .where(`id = :id AND status = 'utkast'`, { id })
      .execute();
    return res.affected === 1;
  }

  async publiser(em: EntityManager, id: string, av: string): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(KriteriesettEntity)
      .set({ status: 'publisert', publisertAv: av, publisertTid: () => 'now()' } as never)
      .where(`id = :id AND status = 'utkast'`, { id })
      .execute();
    return res.affected === 1;
  }

  async trekkTilbake(em: EntityManager, id: string, fra: KriteriesettStatus): Promise<boolean> {
    const res = await em.createQueryBuilder().update(KriteriesettEntity).set({ status: 'tilbaketrukket' }).where('id = :id AND status = :fra', { id, fra }).execute();
    return res.affected === 1;
  }

  async kommuneFinnes(kommunenummer: string): Promise<boolean> {
    return this.dataSource.getRepository(KommuneEntity).existsBy({ kommunenummer });
  }
}
