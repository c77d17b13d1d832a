import { Inject, Injectable } from '@nestjs/common';
import type { Brevdata } from '../../letters/src/brevdata.js';
import type { Brevmalinnhold } from '../../letters/src/brevmal.js';
import { BrevRenderer, RENDERER_VERSJON, sha256 } from '../../letters/src/renderer.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { LEVERANSE, type Forsendelse, type Leveranse } from './leveranse.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import { skrivBrevSendt } from '../../hendelser/index.js';
import { BrevRepository } from './brev.repository.js';

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
    private readonly repo: BrevRepository,
  ) {}

  /**
   * Read, render, store, deliver. The rendering (tens of milliseconds of CPU) happens between two short
   * transactions, not inside one: a transaction held open while a PDF is drawn would keep a pooled connection
   * (and, in the embedded demo, the only database session) from everyone else for that time.
   */
  async produser(brevId: string): Promise<'rendret' | 'allerede_ferdig'> {
    const grunnlag = await this.tx.run(async (tm) => {
      const brev = await this.repo.hent(tm, brevId);
      if (brev.pdf) return null;
      const mal = await this.repo.hentMal(tm, brev.brevmalId);
      const soknad = await this.repo.hentSak(tm, brev.soknadId);
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
      if (!(await this.repo.lagrePdf(tm, brevId, pdf, sum, RENDERER_VERSJON))) return false;
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
      const brev = await this.repo.hent(tm, brevId);
      if (brev.status === 'sendt' || !brev.pdf) return null;
      const soknad = await this.repo.hentSak(tm, brev.soknadId);
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
      const sendt = await this.repo.markerSendt(tm, f.brevId, { referanse: levert.referanse, kanal: levert.kanal ?? null, status: levert.status ?? null, sendtDato: idagINorge() });
      if (sendt) await skrivBrevSendt(tm, f.brevId);
    });
  }

  /**
   * After the last retry: the letter shows as failed on the decision and in the leaders' list. A letter
   * rendered but not delivered (the letter folder full or unwritable, SvarUt away for longer than the retries
   * last) is failed too, with its bytes kept: the relay's reconciliation tries its delivery again until it goes
   * through.
   */
  async markerFeilet(brevId: string, melding: string): Promise<void> {
    await this.tx.run((tm) => this.repo.markerFeilet(tm, brevId, melding.slice(0, 500)));
  }
}
