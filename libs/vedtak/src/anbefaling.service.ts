import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { AuditService } from '../../audit/index.js';
import { type Anbefaling, anvendLokaleAvvik, begrunnelsestekst, DomeneFeil, evaluer, idagINorge, type Vurderingsgrunnlag } from '../../domain/index.js';
import { BrevbestillingService } from '../../brevproduksjon/index.js';
import { type KriteriesettEntity, Referansedata, SoknadEntity, type TenantManager, TenantTransaction } from '../../persistence/index.js';
import { KartleggingService } from '../../saksbehandling/index.js';
import { AnbefalingRepository } from './anbefaling.repository.js';

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
    private readonly repo: AnbefalingRepository,
  ) {}

  async settIKraft(tm: TenantManager, dato: string): Promise<KriteriesettEntity> {
    const sett = await this.repo.finnSettIKraft(tm, dato);
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
