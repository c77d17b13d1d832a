import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { PersonEntity, SoknadEntity, type TenantManager, VentelisteEntity } from '../../persistence/index.js';

/** One waiting person as the list shows them, with the person's id for the audit log only. */
export interface Ventende {
  id: string;
  soknadId: string;
  vedtakId: string;
  tjenestekode: string;
  behovsskaar: number;
  oppfortDato: string;
  versjon: number;
  saksnummer: string;
  personnavn: string;
  personId: string;
}

export type NyVentelisteplass = Pick<VentelisteEntity, 'kommunenummer' | 'soknadId' | 'vedtakId' | 'personId' | 'tjenestekode' | 'behovsskaar' | 'oppfortDato' | 'status'>;

/** Every query of the waiting list for long-term care places. */
@Injectable()
export class VentelisteRepository {
  constructor(private readonly tilgang: Tilgang) {}

  /** Those waiting in a municipality: highest assessed need first, then by the date placed. */
  finnVentende(tm: TenantManager, kommunenummer: string): Promise<Ventende[]> {
    return tm
      .createQueryBuilder(VentelisteEntity, 'v')
      .innerJoin(SoknadEntity, 's', 's.id = v.soknad_id')
      .innerJoin(PersonEntity, 'p', 'p.id = v.person_id')
      .select(['v.id AS id', 'v.soknad_id AS "soknadId"', 'v.vedtak_id AS "vedtakId"', 'v.tjenestekode AS tjenestekode', 'v.behovsskaar::float AS behovsskaar', 'v.oppfort_dato::text AS "oppfortDato"', 'v.versjon AS versjon', 's.saksnummer AS saksnummer', 'p.navn AS personnavn', 'v.person_id AS "personId"'])
      .where(`v.kommunenummer = :k AND v.status = 'venter'`, { k: kommunenummer })
      .orderBy('v.behovsskaar', 'DESC')
      .addOrderBy('v.oppfort_dato', 'ASC')
      .getRawMany<Ventende>();
  }

  hent(tm: TenantManager, id: string): Promise<VentelisteEntity> {
    return this.tilgang.hent(tm, VentelisteEntity, id, 'plassen på ventelisten');
  }

  async plasser(tm: TenantManager, plass: NyVentelisteplass): Promise<void> {
    await tm.insert(VentelisteEntity, plass);
  }

  async avslutt(tm: TenantManager, id: string, endring: { status: 'tildelt' | 'fjernet'; avsluttetDato: string; versjon: number }): Promise<void> {
    await tm.update(VentelisteEntity, { id }, endring);
  }
}
