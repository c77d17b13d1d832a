import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { BrevEntity, KlageEntity, PersonEntity, SoknadEntity, VedtakEntity, VedtakslinjeEntity, type TenantManager } from '../../persistence/index.js';

/** How many items each part of the inbox shows at most. */
export const INNBOKS_MAKS = 100;

/** A task's row as read: the case's columns, the person's name, and what the part of the inbox adds. */
export interface Innboksrad {
  soknad_id: string;
  saksnummer: string;
  kommunenummer: string;
  person_id: string;
  status: string;
  frist_dato: unknown;
  mottatt_dato: unknown;
  personnavn: string;
  [ekstra: string]: unknown;
}

/**
 * The inbox's read model: one raw row per task (a case with two services due for evaluation is two tasks),
 * dates as text, never shifted by a time zone; each part at most INNBOKS_MAKS rows.
 */
@Injectable()
export class InnboksRepository {
  /** The caller's cases waiting for a decision, earliest deadline first. */
  mineSaker(tm: TenantManager, meg: string, venter: readonly string[]): Promise<Innboksrad[]> {
    return saker(tm.createQueryBuilder(SoknadEntity, 's').where('s.saksbehandler_id = :meg AND s.status IN (:...venter)', { meg, venter }).orderBy('s.frist_dato', 'ASC').addOrderBy('s.saksnummer', 'ASC'));
  }

  /** Cases waiting for a decision with a deadline on or before `til`; for `meg`, only theirs and unassigned ones. */
  frister(tm: TenantManager, venter: readonly string[], til: string, meg: string | null): Promise<Innboksrad[]> {
    const q = tm.createQueryBuilder(SoknadEntity, 's').where('s.status IN (:...venter) AND s.frist_dato <= :omEnUke', { venter, omEnUke: til });
    if (meg !== null) q.andWhere('(s.saksbehandler_id = :meg OR s.saksbehandler_id IS NULL)', { meg });
    return saker(q.orderBy('s.frist_dato', 'ASC').addOrderBy('s.saksnummer', 'ASC'));
  }

  /** Drafted decisions that need a four-eyes approval, never the caller's own. */
  utkastTilGodkjenning(tm: TenantManager, meg: string): Promise<Innboksrad[]> {
    const q = tm.createQueryBuilder(SoknadEntity, 's').innerJoin(VedtakEntity, 'v', 'v.soknad_id = s.id');
    return saker(q.where("v.status = 'utkast' AND v.krever_godkjenning AND v.utkast_av <> :meg", { meg }).orderBy('v.opprettet', 'ASC'), ['v.id AS vedtak_id', 'v.vedtaksdato::text AS vedtaksdato']);
  }

  /**
   * Granted lines of decided decisions that no later decided decision replaces, whose evaluation date (or end
   * date) is on or before `til`, and not ended before `idag`.
   */
  oppfolging(tm: TenantManager, kolonne: 'l.evalueringsdato' | 'l.sluttdato', til: string, idag: string): Promise<Innboksrad[]> {
    return saker(
      tm
        .createQueryBuilder(SoknadEntity, 's')
        .innerJoin(VedtakEntity, 'v', 'v.soknad_id = s.id')
        .innerJoin(VedtakslinjeEntity, 'l', 'l.vedtak_id = v.id')
        .where("v.status = 'vedtatt' AND l.utfall IN ('innvilget', 'delvis_innvilget')")
        .andWhere("NOT EXISTS (SELECT 1 FROM vedtak n WHERE n.erstatter_vedtak_id = v.id AND n.status = 'vedtatt')")
        .andWhere(`${kolonne} <= :til`, { til })
        .andWhere(kolonne === 'l.sluttdato' ? 'l.sluttdato >= :idag' : '(l.sluttdato IS NULL OR l.sluttdato >= :idag)', { idag })
        .orderBy(kolonne, 'ASC'),
      ['v.id AS vedtak_id', 'l.tjenestekode AS tjenestekode', `${kolonne}::text AS oppfolgingsdato`],
    );
  }

  /** Cases waiting for a decision that have had no interim reply, oldest first. */
  utenForeloepigSvar(tm: TenantManager, venter: readonly string[]): Promise<Innboksrad[]> {
    return saker(tm.createQueryBuilder(SoknadEntity, 's').where('s.status IN (:...venter) AND s.foreloepig_svar_dato IS NULL', { venter }).orderBy('s.mottatt_dato', 'ASC'));
  }

  /** Complaints the office has not yet assessed, oldest first. */
  klagerTilVurdering(tm: TenantManager): Promise<Innboksrad[]> {
    return saker(
      tm.createQueryBuilder(SoknadEntity, 's').innerJoin(KlageEntity, 'k', 'k.soknad_id = s.id').where("k.status = 'mottatt'").orderBy('k.mottatt_dato', 'ASC'),
      ['k.id AS klage_id', 'k.mottatt_dato::text AS klage_mottatt', 'k.klagefrist::text AS klagefrist', 'k.innen_frist AS innen_frist'],
    );
  }

  /** Letters that failed for good, oldest first. */
  feiledeBrev(tm: TenantManager): Promise<Innboksrad[]> {
    return saker(tm.createQueryBuilder(SoknadEntity, 's').innerJoin(BrevEntity, 'b', 'b.soknad_id = s.id').where("b.status = 'feilet'").orderBy('b.opprettet', 'ASC'), ['b.id AS brev_id', 'b.brevtype AS brevtype', 'b.opprettet AS brev_opprettet']);
  }

  vedtakslinjer(tm: TenantManager, vedtakIder: readonly string[]): Promise<VedtakslinjeEntity[]> {
    return vedtakIder.length ? tm.createQueryBuilder(VedtakslinjeEntity, 'l').where('l.vedtak_id IN (:...ider)', { ider: vedtakIder }).getMany() : Promise.resolve([]);
  }
}

/** The case's columns and its person's name, plus the part's own columns. */
function saker(q: SelectQueryBuilder<SoknadEntity>, ekstra: string[] = []): Promise<Innboksrad[]> {
  return q
    .innerJoin(PersonEntity, 'p', 'p.id = s.person_id')
    .select(['s.id AS soknad_id', 's.saksnummer AS saksnummer', 's.kommunenummer AS kommunenummer', 's.person_id AS person_id', 's.status AS status', 's.frist_dato::text AS frist_dato', 's.mottatt_dato::text AS mottatt_dato', 'p.navn AS personnavn', ...ekstra])
    .limit(INNBOKS_MAKS)
    .getRawMany<Innboksrad>();
}
