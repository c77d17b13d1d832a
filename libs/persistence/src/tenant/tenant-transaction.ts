import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Kommunenummer } from '../../../domain/src/felles/typer.js';
import { RequestContext } from './request-context.js';

declare const tenantBrand: unique symbol;

/**
 * An EntityManager inside a transaction whose row-level-security context is set. Repositories that
 * touch tenant-owned rows take this type, so calling them outside a tenant transaction is a compile error.
 */
export type TenantManager = EntityManager & { readonly [tenantBrand]: readonly Kommunenummer[] };

/** The read replica's DataSource (DATABASE_READ_URL), when one is configured. */
export const LESEKOPI = Symbol('LESEKOPI');

export interface TenantOptions {
  /** Narrow the municipalities below the caller's (never widen). */
  kommuner?: readonly Kommunenummer[];
}

/**
 * The one way to reach tenant-owned rows. Sets `app.kommuner`, `app.bruker_id` and `app.korrelasjon_id`
 * with `set_config(..., true)` — transaction-local, so a pooled connection never carries a tenant to its
 * next borrower. PostgreSQL's policies read `app.kommuner`; without it every tenant table looks empty.
 */
@Injectable()
export class TenantTransaction {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    @Optional() @Inject(LESEKOPI) private readonly lesekopi: DataSource | null = null,
  ) {}

  run<T>(fn: (tm: TenantManager) => Promise<T>, options: TenantOptions = {}): Promise<T> {
    return this.iTransaksjon(this.dataSource, fn, options);
  }

  /**
   * A tenant transaction for reads: on the read replica (DATABASE_READ_URL) when there is one (which refuses
   * writes), otherwise on the primary. For reports and statistics, which can read what the replica has replayed; row-level security applies
   * there as on the primary (the replica is a copy of the same database, policies and roles included).
   */
  les<T>(fn: (tm: TenantManager) => Promise<T>, options: TenantOptions = {}): Promise<T> {
    return this.iTransaksjon(this.lesekopi ?? this.dataSource, fn, options);
  }

  private iTransaksjon<T>(dataSource: DataSource, fn: (tm: TenantManager) => Promise<T>, options: TenantOptions): Promise<T> {
    const bruker = this.context.bruker;
    const kommuner = options.kommuner
      ? options.kommuner.filter((k) => bruker.kommuner.includes(k))
      : bruker.kommuner;
    return dataSource.transaction(async (em) => {
      await em.query(
        `select set_config('app.kommuner', $1, true), set_config('app.bruker_id', $2, true), set_config('app.korrelasjon_id', $3, true)`,
        [kommuner.join(','), bruker.id, this.context.korrelasjonId],
      );
      return fn(em as TenantManager);
    });
  }
}
