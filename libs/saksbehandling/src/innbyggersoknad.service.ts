import { Injectable } from '@nestjs/common';
import type { Innbygger } from '../../auth/src/idporten.js';
import { BrevarkivService, type Brevfil } from '../../brevproduksjon/src/brevarkiv.service.js';
import type { Bruker } from '../../domain/src/felles/bruker.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { kontrollerDokumenter, type Dokumentinput } from '../../dokumenter/src/dokumentkontroll.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonService } from './person.service.js';
import { ReferanseRepository } from './referanse.repository.js';
import { SaksmappeRepository } from './saksmappe.repository.js';
import { SoknadRepository } from './soknad.repository.js';
import { SoknadService } from './soknad.service.js';

/** What the citizen fills in on the digital form: the same content as a caseworker's registration. */
export interface Innbyggersoknad {
  kommunenummer: string;
  tjenester: string[];
  /** What is applied for, in the applicant's words. */
  hvaSokesOm: string;
  situasjon?: string | null;
  /** Consent for the office to obtain information (GP, home nursing …) instead of asking the applicant for it. */
  samtykkeInnhenting: boolean;
  /** The signed-in citizen's own name, address and contact details. */
  navn: string;
  adresse?: string | null;
  telefon?: string | null;
  epost?: string | null;
  maalform?: 'nb' | 'nn' | null;
  /** When a guardian, parent or attorney applies for someone else: that person. */
  paaVegneAv?: { fodselsnummer: string; navn: string; adresse?: string | null; rolle: 'verge' | 'forelder' | 'fullmektig' } | null;
  /** Attachments (a medical statement, a scanned letter): registered as incoming documents of the case. */
  vedlegg?: Dokumentinput[];
}

export interface Kvittering {
  id: string;
  saksnummer: string;
  kommunenummer: string;
  mottaker: string;
  mottattDato: string;
  kanal: 'digital';
  tjenester: { kode: string; navn: string }[];
  /** The receipt letter (PDF/A), readable by the one who sent the application once it is made. */
  kvitteringsbrev: { id: string; lenke: string };
}

/** The form's user in a municipality: not a caseworker (no roles), and never named by the identity number. */
function innbyggerbruker(kommuner: readonly string[]): Bruker {
  return { id: 'innbygger:idporten', navn: 'Innbygger (ID-porten)', roller: [], kommuner };
}

/**
 * Applications from the citizens' digital form, signed in with ID-porten. The identity number comes from the
 * token, never from the form, so nobody applies as someone else; a representative names the person they apply
 * for, and is recorded as the applicant.
 */
@Injectable()
export class InnbyggersoknadService {
  constructor(
    private readonly context: RequestContext,
    private readonly tx: TenantTransaction,
    private readonly referanse: ReferanseRepository,
    private readonly soknader: SoknadService,
    private readonly personer: PersonService,
    private readonly brevarkiv: BrevarkivService,
    private readonly systemvid: SystemvidTilgang,
    private readonly soknadrader: SoknadRepository,
    private readonly saksmappe: SaksmappeRepository,
  ) {}

  /** What the form offers: the four municipalities and the services one may apply for (no personal data). */
  async skjema(): Promise<{ kommuner: { kommunenummer: string; navn: string }[]; tjenester: { kode: string; navn: string; navnNynorsk: string }[] }> {
    return {
      kommuner: [...(await this.referanse.kommuner()).values()].map((k) => ({ kommunenummer: k.kommunenummer, navn: k.navn })),
      tjenester: (await this.referanse.tjenester()).filter((t) => t.aktiv).map((t) => ({ kode: t.kode, navn: t.navn, navnNynorsk: t.navnNynorsk })),
    };
  }

  async send(innbygger: Innbygger, s: Innbyggersoknad): Promise<Kvittering> {
    const kommune = await this.referanse.kommune(s.kommunenummer).catch(() => {
      throw new DomeneFeil('UKJENT_KOMMUNE', 'Velg en av kommunene i Lofoten.', 400, [{ field: 'kommunenummer', message: 'Velg Vestvågøy, Vågan, Flakstad eller Moskenes.' }]);
    });
    const egen = { navn: s.navn, adresse: s.adresse ?? null, telefon: s.telefon ?? null, epost: s.epost ?? null, maalform: s.maalform ?? null };
    const rep = s.paaVegneAv;
    if (rep) this.personer.valider(rep.fodselsnummer, 'paaVegneAv.fodselsnummer');
    const vedlegg = kontrollerDokumenter(s.vedlegg ?? [], 'vedlegg');
    const person = rep
      ? { fodselsnummer: rep.fodselsnummer, navn: rep.navn, adresse: rep.adresse ?? null, maalform: s.maalform ?? null, representant: { navn: s.navn, rolle: rep.rolle, adresse: s.adresse ?? null, telefon: s.telefon ?? null } }
      : { fodselsnummer: innbygger.fodselsnummer, ...egen };
    const sak = await this.context.kjorSom(innbyggerbruker([s.kommunenummer]), () =>
      this.soknader.registrerDigital({
        kommunenummer: s.kommunenummer,
        mottattDato: this.soknader.idag(),
        kanal: 'digital',
        sokerType: rep ? rep.rolle : 'selv',
        sokerNavn: rep ? s.navn : null,
        tjenester: s.tjenester,
        fritekst: s.hvaSokesOm,
        situasjon: s.situasjon ?? null,
        samtykkeInnhenting: s.samtykkeInnhenting,
        innsenderSokenokkel: this.personer.sokenokkel(innbygger.fodselsnummer),
        person,
        vedlegg,
      }),
    );
    // The receipt names the services in the applicant's målform, as the receipt letter does.
    const navn = await this.referanse.tjenestenavn(s.maalform === 'nn' ? 'nn' : 'nb');
    return {
      id: sak.id,
      saksnummer: sak.saksnummer,
      kommunenummer: s.kommunenummer,
      mottaker: `${kommune.navn} kommune, ved Felles tildelingskontor Lofoten`,
      mottattDato: this.soknader.idag(),
      kanal: 'digital',
      tjenester: s.tjenester.map((kode) => ({ kode, navn: navn(kode) })),
      kvitteringsbrev: { id: sak.kvitteringsbrevId, lenke: `/api/v1/innbyggersoknader/${sak.id}/kvittering` },
    };
  }

  /** The receipt letter's bytes, for the one who sent the application only (404 for anyone else, as for a case that does not exist). */
  async kvitteringsbrev(innbygger: Innbygger, soknadId: string): Promise<Brevfil> {
    return this.systemvid.forAlleKommuner(
      'innbyggerkvittering',
      () =>
        this.tx.run(async (tm) => {
          const soknad = /^[0-9a-f-]{36}$/i.test(soknadId) ? await this.soknadrader.finn(tm, soknadId) : null;
          if (!soknad || soknad.innsenderSokenokkel !== this.personer.sokenokkel(innbygger.fodselsnummer)) throw new DomeneFeil('IKKE_FUNNET', 'Fant ikke søknaden.', 404);
          const brev = await this.saksmappe.kvitteringsbrev(tm, soknadId);
          return this.brevarkiv.fil(tm, brev);
        }),
      innbyggerbruker,
    );
  }
}
