import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { validerFodselsnummer } from '../../domain/src/person/fodselsnummer.js';
import { PersonnummerKrypto } from '../../persistence/src/crypto/personnummer-krypto.js';
import { PersonEntity, type Representant } from '../../persistence/src/entities/person.entity.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonRepository } from './person.repository.js';

export interface PersonInput {
  fodselsnummer: string;
  navn: string;
  adresse?: string | null;
  telefon?: string | null;
  epost?: string | null;
  maalform?: 'nb' | 'nn' | null;
  strengtFortrolig?: boolean;
  representant?: Representant | null;
}

/** Persons: identity numbers validated, encrypted and searchable only by exact match. */
@Injectable()
export class PersonService {
  private readonly krypto: PersonnummerKrypto;
  private readonly tillatSyntetisk: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: PersonRepository,
  ) {
    this.krypto = new PersonnummerKrypto(config.PERSON_DATA_KEY);
    // Synthetic test numbers (month + 80) are for test and demo data; production refuses them.
    this.tillatSyntetisk = config.NODE_ENV !== 'production';
  }

  /** Validates the number; the error names the field and never repeats the number. */
  valider(fnr: string, felt = 'person.fodselsnummer'): { fodselsdato: string } {
    const r = validerFodselsnummer(fnr, { allowSynthetic: this.tillatSyntetisk });
    if (!r.ok) throw new DomeneFeil('UGYLDIG_FODSELSNUMMER', r.melding, 400, [{ field: felt, message: r.melding }]);
    return { fodselsdato: r.fodselsdato };
  }

  sokenokkel(fnr: string): string {
    return this.krypto.sokenokkel(fnr);
  }

  fodselsnummer(person: PersonEntity): string {
    return this.krypto.dekrypter(person.fnrKryptert);
  }

  /** Finds the person in the municipality by number, or creates them; updates contact details given. */
  async finnEllerOpprett(tm: TenantManager, kommunenummer: string, input: PersonInput): Promise<{ person: PersonEntity; ny: boolean }> {
    const { fodselsdato } = this.valider(input.fodselsnummer);
    const nokkel = this.krypto.sokenokkel(input.fodselsnummer);
    const finnes = await this.repo.finnIKommune(tm, kommunenummer, nokkel);
    const felter = {
      navn: input.navn,
      adresse: input.adresse ?? null,
      telefon: input.telefon ?? null,
      epost: input.epost ?? null,
      maalform: input.maalform ?? null,
      strengtFortrolig: input.strengtFortrolig ?? false,
      representant: input.representant ?? null,
    };
    if (finnes) {
      const oppdatert = await this.repo.oppdater(tm, finnes, Object.fromEntries(Object.entries(felter).filter(([, v]) => v !== null)) as Partial<PersonEntity>);
      return { person: oppdatert, ny: false };
    }
    const person = await this.repo.opprett(tm, { kommunenummer, fnrSokenokkel: nokkel, fnrKryptert: this.krypto.krypter(input.fodselsnummer), fodselsdato, ...felter });
    return { person, ny: true };
  }
}
