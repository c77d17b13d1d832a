import { Injectable } from '@nestjs/common';
import { DomeneFeil, type Maalform } from '../../domain/src/felles/typer.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import type { Brevtype } from '../../letters/src/brevtyper.js';
import { BREVTEKSTER, somListe } from '../../letters/src/brevtekster.js';
import type { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import type { BrevmalEntity } from '../../persistence/src/entities/brevmal.entity.js';
import type { KommuneEntity } from '../../persistence/src/entities/kommune.entity.js';
import type { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import type { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { utboksjobb } from '../../queue/index.js';
import { BrevRepository } from './brev.repository.js';
import { OutboxRepository } from './outbox.repository.js';

export interface Brevbestilling {
  soknad: SoknadEntity;
  brevtype: Brevtype;
  vedtakId?: string;
  klageId?: string;
  /**
   * The letter-specific parts of the merge data; header, party, the application and signature are added here.
   * A function when the parts depend on the letter's målform (service names, legal references, units).
   */
  innhold: Partial<Brevdata> | ((maalform: Maalform) => Partial<Brevdata>);
  dato: string;
}

/**
 * Orders a letter in the caller's transaction: the letter row (with its merge data, frozen now) and the
 * outbox row commit together with the decision or event that caused them, so there is never a decision
 * without its letter, and the letter is rendered later even if Redis is down at the time.
 */
@Injectable()
export class BrevbestillingService {
  constructor(
    private readonly context: RequestContext,
    private readonly referanse: Referansedata,
    private readonly repo: BrevRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  /** The template and merge data the letter gets if ordered now: what `bestill` stores and a preview shows. */
  async flett(tm: TenantManager, b: Brevbestilling): Promise<{ mal: BrevmalEntity; maalform: Maalform; data: Brevdata }> {
    const kommune = await this.referanse.kommune(tm, b.soknad.kommunenummer);
    const person = await this.repo.hentPerson(tm, b.soknad.personId);
    const maalform = brevetsMaalform(person, kommune);
    const mal = await this.repo.nyestePubliserteMal(tm, b.brevtype, maalform);
    if (!mal) throw new DomeneFeil('INGEN_BREVMAL', `Det finnes ingen publisert brevmal for ${b.brevtype} (${maalform}).`, 409);
    return { mal, maalform, data: this.brevdata(kommune, person, await this.referanse.tjenestenavn(tm, maalform), b, maalform) };
  }

  /** The målform the case's letters are written in: what a default text chosen before the letter must match. */
  async maalform(tm: TenantManager, soknad: Pick<SoknadEntity, 'kommunenummer' | 'personId'>): Promise<Maalform> {
    return brevetsMaalform(await this.repo.hentPerson(tm, soknad.personId), await this.referanse.kommune(tm, soknad.kommunenummer));
  }

  async bestill(tm: TenantManager, b: Brevbestilling): Promise<BrevEntity | null> {
    const { mal, maalform, data } = await this.flett(tm, b);
    // The unique indexes (decision + type + template version; one interim reply per case) are the real guard.
    const brev = await this.repo.bestill(tm, {
      kommunenummer: b.soknad.kommunenummer,
      soknadId: b.soknad.id,
      vedtakId: b.vedtakId ?? null,
      klageId: b.klageId ?? null,
      brevtype: b.brevtype,
      maalform,
      brevmalId: mal.id,
      brevmalVersjon: mal.versjon,
      flettedata: data as never,
    });
    if (brev) await this.leggIKo(tm, brev.id, b.soknad.kommunenummer, `brev-${brev.id}`);
    return brev;
  }

  /** An outbox row for the render job; `jobbId` is deterministic so a relay that repeats itself is harmless. */
  async leggIKo(tm: TenantManager, brevId: string, kommunenummer: string, jobbId: string): Promise<void> {
    await this.outbox.leggTil(tm, kommunenummer, utboksjobb('brevRender', { brevId, kommunenummer }, jobbId));
  }

  private brevdata(kommune: KommuneEntity, person: PersonEntity, tjenestenavn: (kode: string) => string, b: Brevbestilling, maalform: Maalform): Brevdata {
    const bruker = this.context.bruker;
    // A protected address (strengt fortrolig) never appears in a letter.
    const adresse = person.strengtFortrolig || !person.adresse ? null : linjer(person.adresse);
    const rep = person.representant;
    return {
      brevhode: {
        kommunenavn: kommune.navn,
        kommunenummer: kommune.kommunenummer,
        adresselinjer: linjer(kommune.postadresse),
        organisasjonsnummer: kommune.organisasjonsnummer,
        telefon: kommune.telefon,
        epost: kommune.epost,
        klageadresse: kommune.klageadresse,
      },
      saksnummer: b.soknad.saksnummer,
      dato: b.dato,
      part: { navn: person.navn, adresselinjer: adresse },
      verge: rep ? { navn: rep.navn, rolle: rep.rolle, adresselinjer: rep.adresse && !person.strengtFortrolig ? linjer(rep.adresse) : null } : null,
      saksbehandler: { navn: b.soknad.saksbehandlerNavn ?? bruker.navn, tittel: BREVTEKSTER[maalform].saksbehandler },
      // The office has no direct lines per caseworker yet: the switchboard and the office's e-mail reach the case.
      kontaktperson: { navn: b.soknad.saksbehandlerNavn ?? bruker.navn, telefon: kommune.telefon, epost: kommune.epost },
      // Every letter answers an application: what it was for (in running text) and when it came.
      soknad: { gjelder: somListe(b.soknad.tjenester.map((k) => tjenestenavn(k).toLowerCase()), maalform), mottattDato: b.soknad.mottattDato },
      ...(typeof b.innhold === 'function' ? b.innhold(maalform) : b.innhold),
    };
  }
}

/** The recipient's own målform, else the municipality's. */
function brevetsMaalform(person: PersonEntity, kommune: KommuneEntity): Maalform {
  return person.maalform ?? kommune.maalform;
}

function linjer(adresse: string): string[] {
  return adresse.split(/,\s*|\n/).map((s) => s.trim()).filter(Boolean);
}
