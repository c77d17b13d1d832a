import { Injectable } from '@nestjs/common';
import { ENHETSETIKETTER, RAPPORTERINGSENHETER, type Rapporteringsenhet } from '../../statistics/src/anonymisering/enheter.js';
import { K } from '../../statistics/src/anonymisering/regler.js';
import { lagAnonymisertUtgivelse, type Grunnlag, type PublisertTabell } from '../../statistics/src/anonymisering/utgivelse.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { klassifisering, mediantabell, perioderForEnheter, tabellspesifikasjoner, visning, type AnonymisertRapport } from './anonymisert.js';
import { byggLikebehandling, pst, tall, type LikebehandlingRapport } from './likebehandling.js';
import { tilCsv } from './rapport.csv.js';
import { tegnRapportPdf, type PdfTabell } from './rapport.pdf.js';
import { RapportRepository } from './rapport.repository.js';
import { Utgivelseskontroll } from './utgivelseskontroll.js';

export interface RapportJobb {
  rapportId: string;
  type: 'likebehandling' | 'anonymisert';
  kommuner: string[];
  aar: number;
}

const KOMMUNE_TIL_ENHET_KOMMUNER: Record<Rapporteringsenhet, string[]> = { vestvagoy: ['1860'], vagan: ['1865'], flakstad_moskenes: ['1859', '1874'] };

/** Computes a report inside a tenant transaction for its municipalities and stores JSON, CSV and PDF. */
@Injectable()
export class RapportBeregning {
  constructor(
    private readonly repo: RapportRepository,
    private readonly tenant: TenantTransaction,
    private readonly systemvid: SystemvidTilgang,
    private readonly kontroll: Utgivelseskontroll,
  ) {}

  /** Office-wide strata: only rates per stratum leave this query, as the reference for expected values. */
  /**
   * The whole office's strata, the reference each municipality is compared with (without itself). A report that
   * covers every municipality already reads them in its own pass, so it asks for no second one (null).
   */
  private async kontorstrata(aar: number, kommuner: readonly string[]) {
    const kontoret = await this.systemvid.alleKommuner('kontorstrata');
    if (kontoret.every((k) => kommuner.includes(k))) return null;
    return this.systemvid.forAlleKommuner('kontorstrata', () => this.tenant.les((tm) => this.repo.strata(tm, aar)));
  }

  async beregn(jobb: RapportJobb): Promise<void> {
    const eksisterende = await this.repo.hent(jobb.rapportId);
    if (!eksisterende || eksisterende.status === 'ferdig') return; // idempotent: a repeated job does nothing
    if (jobb.type === 'likebehandling') await this.likebehandling(jobb);
    else await this.anonymisert(jobb);
  }

  private async likebehandling(jobb: RapportJobb): Promise<void> {
    const kontorstrata = await this.kontorstrata(jobb.aar, jobb.kommuner);
    const rapport = await this.tenant.les(async (tm) => {
      const [befolkning, omfang, tjenester, { volum, strata, timer, behandlingstid, avvikskategorier }, soknader, klager, venteliste] = await Promise.all([
        this.repo.befolkning(tm, jobb.kommuner),
        this.repo.omfang(tm, jobb.aar),
        this.repo.tjenestenavn(tm),
        this.repo.linjeaggregater(tm, jobb.aar),
        this.repo.soknader(tm, jobb.aar),
        this.repo.klager(tm, jobb.aar),
        this.repo.venteliste(tm),
      ]);
      return byggLikebehandling({ aar: jobb.aar, befolkning, omfang, tjenester, volum, soknader, strata, referansestrata: kontorstrata ?? strata, timer, behandlingstid, avvikskategorier, klager, venteliste });
    }, { kommuner: jobb.kommuner });
    const { kolonner, rader } = likebehandlingCsv(rapport);
    const pdf = await tegnRapportPdf({
      tittel: `Likebehandling ${jobb.aar}`,
      undertittel: `TK Lofoten – lederrapport for ${rapport.kommuner.map((k) => k.navn).join(', ')}. Inneholder ingen personopplysninger.`,
      avsnitt: [
        ...(rapport.flagg.length === 0 ? ['Ingen kommuner er flagget: ingen behovsjusterte forhold har et 95 %-intervall som utelukker 1.'] : rapport.flagg.map((f) => `FLAGG: ${f.tekst}`)),
        ...(rapport.samletTest ? [rapport.samletTest.tekst] : []),
        ...rapport.merknader,
      ],
      tabeller: likebehandlingPdfTabeller(rapport),
      funnel: [rapport.funnel.innvilgelse, rapport.funnel.innenFireUker].filter((f) => f !== null),
    });
    await this.repo.lagreFerdig(jobb.rapportId, rapport as unknown as Record<string, unknown>, tilCsv(kolonner, rader), pdf);
  }

  /** The independent check of a release with every earlier one that shares years with it. */
  private async kontroller(id: string, publiserte: PublisertTabell[], grunnlag: Grunnlag, tidligere: PublisertTabell[], tidligereGrunnlag: Map<string, Grunnlag>): Promise<void> {
    const aar = new Set(grunnlag.aar);
    const perUtgivelse = new Map<string, PublisertTabell[]>();
    for (const t of tidligere) {
      if (t.periode.fra < grunnlag.aar[0] || t.periode.til > grunnlag.aar[grunnlag.aar.length - 1] || ![t.periode.fra, t.periode.til].some((a) => aar.has(a))) continue;
      (perUtgivelse.get(t.utgivelseId) ?? perUtgivelse.set(t.utgivelseId, []).get(t.utgivelseId)!).push(t);
    }
    const funn = await this.kontroll.kontroller(
      [
        ...[...perUtgivelse].map(([utgivelseId, tabeller]) => ({ utgivelseId, tabeller, grunnlag: tidligereGrunnlag.get(utgivelseId) ?? grunnlag })),
        { utgivelseId: id, tabeller: publiserte, grunnlag },
      ],
      K,
    );
    if (funn.length > 0) throw new DomeneFeil('utgivelse_holdt_tilbake', HOLDT_TILBAKE, 409);
  }

  /**
   * The anonymised release, in three steps so that no transaction stays open while the disclosure check runs
   * (on the embedded database one open transaction holds every other request): read the counts and every
   * earlier release in one short transaction; suppress, check and draw the PDF outside it; then store the
   * tables, their counts and the finished report in one short transaction under an advisory lock. Under that
   * lock the earlier releases are read again: if another release was stored meanwhile, this one is computed
   * anew with it, so two releases never miss each other's tables (secondary suppression must see every earlier
   * release). A release of a year that has not ended is provisional; it may be followed by more (e.g. each
   * quarter) and a final one. The independent check (kontrollerUtgivelser, another solver) attacks this
   * release together with every earlier one; if it finds a hidden figure narrowed below k, nothing is
   * published and the reader is told why in plain words.
   */
  private async anonymisert(jobb: RapportJobb): Promise<void> {
    for (let forsok = 1; ; forsok++) {
      const utgivelse = await this.lagAnonymisert(jobb);
      const lagret = await this.tenant.run(async (tm: TenantManager) => {
        await this.repo.laasUtgivelser(tm);
        const naa = await this.repo.tidligereUtgivelsesIder(tm, jobb.rapportId);
        if (naa.join(',') !== utgivelse.tidligereIder.join(',')) return false;
        await this.repo.lagreUtgivelse(tm, jobb.rapportId, utgivelse.publiserte, utgivelse.tellinger);
        await this.repo.lagreFerdig(jobb.rapportId, utgivelse.rapport as unknown as Record<string, unknown>, utgivelse.csv, utgivelse.pdf, tm);
        return true;
      }, { kommuner: jobb.kommuner });
      if (lagret) return;
      // Releases ordered one after another each overtake this one at most once; a technical error is retried with backoff.
      if (forsok >= MAKS_FORSOK) throw new Error(`Utgivelsen ble forbigått av andre utgivelser ${forsok} ganger på rad`);
    }
  }

  /** Reads in one short transaction, then suppresses, checks and draws outside it. */
  private async lagAnonymisert(jobb: RapportJobb) {
    const idag = idagINorge();
    const foreloepig = jobb.aar >= Number(idag.slice(0, 4));
    const lest = await this.tenant.les(async (tm: TenantManager) => {
      const tidligereIder = await this.repo.tidligereUtgivelsesIder(tm, jobb.rapportId);
      const tidligere = await this.repo.tidligereUtgivelser(tm, jobb.rapportId);
      const tidligereGrunnlag = await this.repo.tidligereGrunnlag(tm, jobb.rapportId);
      const perAar = await this.repo.vedtakPerAar(tm, jobb.aar);
      const { perioder, venter } = perioderForEnheter(perAar, jobb.aar);
      const aarListe = [...perioder.values(), ...tidligere.map((t) => t.periode)].flatMap((p) => [p.fra, p.til]);
      const fra = Math.min(jobb.aar, ...aarListe);
      const til = Math.max(jobb.aar, ...aarListe);
      const tellinger = await this.repo.grunntellinger(tm, fra, til);
      const grupper = [...(await this.repo.tjenestenavn(tm)).values()].map((g) => g.gruppe);
      const medianer = [];
      for (const enhet of RAPPORTERINGSENHETER) {
        const p = perioder.get(enhet);
        if (!p) continue;
        const m = await this.repo.behandlingstidPerKommune(tm, p.fra, p.til, KOMMUNE_TIL_ENHET_KOMMUNER[enhet]);
        medianer.push({ enhet, periode: p, n: m.n, median: m.median });
      }
      return { tidligereIder, tidligere, tidligereGrunnlag, perioder, venter, fra, til, tellinger, grupper, medianer };
    }, { kommuner: jobb.kommuner });
    const { tidligere, tidligereGrunnlag, perioder, venter, fra, til, tellinger, medianer } = lest;
    const specs = tabellspesifikasjoner(perioder);
    const merknader = [
      'Enhetene er Vågan, Vestvågøy og Flakstad og Moskenes samlet. Tall mellom 1 og 4 vises ikke, og heller ikke tall som kunne vært regnet ut fra andre publiserte tall, i denne eller tidligere utgivelser.',
      'Tall under 5 personer vises ikke: en person med flere vedtak telles én gang når det avgjøres om et tall kan vises. Tabellene teller vedtak; et vedtak som er rettet ved et nytt vedtak, telles én gang, som det nye.',
      'Periodene er kalenderår; en enhet med færre enn 20 vedtak i et år får året slått sammen med neste år.',
      ...(foreloepig
        ? [`Foreløpige tall for ${jobb.aar}, med vedtak til og med ${idag.split('-').reverse().join('.')}. Nye og rettede vedtak kan endre tallene til neste utgivelse; endelige tall kommer etter årsskiftet. Et tall som har endret seg med 1–4 siden en tidligere utgivelse, vises ikke.`]
        : [`Endelige tall for ${jobb.aar}.`]),
      ...venter.map((e) => `${ENHETSETIKETTER[e]}: tallene for ${jobb.aar} slås sammen med ${jobb.aar + 1} og publiseres når det året er avsluttet.`),
    ];
    let publiserte: PublisertTabell[] = [];
    const grunnlag = { aar: Array.from({ length: til - fra + 1 }, (_, i) => fra + i), tellinger };
    if (specs.length > 0) {
      const res = lagAnonymisertUtgivelse({
        utgivelseId: jobb.rapportId,
        klassifisering: klassifisering(lest.grupper),
        grunnlag,
        tabeller: specs,
        tidligereTabeller: tidligere,
        tidligereGrunnlag,
      });
      publiserte = [...res.utgivelse.tabeller];
      await this.kontroller(jobb.rapportId, publiserte, grunnlag, tidligere, tidligereGrunnlag);
    }
    const rapport: AnonymisertRapport = {
      type: 'anonymisert',
      aar: jobb.aar,
      utgave: foreloepig ? 'foreloepig' : 'endelig',
      tilOgMed: foreloepig ? idag : `${jobb.aar}-12-31`,
      k: K,
      enheter: RAPPORTERINGSENHETER.map((e) => ENHETSETIKETTER[e]),
      tabeller: [...publiserte.map(visning), ...(medianer.length > 0 ? [mediantabell(medianer)] : [])],
      merknader,
    };
    const kolonner = ['tabell', 'periode', 'dimensjon_1', 'kategori_1', 'dimensjon_2', 'kategori_2', 'innvilget', 'ikke_innvilget', 'i_alt', 'andel_innvilget', 'ki_95', 'median_dager'];
    const rader = rapport.tabeller.flatMap((t) =>
      t.rader.map((r) =>
        t.id === 'behandlingstid-median'
          ? [t.tittel, String(r[1]), 'Enhet', String(r[0]), '', '', '', '', '', '', '', r[2]]
          : [t.tittel, t.periode, t.kolonner[0], String(r[0]), t.kolonner[1], String(r[1]), r[2], r[3], r[4], r[5], r[6], ''],
      ),
    );
    const pdf = await tegnRapportPdf({
      tittel: `Anonymisert rapport ${jobb.aar}${foreloepig ? ' (foreløpige tall)' : ''}`,
      undertittel: 'TK Lofoten – for tillitsvalgte. Inneholder ingen personopplysninger og ingen tall per saksbehandler.',
      avsnitt: rapport.merknader,
      tabeller: rapport.tabeller.map((t) => ({ tittel: t.tittel, kolonner: t.kolonner, rader: t.rader, fotnote: t.fotnote })),
      funnel: [],
    });
    return { tidligereIder: lest.tidligereIder, publiserte, tellinger, rapport, csv: tilCsv(kolonner, rader), pdf };
  }
}

/** How often a release is computed anew because others were stored first, before the job is retried later. */
const MAKS_FORSOK = 5;

/** Why a release is held back, in words a union representative can act on. */
const HOLDT_TILBAKE =
  'Utgivelsen er holdt tilbake, og ingen tall er publisert. Kontrollen av anonymiseringen fant at et tall som skulle være skjult, kunne regnes ut når denne utgivelsen leses sammen med tidligere utgivelser. Kontoret må se på tabellene før tallene kan gis ut; bestill gjerne igjen senere.';

const ki = (i: { nedre: number; ovre: number } | null | undefined, f: (x: number) => string = pst): string => (i ? `${f(i.nedre)}–${f(i.ovre)}` : '');

export const LIKEBEHANDLING_CSV_KOLONNER = [
  'kommunenummer', 'kommune', 'tjenestekode', 'tjeneste', 'soknader', 'vedtak', 'vedtak_per_1000_67_pluss', 'vedtak_per_1000_80_pluss',
  'innvilget', 'innvilgelsesandel', 'innvilgelsesandel_ki_nedre', 'innvilgelsesandel_ki_ovre',
  'observert', 'forventet', 'o_e', 'o_e_ki_nedre', 'o_e_ki_ovre', 'faa_forventede', 'signal',
  'behandlingstid_median_dager', 'behandlingstid_p90_dager', 'andel_innen_4_uker', 'sene', 'sene_med_foreloepig_svar',
  'avvik', 'avvik_gunstigere', 'avvik_strengere', 'lokalt_avvik', 'venter',
];

function likebehandlingCsv(r: LikebehandlingRapport): { kolonner: string[]; rader: (string | number | null)[][] } {
  const rader = r.rader.map((x) => [
    x.kommunenummer, x.kommunenavn, x.tjenestekode, x.tjenestenavn, x.soknader, x.vedtak, x.vedtakPer1000Over67, x.vedtakPer1000Over80,
    x.innvilget, x.innvilgelsesandel?.estimat ?? null, x.innvilgelsesandel?.nedre ?? null, x.innvilgelsesandel?.ovre ?? null,
    x.innvilgelseJustert.observert, round(x.innvilgelseJustert.forventet), x.innvilgelseJustert.forhold ? round(x.innvilgelseJustert.forhold.estimat) : null,
    x.innvilgelseJustert.forhold ? round(x.innvilgelseJustert.forhold.nedre) : null, x.innvilgelseJustert.forhold ? round(x.innvilgelseJustert.forhold.ovre) : null,
    x.innvilgelseJustert.faaForventede ? 'ja' : 'nei', x.innvilgelseJustert.signal ?? '',
    x.behandlingstid?.medianDager ?? null, x.behandlingstid?.p90Dager ?? null, x.behandlingstid?.innenFireUker ? round(x.behandlingstid.innenFireUker.estimat) : null,
    x.behandlingstid?.sene ?? null, x.behandlingstid?.seneMedForeloepigSvar ?? null,
    x.avvik.antall, x.avvik.gunstigere, x.avvik.strengere, x.avvik.lokaltAvvik, x.venteliste?.venter ?? 0,
  ]);
  return { kolonner: LIKEBEHANDLING_CSV_KOLONNER, rader };
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

function likebehandlingPdfTabeller(r: LikebehandlingRapport): PdfTabell[] {
  const oe = (j: LikebehandlingRapport['rader'][number]['innvilgelseJustert']): string =>
    j.forhold ? `${tall(j.forhold.estimat)} (${ki(j.forhold, (x) => tall(x))})${j.faaForventede ? ' *' : ''}${j.signal ? ' FLAGG' : ''}` : '';
  return [
    {
      tittel: 'Per kommune',
      kolonner: ['Kommune', 'Søknader', 'Vedtak', 'Per 1000 67+', 'Per 1000 80+', 'Innvilgede tjenester (95 % KI)', 'Justert O/E (95 % KI)', 'Timer O−E (95 % KI)', 'Median / p90 dager', 'Innen 4 uker', 'Sene med foreløpig svar', 'Påklaget (Statsforvalteren / kommunens klageorgan)', 'Omgjort av kontoret', 'Trukket / avvist'],
      bredder: [1.3, 0.8, 0.7, 0.8, 0.8, 1.6, 1.7, 1.5, 1, 1.3, 1, 1.2, 1, 0.9],
      markerte: r.perKommune.flatMap((k, i) => (k.innvilgelseJustert.signal || k.timerForskjellMotForventet?.signal ? [i] : [])),
      rader: r.perKommune.map((k) => [
        `${k.kommunenavn}${k.innvilgelseJustert.signal || k.timerForskjellMotForventet?.signal ? ' (flagget)' : ''}`, k.soknader, k.vedtak, k.vedtakPer1000Over67, k.vedtakPer1000Over80,
        k.innvilgelsesandel ? `${k.innvilget} av ${k.vedtakslinjer}: ${pst(k.innvilgelsesandel.estimat)} (${ki(k.innvilgelsesandel)})` : '',
        oe(k.innvilgelseJustert),
        k.timerForskjellMotForventet ? `${tall(k.timerForskjellMotForventet.forskjell.estimat, 1)} (${ki(k.timerForskjellMotForventet.forskjell, (x) => tall(x, 1))})${k.timerForskjellMotForventet.signal ? ' FLAGG' : ''}` : '',
        k.behandlingstid ? `${tall(k.behandlingstid.medianDager ?? 0, 0)} / ${tall(k.behandlingstid.p90Dager ?? 0, 0)}` : '',
        k.behandlingstid?.innenFireUker ? `${pst(k.behandlingstid.innenFireUker.estimat)} (${ki(k.behandlingstid.innenFireUker)})` : '',
        k.behandlingstid ? `${k.behandlingstid.seneMedForeloepigSvar} av ${k.behandlingstid.sene}` : '',
        k.klager.andelPaaklaget ? `${k.klager.paaklaget} (${pst(k.klager.andelPaaklaget.estimat)}): ${k.klager.etterKlagevei.statsforvalteren.paaklaget} / ${k.klager.etterKlagevei.kommunen.paaklaget}` : '0',
        `${k.klager.omgjortAvKontoret}`,
        `${k.klager.trukket} / ${k.klager.avvist}`,
      ]),
      fotnote: 'Søknader og vedtak telles én gang hver; innvilgede tjenester er av vedtakslinjene (én per tjeneste i et vedtak). * Forventet antall under 10: forholdet er for usikkert til å leses alene. O/E er observert mot forventet antall innvilgelser gitt sakenes tjeneste, bistandsbehov, aldersgruppe og om de bor alene, med de andre kommunenes praksis som mål. Markerte rader er flagget.',
    },
    {
      tittel: 'Per kommune og tjeneste',
      kolonner: ['Kommune', 'Tjeneste', 'Søknader om tjenesten', 'Vedtak om tjenesten', 'Innvilget (95 % KI)', 'Justert O/E (95 % KI)', 'Timer median (IQR) per bistandsbehov', 'Median / p90 dager', 'Avvik fra anbefaling', 'Venter'],
      bredder: [1.1, 2, 0.7, 0.6, 1.6, 1.7, 2.4, 0.9, 1.4, 0.6],
      markerte: r.rader.flatMap((x, i) => (x.innvilgelseJustert.signal ? [i] : [])),
      fotnote: 'Markerte rader er flagget: tjenesten innvilges sjeldnere eller oftere enn de andre kommunene ville gjort i de samme sakene.',
      rader: r.rader.map((x) => [
        `${x.kommunenavn}${x.innvilgelseJustert.signal ? ' (flagget)' : ''}`, x.tjenestenavn, x.soknader, x.vedtak,
        x.innvilgelsesandel ? `${pst(x.innvilgelsesandel.estimat)} (${ki(x.innvilgelsesandel)})` : '',
        oe(x.innvilgelseJustert),
        x.timerPerBehovsgruppe.map((t) => `${t.etikett}: ${tall(t.median ?? 0, 1)} (${tall(t.nedreKvartil ?? 0, 1)}–${tall(t.ovreKvartil ?? 0, 1)})`).join('; '),
        x.behandlingstid ? `${tall(x.behandlingstid.medianDager ?? 0, 0)} / ${tall(x.behandlingstid.p90Dager ?? 0, 0)}` : '',
        x.avvik.antall > 0 ? `${x.avvik.antall} (${x.avvik.gunstigere} gunstigere, ${x.avvik.strengere} strengere)` : '0',
        x.venteliste?.venter ?? 0,
      ]),
    },
  ];
}
