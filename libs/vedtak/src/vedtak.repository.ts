import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { BrevEntity, KartleggingEntity, SoknadEntity, type TenantManager, VedtakEntity, VedtakslinjeEntity } from '../../persistence/index.js';

/** A decision as it is first stored (draft or decided); the database sets id and defaults. */
export type NyttVedtak = Omit<VedtakEntity, 'id' | 'soknad' | 'opprettet' | 'versjon'>;
export type NyVedtakslinje = Omit<VedtakslinjeEntity, 'id' | 'vedtak'>;

/** What the read view shows of each letter of a decision (not its bytes). */
export type Brevoversikt = Pick<BrevEntity, 'id' | 'brevtype' | 'status' | 'feil' | 'sha256' | 'brevmalVersjon' | 'rendererVersjon' | 'sendtDato' | 'forsok'>;

/** Count and percentiles of the scope comparable decisions in the other municipalities received. */
export interface Omfangsfordeling {
  n: number;
  p10: number;
  median: number;
  p90: number;
}

/**
 * Every query of a decision and its lines, and of what a decision reads of its case: the application, the
 * assessment it rests on and the letters ordered for it. Lookups by id answer 404 naming the record, as
 * {@link Tilgang.hent} does everywhere.
 */
@Injectable()
export class VedtakRepository {
  constructor(private readonly tilgang: Tilgang) {}

  hent(tm: TenantManager, vedtakId: string, hva = 'vedtaket'): Promise<VedtakEntity> {
    return this.tilgang.hent(tm, VedtakEntity, vedtakId, hva);
  }

  hentSoknad(tm: TenantManager, soknadId: string): Promise<SoknadEntity> {
    return this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
  }

  hentKartlegging(tm: TenantManager, kartleggingId: string): Promise<KartleggingEntity> {
    return tm.findOneByOrFail(KartleggingEntity, { id: kartleggingId });
  }

  opprett(tm: TenantManager, vedtak: NyttVedtak): Promise<VedtakEntity> {
    return tm.save(tm.create(VedtakEntity, vedtak));
  }

  async leggTilLinjer(tm: TenantManager, linjer: NyVedtakslinje[]): Promise<void> {
    await tm.insert(VedtakslinjeEntity, linjer);
  }

  hentLinjer(tm: TenantManager, vedtakId: string): Promise<VedtakslinjeEntity[]> {
    return tm.find(VedtakslinjeEntity, { where: { vedtakId } });
  }

  /** The draft becomes the decision: who approved it and when; returns the decision as stored. */
  async markerVedtatt(tm: TenantManager, vedtakId: string, av: { id: string; navn: string }, vedtaksdato: string): Promise<VedtakEntity> {
    await tm.update(VedtakEntity, { id: vedtakId }, { status: 'vedtatt', vedtattAv: av.id, vedtattAvNavn: av.navn, vedtattTid: new Date(), vedtaksdato });
    return tm.findOneByOrFail(VedtakEntity, { id: vedtakId });
  }

  finnBrevoversikt(tm: TenantManager, vedtakId: string): Promise<Brevoversikt[]> {
    return tm.find(BrevEntity, {
      where: { vedtakId },
      order: { opprettet: 'ASC' },
      select: { id: true, brevtype: true, status: true, feil: true, sha256: true, brevmalVersjon: true, rendererVersjon: true, sendtDato: true, forsok: true },
    });
  }

  /** The decision's newest letter, or null while none is ordered (a draft has none). */
  finnSisteBrev(tm: TenantManager, vedtakId: string): Promise<BrevEntity | null> {
    return tm.findOne(BrevEntity, { where: { vedtakId }, order: { opprettet: 'DESC' } });
  }

  /**
   * The scope comparable decided cases in the other municipalities received (same service, need group and age
   * band). Only aggregates cross municipal lines: the database function returns counts and percentiles, never rows.
   */
  async omfangISammenlignbareSaker(
    tm: TenantManager,
    s: { tjenestekode: string; bistandsbehov: string; aldersgruppe: string; unntattVedtakId: string; kommunenummer: string },
  ): Promise<Omfangsfordeling> {
    const [r] = (await tm.query(`SELECT * FROM likebehandling_omfang($1, $2, $3, $4, $5)`, [s.tjenestekode, s.bistandsbehov, s.aldersgruppe, s.unntattVedtakId, s.kommunenummer])) as {
      n: unknown;
      p10: unknown;
      median: unknown;
      p90: unknown;
    }[];
    return { n: Number(r?.n ?? 0), p10: Number(r?.p10), median: Number(r?.median), p90: Number(r?.p90) };
  }
}
