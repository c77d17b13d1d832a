import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BrevEntity, KlageEntity, VedtakEntity, VedtakslinjeEntity, type TenantManager } from '../../persistence/index.js';

export type VedtakIMappe = Pick<VedtakEntity, 'id' | 'status' | 'vedtaksdato' | 'kriteriesettVersjon' | 'erstatterVedtakId'>;
export type KlageIMappe = Pick<KlageEntity, 'id' | 'vedtakId' | 'status' | 'mottattDato' | 'klagefrist' | 'innenFrist' | 'fristoppreisningDato' | 'fristoppreisningBegrunnelse' | 'avsluttetDato' | 'avslutningsgrunn' | 'versjon'>;
export type BrevIMappe = Pick<BrevEntity, 'id' | 'brevtype' | 'status' | 'sendtDato' | 'vedtakId' | 'klageId' | 'opprettet' | 'leveransekanal' | 'leveransestatus' | 'leveransestatusTid' | 'arkivJournalpostnummer'>;

/**
 * The case file as the case view reads it: the case's decisions, complaints and letters, listed in the order
 * they were made and without their contents (a letter's bytes are read one at a time, by id).
 */
@Injectable()
export class SaksmappeRepository {
  vedtak(tm: TenantManager, soknadId: string): Promise<VedtakIMappe[]> {
    return tm.find(VedtakEntity, { where: { soknadId }, order: { opprettet: 'ASC' }, select: { id: true, status: true, vedtaksdato: true, kriteriesettVersjon: true, erstatterVedtakId: true } });
  }

  klager(tm: TenantManager, soknadId: string): Promise<KlageIMappe[]> {
    return tm.find(KlageEntity, {
      where: { soknadId },
      order: { opprettet: 'ASC' },
      select: { id: true, vedtakId: true, status: true, mottattDato: true, klagefrist: true, innenFrist: true, fristoppreisningDato: true, fristoppreisningBegrunnelse: true, avsluttetDato: true, avslutningsgrunn: true, versjon: true },
    });
  }

  brev(tm: TenantManager, soknadId: string): Promise<BrevIMappe[]> {
    return tm.find(BrevEntity, {
      where: { soknadId },
      order: { opprettet: 'ASC' },
      select: { id: true, brevtype: true, status: true, sendtDato: true, vedtakId: true, klageId: true, opprettet: true, leveransekanal: true, leveransestatus: true, leveransestatusTid: true, arkivJournalpostnummer: true },
    });
  }

  /** Each decision's services and outcomes: what names a decision to a caseworker. */
  async vedtakslinjer(tm: TenantManager, vedtakIder: readonly string[]): Promise<Pick<VedtakslinjeEntity, 'vedtakId' | 'tjenestekode' | 'utfall'>[]> {
    if (!vedtakIder.length) return [];
    return tm.find(VedtakslinjeEntity, { where: { vedtakId: In([...vedtakIder]) }, select: { vedtakId: true, tjenestekode: true, utfall: true } });
  }

  /** The receipt letter of an application from the citizens' form. */
  kvitteringsbrev(tm: TenantManager, soknadId: string): Promise<BrevEntity> {
    return tm.findOneByOrFail(BrevEntity, { soknadId, brevtype: 'kvittering' });
  }
}
