import { DataSource, QueryFailedError, type DeepPartial, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

interface Versjonert extends ObjectLiteral {
  id: string;
  status: string;
  publisertAv: string | null;
  publisertTid: Date | null;
}

/** The database trigger that keeps a published version unchanged refused the write (the caller answers 409). */
export function erUforanderligFeil(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23514' && /publisert versjon/i.test(e.message);
}

/**
 * The draft → published → retired life of a document every municipality shares (criteria sets, letter
 * templates): no personal data, so read and written outside a tenant transaction. Every status change is a
 * conditional update that answers false when the row is no longer in the expected state (the caller
 * answers 409), and version numbering runs under an advisory lock so two editors cannot race.
 */
export abstract class VersjonertRepository<E extends Versjonert> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly entitet: EntityTarget<E>,
  ) {}

  finn(id: string, em: EntityManager = this.dataSource.manager): Promise<E | null> {
    return em.findOneBy(this.entitet, { id } as FindOptionsWhere<E>);
  }

  /** Runs `fn` in a transaction holding the advisory lock named `noekkel`. */
  protected iLaasFor<T>(noekkel: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [noekkel]);
      return fn(em);
    });
  }

  opprett(em: EntityManager, rad: DeepPartial<E>): Promise<E> {
    return em.save(this.entitet, em.create(this.entitet, { ...rad, status: 'utkast', publisertAv: null, publisertTid: null } as DeepPartial<E>));
  }

  /** Changes a draft; false when the row is no longer a draft. */
  protected async endre(id: string, endring: Partial<E>): Promise<boolean> {
    const res = await this.dataSource.createQueryBuilder().update(this.entitet).set(endring as never).where(`id = :id AND status = 'utkast'`, { id }).execute();
    return res.affected === 1;
  }

  async publiser(em: EntityManager, id: string, av: string): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(this.entitet)
      .set({ status: 'publisert', publisertAv: av, publisertTid: () => 'now()' } as never)
      .where(`id = :id AND status = 'utkast'`, { id })
      .execute();
    return res.affected === 1;
  }

  async trekkTilbake(em: EntityManager, id: string, fra: E['status']): Promise<boolean> {
    const res = await em.createQueryBuilder().update(this.entitet).set({ status: 'tilbaketrukket' } as never).where('id = :id AND status = :fra', { id, fra }).execute();
    return res.affected === 1;
  }
}
