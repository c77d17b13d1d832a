import { Injectable } from '@nestjs/common';
import { ikkeFunnet, Tilgang } from '../../../../libs/access/src/tilgang.js';
import { DomeneFeil, type Rolle } from '../../../../libs/domain/src/felles/typer.js';
import { lagFullBrevdata } from '../../../../libs/letters/src/brevdata.fabrikk.js';
import type { Brevdata } from '../../../../libs/letters/src/brevdata.js';
import type { Brevmalinnhold } from '../../../../libs/letters/src/brevmal.js';
import { brevSomTekst } from '../../../../libs/letters/src/renderer.js';
import type { BrevmalEntity } from '../../../../libs/persistence/src/entities/brevmal.entity.js';
import { erUforanderligFeil } from '../../../../libs/persistence/index.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';
import type {
  BrevmalDto, BrevmalinnholdSkjema, BrevmalQuery, BrevmalSammendragDto, EndreBrevmalDto, ForhandsvisningDto, ForhandsvisningSvarDto, NyBrevmalDto,
} from './brevmal.dto.js';
import { BrevmalRepository } from './brevmal.repository.js';
import { lesBrevmalinnhold } from './brevmalinnhold.js';

const LESERE: Rolle[] = ['saksbehandler', 'leder', 'fagadmin'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HVA = 'brevmalen';

const ugyldig = (felt: { field: string; message: string }[]) =>
  new DomeneFeil('BREVMAL_VALIDERING', 'Brevmalen har feil. Se hvert felt.', 400, felt);

function ikkeEndrbar(status: string): DomeneFeil {
  return status === 'publisert'
    ? new DomeneFeil('BREVMAL_PUBLISERT', 'En publisert brevmal kan ikke endres. Lag en ny versjon.', 409)
    : new DomeneFeil('BREVMAL_TILBAKETRUKKET', 'En tilbaketrukket brevmal kan ikke endres. Lag en ny versjon.', 409);
}

/**
 * Letter templates: one row per version of a letter type in one målform, shared by all municipalities.
 *
 * Rules:
 * - A new version is always a draft, numbered one above the highest existing version (any status) of
 *   its brevtype and målform. Content is validated on every save and again on publishing.
 * - Only a draft can change. A published version never changes (the database trigger enforces the same).
 * - New letters use the highest *published* version (see `BrevbestillingService`). Publishing does not
 *   retire the version it replaces: it stays published, so retiring the newest version is a rollback to
 *   the one before. `iBruk` marks the version in use.
 * - A draft older than the newest published version cannot be published (it would never be used and
 *   would hide that it was written against older text): make a new version instead.
 * - Retiring (`tilbaketrukket`) is final. A draft may be retired (discarded). A published version may be
 *   retired unless it is the last published one for its brevtype and målform: letters would then have
 *   no template. Letters already ordered keep the version they were ordered with (by id).
 */
@Injectable()
export class BrevmalService {
  constructor(
    private readonly repo: BrevmalRepository,
    private readonly tilgang: Tilgang,
    private readonly context: RequestContext,
  ) {}

  async sok(q: BrevmalQuery): Promise<BrevmalSammendragDto[]> {
    this.tilgang.krevRolle(...LESERE);
    const [rader, iBruk] = await Promise.all([this.repo.sok(q), this.repo.versjonerIBruk()]);
    const ut = rader.map((r) => ({ ...sammendrag(r, iBruk), tittel: r.tittel }));
    return q.iBruk === undefined ? ut : ut.filter((r) => r.iBruk === q.iBruk);
  }

  async hent(id: string): Promise<BrevmalDto> {
    this.tilgang.krevRolle(...LESERE);
    const rad = await this.finn(id);
    return this.tilDto(rad);
  }

  async opprett(body: NyBrevmalDto): Promise<BrevmalDto> {
    this.tilgang.krevRolle('fagadmin');
    const innhold = this.valider(body.innhold, { brevtype: body.brevtype, maalform: body.maalform });
    const rad = await this.repo.iLaasForMal(body.brevtype, body.maalform, async (em) => {
      const versjon = (await this.repo.hoyesteVersjon(em, body.brevtype, body.maalform)) + 1;
      return this.repo.opprett(em, {
        brevtype: body.brevtype,
        maalform: body.maalform,
        versjon,
        innhold: innhold as unknown as Record<string, unknown>,
        opprettetAv: this.context.bruker.id,
      });
    });
    return this.tilDto(rad);
  }

  async endre(id: string, body: EndreBrevmalDto): Promise<BrevmalDto> {
    this.tilgang.krevRolle('fagadmin');
    const rad = await this.finn(id);
    if (rad.status !== 'utkast') throw ikkeEndrbar(rad.status);
    const innhold = this.valider(body.innhold, { brevtype: rad.brevtype, maalform: rad.maalform });
    let endret: boolean;
    try {
      endret = await this.repo.endreUtkast(id, innhold as unknown as Record<string, unknown>);
    } catch (e) {
      if (erUforanderligFeil(e)) throw ikkeEndrbar('publisert');
      throw e;
    }
    // Published or retired between our read and the update.
    if (!endret) throw ikkeEndrbar((await this.finn(id)).status);
    return this.hent(id);
  }

  async publiser(id: string): Promise<BrevmalDto> {
    this.tilgang.krevRolle('fagadmin');
    const forst = await this.finn(id);
    await this.repo.iLaasForMal(forst.brevtype, forst.maalform, async (em) => {
      const rad = (await this.repo.finn(id, em))!;
      if (rad.status === 'publisert') throw new DomeneFeil('BREVMAL_ALLEREDE_PUBLISERT', `Versjon ${rad.versjon} er allerede publisert.`, 409);
      if (rad.status === 'tilbaketrukket') {
        throw new DomeneFeil('BREVMAL_TILBAKETRUKKET', 'En tilbaketrukket brevmal kan ikke publiseres. Lag en ny versjon.', 409);
      }
      // The stored content was valid when saved; the rules (vocabulary, required sections) may have changed since.
      this.valider(rad.innhold, { brevtype: rad.brevtype, maalform: rad.maalform });
      const nyeste = await this.repo.hoyesteVersjon(em, rad.brevtype, rad.maalform, 'publisert');
      if (nyeste > rad.versjon) {
        throw new DomeneFeil(
          'BREVMAL_UTDATERT',
          `Versjon ${nyeste} av denne brevmalen er allerede publisert, så versjon ${rad.versjon} ville aldri blitt brukt. Lag en ny versjon.`,
          409,
        );
      }
      if (!(await this.repo.publiser(em, id, this.context.bruker.id))) throw ikkeEndrbar('publisert');
    });
    return this.hent(id);
  }

  async trekkTilbake(id: string): Promise<BrevmalDto> {
    this.tilgang.krevRolle('fagadmin');
    const forst = await this.finn(id);
    await this.repo.iLaasForMal(forst.brevtype, forst.maalform, async (em) => {
      const rad = (await this.repo.finn(id, em))!;
      if (rad.status === 'tilbaketrukket') throw new DomeneFeil('BREVMAL_TILBAKETRUKKET', `Versjon ${rad.versjon} er allerede trukket tilbake.`, 409);
      if (rad.status === 'publisert' && (await this.repo.antallPublisert(em, rad.brevtype, rad.maalform)) <= 1) {
        throw new DomeneFeil(
          'SISTE_PUBLISERTE_BREVMAL',
          `Versjon ${rad.versjon} er den eneste publiserte brevmalen for ${rad.brevtype} (${rad.maalform}), og brev kan ikke lages uten mal. Publiser en ny versjon først.`,
          409,
        );
      }
      await this.repo.trekkTilbake(em, id, rad.status);
    });
    return this.hent(id);
  }

  /** The template merged with sample data (a fictional person) and a real municipality's letterhead: text, not PDF. */
  async forhandsvis(id: string, body: ForhandsvisningDto): Promise<ForhandsvisningSvarDto> {
    this.tilgang.krevRolle(...LESERE);
    const rad = await this.finn(id);
    const kommunenummer = body.kommunenummer ?? this.context.bruker.kommuner[0] ?? '1865';
    const kommune = await this.repo.finnKommune(kommunenummer);
    if (!kommune) {
      throw new DomeneFeil('UKJENT_KOMMUNE', `Ukjent kommune ${kommunenummer}.`, 400, [{ field: 'kommunenummer', message: 'Ukjent kommunenummer.' }]);
    }
    const eksempel = lagFullBrevdata(kommune.navn === 'Moskenes' ? 'Moskenes' : 'Vågan');
    const data: Brevdata = {
      ...eksempel,
      brevhode: {
        kommunenavn: kommune.navn,
        kommunenummer: kommune.kommunenummer,
        adresselinjer: kommune.postadresse.split(/,\s*|\n/).map((s) => s.trim()).filter(Boolean),
        organisasjonsnummer: kommune.organisasjonsnummer,
        telefon: kommune.telefon,
        epost: kommune.epost,
        klageadresse: kommune.klageadresse,
      },
      venteliste: eksempel.venteliste && { ...eksempel.venteliste, forskrift: `Forskrift om langtidsopphold i sykehjem, ${kommune.navn} kommune` },
    };
    return {
      brevmalId: rad.id,
      brevtype: rad.brevtype,
      maalform: rad.maalform,
      versjon: rad.versjon,
      status: rad.status,
      kommunenummer: kommune.kommunenummer,
      ...brevSomTekst(rad.innhold as unknown as Brevmalinnhold, data),
      merknad: 'Flettet med eksempeldata (fiktiv person). Ikke et brev.',
    };
  }

  private valider(raa: Record<string, unknown>, forventet: { brevtype: string; maalform: string }): Brevmalinnhold {
    const { innhold, feil } = lesBrevmalinnhold(raa, forventet);
    if (!innhold) throw ugyldig(feil);
    return innhold;
  }

  private async finn(id: string): Promise<BrevmalEntity> {
    if (!UUID.test(id)) throw ikkeFunnet(HVA);
    const rad = await this.repo.finn(id);
    if (!rad) throw ikkeFunnet(HVA);
    return rad;
  }

  private async tilDto(rad: BrevmalEntity): Promise<BrevmalDto> {
    const iBruk = await this.repo.versjonerIBruk();
    return {
      ...sammendrag(rad, iBruk),
      tittel: typeof rad.innhold.tittel === 'string' ? rad.innhold.tittel : '',
      innhold: rad.innhold as unknown as BrevmalinnholdSkjema,
    };
  }
}

function sammendrag(r: Omit<BrevmalEntity, 'innhold'>, iBruk: Map<string, number>): Omit<BrevmalSammendragDto, 'tittel'> {
  return {
    id: r.id,
    brevtype: r.brevtype,
    maalform: r.maalform,
    versjon: r.versjon,
    status: r.status,
    iBruk: r.status === 'publisert' && iBruk.get(`${r.brevtype}/${r.maalform}`) === r.versjon,
    opprettetAv: r.opprettetAv,
    opprettet: r.opprettet,
    publisertAv: r.publisertAv,
    publisertTid: r.publisertTid,
  };
}
