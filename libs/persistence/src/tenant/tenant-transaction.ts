import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Kommunenummer } from '../../../domain/src/felles/typer.js';
import { RequestContext } from './request-context.js';

declare const tenantBrand: unique symbol;

/**
 * An EntityManager inside a transaction whose row-level-security context is set. Repositories that
 * touch tenant-owned rows take this type, so calling them outside a tenant transaction is a compile error.
 */
export type TenantManager = EntityManager & { readonly [tenantBrand]: readonly Kommunenummer[] };

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
  ) {}

  run<T>(fn: (tm: TenantManager) => Promise<T>, options: TenantOptions = {}): Promise<T> {
    const bruker = this.context.bruker;
    const kommuner = options.kommuner
      ? options.kommuner.filter((k) => bruker.kommuner.includes(k))
      : bruker.kommuner;
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `select set_config('app.kommuner', $1, true), set_config('app.bruker_id', $2, true), set_config('app.korrelasjon_id', $3, true)`,
        [kommuner.join(','), bruker.id, this.context.korrelasjonId],
      );
      return fn(em as TenantManager);
    });
  }
}
