import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { Vurderingsgrunnlag } from '../../domain/src/kartlegging/iplos.js';
import { anvendLokaleAvvik } from '../../domain/src/kriterier/avvik.js';
import { begrunnelsestekst, evaluer } from '../../domain/src/kriterier/evaluering.js';
import { BrevbestillingService } from '../../brevproduksjon/src/brevbestilling.service.js';
import type { Anbefaling } from '../../domain/src/kriterier/typer.js';
import { KriteriesettEntity } from '../../persistence/src/entities/kriteriesett.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { KartleggingService } from '../../saksbehandling/src/kartlegging.service.js';
import { idagINorge } from '../../domain/src/frister/dato.js';

export interface Kriteriegrunnlag {
  sett: KriteriesettEntity;
  grunnlag: Vurderingsgrunnlag;
  kartleggingId: string;
  anbefalinger: Anbefaling[];
}

/**
 * The criteria's recommendation for a case: the set in force on the decision date, with the responsible
 * municipality's explicit local deviations, evaluated on the newest assessment. Pure evaluation; this
 * service only finds the inputs.
 */
@Injectable()
export class AnbefalingService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly kartlegging: KartleggingService,
    private readonly referanse: Referansedata,
    private readonly brev: BrevbestillingService,
  ) {}

  async settIKraft(tm: TenantManager, dato: string): Promise<KriteriesettEntity> {
    const sett = await tm
      .createQueryBuilder(KriteriesettEntity, 'k')
      .where(`k.status = 'publisert' AND k.gyldig_fra <= :dato AND (k.gyldig_til IS NULL OR k.gyldig_til >= :dato)`, { dato })
      .orderBy('k.versjon', 'DESC')
      .getOne();
    if (!sett) throw new DomeneFeil('INGEN_KRITERIER', `Ingen publiserte tildelingskriterier gjelder for ${dato}.`, 409);
    return sett;
  }

  async beregn(tm: TenantManager, soknad: SoknadEntity, dato: string): Promise<Kriteriegrunnlag> {
    const g = await this.kartlegging.grunnlag(tm, soknad, dato);
    if (!g) {
      throw new DomeneFeil('MANGLER_KARTLEGGING', 'Saken har ingen kartlegging ennå. Registrer kartleggingen før anbefaling og vedtak.', 409);
    }
    const sett = await this.settIKraft(tm, dato);
    const effektivt = anvendLokaleAvvik(sett.innhold, sett.lokaleAvvik, soknad.kommunenummer);
    // A discretionary service the criteria do not cover takes the discretionary path; any other gap stays an error.
    const tjenester = await this.referanse.tjenester(tm);
    const skjonn = (kode: string) => !effektivt.tjenester[kode] && tjenester.find((t) => t.kode === kode)?.rettsgrunnlag === 'skjonn';
    const evaluert = evaluer(effektivt, g.grunnlag, soknad.tjenester.filter((k) => !skjonn(k)));
    const anbefalinger = [...new Set(soknad.tjenester)].map(
      (kode): Anbefaling =>
        evaluert.find((a) => a.tjenestekode === kode) ?? {
          tjenestekode: kode,
          utfall: null,
          skjonnsmessig: true,
          omfang: null,
          regelId: 'skjonn',
          lokaltAvvik: false,
          begrunnelser: [],
          kriteriesettNavn: sett.navn,
          kriteriesettVersjon: sett.versjon,
          omsorgstrappNivaa: 4,
        },
    );
    return { sett, grunnlag: g.grunnlag, kartleggingId: g.kartleggingId, anbefalinger };
  }

  /** GET /soknader/{id}/anbefaling: the recommendation with the reasons that fired. */
  async forSoknad(soknadId: string) {
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
      const r = await this.beregn(tm, soknad, dato);
      const maalform = await this.brev.maalform(tm, soknad);
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'anbefaling', ressursId: soknadId, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: 'saksbehandling' }]);
      return {
        soknadId,
        dato,
        kriteriesett: { id: r.sett.id, navn: r.sett.navn, versjon: r.sett.versjon },
        bistandsbehov: r.grunnlag.bistandsbehov,
        anbefalinger: r.anbefalinger,
        /** The reasons, joined in the målform of the case's letters: the draft of the letter's assessment section. */
        vurderingsutkast: r.anbefalinger.map((a) => begrunnelsestekst(a, maalform)).join('\n\n'),
      };
    });
  }
}
