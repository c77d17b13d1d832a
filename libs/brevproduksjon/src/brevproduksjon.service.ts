import { Inject, Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import type { Brevdata } from '../../letters/src/brevdata.js';
import type { Brevmalinnhold } from '../../letters/src/brevmal.js';
import { BrevRenderer, RENDERER_VERSJON, sha256 } from '../../letters/src/renderer.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { BrevmalEntity } from '../../persistence/src/entities/brevmal.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { LEVERANSE, type Forsendelse, type Leveranse } from './leveranse.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import { skrivBrevSendt } from '../../hendelser/index.js';

/** Fonts load once per process; every letter in this process reuses them. */
let renderer: BrevRenderer | null = null;
const hentRenderer = () => (renderer ??= new BrevRenderer());

/**
 * Renders an ordered letter once and delivers it. Idempotent: a letter that already has its bytes is never
 * re-rendered (an archived letter is the bytes that were sent), only delivered if that did not finish.
 */
@Injectable()
export class BrevproduksjonService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly audit: AuditService,
    @Inject(LEVERANSE) private readonly leveranse: Leveranse,
  ) {}

  /**
   * Read, render, store, deliver. The rendering (tens of milliseconds of CPU) happens between two short
   * transactions, not inside one: a transaction held open while a PDF is drawn would keep a pooled connection
   * (and, in the embedded demo, the only database session) from everyone else for that time.
   */
  async produser(brevId: string): Promise<'rendret' | 'allerede_ferdig'> {
    const grunnlag = await this.tx.run(async (tm) => {
      const brev = await tm.findOneByOrFail(BrevEntity, { id: brevId });
      if (brev.pdf) return null;
      const mal = await tm.findOneByOrFail(BrevmalEntity, { id: brev.brevmalId });
      const soknad = await tm.findOneByOrFail(SoknadEntity, { id: brev.soknadId });
      return { brev, mal, soknad };
    });
    if (!grunnlag) {
      await this.leverLagret(brevId);
      return 'allerede_ferdig';
    }
    const { brev, mal, soknad } = grunnlag;
    const data = brev.flettedata as unknown as Brevdata;
    const pdf = await hentRenderer().render({
      mal: mal.innhold as unknown as Brevmalinnhold,
      data,
      // The PDF's Title is the letter's own title ("Vedtak om helse- og omsorgstjenester: …"), not a code.
      metadata: { forfatter: `${data.brevhode.kommunenavn} kommune, ved Felles tildelingskontor Lofoten`, emne: brev.brevtype, saksnummer: soknad.saksnummer, dato: data.dato },
    });
    const sum = sha256(pdf);
    const lagret = await this.tx.run(async (tm) => {
      const res = await tm
        .createQueryBuilder()
        .update(BrevEntity)
        .set({ pdf, sha256: sum, rendererVersjon: RENDERER_VERSJON, status: 'ferdig', rendretTid: () => 'now()', feil: null, forsok: () => 'forsok + 1' } as never)
        .where('id = :id AND pdf IS NULL', { id: brevId })
        .execute();
      if (res.affected !== 1) return false;
      await this.audit.logg(tm, [{ handling: 'opprett', ressurs: 'brev', ressursId: brevId, personId: soknad.personId, soknadId: soknad.id, kommunenummer: brev.kommunenummer, formaal: 'brevproduksjon' }]);
      return true;
    });
    // Another run stored its bytes first: those are the letter, and they are what is delivered.
    if (!lagret) {
      await this.leverLagret(brevId);
      return 'allerede_ferdig';
    }
    await this.lever({ brevId, kommunenummer: brev.kommunenummer, saksnummer: soknad.saksnummer, brevtype: brev.brevtype, sha256: sum, pdf, leveranseforsok: brev.leveranseforsok });
    return 'rendret';
  }

  /** Delivers the stored bytes of a letter rendered earlier whose delivery did not finish. */
  private async leverLagret(brevId: string): Promise<void> {
    const forsendelse = await this.tx.run(async (tm) => {
      const brev = await tm.findOneByOrFail(BrevEntity, { id: brevId });
      if (brev.status === 'sendt' || !brev.pdf) return null;
      const soknad = await tm.findOneByOrFail(SoknadEntity, { id: brev.soknadId });
      return { brevId, kommunenummer: brev.kommunenummer, saksnummer: soknad.saksnummer, brevtype: brev.brevtype, sha256: brev.sha256!, pdf: brev.pdf, leveranseforsok: brev.leveranseforsok };
    });
    if (forsendelse) await this.lever(forsendelse);
  }

  /**
   * Hands the letter over, then marks it sent, with its `brev.sendt` event in the same transaction (once: only
   * the run that changes the status writes it). A crash between the two delivers the same bytes again on the retry.
   */
  private async lever(f: Forsendelse): Promise<void> {
    const levert = await this.leveranse.lever(f);
    await this.tx.run(async (tm) => {
      const res = await tm.update(BrevEntity, { id: f.brevId, status: Not('sendt') }, { status: 'sendt', sendtDato: idagINorge(), leveranseRef: levert.referanse, leveransekanal: levert.kanal ?? null, leveransestatus: levert.status ?? null, leveransestatusTid: levert.status ? new Date() : null, feil: null });
      if (res.affected === 1) await skrivBrevSendt(tm, f.brevId);
    });
  }

  /**
   * After the last retry: the letter shows as failed on the decision and in the leaders' list. A letter
   * rendered but not delivered (the letter folder full or unwritable, SvarUt away for longer than the retries
   * last) is failed too, with its bytes kept: the relay's reconciliation tries its delivery again until it goes
   * through.
   */
  async markerFeilet(brevId: string, melding: string): Promise<void> {
    await this.tx.run((tm) => tm.update(BrevEntity, { id: brevId, status: Not('sendt') }, { status: 'feilet', feil: melding.slice(0, 500) }));
  }
}
