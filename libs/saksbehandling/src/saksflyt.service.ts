import { Injectable } from '@nestjs/common';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { utforOvergang, type Handling, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { SoknadRepository } from './soknad.repository.js';

export const UTDATERT = (naa: number) =>
  new DomeneFeil(
    'UTDATERT_VERSJON',
    `Saken er endret av noen andre siden du åpnet den (nå versjon ${naa}). Last saken på nytt og prøv igjen.`,
    409,
  );

/**
 * Moves a case through the state machine: checks the step against the diagram and the caller's roles,
 * updates the case only if it is still at the version the caller saw, and writes the status history row,
 * all in the caller's transaction.
 */
@Injectable()
export class SaksflytService {
  constructor(
    private readonly context: RequestContext,
    private readonly soknader: SoknadRepository,
  ) {}

  async overgang(
    tm: TenantManager,
    soknad: SoknadEntity,
    handling: Handling,
    valg: { versjon?: number; kommentar?: string | null; endringer?: Partial<SoknadEntity> } = {},
  ): Promise<SoknadEntity> {
    const fra = soknad.status as Saksstatus;
    const til = utforOvergang(fra, handling, this.context.bruker.roller);
    const oppdatert = await this.oppdater(tm, soknad, { ...(valg.endringer ?? {}), status: til }, valg.versjon);
    await this.historikk(tm, oppdatert, fra, til, handling, valg.kommentar ?? null);
    return oppdatert;
  }

  /** Optimistic locking: the row changes only if nobody changed it since `versjon`. */
  async oppdater(tm: TenantManager, soknad: SoknadEntity, endringer: Partial<SoknadEntity>, versjon = soknad.versjon): Promise<SoknadEntity> {
    if (versjon !== soknad.versjon) throw UTDATERT(soknad.versjon);
    if (!(await this.soknader.oppdaterVedVersjon(tm, soknad.id, versjon, endringer))) {
      const naa = await this.soknader.hent(tm, soknad.id);
      throw UTDATERT(naa.versjon);
    }
    return Object.assign(new SoknadEntity(), soknad, endringer, { versjon: soknad.versjon + 1 });
  }

  async historikk(tm: TenantManager, soknad: SoknadEntity, fra: string | null, til: string, handling: string, kommentar: string | null): Promise<void> {
    const bruker = this.context.bruker;
    // Every change the history records is also an event of the change feed, in the same transaction.
    await this.soknader.leggTilHistorikk(tm, soknad, { fraStatus: fra, tilStatus: til, handling, brukerId: bruker.id, brukerNavn: bruker.navn, kommentar });
  }
}
