import { Injectable } from '@nestjs/common';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { TenantManager } from '../../persistence/index.js';

/** A row with a uuid `id`, and its entity class: what `Tilgang.hent` loads. */
export type Oppslagsrad = ObjectLiteral;
export type Oppslagsentitet<T extends Oppslagsrad> = EntityTarget<T>;

/** Rows by id in the caller's tenant transaction; row-level security has already left out other municipalities'. */
@Injectable()
export class OppslagRepository {
  hentMedIder<T extends ObjectLiteral>(tm: TenantManager, entitet: Oppslagsentitet<T>, ider: readonly string[]): Promise<T[]> {
    return tm.getRepository(entitet).findBy({ id: In([...ider]) } as never);
  }
}
