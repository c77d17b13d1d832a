import { Injectable } from '@nestjs/common';
import { PersonEntity, type TenantManager } from '../../persistence/index.js';

export type NyPerson = Omit<PersonEntity, 'id' | 'opprettet' | 'endret' | 'versjon'>;

/** Persons, known once per municipality and found by the keyed search hash of their identity number. */
@Injectable()
export class PersonRepository {
  hent(tm: TenantManager, id: string): Promise<PersonEntity> {
    return tm.findOneByOrFail(PersonEntity, { id });
  }

  finnIKommune(tm: TenantManager, kommunenummer: string, fnrSokenokkel: string): Promise<PersonEntity | null> {
    return tm.findOneBy(PersonEntity, { kommunenummer, fnrSokenokkel });
  }

  /** The person's record in every municipality the transaction may see. */
  finnMedSokenokkel(tm: TenantManager, fnrSokenokkel: string): Promise<PersonEntity[]> {
    return tm.findBy(PersonEntity, { fnrSokenokkel });
  }

  opprett(tm: TenantManager, felter: NyPerson): Promise<PersonEntity> {
    return tm.save(tm.create(PersonEntity, felter));
  }

  /** Writes the fields given over the stored person. */
  oppdater(tm: TenantManager, person: PersonEntity, felter: Partial<PersonEntity>): Promise<PersonEntity> {
    const repo = tm.getRepository(PersonEntity);
    return repo.save(repo.merge(person, felter));
  }
}
