import { Injectable } from '@nestjs/common';
import type { Utfall } from '../../domain/index.js';
import type { TenantManager, VedtakEntity, VedtakslinjeEntity } from '../../persistence/index.js';
import { VedtakRepository } from './vedtak.repository.js';
import { fmt, TILDELER } from './vedtakskontroll.js';

export interface Likebehandlingssignal {
  tjenestekode: string;
  omfang: number;
  sammenlignbare: number;
  p10: number;
  median: number;
  p90: number;
  melding: string;
}

/** Fewer comparable decisions than this give no signal. */
const MINSTE_SAMMENLIGNBARE = 5;

/**
 * Decision-time equal-treatment signal: the scope compared with what comparable decided cases in the other
 * municipalities received (same service, need group and age band; a municipality is not compared with its
 * own practice). A scope outside the middle 80 % is flagged; the caseworker decides, the signal only informs.
 */
@Injectable()
export class LikebehandlingService {
  constructor(private readonly repo: VedtakRepository) {}

  async signal(
    tm: TenantManager,
    vedtak: Pick<VedtakEntity, 'id' | 'kommunenummer' | 'bistandsbehov' | 'aldersgruppe'>,
    linjer: readonly Pick<VedtakslinjeEntity, 'tjenestekode' | 'omfang' | 'utfall'>[],
  ): Promise<Likebehandlingssignal[]> {
    const ut: Likebehandlingssignal[] = [];
    for (const l of linjer) {
      if (l.omfang === null || !TILDELER.includes(l.utfall as Utfall)) continue;
      const { n, p10, median, p90 } = await this.repo.omfangISammenlignbareSaker(tm, {
        tjenestekode: l.tjenestekode,
        bistandsbehov: vedtak.bistandsbehov,
        aldersgruppe: vedtak.aldersgruppe,
        unntattVedtakId: vedtak.id,
        kommunenummer: vedtak.kommunenummer,
      });
      if (n < MINSTE_SAMMENLIGNBARE) continue;
      const omfang = Number(l.omfang);
      if (omfang < p10 || omfang > p90) {
        ut.push({
          tjenestekode: l.tjenestekode,
          omfang,
          sammenlignbare: n,
          p10,
          median,
          p90,
          melding: `Omfanget (${fmt(omfang)}) ligger ${omfang > p90 ? 'over' : 'under'} det som er vanlig for sammenlignbare saker i de andre kommunene i kontoret (${n} vedtak med samme tjeneste, bistandsbehov og aldersgruppe: 80 % fikk mellom ${fmt(p10)} og ${fmt(p90)}, median ${fmt(median)}).`,
        });
      }
    }
    return ut;
  }
}
