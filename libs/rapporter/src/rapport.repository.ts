import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RapportEntity, RapportUtgivelseEntity, RapportUtgivelsesgrunnlagEntity, type Rapporttype } from '../../persistence/src/entities/rapport.entity.js';
import { OutboxEntity } from '../../persistence/src/entities/brev.entity.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import type { Grunnlag, Grunntelling } from '../../statistics/src/anonymisering/utgivelse.js';
import type { PublisertTabell } from '../../statistics/src/anonymisering/utgivelse.js';
import { utboksjobb } from '../../queue/index.js';

/** Half-open date range of one calendar year, as SQL parameters. */
function aarsgrenser(aar: number): [string, string] {
  return [`${aar}-01-01`, `${aar + 1}-01-01`];
}

const INNVILGET = `l.utfall IN ('innvilget', 'delvis_innvilget')`;
/**
 * A decision that counts: made, and not replaced by a later decision in the same case (a corrected decision
 * counts once, as its latest version).
 */
const GJELDENDE = `v.status = 'vedtatt' AND NOT EXISTS (SELECT 1 FROM vedtak e WHERE e.erstatter_vedtak_id = v.id AND e.status = 'vedtatt')`;
const n = (x: unknown): number => (x === null || x === undefined ? 0 : Number(x));
const nn = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

export interface VolumRad {
  kommunenummer: string;
  tjenestekode: string;
  vedtak: number;
  innvilget: number;
  avvik: number;
  avvikGunstigere: number;
  avvikStrengere: number;
  lokaltAvvik: number;
}
export interface SoknadRad { kommunenummer: string; tjenestekode: string; soknader: number }
/** Applications received and decisions made in a year, each counted once. */
export interface OmfangRad { kommunenummer: string; soknader: number; vedtak: number }
export interface StratumRad {
  kommunenummer: string;
  tjenestekode: string;
  bistandsbehov: string;
  aldersgruppe: string;
  borAlene: boolean;
  n: number;
  innvilget: number;
  /** Grants with a scope in hours per week, their sum and sum of squares. */
  nTimer: number;
  sumTimer: number;
  sumKvadratTimer: number;
}
export interface TimerRad { kommunenummer: string; tjenestekode: string; bistandsbehov: string; n: number; median: number | null; q1: number | null; q3: number | null }
export interface BehandlingstidRad {
  kommunenummer: string;
  tjenestekode: string | null;
  n: number;
  median: number | null;
  p90: number | null;
  innen28: number;
  sene: number;
  seneMedForeloepigSvar: number;
}
export interface AvvikKategoriRad { kommunenummer: string; tjenestekode: string; kategori: string; antall: number }
export interface KlageRad {
  kommunenummer: string;
  vedtak: number;
  paaklaget: number;
  /** Decisions whose complaint the office assessed on its merits (reversed or upheld): the base for the reversal share. */
  vurdertAvKontoret: number;
  omgjortAvKontoret: number;
  oversendt: number;
  /** Decisions with a complaint the complainant withdrew, or the office dismissed: outcomes of their own. */
  trukket: number;
  avvist: number;
  statsforvalteren: Record<string, number>;
  /** By the complaint's route (the decided services' legal regime): complained about, and forwarded to that body. */
  etterKlagevei: Record<'statsforvalteren' | 'kommunen', { paaklaget: number; oversendt: number }>;
}
export interface VentelisteRad { kommunenummer: string; tjenestekode: string; venter: number; medianDager: number | null; p90Dager: number | null }
export interface Befolkning { kommunenummer: string; navn: string; innbyggere67: number; innbyggere80: number }

/** The line-level aggregations of the leader report, each read from the same fact rows. */
export interface Linjeaggregater {
  volum: VolumRad[];
  strata: StratumRad[];
  timer: TimerRad[];
  behandlingstid: BehandlingstidRad[];
  avvikskategorier: AvvikKategoriRad[];
}

/** Memory for one report transaction's grouping and percentiles (set transaction-local). */
const RAPPORT_WORK_MEM = '64MB';

/**
 * One row per counting decision line of the year ($1 ≤ vedtaksdato < $2), with every fact the leader report
 * aggregates. Inner joins to the line's service and the decision's application change no counts (both are
 * foreign keys).
 */
const LINJEFAKTA = `
  SELECT v.kommunenummer, l.tjenestekode, v.bistandsbehov, v.aldersgruppe, v.bor_alene, v.id AS vedtak_id,
         ${INNVILGET} AS innvilget, l.omfang, t.omfangsenhet = 'timer_per_uke' AS i_timer,
         l.avviker, l.avvik_retning, l.lokalt_avvik, l.avvik_kategori,
         (v.vedtaksdato - s.mottatt_dato) AS dager, s.foreloepig_svar_dato IS NOT NULL AS svar
    FROM vedtak v JOIN vedtakslinje l ON l.vedtak_id = v.id JOIN tjeneste t ON t.kode = l.tjenestekode JOIN soknad s ON s.id = v.soknad_id
   WHERE ${GJELDENDE} AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2`;

const AGGREGATER = {
  volum: `SELECT kommunenummer, tjenestekode, count(*) AS vedtak, count(*) FILTER (WHERE innvilget) AS innvilget,
                 count(*) FILTER (WHERE avviker) AS avvik,
                 count(*) FILTER (WHERE avviker AND avvik_retning = 'gunstigere') AS avvik_gunstigere,
                 count(*) FILTER (WHERE avviker AND avvik_retning = 'strengere') AS avvik_strengere,
                 count(*) FILTER (WHERE lokalt_avvik) AS lokalt_avvik
            FROM f GROUP BY 1, 2 ORDER BY 1, 2`,
  strata: `SELECT kommunenummer, tjenestekode, bistandsbehov, aldersgruppe, bor_alene, count(*) AS n,
                  count(*) FILTER (WHERE innvilget) AS innvilget,
                  count(*) FILTER (WHERE innvilget AND omfang IS NOT NULL AND i_timer) AS n_timer,
                  coalesce(sum(omfang) FILTER (WHERE innvilget AND i_timer), 0) AS sum_timer,
                  coalesce(sum(omfang * omfang) FILTER (WHERE innvilget AND i_timer), 0) AS sum_kvadrat
             FROM f GROUP BY 1, 2, 3, 4, 5`,
  timer: `SELECT kommunenummer, tjenestekode, bistandsbehov, count(*) AS n,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY omfang) AS median,
                 percentile_cont(0.25) WITHIN GROUP (ORDER BY omfang) AS q1,
                 percentile_cont(0.75) WITHIN GROUP (ORDER BY omfang) AS q3
            FROM f WHERE innvilget AND omfang IS NOT NULL AND i_timer
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  // Per municipality and service, and per municipality over its decisions (each once: tjenestekode null).
  behandlingstid: `SELECT kommunenummer, tjenestekode, count(*) AS n,
                          percentile_cont(0.5) WITHIN GROUP (ORDER BY dager) AS median,
                          percentile_cont(0.9) WITHIN GROUP (ORDER BY dager) AS p90,
                          count(*) FILTER (WHERE dager <= 28) AS innen28,
                          count(*) FILTER (WHERE dager > 28) AS sene,
                          count(*) FILTER (WHERE dager > 28 AND svar) AS sene_svar
                     FROM (SELECT kommunenummer, tjenestekode, dager, svar FROM f
                           UNION ALL
                           SELECT DISTINCT ON (vedtak_id) kommunenummer, NULL::varchar, dager, svar FROM f) x
                    GROUP BY kommunenummer, tjenestekode ORDER BY 1, 2 NULLS FIRST`,
  avvikskategorier: `SELECT kommunenummer, tjenestekode, coalesce(avvik_kategori, 'uten_kategori') AS kategori, count(*) AS antall
                       FROM f WHERE avviker GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
};

const tilVolum = (r: Record<string, unknown>): VolumRad => ({
  kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), vedtak: n(r.vedtak), innvilget: n(r.innvilget),
  avvik: n(r.avvik), avvikGunstigere: n(r.avvik_gunstigere), avvikStrengere: n(r.avvik_strengere), lokaltAvvik: n(r.lokalt_avvik),
});
const tilStratum = (r: Record<string, unknown>): StratumRad => ({
  kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), bistandsbehov: String(r.bistandsbehov), aldersgruppe: String(r.aldersgruppe),
  borAlene: Boolean(r.bor_alene), n: n(r.n), innvilget: n(r.innvilget), nTimer: n(r.n_timer), sumTimer: n(r.sum_timer), sumKvadratTimer: n(r.sum_kvadrat),
});
const tilTimer = (r: Record<string, unknown>): TimerRad => ({
  kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), bistandsbehov: String(r.bistandsbehov), n: n(r.n), median: nn(r.median), q1: nn(r.q1), q3: nn(r.q3),
});
const tilBehandlingstid = (r: Record<string, unknown>): BehandlingstidRad => ({
  kommunenummer: String(r.kommunenummer), tjenestekode: r.tjenestekode === null ? null : String(r.tjenestekode), n: n(r.n), median: nn(r.median), p90: nn(r.p90),
  innen28: n(r.innen28), sene: n(r.sene), seneMedForeloepigSvar: n(r.sene_svar),
});
const tilAvvikskategori = (r: Record<string, unknown>): AvvikKategoriRad => ({
  kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), kategori: String(r.kategori), antall: n(r.antall),
});

/**
 * The only place reports touch the database. Every aggregation runs in PostgreSQL (GROUP BY, count FILTER,
 * percentile_cont) inside a tenant transaction, so row-level security bounds it to the report's
 * municipalities and no case row is ever loaded into Node.
 */
@Injectable()
export class RapportRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- report rows (not tenant-owned) ----

  /** The report row and its job in the outbox, in the caller's tenant transaction (one commit). */
  async bestill(tm: TenantManager, r: { type: Rapporttype; aar: number; kommuner: string[]; bestiltAv: string; rolle: string; outboxKommune: string }): Promise<RapportEntity> {
    const rapport = await tm.save(RapportEntity, tm.create(RapportEntity, { type: r.type, status: 'bestilt', aar: r.aar, kommuner: r.kommuner, bestiltAv: r.bestiltAv, bestiltAvRolle: r.rolle }));
    await tm.insert(OutboxEntity, {
      kommunenummer: r.outboxKommune,
      ...utboksjobb('rapportBeregn', { rapportId: rapport.id, type: r.type, kommuner: r.kommuner, aar: r.aar }),
    });
    return rapport;
  }

  hent(id: string): Promise<RapportEntity | null> {
    return this.dataSource.getRepository(RapportEntity).findOneBy({ id });
  }

  /**
   * The newest reports a user may see, without their contents: those they ordered and, for a leader, every
   * anonymised report and every report whose municipalities are all among the leader's own (the same rule as
   * RapportService's single access check).
   */
  liste(bruker: { id: string; kommuner: readonly string[]; erLeder: boolean }, filter: { type?: Rapporttype; aar?: number }, antall: number): Promise<RapportEntity[]> {
    const qb = this.dataSource
      .getRepository(RapportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.type', 'r.status', 'r.aar', 'r.kommuner', 'r.bestiltAv', 'r.opprettet', 'r.ferdigTid', 'r.feil'])
      .where(`(r.bestilt_av = :id OR (:erLeder AND (r.type = 'anonymisert' OR r.kommuner <@ :kommuner::text[])))`, {
        id: bruker.id,
        erLeder: bruker.erLeder,
        kommuner: [...bruker.kommuner],
      })
      .orderBy('r.opprettet', 'DESC')
      .take(antall);
    if (filter.type) qb.andWhere('r.type = :type', { type: filter.type });
    if (filter.aar) qb.andWhere('r.aar = :aar', { aar: filter.aar });
    return qb.getMany();
  }

  /** The finished report; in the caller's transaction when given (an anonymised release stores it with its tables). */
  async lagreFerdig(id: string, innhold: Record<string, unknown>, csv: string, pdf: Buffer, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.getRepository(RapportEntity).update({ id }, { status: 'ferdig', innhold: innhold as never, csv, pdf, feil: null, ferdigTid: new Date() });
  }

  /**
   * Stores every released table exactly as published (never changed), and the counts it was made from
   * (without contributor numbers), in the transaction that computed them.
   */
  async lagreUtgivelse(tm: TenantManager, id: string, utgivelse: readonly PublisertTabell[], tellinger: readonly Grunntelling[]): Promise<void> {
    if (utgivelse.length === 0) return;
    await tm.createQueryBuilder().insert().into(RapportUtgivelsesgrunnlagEntity)
      .values({ rapportId: id, tellinger: tellinger.map(({ bidragsytere: _b, ...t }) => t) as never })
      .orIgnore().execute();
    await tm.createQueryBuilder().insert().into(RapportUtgivelseEntity)
      .values(utgivelse.map((t) => ({ rapportId: id, tabellId: t.id, tabell: t as never })))
      .orIgnore().execute();
  }

  async markerFeilet(id: string, feil: string): Promise<void> {
    await this.dataSource.getRepository(RapportEntity).update({ id }, { status: 'feilet', feil: feil.slice(0, 2000) });
  }

  /** Anonymised releases are stored one at a time: held until the caller's transaction ends. */
  async laasUtgivelser(tm: TenantManager): Promise<void> {
    await tm.query(`SELECT pg_advisory_xact_lock(hashtext('rapport_utgivelse'))`);
  }

  /** Every table of every earlier anonymised release (not this report's own, if it is being recomputed). */
  async tidligereUtgivelser(tm: TenantManager, unntatt: string): Promise<PublisertTabell[]> {
    const rader = await tm.query(`SELECT tabell FROM rapport_utgivelse WHERE rapport_id <> $1 ORDER BY opprettet`, [unntatt]);
    return (rader as { tabell: PublisertTabell }[]).map((r) => r.tabell);
  }

  /**
   * The ids of every earlier anonymised release, sorted: what a release was computed against. Read again under
   * the release lock before storing, so a release that another one overtook is computed anew.
   */
  async tidligereUtgivelsesIder(tm: TenantManager, unntatt: string): Promise<string[]> {
    const rader = await tm.query(`SELECT rapport_id FROM rapport_utgivelsesgrunnlag WHERE rapport_id <> $1 ORDER BY rapport_id`, [unntatt]);
    return (rader as { rapport_id: string }[]).map((r) => r.rapport_id);
  }

  /** The counts each earlier anonymised release was made from, by release (report) id. */
  async tidligereGrunnlag(tm: TenantManager, unntatt: string): Promise<Map<string, Grunnlag>> {
    const rader = await tm.query(`SELECT rapport_id, tellinger FROM rapport_utgivelsesgrunnlag WHERE rapport_id <> $1`, [unntatt]);
    return new Map((rader as { rapport_id: string; tellinger: Grunntelling[] }[]).map((r) => [r.rapport_id, { aar: [...new Set(r.tellinger.map((t) => t.aar))], tellinger: r.tellinger }]));
  }

  // ---- aggregation (tenant transaction) ----

  /**
   * The line-level aggregations of the leader report in one statement: the year's counting decision lines are
   * read once, with every fact the aggregations need, into a materialised CTE (one row per decision line), and
   * each aggregation reads that instead of joining the decisions again. `work_mem` is raised for the report's
   * transaction only, so the grouping and percentiles stay in memory.
   */
  async linjeaggregater(tm: TenantManager, aar: number): Promise<Linjeaggregater> {
    await tm.query(`SELECT set_config('work_mem', $1, true)`, [RAPPORT_WORK_MEM]);
    const [r]: Record<string, unknown>[] = await tm.query(
      `WITH f AS MATERIALIZED (${LINJEFAKTA})
       SELECT ${Object.entries(AGGREGATER).map(([navn, sql]) => `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${sql}) x) AS ${navn}`).join(',\n              ')}`,
      aarsgrenser(aar),
    );
    const rader = (navn: keyof typeof AGGREGATER) => (r?.[navn] ?? []) as Record<string, unknown>[];
    return {
      volum: rader('volum').map(tilVolum),
      strata: rader('strata').map(tilStratum),
      timer: rader('timer').map(tilTimer),
      behandlingstid: rader('behandlingstid').map(tilBehandlingstid),
      avvikskategorier: rader('avvikskategorier').map(tilAvvikskategori),
    };
  }

  /** Counts per stratum service × need group × age band × lives alone, per municipality (for indirect standardisation). */
  async strata(tm: TenantManager, aar: number): Promise<StratumRad[]> {
    await tm.query(`SELECT set_config('work_mem', $1, true)`, [RAPPORT_WORK_MEM]);
    const rader: Record<string, unknown>[] = await tm.query(`WITH f AS MATERIALIZED (${LINJEFAKTA}) ${AGGREGATER.strata}`, aarsgrenser(aar));
    return rader.map(tilStratum);
  }

  async soknader(tm: TenantManager, aar: number): Promise<SoknadRad[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `SELECT s.kommunenummer, t.tjenestekode, count(*) AS soknader
         FROM soknad s CROSS JOIN LATERAL unnest(s.tjenester) AS t(tjenestekode)
        WHERE s.mottatt_dato >= $1 AND s.mottatt_dato < $2
        GROUP BY s.kommunenummer, t.tjenestekode`,
      aarsgrenser(aar),
    );
    return rader.map((r) => ({ kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), soknader: n(r.soknader) }));
  }

  /** Applications received and decisions made per municipality, each once however many services they cover. */
  async omfang(tm: TenantManager, aar: number): Promise<OmfangRad[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `SELECT k.kommunenummer, coalesce(s.antall, 0) AS soknader, coalesce(v.antall, 0) AS vedtak
         FROM kommune k
         LEFT JOIN (SELECT s.kommunenummer, count(*) AS antall FROM soknad s WHERE s.mottatt_dato >= $1 AND s.mottatt_dato < $2 GROUP BY 1) s USING (kommunenummer)
         LEFT JOIN (SELECT v.kommunenummer, count(*) AS antall FROM vedtak v WHERE ${GJELDENDE} AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2 GROUP BY 1) v USING (kommunenummer)
        ORDER BY 1`,
      aarsgrenser(aar),
    );
    return rader.map((r) => ({ kommunenummer: String(r.kommunenummer), soknader: n(r.soknader), vedtak: n(r.vedtak) }));
  }

  /**
   * Complaints on the period's decisions: share complained, reversed by the office, Statsforvalteren's outcomes,
   * withdrawn and dismissed, and complained and forwarded by route (Statsforvalteren or the municipality's complaint body). A withdrawn or dismissed complaint counts as complained about, but not as assessed.
   */
  async klager(tm: TenantManager, aar: number): Promise<KlageRad[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      // One row per complained decision (kv), joined to the period's decisions: each decision is read once,
      // however many complaints it has.
      `WITH vp AS (SELECT v.id, v.kommunenummer FROM vedtak v WHERE ${GJELDENDE} AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2),
       kl AS MATERIALIZED (SELECT k.* FROM klage k JOIN vp ON vp.id = k.vedtak_id),
       kv AS (SELECT vedtak_id,
                     bool_or(kontorets_vurdering IS NOT NULL) AS vurdert,
                     bool_or(kontorets_vurdering = 'omgjort') AS omgjort,
                     bool_or(oversendt_dato IS NOT NULL) AS oversendt,
                     bool_or(status = 'trukket') AS trukket,
                     bool_or(status = 'avvist') AS avvist,
                     bool_or(klagevei = 'statsforvalteren') AS sf,
                     bool_or(klagevei = 'kommunen') AS kommunen,
                     bool_or(klagevei = 'statsforvalteren' AND oversendt_dato IS NOT NULL) AS oversendt_sf,
                     bool_or(klagevei = 'kommunen' AND oversendt_dato IS NOT NULL) AS oversendt_kommunen
                FROM kl GROUP BY vedtak_id)
       SELECT vp.kommunenummer,
              count(*) AS vedtak,
              count(kv.vedtak_id) AS paaklaget,
              count(*) FILTER (WHERE kv.vurdert) AS vurdert,
              count(*) FILTER (WHERE kv.omgjort) AS omgjort,
              count(*) FILTER (WHERE kv.oversendt) AS oversendt,
              count(*) FILTER (WHERE kv.trukket) AS trukket,
              count(*) FILTER (WHERE kv.avvist) AS avvist,
              count(*) FILTER (WHERE kv.sf) AS paaklaget_sf,
              count(*) FILTER (WHERE kv.kommunen) AS paaklaget_kommunen,
              count(*) FILTER (WHERE kv.oversendt_sf) AS oversendt_sf,
              count(*) FILTER (WHERE kv.oversendt_kommunen) AS oversendt_kommunen,
              (SELECT coalesce(jsonb_object_agg(u, a), '{}'::jsonb) FROM (
                 SELECT kl.statsforvalterens_utfall AS u, count(*) AS a FROM kl
                  WHERE kl.kommunenummer = vp.kommunenummer AND kl.statsforvalterens_utfall IS NOT NULL GROUP BY 1) s) AS statsforvalteren
         FROM vp LEFT JOIN kv ON kv.vedtak_id = vp.id GROUP BY vp.kommunenummer ORDER BY 1`,
      aarsgrenser(aar),
    );
    return rader.map((r) => ({
      kommunenummer: String(r.kommunenummer), vedtak: n(r.vedtak), paaklaget: n(r.paaklaget), vurdertAvKontoret: n(r.vurdert), omgjortAvKontoret: n(r.omgjort), oversendt: n(r.oversendt),
      trukket: n(r.trukket), avvist: n(r.avvist),
      etterKlagevei: { statsforvalteren: { paaklaget: n(r.paaklaget_sf), oversendt: n(r.oversendt_sf) }, kommunen: { paaklaget: n(r.paaklaget_kommunen), oversendt: n(r.oversendt_kommunen) } },
      statsforvalteren: Object.fromEntries(Object.entries((r.statsforvalteren ?? {}) as Record<string, unknown>).map(([k, v]) => [k, n(v)])),
    }));
  }

  /** Waiting list today: people waiting and their waiting days so far. */
  async venteliste(tm: TenantManager): Promise<VentelisteRad[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `SELECT kommunenummer, tjenestekode, count(*) AS venter,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY current_date - oppfort_dato) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY current_date - oppfort_dato) AS p90
         FROM venteliste WHERE status = 'venter' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    return rader.map((r) => ({ kommunenummer: String(r.kommunenummer), tjenestekode: String(r.tjenestekode), venter: n(r.venter), medianDager: nn(r.median), p90Dager: nn(r.p90) }));
  }

  async befolkning(tm: TenantManager, kommuner: readonly string[]): Promise<Befolkning[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `SELECT kommunenummer, navn, innbyggere_67_pluss, innbyggere_80_pluss FROM kommune WHERE kommunenummer = ANY($1) ORDER BY kommunenummer`,
      [kommuner],
    );
    return rader.map((r) => ({ kommunenummer: String(r.kommunenummer), navn: String(r.navn), innbyggere67: n(r.innbyggere_67_pluss), innbyggere80: n(r.innbyggere_80_pluss) }));
  }

  async tjenestenavn(tm: TenantManager): Promise<Map<string, { navn: string; gruppe: string; omfangsenhet: string }>> {
    const rader: Record<string, unknown>[] = await tm.query(`SELECT kode, navn, tjenestegruppe, omfangsenhet FROM tjeneste`);
    return new Map(rader.map((r) => [String(r.kode), { navn: String(r.navn), gruppe: String(r.tjenestegruppe), omfangsenhet: String(r.omfangsenhet) }]));
  }

  /**
   * The counts behind an anonymised release: decisions per year × municipality × service group × age band ×
   * need group × outcome. Never a caseworker, sex, exact age, living alone or month. With each count the
   * persons behind it, as numbers assigned here by rank of an internal id (they carry no identity and mean
   * nothing outside this query), so the primary rule can count people.
   */
  async grunntellinger(tm: TenantManager, fraAar: number, tilAar: number): Promise<Grunntelling[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `WITH d AS (
         SELECT extract(year FROM v.vedtaksdato)::int AS aar, v.kommunenummer, t.tjenestegruppe,
                CASE v.aldersgruppe WHEN '<67' THEN 'under_67' WHEN '67-79' THEN '67_79' ELSE '80_pluss' END AS aldersgruppe,
                v.bistandsbehov AS behovsgruppe,
                CASE WHEN ${INNVILGET} THEN 'innvilget' ELSE 'ikke_innvilget' END AS utfall,
                dense_rank() OVER (ORDER BY v.person_id) AS bidragsyter
           FROM vedtak v JOIN vedtakslinje l ON l.vedtak_id = v.id JOIN tjeneste t ON t.kode = l.tjenestekode
          WHERE ${GJELDENDE} AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2)
       SELECT aar, kommunenummer, tjenestegruppe, aldersgruppe, behovsgruppe, utfall, count(*) AS antall,
              array_agg(DISTINCT bidragsyter) AS bidragsytere
         FROM d GROUP BY 1, 2, 3, 4, 5, 6`,
      [`${fraAar}-01-01`, `${tilAar + 1}-01-01`],
    );
    return rader.map((r) => ({
      aar: n(r.aar), kommunenummer: String(r.kommunenummer), tjenestegruppe: String(r.tjenestegruppe), aldersgruppe: String(r.aldersgruppe),
      behovsgruppe: String(r.behovsgruppe), utfall: String(r.utfall), antall: n(r.antall), bidragsytere: (r.bidragsytere as unknown[]).map(Number),
    }));
  }

  /** Decisions per year and municipality, to choose publication periods (pooling small years). */
  async vedtakPerAar(tm: TenantManager, tilAar: number): Promise<{ aar: number; kommunenummer: string; antall: number }[]> {
    const rader: Record<string, unknown>[] = await tm.query(
      `SELECT extract(year FROM v.vedtaksdato)::int AS aar, v.kommunenummer, count(*) AS antall
         FROM vedtak v JOIN vedtakslinje l ON l.vedtak_id = v.id
        WHERE ${GJELDENDE} AND v.vedtaksdato < $1 GROUP BY 1, 2`,
      [`${tilAar + 1}-01-01`],
    );
    return rader.map((r) => ({ aar: n(r.aar), kommunenummer: String(r.kommunenummer), antall: n(r.antall) }));
  }

  /** Median processing days for an anonymised unit: returned with the number of persons so the caller can apply the rule of 10. */
  async behandlingstidPerKommune(tm: TenantManager, fraAar: number, tilAar: number, kommuner: readonly string[]): Promise<{ n: number; median: number | null }> {
    const [r]: Record<string, unknown>[] = await tm.query(
      `SELECT count(DISTINCT v.person_id) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY v.vedtaksdato - s.mottatt_dato) AS median
         FROM vedtak v JOIN soknad s ON s.id = v.soknad_id
        WHERE ${GJELDENDE} AND v.vedtaksdato >= $1 AND v.vedtaksdato < $2 AND v.kommunenummer = ANY($3)`,
      [`${fraAar}-01-01`, `${tilAar + 1}-01-01`, kommuner],
    );
    return { n: n(r?.n), median: nn(r?.median) };
  }
}
