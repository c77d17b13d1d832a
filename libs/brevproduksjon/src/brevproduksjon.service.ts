import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Brevdata } from '../../letters/src/brevdata.js';
import type { Brevmalinnhold } from '../../letters/src/brevmal.js';
import { BrevRenderer, RENDERER_VERSJON, sha256 } from '../../letters/src/renderer.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { BrevmalEntity } from '../../persistence/src/entities/brevmal.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { LEVERANSE, type Leveranse } from './leveranse.js';
import { idagINorge } from '../../domain/src/frister/dato.js';

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

  async produser(brevId: string): Promise<'rendret' | 'allerede_ferdig'> {
    const forrige = await this.tx.run(async (tm) => {
      const brev = await tm.findOneByOrFail(BrevEntity, { id: brevId });
      if (brev.pdf) return { brev, ny: false };
      const mal = await tm.findOneByOrFail(BrevmalEntity, { id: brev.brevmalId });
      const soknad = await tm.findOneByOrFail(SoknadEntity, { id: brev.soknadId });
      const data = brev.flettedata as unknown as Brevdata;
      const pdf = await hentRenderer().render({
        mal: mal.innhold as unknown as Brevmalinnhold,
        data,
        metadata: { tittel: `${brev.brevtype.replace(/_/g, ' ')} ${soknad.saksnummer}`, forfatter: `${data.brevhode.kommunenavn} kommune, ved Felles tildelingskontor Lofoten`, emne: brev.brevtype, saksnummer: soknad.saksnummer, dato: data.dato },
      });
      const sum = sha256(pdf);
      const res = await tm
        .createQueryBuilder()
        .update(BrevEntity)
        .set({ pdf, sha256: sum, rendererVersjon: RENDERER_VERSJON, status: 'ferdig', rendretTid: () => 'now()', feil: null, forsok: () => 'forsok + 1' } as never)
        .where('id = :id AND pdf IS NULL', { id: brevId })
        .execute();
      await this.audit.logg(tm, [{ handling: 'opprett', ressurs: 'brev', ressursId: brevId, personId: soknad.personId, soknadId: soknad.id, kommunenummer: brev.kommunenummer, formaal: 'brevproduksjon' }]);
      return { brev: { ...brev, pdf, sha256: sum }, ny: res.affected === 1, saksnummer: soknad.saksnummer };
    });
    if (forrige.brev.status !== 'sendt') await this.lever(brevId);
    return forrige.ny ? 'rendret' : 'allerede_ferdig';
  }

  private async lever(brevId: string): Promise<void> {
    await this.tx.run(async (tm) => {
      const brev = await tm.findOneByOrFail(BrevEntity, { id: brevId });
      if (brev.status === 'sendt' || !brev.pdf) return;
      const soknad = await tm.findOneByOrFail(SoknadEntity, { id: brev.soknadId });
      const { referanse } = await this.leveranse.lever({ brevId, kommunenummer: brev.kommunenummer, saksnummer: soknad.saksnummer, brevtype: brev.brevtype, sha256: brev.sha256!, pdf: brev.pdf });
      await tm.update(BrevEntity, { id: brevId }, { status: 'sendt', sendtDato: idagINorge(), leveranseRef: referanse });
    });
  }

  /** After the last retry: the letter shows as failed on the decision and in the leaders' list. */
  async markerFeilet(brevId: string, melding: string): Promise<void> {
    await this.tx.run((tm) => tm.update(BrevEntity, { id: brevId, pdf: IsNull() }, { status: 'feilet', feil: melding.slice(0, 500) }));
  }
}
