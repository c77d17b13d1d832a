import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { BrevRepository } from './brev.repository.js';
import { BrevbestillingService } from './brevbestilling.service.js';

/**
 * Letters whose rendering or delivery exhausted its retries, and forsendelser SvarUt reported failed: listed for
 * a leader, who can run the first kind again.
 */
@Injectable()
export class BrevoppfolgingService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly bestilling: BrevbestillingService,
    private readonly context: RequestContext,
    private readonly repo: BrevRepository,
  ) {}

  async feilede() {
    this.tilgang.krevRolle('leder');
    return this.tx.run(async (tm) => {
      // A forsendelse SvarUt could not deliver (rejected, or digital-only and not delivered) is as failed as a render.
      const rader = await this.repo.feilede(tm);
      return { elementer: rader };
    });
  }

  /**
   * The letters' backlog per municipality of the leader: ordered and not yet sent, the age of the oldest,
   * and failed. A worker that has stopped shows here as a growing count and age.
   */
  async etterslep() {
    this.tilgang.krevRolle('leder');
    return this.tx.run(async (tm) => {
      const rader = await this.repo.etterslep(tm);
      const alle = rader.reduce((sum, r) => ({ bestilt: sum.bestilt + r.bestilt, feilet: sum.feilet + r.feilet, eldsteSekunder: Math.max(sum.eldsteSekunder ?? 0, r.eldsteSekunder ?? 0) || null }), {
        bestilt: 0,
        feilet: 0,
        eldsteSekunder: null as number | null,
      });
      return { kommuner: [...this.context.bruker.kommuner].sort(), ...alle, perKommune: rader };
    });
  }

  async kjorPaaNytt(brevId: string) {
    this.tilgang.krevRolle('leder');
    return this.tx.run(async (tm) => {
      const brev = await this.tilgang.hent(tm, BrevEntity, brevId, 'brevet');
      // A forsendelse SvarUt could not deliver goes again as a new forsendelse with the stored bytes.
      if (brev.status === 'sendt' && brev.leveransestatus === 'feilet' && brev.pdf) {
        const leveranseforsok = brev.leveranseforsok + 1;
        await this.repo.settTilNyLevering(tm, brevId, leveranseforsok);
        await this.bestilling.leggIKo(tm, brevId, brev.kommunenummer, `brev-${brevId}-levering-${leveranseforsok}`);
        return { id: brevId, status: 'ferdig', leveranseforsok };
      }
      if (brev.status !== 'feilet') throw new DomeneFeil('BREV_IKKE_FEILET', `Brevet har status «${brev.status}» og trenger ikke kjøres på nytt.`, 409);
      await this.repo.settTilBestilt(tm, brevId);
      await this.bestilling.leggIKo(tm, brevId, brev.kommunenummer, `brev-${brevId}-igjen-${Date.now()}`);
      return { id: brevId, status: 'bestilt' };
    });
  }
}
