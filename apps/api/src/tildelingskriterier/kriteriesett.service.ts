import { Injectable } from '@nestjs/common';
import { ikkeFunnet, Tilgang } from '../../../../libs/access/src/tilgang.js';
import { DomeneFeil, type Rolle } from '../../../../libs/domain/src/felles/typer.js';
import {
  eksporterKriteriesett, erGyldigPaa, importerKriteriesett, KRITERIESETT_SKJEMA, overlapperGyldighet, sammenlign, validerKriteriesett, validerLokaleAvvik,
  type FeltFeil, type Gyldighet, type Kriteriesett, type KriteriesettStatus, type LokaltAvvik, type Sammenligning,
} from '../../../../libs/domain/src/kriterier/index.js';
import type { KriteriesettEntity } from '../../../../libs/persistence/src/entities/kriteriesett.entity.js';
import { erUforanderligFeil } from '../../../../libs/persistence/index.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';
import type { KriteriesettDto, KriteriesettSammendragDto, KriteriesettUtkastDto } from './kriteriesett.dto.js';
import { KriteriesettRepository } from './kriteriesett.repository.js';
import { idagINorge } from '../../../../libs/domain/src/frister/dato.js';

const LESERE: Rolle[] = ['saksbehandler', 'leder', 'fagadmin'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HVA = 'versjonen av tildelingskriteriene';
/** Fields of the set that the server fills from the row, so their errors name the body's top-level field. */
const TOPPFELT = new Set(['navn', 'navnNn', 'versjon', 'gyldigFra', 'gyldigTil']);

const periode = (g: Gyldighet) => `${g.gyldigFra}–${g.gyldigTil ?? '(løpende)'}`;

function ikkeEndrbar(status: KriteriesettStatus): DomeneFeil {
  return status === 'publisert'
    ? new DomeneFeil('KRITERIER_PUBLISERT', 'En publisert versjon av kriteriene kan ikke endres. Lag en ny versjon.', 409)
    : new DomeneFeil('KRITERIER_TILBAKETRUKKET', 'En tilbaketrukket versjon av kriteriene kan ikke endres. Lag en ny versjon.', 409);
}

function ugyldig(feil: FeltFeil[], hva: string, handling: Handling): DomeneFeil {
  const foerste = feil[0]?.message ?? '';
  const flere = feil.length > 1 ? ` (og ${feil.length - 1} feil til)` : '';
  return new DomeneFeil('KRITERIER_UGYLDIGE', `${hva} har feil og kan ikke ${handling}: ${foerste}${flere}. Se hvert felt.`, 400, feil);
}

type Handling = 'lagres' | 'publiseres';

/** A name that says the set is not adopted. */
const UTKASTNAVN = /\b(forslag|framlegg|utkast|draft)/i;

interface Utkast {
  navn: string;
  /** The nynorsk name; kept in the content beside the rules. */
  navnNn?: string;
  gyldigFra: string;
  gyldigTil: string | null;
  innhold: Record<string, unknown>;
  lokaleAvvik: unknown[];
}

/**
 * Criteria versions (tildelingskriterier): one common set for the four municipalities, with each
 * municipality's local deviations stored beside it, in a draft → published → retired flow.
 *
 * Rules:
 * - A new version is always a draft, numbered one above the highest existing version (any status).
 *   `navn`, `versjon`, `gyldigFra` and `gyldigTil` inside the content are set from the row, so the two
 *   never disagree. Content and deviations are validated fully on every save and again on publishing.
 * - Only a draft can change. A published version never changes, not even its end date (the database
 *   trigger enforces the same); retiring it is the only move left.
 * - Published versions never overlap in time, so "the set in force on a date" is one set or none. To
 *   replace a published version: give the new draft a window that starts after the old one ends; or
 *   publish it naming the old one in `erstatter`, which retires the old one in the same transaction (the
 *   way to replace an open-ended version with no moment without criteria); or retire the old one first.
 *   Nothing is edited or retired implicitly. While no published version covers today, recommendations
 *   and decisions answer 409 until one is published.
 * - Retiring is final. A draft may be retired too (discarded). Decisions keep pointing at the version
 *   they were made under, whatever happens to it later.
 */
@Injectable()
export class KriteriesettService {
  constructor(
    private readonly repo: KriteriesettRepository,
    private readonly tilgang: Tilgang,
    private readonly context: RequestContext,
  ) {}

  async sok(status?: KriteriesettStatus): Promise<KriteriesettSammendragDto[]> {
    this.tilgang.krevRolle(...LESERE);
    const dato = idagINorge();
    return (await this.repo.sok(status)).map((r) => sammendrag(r, dato));
  }

  async hent(id: string): Promise<KriteriesettDto> {
    this.tilgang.krevRolle(...LESERE);
    return tilDto(await this.finn(id));
  }

  /** The JSON Schema the content is checked against (for editors and review outside the system). */
  skjema(): typeof KRITERIESETT_SKJEMA {
    this.tilgang.krevRolle(...LESERE);
    return KRITERIESETT_SKJEMA;
  }

  async opprett(body: KriteriesettUtkastDto): Promise<KriteriesettDto> {
    this.tilgang.krevRolle('fagadmin');
    return this.opprettUtkast(fraBody(body));
  }

  async endre(id: string, body: KriteriesettUtkastDto): Promise<KriteriesettDto> {
    this.tilgang.krevRolle('fagadmin');
    const rad = await this.finn(id);
    if (rad.status !== 'utkast') throw ikkeEndrbar(rad.status);
    const { innhold, lokaleAvvik } = valider(fraBody(body), rad.versjon);
    let endret: boolean;
    try {
      endret = await this.repo.endreUtkast(id, { navn: innhold.navn, gyldigFra: innhold.gyldigFra, gyldigTil: innhold.gyldigTil, innhold, lokaleAvvik });
    } catch (e) {
      if (erUforanderligFeil(e)) throw ikkeEndrbar('publisert');
      throw e;
    }
    // Published or retired between our read and the update.
    if (!endret) throw ikkeEndrbar((await this.finn(id)).status);
    return this.hent(id);
  }

  /**
   * Publishes a draft. `erstatter` names published versions to retire in the same transaction: the explicit
   * way to replace an open-ended version without a moment where no criteria are in force.
   */
  async publiser(id: string, erstatter: string[] = []): Promise<KriteriesettDto> {
    this.tilgang.krevRolle('fagadmin');
    await this.finn(id);
    await this.repo.iLaas(async (em) => {
      const rad = (await this.repo.finn(id, em))!;
      if (rad.status === 'publisert') throw new DomeneFeil('KRITERIER_ALLEREDE_PUBLISERT', `Versjon ${rad.versjon} er allerede publisert. En publisert versjon endres aldri.`, 409);
      if (rad.status === 'tilbaketrukket') {
        throw new DomeneFeil('KRITERIER_TILBAKETRUKKET', `Versjon ${rad.versjon} er trukket tilbake og kan ikke publiseres. Lag en ny versjon.`, 409);
      }
      // Valid when saved; the vocabulary of facts or the service catalogue may have changed since.
      valider({ navn: rad.navn, gyldigFra: rad.gyldigFra, gyldigTil: rad.gyldigTil, innhold: rad.innhold as unknown as Record<string, unknown>, lokaleAvvik: rad.lokaleAvvik }, rad.versjon, 'publiseres');
      // Every decision cites the set by this name: it must be the adopted set's own title, never a draft's.
      if (!rad.navn.trim() || UTKASTNAVN.test(rad.navn)) {
        throw ugyldig([{ field: 'navn', message: 'Et publisert kriteriesett trenger sin egen tittel, som vedtakene viser til; et navn som sier «forslag», «utkast» eller «draft» kan ikke publiseres.' }], 'Kriteriesettet', 'publiseres');
      }
      // Nynorsk letters cite the set by its nynorsk name: both målformer are part of the published set.
      const navnNn = (rad.innhold as unknown as Kriteriesett).navnNn?.trim();
      if (!navnNn || UTKASTNAVN.test(navnNn)) {
        throw ugyldig([{ field: 'navnNn', message: 'Et publisert kriteriesett trenger også tittelen på nynorsk, som nynorske vedtaksbrev viser til; et navn som sier «framlegg», «utkast» eller «draft» kan ikke publiseres.' }], 'Kriteriesettet', 'publiseres');
      }
      const publiserte = await this.repo.publiserte(em);
      const ukjente = erstatter.filter((e) => !publiserte.some((p) => p.id === e));
      if (ukjente.length > 0) {
        throw new DomeneFeil('KRITERIER_ERSTATTER_UGYLDIG', 'Bare publiserte versjoner kan erstattes.', 409, ukjente.map(() => ({ field: 'erstatter', message: 'Er ikke en publisert versjon av kriteriene.' })));
      }
      const konflikter = publiserte.filter((p) => p.id !== rad.id && !erstatter.includes(p.id) && overlapperGyldighet(rad, p));
      if (konflikter.length > 0) throw overlapp(rad, konflikter);
      for (const gammel of erstatter) await this.repo.trekkTilbake(em, gammel, 'publisert');
      if (!(await this.repo.publiser(em, id, this.context.bruker.id))) throw ikkeEndrbar('publisert');
    });
    return this.hent(id);
  }

  async trekkTilbake(id: string): Promise<KriteriesettDto> {
    this.tilgang.krevRolle('fagadmin');
    await this.finn(id);
    await this.repo.iLaas(async (em) => {
      const rad = (await this.repo.finn(id, em))!;
      if (rad.status === 'tilbaketrukket') throw new DomeneFeil('KRITERIER_TILBAKETRUKKET', `Versjon ${rad.versjon} er allerede trukket tilbake.`, 409);
      await this.repo.trekkTilbake(em, id, rad.status);
    });
    return this.hent(id);
  }

  async sammenlign(id: string, kommunenummer: string): Promise<Sammenligning & { kriteriesettId: string; status: KriteriesettStatus }> {
    this.tilgang.krevRolle(...LESERE);
    const rad = await this.finn(id);
    if (!(await this.repo.kommuneFinnes(kommunenummer))) {
      throw new DomeneFeil('UKJENT_KOMMUNE', `Ukjent kommune ${kommunenummer}.`, 400, [{ field: 'kommune', message: 'Ukjent kommunenummer.' }]);
    }
    return { kriteriesettId: rad.id, status: rad.status, ...sammenlign(rad.innhold, rad.lokaleAvvik, kommunenummer) };
  }

  /** The set and its deviations as the export file: stable key order, so two exports of one version are identical. */
  async eksport(id: string): Promise<{ filnavn: string; innhold: string }> {
    this.tilgang.krevRolle(...LESERE);
    const rad = await this.finn(id);
    return { filnavn: `tildelingskriterier-versjon-${rad.versjon}.json`, innhold: eksporterKriteriesett(rad.innhold, rad.lokaleAvvik) };
  }

  /** A new draft from an export file; name and window come from the file and can be changed before publishing. */
  async importer(dokument: unknown): Promise<KriteriesettDto> {
    this.tilgang.krevRolle('fagadmin');
    const res = importerKriteriesett(JSON.stringify(dokument ?? null));
    if (!res.ok) {
      const foerste = res.feil[0]?.message ?? '';
      throw new DomeneFeil('KRITERIEFIL_UGYLDIG', `Filen kan ikke importeres: ${foerste}${res.feil.length > 1 ? ` (og ${res.feil.length - 1} feil til)` : ''}. Se hvert felt.`, 400, res.feil);
    }
    const k = res.kriteriesett;
    return this.opprettUtkast({ navn: k.navn, gyldigFra: k.gyldigFra, gyldigTil: k.gyldigTil, innhold: k as unknown as Record<string, unknown>, lokaleAvvik: res.lokaleAvvik });
  }

  private async opprettUtkast(utkast: Utkast): Promise<KriteriesettDto> {
    const rad = await this.repo.iLaas(async (em) => {
      const versjon = (await this.repo.hoyesteVersjon(em)) + 1;
      const { innhold, lokaleAvvik } = valider(utkast, versjon);
      return this.repo.opprett(em, {
        navn: innhold.navn,
        versjon,
        gyldigFra: innhold.gyldigFra,
        gyldigTil: innhold.gyldigTil,
        innhold,
        lokaleAvvik,
        opprettetAv: this.context.bruker.id,
      });
    });
    return this.hent(rad.id);
  }

  private async finn(id: string): Promise<KriteriesettEntity> {
    if (!UUID.test(id)) throw ikkeFunnet(HVA);
    const rad = await this.repo.finn(id);
    if (!rad) throw ikkeFunnet(HVA);
    return rad;
  }
}

function fraBody(body: KriteriesettUtkastDto): Utkast {
  return { navn: body.navn, ...(body.navnNn !== undefined ? { navnNn: body.navnNn } : {}), gyldigFra: body.gyldigFra, gyldigTil: body.gyldigTil ?? null, innhold: body.innhold, lokaleAvvik: body.lokaleAvvik ?? [] };
}

/**
 * Full validation of a draft: the set (schema, known facts and services, reachable rules, ranges without
 * gaps or overlaps, a catch-all last), then the deviations against it. Errors name the body's fields.
 */
function valider(u: Utkast, versjon: number, handling: Handling = 'lagres'): { innhold: Kriteriesett; lokaleAvvik: LokaltAvvik[] } {
  const innhold = { ...u.innhold, navn: u.navn, ...(u.navnNn !== undefined ? { navnNn: u.navnNn } : {}), versjon, gyldigFra: u.gyldigFra, gyldigTil: u.gyldigTil };
  const settFeil = validerKriteriesett(innhold).map((f) => ({ ...f, field: TOPPFELT.has(f.field) ? f.field : f.field === '$' ? 'innhold' : `innhold.${f.field}` }));
  if (settFeil.length > 0) throw ugyldig(settFeil, 'Kriteriesettet', handling);
  const avvikFeil = validerLokaleAvvik(innhold as unknown as Kriteriesett, u.lokaleAvvik, { prefiks: 'lokaleAvvik' });
  if (avvikFeil.length > 0) throw ugyldig(avvikFeil, 'De lokale avvikene', handling);
  return { innhold: innhold as unknown as Kriteriesett, lokaleAvvik: u.lokaleAvvik as LokaltAvvik[] };
}

/** Names each published version in the way and the two ways forward; a published version is never edited. */
function overlapp(kandidat: KriteriesettEntity, konflikter: KriteriesettEntity[]): DomeneFeil {
  const feil = konflikter.map((p) => ({
    field: 'gyldigFra',
    message:
      `Gyldighetsperioden ${periode(kandidat)} overlapper publisert versjon ${p.versjon} (${periode(p)}). ` +
      (p.gyldigTil === null
        ? `Versjon ${p.versjon} er løpende og må trekkes tilbake.`
        : `Trekk tilbake versjon ${p.versjon}, eller la denne versjonen begynne etter ${p.gyldigTil}.`) +
      ` Oppgi den i «erstatter» for å trekke den tilbake i samme publisering.`,
  }));
  const hvilke = konflikter.map((p) => `versjon ${p.versjon} (${periode(p)})`).join(' og ');
  return new DomeneFeil(
    'KRITERIER_OVERLAPPENDE_GYLDIGHET',
    `Versjon ${kandidat.versjon} kan ikke publiseres: gyldighetsperioden ${periode(kandidat)} overlapper publisert ${hvilke}. To publiserte versjoner kan ikke gjelde samme dag, og en publisert versjon endres aldri.`,
    409,
    feil,
  );
}

function sammendrag(r: KriteriesettEntity, dato: string): KriteriesettSammendragDto {
  return {
    id: r.id,
    navn: r.navn,
    versjon: r.versjon,
    gyldigFra: r.gyldigFra,
    gyldigTil: r.gyldigTil,
    status: r.status,
    iKraft: r.status === 'publisert' && erGyldigPaa(r, dato),
    antallTjenester: Object.keys(r.innhold?.tjenester ?? {}).length,
    antallLokaleAvvik: r.lokaleAvvik.length,
    opprettetAv: r.opprettetAv,
    opprettet: r.opprettet,
    publisertAv: r.publisertAv,
    publisertTid: r.publisertTid,
  };
}

function tilDto(r: KriteriesettEntity): KriteriesettDto {
  return { ...sammendrag(r, idagINorge()), innhold: r.innhold as unknown as Record<string, unknown>, lokaleAvvik: r.lokaleAvvik };
}
