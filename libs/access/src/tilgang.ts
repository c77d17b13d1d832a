import { Injectable } from '@nestjs/common';
import { harRolle } from '../../domain/src/felles/bruker.js';
import { DomeneFeil, type Rolle } from '../../domain/src/felles/typer.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { OppslagRepository, type Oppslagsentitet, type Oppslagsrad as Rad } from './oppslag.repository.js';

/**
 * The one access helper of the service layer. Records outside the caller's municipalities are filtered
 * away by row-level security before they reach here, so "not yours" and "does not exist" look the same:
 * both answer 404, and nothing leaks whether a case exists in another municipality.
 */
@Injectable()
export class Tilgang {
  constructor(
    private readonly context: RequestContext,
    private readonly oppslag: OppslagRepository,
  ) {}

  krevRolle(...roller: Rolle[]): void {
    if (!harRolle(this.context.bruker, ...roller)) {
      throw new DomeneFeil('MANGLER_ROLLE', `Handlingen krever rollen ${roller.join(' eller ')}.`, 403);
    }
  }

  krevKommune(kommunenummer: string): void {
    if (!this.context.bruker.kommuner.includes(kommunenummer)) {
      throw new DomeneFeil('KOMMUNE_IKKE_TILGANG', `Du har ikke tilgang til å handle for kommune ${kommunenummer}.`, 403);
    }
  }

  /** Loads every id or fails with 404 naming the kind of record (never which id was missing). */
  async hentAlle<T extends Rad>(tm: TenantManager, entity: Oppslagsentitet<T>, ids: readonly string[], hva: string): Promise<T[]> {
    const unike = [...new Set(ids)];
    if (unike.some((id) => !UUID.test(id))) throw ikkeFunnet(hva);
    const rader = await this.oppslag.hentMedIder(tm, entity, unike);
    if (rader.length !== unike.length) throw ikkeFunnet(hva);
    return rader;
  }

  async hent<T extends Rad>(tm: TenantManager, entity: Oppslagsentitet<T>, id: string, hva: string): Promise<T> {
    const [rad] = await this.hentAlle(tm, entity, [id], hva);
    return rad!;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ikkeFunnet(hva: string): DomeneFeil {
  return new DomeneFeil('IKKE_FUNNET', `Fant ikke ${hva}.`, 404);
}
