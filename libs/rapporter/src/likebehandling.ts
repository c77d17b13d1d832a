import { BISTANDSBEHOV_NAVN } from '../../domain/src/kartlegging/bistandsbehov.js';
import { vurderIFunnel, funnelPunkterAndel, type FunnelPunkt } from '../../statistics/src/funnel.js';
import { normalKvantil } from '../../statistics/src/fordelinger.js';
import { wilsonIntervall, type Intervall } from '../../statistics/src/intervaller.js';
import { MINSTE_FORVENTEDE, type EnhetSummer, type EnhetTellinger } from '../../statistics/src/standardisering.js';
import { sammenlignInnvilgelse, sammenlignTimer, type Sammenligning } from '../../statistics/src/sammenligning.js';
import { testForskjellMellomEnheter, type Testresultat } from '../../statistics/src/tester.js';
import type {
  AvvikKategoriRad,
  BehandlingstidRad,
  Befolkning,
  KlageRad,
  SoknadRad,
  StratumRad,
  TimerRad,
  OmfangRad,
  VentelisteRad,
  VolumRad,
} from './rapport.repository.js';

/** Everything the leader report is computed from: aggregates from SQL, never case rows. */
export interface Likebehandlingsgrunnlag {
  aar: number;
  befolkning: Befolkning[];
  /** Applications received and decisions made per municipality (each counted once, whatever its services). */
  omfang: OmfangRad[];
  tjenester: Map<string, { navn: string; gruppe: string; omfangsenhet: string }>;
  volum: VolumRad[];
  soknader: SoknadRad[];
  strata: StratumRad[];
  /**
   * The whole office's strata (all four municipalities), used only as the reference for expected values, so a
   * leader of one municipality is compared with the other municipalities. Never shown as figures.
   */
  referansestrata?: StratumRad[];
  timer: TimerRad[];
  behandlingstid: BehandlingstidRad[];
  avvikskategorier: AvvikKategoriRad[];
  klager: KlageRad[];
  venteliste: VentelisteRad[];
}

export interface Justering {
  observert: number;
  forventet: number;
  forhold: Intervall | null;
  /** E < 10: too imprecise to read on its own. */
  faaForventede: boolean;
  signal: 'lav' | 'hoy' | null;
  /** How many other municipalities the expected value comes from (one that itself differs is left out). */
  sammenlignetMed: number;
}

export interface Behandlingstid {
  n: number;
  medianDager: number | null;
  p90Dager: number | null;
  innenFireUker: Intervall | null;
  sene: number;
  seneMedForeloepigSvar: number;
  andelSeneMedForeloepigSvar: number | null;
}

export interface Flagg {
  kommunenummer: string;
  kommunenavn: string;
  tjenestekode: string | null;
  indikator: 'innvilgelse_justert' | 'timer_justert' | 'innen_fire_uker';
  retning: 'lav' | 'hoy';
  tekst: string;
}

export interface LikebehandlingRapport {
  type: 'likebehandling';
  aar: number;
  kommuner: { kommunenummer: string; navn: string; innbyggere67Pluss: number; innbyggere80Pluss: number }[];
  /** Per municipality over all services. */
  perKommune: {
    kommunenummer: string;
    kommunenavn: string;
    /** Applications received in the year, each once. */
    soknader: number;
    /** Decisions made in the year, each once (a decision may cover several services). */
    vedtak: number;
    vedtakPer1000Over67: number | null;
    vedtakPer1000Over80: number | null;
    /** Services decided (one line of a decision per service) and granted among them. */
    vedtakslinjer: number;
    innvilget: number;
    innvilgelsesandel: Intervall | null;
    innvilgelseJustert: Justering;
    timerForskjellMotForventet: {
      n: number;
      observertMiddel: number;
      forventetMiddel: number;
      forskjell: Intervall;
      /** Observed mean / expected mean, with its interval. */
      forhold: Intervall;
      signal: 'lav' | 'hoy' | null;
      sammenlignetMed: number;
    } | null;
    behandlingstid: Behandlingstid | null;
    /**
     * Per decision. `andelOmgjortAvKontoret` is of the complaints the office assessed (`vurdertAvKontoret`): a
     * withdrawn or dismissed complaint was never assessed, so it is counted as `trukket` or `avvist` instead.
     */
    klager: {
      vedtak: number;
      paaklaget: number;
      andelPaaklaget: Intervall | null;
      vurdertAvKontoret: number;
      omgjortAvKontoret: number;
      andelOmgjortAvKontoret: number | null;
      oversendt: number;
      statsforvalteren: Record<string, number>;
      trukket: number;
      avvist: number;
      /** By route: a right goes to Statsforvalteren i Nordland, a discretionary service to the municipality's complaint body. */
      etterKlagevei: KlageRad['etterKlagevei'];
    };
    funnelInnvilgelse: { plassering: string; retning: 'lav' | 'hoy' | null } | null;
    funnelInnenFireUker: { plassering: string; retning: 'lav' | 'hoy' | null } | null;
  }[];
  /** Per municipality and service. */
  rader: {
    kommunenummer: string;
    kommunenavn: string;
    tjenestekode: string;
    tjenestenavn: string;
    /** Applications for the service, and decision lines about it. */
    soknader: number;
    vedtak: number;
    vedtakPer1000Over67: number | null;
    vedtakPer1000Over80: number | null;
    innvilget: number;
    innvilgelsesandel: Intervall | null;
    innvilgelseJustert: Justering;
    timerPerBehovsgruppe: { bistandsbehov: string; etikett: string; n: number; median: number | null; nedreKvartil: number | null; ovreKvartil: number | null; kvartilbredde: number | null }[];
    behandlingstid: Behandlingstid | null;
    avvik: { antall: number; andel: number | null; gunstigere: number; strengere: number; lokaltAvvik: number; kategorier: Record<string, number> };
    venteliste: { venter: number; medianDager: number | null; p90Dager: number | null } | null;
  }[];
  /** Overall test of difference between municipalities over the strata (CMH, exact stratified or Fisher). */
  samletTest: (Testresultat & { tekst: string }) | null;
  funnel: {
    innvilgelse: Funnel | null;
    innenFireUker: Funnel | null;
  };
  flagg: Flagg[];
  merknader: string[];
}

export interface Funnel {
  tittel: string;
  /** What the horizontal axis counts. */
  xTittel: string;
  p0: number;
  punkter: FunnelPunkt[];
  enheter: { etikett: string; n: number; andel: number }[];
}

const per1000 = (antall: number, innbyggere: number): number | null => (innbyggere > 0 ? Math.round((antall / innbyggere) * 1000 * 10) / 10 : null);
const wilson = (x: number, n: number): Intervall | null => (n > 0 ? wilsonIntervall(x, n) : null);
const behovNavn = (b: string): string => BISTANDSBEHOV_NAVN[b as keyof typeof BISTANDSBEHOV_NAVN] ?? b;
const stratumNokkel = (s: StratumRad): string => `${s.tjenestekode}|${s.bistandsbehov}|${s.aldersgruppe}|${s.borAlene ? 'alene' : 'ikke_alene'}`;

function justering(r: Sammenligning | undefined): Justering {
  if (!r) return { observert: 0, forventet: 0, forhold: null, faaForventede: true, signal: null, sammenlignetMed: 0 };
  return { observert: r.observert, forventet: r.forventet, forhold: r.forhold, faaForventede: r.forventet < MINSTE_FORVENTEDE, signal: r.signal, sammenlignetMed: r.referanse.length };
}

function timerJustering(r: Sammenligning | undefined): LikebehandlingRapport['perKommune'][number]['timerForskjellMotForventet'] {
  if (!r || !r.forhold) return null;
  const estimat = r.observert - r.forventet;
  const halv = (r.forhold.ovre - r.forhold.estimat) * r.forventet;
  return {
    n: r.n, observertMiddel: r.observert, forventetMiddel: r.forventet,
    forskjell: { estimat, nedre: estimat - halv, ovre: estimat + halv, konfidens: r.forhold.konfidens },
    forhold: r.forhold, signal: r.signal, sammenlignetMed: r.referanse.length,
  };
}

function behandlingstid(r: BehandlingstidRad | undefined): Behandlingstid | null {
  if (!r || r.n === 0) return null;
  return {
    n: r.n,
    medianDager: r.median,
    p90Dager: r.p90,
    innenFireUker: wilson(r.innen28, r.n),
    sene: r.sene,
    seneMedForeloepigSvar: r.seneMedForeloepigSvar,
    andelSeneMedForeloepigSvar: r.sene > 0 ? r.seneMedForeloepigSvar / r.sene : null,
  };
}

function grupperTellinger(strata: StratumRad[], enhet: (s: StratumRad) => string): EnhetTellinger[] {
  const m = new Map<string, { stratum: string; n: number; hendelser: number }[]>();
  for (const s of strata) (m.get(enhet(s)) ?? m.set(enhet(s), []).get(enhet(s))!).push({ stratum: stratumNokkel(s), n: s.n, hendelser: s.innvilget });
  return [...m].map(([e, st]) => ({ enhet: e, strata: st }));
}

function grupperSummer(strata: StratumRad[], enhet: (s: StratumRad) => string): EnhetSummer[] {
  const m = new Map<string, { stratum: string; n: number; sum: number; sumKvadrater: number }[]>();
  for (const s of strata) {
    if (s.nTimer === 0) continue;
    (m.get(enhet(s)) ?? m.set(enhet(s), []).get(enhet(s))!).push({ stratum: stratumNokkel(s), n: s.nTimer, sum: s.sumTimer, sumKvadrater: s.sumKvadratTimer });
  }
  return [...m].map(([e, st]) => ({ enhet: e, strata: st }));
}

const pst = (x: number): string => `${(x * 100).toFixed(1).replace('.', ',')} %`;
const tall = (x: number, d = 2): string => x.toFixed(d).replace('.', ',');

/**
 * The leader report (issue 6). Approval is compared by indirect standardisation: each municipality's
 * grants O against the grants E it would have had with the pooled stratum rates of the report's
 * municipalities (service × need group × age band × lives alone), with an exact Poisson interval (Garwood
 * 1936; Breslow and Day 1987). A municipality is flagged when that interval excludes 1. Granted hours are
 * compared the same way against the pooled stratum means. Funnels (Spiegelhalter 2005) replace league tables.
 */
export function byggLikebehandling(g: Likebehandlingsgrunnlag): LikebehandlingRapport {
  const navn = new Map(g.befolkning.map((b) => [b.kommunenummer, b.navn]));
  const bef = new Map(g.befolkning.map((b) => [b.kommunenummer, b]));
  const kNavn = (k: string): string => navn.get(k) ?? k;
  const tNavn = (t: string): string => g.tjenester.get(t)?.navn ?? t;
  const merknader: string[] = [
    'Forventet antall innvilgelser og forventede timer for en kommune er beregnet fra de andre kommunenes saker med samme tjeneste, bistandsbehov, aldersgruppe og om de bor alene. En kommune som selv skiller seg ut, holdes utenfor sammenligningsgrunnlaget for de andre.',
    'Intervallene er 95 % (Wilson for andeler; for O/E og timer fra variansen til observert minus forventet, med binomisk varians i hvert stratum). Et flagg betyr at intervallet ikke dekker 1 (timer: 0); det er et signal å undersøke, ikke en konklusjon.',
    'Søknader og vedtak telles én gang hver, også når de gjelder flere tjenester; innvilgelsesandelen gjelder tjenestene det er gjort vedtak om (vedtakslinjer). Et vedtak som er erstattet av et nytt vedtak, telles ikke.',
    'Sen behandling er mer enn 28 dager fra mottatt søknad til vedtak (fvl. § 11 a: foreløpig svar når saken ikke kan besvares innen en måned).',
  ];
  // Every municipality of the office is compared with the others; only the report's own are shown.
  const kontor = g.referansestrata ?? g.strata;
  const perKommuneStd = new Map(sammenlignInnvilgelse(grupperTellinger(kontor, (s) => s.kommunenummer)).map((r) => [r.enhet, r]));
  const timerStd = new Map(sammenlignTimer(grupperSummer(kontor, (s) => s.kommunenummer)).map((r) => [r.enhet, r]));
  const perRadStd = new Map<string, Sammenligning>();
  for (const t of new Set(kontor.map((s) => s.tjenestekode))) {
    const strata = kontor.filter((s) => s.tjenestekode === t);
    for (const r of sammenlignInnvilgelse(grupperTellinger(strata, (s) => s.kommunenummer))) perRadStd.set(`${r.enhet}|${t}`, r);
  }

  const soknaderPerRad = new Map(g.soknader.map((s) => [`${s.kommunenummer}|${s.tjenestekode}`, s.soknader]));
  const btRad = new Map(g.behandlingstid.filter((b) => b.tjenestekode !== null).map((b) => [`${b.kommunenummer}|${b.tjenestekode}`, b]));
  const btKommune = new Map(g.behandlingstid.filter((b) => b.tjenestekode === null).map((b) => [b.kommunenummer, b]));
  const vente = new Map(g.venteliste.map((v) => [`${v.kommunenummer}|${v.tjenestekode}`, v]));

  // Rows: every municipality × service with a decision, an application or someone waiting.
  const nokler = new Set<string>([...g.volum.map((v) => `${v.kommunenummer}|${v.tjenestekode}`), ...soknaderPerRad.keys(), ...vente.keys()]);
  const volum = new Map(g.volum.map((v) => [`${v.kommunenummer}|${v.tjenestekode}`, v]));
  const rader = [...nokler].sort().map((nokkel) => {
    const [k, t] = nokkel.split('|');
    const v = volum.get(nokkel);
    const b = bef.get(k);
    const vedtak = v?.vedtak ?? 0;
    const kat = Object.fromEntries(g.avvikskategorier.filter((a) => a.kommunenummer === k && a.tjenestekode === t).map((a) => [a.kategori, a.antall]));
    const vl = vente.get(nokkel);
    return {
      kommunenummer: k,
      kommunenavn: kNavn(k),
      tjenestekode: t,
      tjenestenavn: tNavn(t),
      soknader: soknaderPerRad.get(nokkel) ?? 0,
      vedtak,
      vedtakPer1000Over67: b ? per1000(vedtak, b.innbyggere67) : null,
      vedtakPer1000Over80: b ? per1000(vedtak, b.innbyggere80) : null,
      innvilget: v?.innvilget ?? 0,
      innvilgelsesandel: wilson(v?.innvilget ?? 0, vedtak),
      innvilgelseJustert: justering(perRadStd.get(nokkel)),
      timerPerBehovsgruppe: g.timer
        .filter((x) => x.kommunenummer === k && x.tjenestekode === t)
        .map((x) => ({ bistandsbehov: x.bistandsbehov, etikett: behovNavn(x.bistandsbehov), n: x.n, median: x.median, nedreKvartil: x.q1, ovreKvartil: x.q3, kvartilbredde: x.q1 !== null && x.q3 !== null ? x.q3 - x.q1 : null })),
      behandlingstid: behandlingstid(btRad.get(nokkel)),
      avvik: {
        antall: v?.avvik ?? 0,
        andel: vedtak > 0 ? (v?.avvik ?? 0) / vedtak : null,
        gunstigere: v?.avvikGunstigere ?? 0,
        strengere: v?.avvikStrengere ?? 0,
        lokaltAvvik: v?.lokaltAvvik ?? 0,
        kategorier: kat,
      },
      venteliste: vl ? { venter: vl.venter, medianDager: vl.medianDager, p90Dager: vl.p90Dager } : null,
    };
  });

  // Office-level targets for the funnels.
  const totVedtak = g.volum.reduce((s, v) => s + v.vedtak, 0);
  const totInnvilget = g.volum.reduce((s, v) => s + v.innvilget, 0);
  const btAlle = [...btKommune.values()];
  const totBt = btAlle.reduce((s, b) => s + b.n, 0);
  const totInnen = btAlle.reduce((s, b) => s + b.innen28, 0);
  const p0Innv = totVedtak > 0 ? totInnvilget / totVedtak : null;
  const p0Frist = totBt > 0 ? totInnen / totBt : null;

  const klager = new Map(g.klager.map((k) => [k.kommunenummer, k]));
  const omfang = new Map(g.omfang.map((o) => [o.kommunenummer, o]));
  const perKommune = g.befolkning.map((b) => {
    const k = b.kommunenummer;
    const vedtakslinjer = g.volum.filter((v) => v.kommunenummer === k).reduce((s, v) => s + v.vedtak, 0);
    const innvilget = g.volum.filter((v) => v.kommunenummer === k).reduce((s, v) => s + v.innvilget, 0);
    const { soknader, vedtak } = omfang.get(k) ?? { soknader: 0, vedtak: 0 };
    const bt = btKommune.get(k);
    const kl = klager.get(k) ?? { vedtak: 0, paaklaget: 0, vurdertAvKontoret: 0, omgjortAvKontoret: 0, oversendt: 0, statsforvalteren: {}, trukket: 0, avvist: 0, etterKlagevei: { statsforvalteren: { paaklaget: 0, oversendt: 0 }, kommunen: { paaklaget: 0, oversendt: 0 } } };
    const justert = justering(perKommuneStd.get(k));
    const fi = justert.forhold ? { plassering: justert.signal === null ? 'innenfor' : Math.abs(perKommuneStd.get(k)!.z!) >= Z998 ? 'utenfor_998' : 'utenfor_95', retning: justert.signal } : null;
    const ff = p0Frist !== null && bt && bt.n > 0 ? vurderIFunnel(bt.innen28, bt.n, p0Frist) : null;
    return {
      kommunenummer: k,
      kommunenavn: b.navn,
      soknader,
      vedtak,
      vedtakPer1000Over67: per1000(vedtak, b.innbyggere67),
      vedtakPer1000Over80: per1000(vedtak, b.innbyggere80),
      vedtakslinjer,
      innvilget,
      innvilgelsesandel: wilson(innvilget, vedtakslinjer),
      innvilgelseJustert: justert,
      timerForskjellMotForventet: timerJustering(timerStd.get(k)),
      behandlingstid: behandlingstid(bt),
      klager: {
        vedtak: kl.vedtak,
        paaklaget: kl.paaklaget,
        andelPaaklaget: wilson(kl.paaklaget, kl.vedtak),
        vurdertAvKontoret: kl.vurdertAvKontoret,
        omgjortAvKontoret: kl.omgjortAvKontoret,
        andelOmgjortAvKontoret: kl.vurdertAvKontoret > 0 ? kl.omgjortAvKontoret / kl.vurdertAvKontoret : null,
        oversendt: kl.oversendt,
        statsforvalteren: kl.statsforvalteren,
        trukket: kl.trukket,
        avvist: kl.avvist,
        etterKlagevei: kl.etterKlagevei,
      },
      funnelInnvilgelse: fi,
      funnelInnenFireUker: ff ? { plassering: ff.plassering, retning: ff.retning } : null,
    };
  });

  // Overall test: municipality × (granted, not granted) within each stratum.
  const kommuneliste = g.befolkning.map((b) => b.kommunenummer);
  let samletTest: LikebehandlingRapport['samletTest'] = null;
  if (kommuneliste.length >= 2 && g.strata.length > 0) {
    const tabeller = new Map<string, number[][]>();
    for (const s of g.strata) {
      const i = kommuneliste.indexOf(s.kommunenummer);
      if (i < 0) continue;
      const t = tabeller.get(stratumNokkel(s)) ?? tabeller.set(stratumNokkel(s), kommuneliste.map(() => [0, 0])).get(stratumNokkel(s))!;
      t[i][0] += s.innvilget;
      t[i][1] += s.n - s.innvilget;
    }
    const res = testForskjellMellomEnheter([...tabeller.values()]);
    const metode = { fisher: 'Fishers eksakte test', cmh: 'Cochran–Mantel–Haenszel', eksakt_stratifisert: 'eksakt stratifisert test', generalisert_cmh: 'generalisert Cochran–Mantel–Haenszel' }[res.metode];
    const smaa = 'smaaForventede' in res && res.smaaForventede ? ' Noen strata har små forventede antall, så p-verdien er omtrentlig.' : '';
    samletTest = { ...res, tekst: `Samlet test for forskjell i innvilgelse mellom kommunene over strataene (${metode}): ${res.p < 0.001 ? 'p < 0,001' : `p = ${tall(res.p, 3)}`}.${smaa}` };
  }

  const funnel = (tittel: string, p0: number | null, enheter: { etikett: string; n: number; x: number }[]): Funnel | null => {
    const med = enheter.filter((e) => e.n > 0);
    if (p0 === null || med.length === 0) return null;
    const maks = Math.max(20, ...med.map((e) => e.n)) * 1.2;
    return { tittel, xTittel: 'Antall vedtak', p0, punkter: funnelPunkterAndel(p0, 1, Math.ceil(maks), 40), enheter: med.map((e) => ({ etikett: e.etikett, n: e.n, andel: e.x / e.n })) };
  };

  const flagg: Flagg[] = [];
  for (const k of perKommune) {
    const j = k.innvilgelseJustert;
    if (j.signal && j.forhold) {
      flagg.push({ kommunenummer: k.kommunenummer, kommunenavn: k.kommunenavn, tjenestekode: null, indikator: 'innvilgelse_justert', retning: j.signal,
        tekst: `${k.kommunenavn} innvilger ${j.signal === 'lav' ? 'sjeldnere' : 'oftere'} enn de andre kommunene ville gjort i de samme sakene: O/E = ${tall(j.forhold.estimat)} (95 % KI ${tall(j.forhold.nedre)}–${tall(j.forhold.ovre)}), ${j.observert} mot ${tall(j.forventet, 1)} forventet.` });
    }
    const ts = k.timerForskjellMotForventet;
    if (ts?.signal) {
      flagg.push({ kommunenummer: k.kommunenummer, kommunenavn: k.kommunenavn, tjenestekode: null, indikator: 'timer_justert', retning: ts.signal,
        tekst: `${k.kommunenavn} innvilger ${ts.signal === 'lav' ? 'færre' : 'flere'} timer per uke enn de andre kommunene for samme behov: ${tall(ts.forskjell.estimat, 1)} timer (95 % KI ${tall(ts.forskjell.nedre, 1)} til ${tall(ts.forskjell.ovre, 1)}), ${pst(ts.forhold.estimat - 1)} mot forventet.` });
    }
    if (k.funnelInnenFireUker?.plassering === 'utenfor_998' && k.funnelInnenFireUker.retning) {
      flagg.push({ kommunenummer: k.kommunenummer, kommunenavn: k.kommunenavn, tjenestekode: null, indikator: 'innen_fire_uker', retning: k.funnelInnenFireUker.retning,
        tekst: `${k.kommunenavn} ligger utenfor 99,8 %-grensen i traktdiagrammet for vedtak innen fire uker.` });
    }
  }
  for (const r of rader) {
    const j = r.innvilgelseJustert;
    if (j.signal && j.forhold) {
      flagg.push({ kommunenummer: r.kommunenummer, kommunenavn: r.kommunenavn, tjenestekode: r.tjenestekode, indikator: 'innvilgelse_justert', retning: j.signal,
        tekst: `${r.kommunenavn}, ${r.tjenestenavn}: O/E = ${tall(j.forhold.estimat)} (95 % KI ${tall(j.forhold.nedre)}–${tall(j.forhold.ovre)})${j.faaForventede ? ', få forventede (E < 10)' : ''}.` });
    }
  }

  return {
    type: 'likebehandling',
    aar: g.aar,
    kommuner: g.befolkning.map((b) => ({ kommunenummer: b.kommunenummer, navn: b.navn, innbyggere67Pluss: b.innbyggere67, innbyggere80Pluss: b.innbyggere80 })),
    perKommune,
    rader,
    samletTest,
    funnel: {
      innvilgelse: justertFunnel(p0Innv, perKommune.map((k) => ({ etikett: k.kommunenavn, s: perKommuneStd.get(k.kommunenummer) }))),
      innenFireUker: funnel('Andel vedtak innen fire uker mot antall vedtak', p0Frist, perKommune.map((k) => ({ etikett: k.kommunenavn, n: k.behandlingstid?.n ?? 0, x: btKommune.get(k.kommunenummer)?.innen28 ?? 0 }))),
    },
    flagg,
    merknader,
  };
}

const Z998 = normalKvantil(0.999);

/**
 * The funnel that matches the grant flag: each municipality's need-adjusted rate (O/E × the office's rate)
 * against its effective number of decisions, precision × (1 − p0)/p0, with normal limits
 * p0 ± z·√(p0(1 − p0)/n). A point lies outside the 95 % limits exactly when its |z| ≥ 1.96.
 */
function justertFunnel(p0: number | null, enheter: { etikett: string; s: Sammenligning | undefined }[]): Funnel | null {
  if (p0 === null || p0 <= 0 || p0 >= 1) return null;
  const med = enheter.filter((e) => e.s?.forhold && e.s.presisjon);
  if (med.length === 0) return null;
  const nEff = (presisjon: number): number => (presisjon * (1 - p0)) / p0;
  const maks = Math.max(20, ...med.map((e) => nEff(e.s!.presisjon!))) * 1.2;
  const grense = (n: number, nivaa: number): [number, number] => {
    const h = normalKvantil(1 - (1 - nivaa) / 2) * Math.sqrt((p0 * (1 - p0)) / n);
    return [Math.max(0, p0 - h), Math.min(1, p0 + h)];
  };
  const punkter = Array.from({ length: 40 }, (_, i) => Math.max(1, Math.round(((Math.sqrt(maks) * (i + 1)) / 40) ** 2))).map((n) => {
    const [nedre95, ovre95] = grense(n, 0.95);
    const [nedre998, ovre998] = grense(n, 0.998);
    return { n, nedre95, ovre95, nedre998, ovre998 };
  });
  return {
    tittel: 'Behovsjustert innvilgelse (O/E × kontorets andel) mot effektivt antall vedtak',
    xTittel: 'Effektivt antall vedtak',
    p0,
    punkter,
    enheter: med.map((e) => ({ etikett: e.etikett, n: Math.round(nEff(e.s!.presisjon!)), andel: e.s!.forhold!.estimat * p0 })),
  };
}

export { pst, tall };
