import { Injectable } from '@nestjs/common';
import { PersonEntity, SoknadEntity, type TenantManager } from '../../persistence/index.js';

/** What to search by: the identity number's search key, the start of a case number, or the words of a name. */
export type Personsok = { type: 'fodselsnummer'; sokenokkel: string } | { type: 'saksnummer'; saksnummerstart: string } | { type: 'navn'; ord: string[] };

/** Escapes LIKE's wildcards in what the user typed. */
const likeTekst = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search's read model: persons by identity number, case number or name, and their cases. */
@Injectable()
export class SokRepository {
  /** At most `maks` persons, by name, then municipality. */
  finnPersoner(tm: TenantManager, sok: Personsok, maks: number): Promise<PersonEntity[]> {
    const pq = tm.createQueryBuilder(PersonEntity, 'p');
    if (sok.type === 'fodselsnummer') pq.where('p.fnr_sokenokkel = :nokkel', { nokkel: sok.sokenokkel });
    else if (sok.type === 'saksnummer') pq.where('p.id IN (SELECT s.person_id FROM soknad s WHERE s.saksnummer LIKE :saksnummer)', { saksnummer: `${likeTekst(sok.saksnummerstart)}%` });
    else {
      // Every word typed must start one of the name's words (a hyphen starts a word too: "lise" finds Anne-Lise).
      sok.ord.forEach((ord, i) => pq.andWhere(`(' ' || replace(sokenavn(p.navn), '-', ' ')) LIKE '% ' || sokenavn(:ord${i}) || '%'`, { [`ord${i}`]: likeTekst(ord) }));
    }
    return pq.orderBy('p.navn', 'ASC').addOrderBy('p.kommunenummer', 'ASC').addOrderBy('p.id', 'ASC').limit(maks).getMany();
  }

  /** The persons' cases, newest first. */
  async sakerForPersoner(tm: TenantManager, personIder: readonly string[]): Promise<SoknadEntity[]> {
    if (!personIder.length) return [];
    return tm.createQueryBuilder(SoknadEntity, 's').where('s.person_id IN (:...ids)', { ids: personIder }).orderBy('s.mottatt_dato', 'DESC').addOrderBy('s.saksnummer', 'DESC').getMany();
  }
}
