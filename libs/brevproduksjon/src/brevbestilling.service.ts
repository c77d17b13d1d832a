import { Injectable } from '@nestjs/common';
import { DomeneFeil, type Maalform } from '../../domain/src/felles/typer.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import type { Brevtype } from '../../letters/src/brevtyper.js';
import { BREVTEKSTER, somListe } from '../../letters/src/brevtekster.js';
import { BrevEntity, OutboxEntity } from '../../persistence/src/entities/brev.entity.js';
import { BrevmalEntity } from '../../persistence/src/entities/brevmal.entity.js';
import { KommuneEntity } from '../../persistence/src/entities/kommune.entity.js';
import { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import type { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { KOER } from '../../queue/src/queues.js';

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

/** The render job's payload: the tenant travels with it. */
export interface BrevJobb {
  brevId: string;
  kommunenummer: string;
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
  ) {}

  /** The template and merge data the letter gets if ordered now: what `bestill` stores and a preview shows. */
  async flett(tm: TenantManager, b: Brevbestilling): Promise<{ mal: BrevmalEntity; maalform: Maalform; data: Brevdata }> {
    const kommune = await this.referanse.kommune(tm, b.soknad.kommunenummer);
    const person = await tm.findOneByOrFail(PersonEntity, { id: b.soknad.personId });
    const maalform = brevetsMaalform(person, kommune);
    const mal = await tm.findOne(BrevmalEntity, { where: { brevtype: b.brevtype, maalform, status: 'publisert' }, order: { versjon: 'DESC' } });
    if (!mal) throw new DomeneFeil('INGEN_BREVMAL', `Det finnes ingen publisert brevmal for ${b.brevtype} (${maalform}).`, 409);
    return { mal, maalform, data: this.brevdata(kommune, person, await this.referanse.tjenestenavn(tm, maalform), b, maalform) };
  }

  /** The målform the case's letters are written in: what a default text chosen before the letter must match. */
  async maalform(tm: TenantManager, soknad: Pick<SoknadEntity, 'kommunenummer' | 'personId'>): Promise<Maalform> {
    return brevetsMaalform(await tm.findOneByOrFail(PersonEntity, { id: soknad.personId }), await this.referanse.kommune(tm, soknad.kommunenummer));
  }

  async bestill(tm: TenantManager, b: Brevbestilling): Promise<BrevEntity | null> {
    const { mal, maalform, data } = await this.flett(tm, b);
    // The unique indexes (decision + type + template version; one interim reply per case) are the real guard.
    const res = await tm
      .createQueryBuilder()
      .insert()
      .into(BrevEntity)
      .values({
        kommunenummer: b.soknad.kommunenummer,
        soknadId: b.soknad.id,
        vedtakId: b.vedtakId ?? null,
        klageId: b.klageId ?? null,
        brevtype: b.brevtype,
        maalform,
        brevmalId: mal.id,
        brevmalVersjon: mal.versjon,
        status: 'bestilt',
        flettedata: data as never,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const rad = res.raw[0] as { id: string } | undefined;
    if (!rad) return null;
    await this.leggIKo(tm, rad.id, b.soknad.kommunenummer, `brev-${rad.id}`);
    return tm.findOneByOrFail(BrevEntity, { id: rad.id });
  }

  /** An outbox row for the render job; `jobbId` is deterministic so a relay that repeats itself is harmless. */
  async leggIKo(tm: TenantManager, brevId: string, kommunenummer: string, jobbId: string): Promise<void> {
    const payload: BrevJobb = { brevId, kommunenummer };
    await tm.insert(OutboxEntity, { kommunenummer, ko: KOER.brev, jobbnavn: 'render', jobbId, payload: payload as never });
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
