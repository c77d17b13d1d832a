import { Injectable, Logger } from '@nestjs/common';
import { Gjentakelse } from '../../platform/src/gjentakelse.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { systembruker } from '../../persistence/src/tenant/systembruker.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { AAPNE_LEVERANSESTATUSER, leveransestatus } from './forsendelse.js';
import { SvarutLeveranse } from './svarut-leveranse.js';
import { SvarutRepository } from './svarut.repository.js';

/**
 * The worker asks SvarUt, per municipality, how the letters it sent are doing (delivered digitally, printed,
 * read, failed) until they reach a status after which nothing more happens. Two workers polling at once write
 * the same answer twice: harmless.
 */
@Injectable()
export class SvarutStatusService {
  private readonly logger = new Logger('SvarutStatus');
  private readonly gjentakelse = new Gjentakelse(this.logger, 'Kunne ikke hente status fra SvarUt; prøver igjen');

  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly referanse: Referansedata,
    private readonly svarut: SvarutLeveranse,
    private readonly repo: SvarutRepository,
  ) {}

  /** One pass over every municipality: returns how many letters changed status. */
  async oppdater(): Promise<number> {
    const kommuner = await this.referanse.kommunenumre();
    let endret = 0;
    for (const knr of kommuner) {
      endret += await this.context.kjorSom(systembruker([knr]), () => this.oppdaterKommune(knr)).catch((e) => {
        // One municipality's SvarUt (or its account) being away does not stop the others'.
        this.logger.warn({ kommunenummer: knr, err: e instanceof Error ? e.message : String(e) }, 'Kunne ikke hente status fra SvarUt');
        return 0;
      });
    }
    return endret;
  }

  private async oppdaterKommune(knr: string): Promise<number> {
    const aapne = await this.tx.run((tm) => this.repo.aapneForsendelser(tm, knr, AAPNE_LEVERANSESTATUSER));
    if (!aapne.length) return 0;
    const statuser = await this.svarut.klient(knr).statuser(aapne.map((b) => b.leveranseRef!));
    let n = 0;
    await this.tx.run(async (tm) => {
      for (const s of statuser) {
        const ny = leveransestatus(s.status);
        const brev = aapne.find((b) => b.leveranseRef === s.forsendelsesId?.id);
        if (!ny || !brev || brev.leveransestatus === ny) continue;
        await this.repo.lagreLeveransestatus(tm, brev.id, ny, s.sisteStatusEndring ? new Date(s.sisteStatusEndring) : new Date());
        n += 1;
      }
    });
    return n;
  }

  /** Runs every `intervallMs` until stopped (the worker starts it). */
  start(intervallMs: number): void {
    this.gjentakelse.start(() => this.oppdater(), intervallMs);
  }

  stopp(): Promise<void> {
    return this.gjentakelse.stopp();
  }
}
