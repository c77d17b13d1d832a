import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/src/audit.service.js';
import { Tilgang } from '../../access/src/tilgang.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { beregnBistandsbehov, validerKartlegging } from '../../domain/src/kartlegging/bistandsbehov.js';
import type { Vurderingsgrunnlag } from '../../domain/src/kartlegging/iplos.js';
import { alderPaaDato } from '../../domain/src/person/fodselsnummer.js';
import type { Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import type { KartleggingEntity } from '../../persistence/src/entities/kartlegging.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonRepository } from './person.repository.js';
import { SaksflytService } from './saksflyt.service.js';
import { SoknadRepository } from './soknad.repository.js';
import { idagINorge } from '../../domain/src/frister/dato.js';

/** The recorded facts of an assessment, as sent and as shown. */
interface Kartleggingsfelter {
  dato: string;
  deltakere: string[];
  hjemmebesok: boolean;
  iplos: Record<string, number>;
  syn: number;
  horsel: number;
  borAlene: boolean;
  hjelpFraFamilie: string;
  kognitivSvikt: boolean;
}

export interface KartleggingInput extends Kartleggingsfelter {
  observasjoner?: string;
  vurdertTimebehovPerUke?: number | null;
  utryggUtenHeldognstilbud?: boolean | null;
  forventetVarighetManeder?: number | null;
  sokersSyn?: string | null;
  versjon: number;
}

export interface KartleggingVisning extends Kartleggingsfelter {
  id: string;
  bistandsbehov: string;
  vurdertTimebehovPerUke: number | null;
  utryggUtenHeldognstilbud: boolean | null;
  forventetVarighetManeder: number | null;
  observasjoner: string | null;
  sokersSyn: string | null;
  opprettet: string;
}

/** Statuses in which an assessment may be recorded; from `mottatt` it also starts the assessment step. */
const KAN_KARTLEGGES: Saksstatus[] = ['mottatt', 'under_kartlegging', 'under_revurdering', 'statsforvalteren_avgjort'];

/** Needs assessment (kartlegging) following IPLOS. Several per case; the newest applies. */
@Injectable()
export class KartleggingService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly saksflyt: SaksflytService,
    private readonly soknader: SoknadRepository,
    private readonly personer: PersonRepository,
  ) {}

  /** The assessment, and the case's new version (the next change to the case is made at it). */
  async registrer(soknadId: string, input: KartleggingInput): Promise<KartleggingVisning & { soknadVersjon: number }> {
    this.tilgang.krevRolle('saksbehandler');
    const idag = idagINorge();
    const v = validerKartlegging(input, { idag });
    if (!v.ok) throw new DomeneFeil('UGYLDIG_KARTLEGGING', 'Kartleggingen har ugyldige felt.', 400, v.feil);
    const k = v.kartlegging;
    return this.tx.run(async (tm) => {
      let soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
      if (!KAN_KARTLEGGES.includes(soknad.status as Saksstatus)) {
        throw new DomeneFeil('ULOVLIG_OVERGANG', `Saken har status «${soknad.status.replace(/_/g, ' ')}». Kartlegging kan bare registreres før vedtak eller under revurdering.`, 409);
      }
      if (soknad.status === 'mottatt' || soknad.status === 'statsforvalteren_avgjort') {
        soknad = await this.saksflyt.overgang(tm, soknad, 'start_kartlegging', { versjon: input.versjon, kommentar: 'Kartlegging registrert' });
      } else {
        soknad = await this.saksflyt.oppdater(tm, soknad, {}, input.versjon);
      }
      const rad = await this.soknader.leggTilKartlegging(tm, {
        kommunenummer: soknad.kommunenummer,
        soknadId,
        dato: k.dato,
        deltakere: k.deltakere,
        hjemmebesok: k.hjemmebesok,
        iplos: k.iplos,
        syn: k.syn,
        horsel: k.horsel,
        borAlene: k.borAlene,
        hjelpFraFamilie: k.hjelpFraFamilie,
        kognitivSvikt: k.kognitivSvikt,
        bistandsbehov: beregnBistandsbehov(k.iplos).bistandsbehov,
        vurdertTimebehovPerUke: input.vurdertTimebehovPerUke == null ? null : String(input.vurdertTimebehovPerUke),
        utryggUtenHeldognstilbud: input.utryggUtenHeldognstilbud ?? null,
        forventetVarighetManeder: input.forventetVarighetManeder ?? null,
        observasjoner: k.observasjoner ?? null,
        sokersSyn: input.sokersSyn ?? null,
        opprettetAv: this.context.bruker.id,
      });
      await this.audit.logg(tm, [{ handling: 'opprett', ressurs: 'kartlegging', ressursId: rad.id, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: 'kartlegging' }]);
      return { ...visning(rad), soknadVersjon: soknad.versjon };
    });
  }

  async list(tm: TenantManager, soknadId: string): Promise<KartleggingVisning[]> {
    return (await this.soknader.kartlegginger(tm, soknadId)).map(visning);
  }

  /** The facts the criteria are evaluated on: the newest assessment, and the age on the decision date. */
  async grunnlag(tm: TenantManager, soknad: SoknadEntity, dato: string): Promise<{ grunnlag: Vurderingsgrunnlag; kartleggingId: string } | null> {
    const k = await this.soknader.nyesteKartlegging(tm, soknad.id);
    if (!k) return null;
    const person = await this.personer.hent(tm, soknad.personId);
    return {
      kartleggingId: k.id,
      grunnlag: {
        iplos: k.iplos,
        syn: k.syn,
        horsel: k.horsel,
        bistandsbehov: k.bistandsbehov,
        borAlene: k.borAlene,
        hjelpFraFamilie: k.hjelpFraFamilie,
        kognitivSvikt: k.kognitivSvikt,
        alder: alderPaaDato(person.fodselsdato, dato),
        ...(k.vurdertTimebehovPerUke !== null ? { vurdertTimebehovPerUke: Number(k.vurdertTimebehovPerUke) } : {}),
        ...(k.utryggUtenHeldognstilbud !== null ? { utryggUtenHeldognstilbud: k.utryggUtenHeldognstilbud } : {}),
        ...(k.forventetVarighetManeder !== null ? { forventetVarighetManeder: k.forventetVarighetManeder } : {}),
      },
    };
  }
}

function visning(k: KartleggingEntity): KartleggingVisning {
  return {
    id: k.id,
    dato: k.dato,
    deltakere: k.deltakere,
    hjemmebesok: k.hjemmebesok,
    iplos: k.iplos,
    syn: k.syn,
    horsel: k.horsel,
    borAlene: k.borAlene,
    hjelpFraFamilie: k.hjelpFraFamilie,
    kognitivSvikt: k.kognitivSvikt,
    bistandsbehov: k.bistandsbehov,
    vurdertTimebehovPerUke: k.vurdertTimebehovPerUke === null ? null : Number(k.vurdertTimebehovPerUke),
    utryggUtenHeldognstilbud: k.utryggUtenHeldognstilbud,
    forventetVarighetManeder: k.forventetVarighetManeder,
    observasjoner: k.observasjoner,
    sokersSyn: k.sokersSyn,
    opprettet: k.opprettet.toISOString(),
  };
}
