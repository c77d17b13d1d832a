import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { VersjonertRepository } from '../../../../libs/persistence/src/versjonert-repository.js';
import { BrevmalEntity } from '../../../../libs/persistence/src/entities/brevmal.entity.js';
import { KommuneEntity } from '../../../../libs/persistence/src/entities/kommune.entity.js';
import type { Brevmalstatus } from './brevmal.dto.js';

export interface Brevmalfilter {
  brevtype?: string;
  maalform?: string;
  status?: Brevmalstatus;
}

/** The template table: versions per brevtype and målform (the table has no row-level security). */
@Injectable()
export class BrevmalRepository extends VersjonertRepository<BrevmalEntity> {
  constructor(dataSource: DataSource) {
    super(dataSource, BrevmalEntity);
  }

  /** Without `innhold` (the list would otherwise carry every text of every version); `tittel` is read from it. */
  async sok(filter: Brevmalfilter): Promise<(Omit<BrevmalEntity, 'innhold'> & { tittel: string })[]> {
    const qb = this.dataSource
      .getRepository(BrevmalEntity)
      .createQueryBuilder('m')
      .select(['m.id', 'm.brevtype', 'm.maalform', 'm.versjon', 'm.status', 'm.opprettetAv', 'm.opprettet', 'm.publisertAv', 'm.publisertTid'])
      .addSelect(`m.innhold ->> 'tittel'`, 'tittel')
      .orderBy('m.brevtype', 'ASC')
      .addOrderBy('m.maalform', 'ASC')
      .addOrderBy('m.versjon', 'DESC');
    if (filter.brevtype) qb.andWhere('m.brevtype = :brevtype', { brevtype: filter.brevtype });
    if (filter.maalform) qb.andWhere('m.maalform = :maalform', { maalform: filter.maalform });
    if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
    const { entities, raw } = await qb.getRawAndEntities<{ tittel: string | null }>();
    return entities.map((e, i) => ({ ...e, tittel: raw[i]?.tittel ?? '' }));
  }

  /** Highest published version per brevtype and målform: the one new letters use. Key `brevtype/maalform`. */
  async versjonerIBruk(em: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rader: { brevtype: string; maalform: string; versjon: number }[] = await em.query(
      `SELECT brevtype, maalform, max(versjon)::int AS versjon FROM brevmal WHERE status = 'publisert' GROUP BY brevtype, maalform`,
    );
    return new Map(rader.map((r) => [`${r.brevtype}/${r.maalform}`, r.versjon]));
  }

  /**
   * Runs `fn` in a transaction holding a lock for one brevtype and målform, so version numbers, the
   * "newer version already published" check and the "last published version" check cannot race.
   */
  iLaasForMal<T>(brevtype: string, maalform: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.iLaasFor(`brevmal:${brevtype}:${maalform}`, fn);
  }

  async hoyesteVersjon(em: EntityManager, brevtype: string, maalform: string, status?: Brevmalstatus): Promise<number> {
    const [rad]: { versjon: number | null }[] = await em.query(
      `SELECT max(versjon)::int AS versjon FROM brevmal WHERE brevtype = $1 AND maalform = $2 AND ($3::text IS NULL OR status = $3)`,
      [brevtype, maalform, status ?? null],
    );
    return rad?.versjon ?? 0;
  }

  async antallPublisert(em: EntityManager, brevtype: string, maalform: string): Promise<number> {
    return em.countBy(BrevmalEntity, { brevtype, maalform: maalform as BrevmalEntity['maalform'], status: 'publisert' });
  }

  /** Changes a draft's content; false when the row is no longer a draft (the caller answers 409). */
  endreUtkast(id: string, innhold: Record<string, unknown>): Promise<boolean> {
    return this.endre(id, { innhold } as Partial<BrevmalEntity>);
  }

  finnKommune(kommunenummer: string): Promise<KommuneEntity | null> {
    return this.dataSource.getRepository(KommuneEntity).findOneBy({ kommunenummer });
  }
}
