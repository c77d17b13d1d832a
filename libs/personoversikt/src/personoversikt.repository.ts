import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BrevEntity, KlageEntity, VentelisteEntity, PersonEntity, JournalnotatEntity, SoknadEntity, VedtakEntity, VedtakslinjeEntity, type TenantManager } from '../../persistence/index.js';

export type BrevIOversikt = Pick<BrevEntity, 'id' | 'soknadId' | 'brevtype' | 'status' | 'sendtDato' | 'opprettet'>;

/** The person overview's read model: one person's records in every visible municipality, and all their cases' contents, newest first. */
@Injectable()
export class PersonoversiktRepository {
  /** The person's record in each municipality the transaction may see, by municipality. */
  personrader(tm: TenantManager, fnrSokenokkel: string): Promise<PersonEntity[]> {
    return tm.find(PersonEntity, { where: { fnrSokenokkel }, order: { kommunenummer: 'ASC' } });
  }

  soknader(tm: TenantManager, personIder: readonly string[]): Promise<SoknadEntity[]> {
    return tm.find(SoknadEntity, { where: { personId: In([...personIder]) }, order: { mottattDato: 'DESC', saksnummer: 'DESC' } });
  }

  async vedtak(tm: TenantManager, soknadIder: readonly string[]): Promise<VedtakEntity[]> {
    return soknadIder.length ? tm.find(VedtakEntity, { where: { soknadId: In([...soknadIder]) }, order: { vedtaksdato: 'DESC', opprettet: 'DESC' } }) : [];
  }

  async vedtakslinjer(tm: TenantManager, vedtakIder: readonly string[]): Promise<VedtakslinjeEntity[]> {
    return vedtakIder.length ? tm.find(VedtakslinjeEntity, { where: { vedtakId: In([...vedtakIder]) } }) : [];
  }

  /** What was sent and when, never the bytes. */
  async brev(tm: TenantManager, soknadIder: readonly string[]): Promise<BrevIOversikt[]> {
    return soknadIder.length ? tm.find(BrevEntity, { where: { soknadId: In([...soknadIder]) }, order: { opprettet: 'DESC' }, select: { id: true, soknadId: true, brevtype: true, status: true, sendtDato: true, opprettet: true } }) : [];
  }

  async klager(tm: TenantManager, soknadIder: readonly string[]): Promise<KlageEntity[]> {
    return soknadIder.length ? tm.find(KlageEntity, { where: { soknadId: In([...soknadIder]) }, order: { mottattDato: 'DESC' } }) : [];
  }

  venteliste(tm: TenantManager, personIder: readonly string[]): Promise<VentelisteEntity[]> {
    return tm.find(VentelisteEntity, { where: { personId: In([...personIder]) }, order: { oppfortDato: 'DESC' } });
  }

  async journal(tm: TenantManager, soknadIder: readonly string[]): Promise<JournalnotatEntity[]> {
    return soknadIder.length ? tm.find(JournalnotatEntity, { where: { soknadId: In([...soknadIder]) }, order: { opprettet: 'DESC' } }) : [];
  }
}
