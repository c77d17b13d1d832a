/**
 * `npm run simuler:likebehandling [-- aar]`: simulated years of the office at demo size, to measure how
 * often the leader report's two need-adjusted indicators flag each municipality, with and without a planted
 * difference, and how large the difference they report is. Pure statistics (libs/statistics), no database:
 * the same comparison functions the report uses, on strata drawn here. Writes the table into
 * docs/statistics.md between its markers (and prints it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sammenlignInnvilgelse, sammenlignTimer, type Sammenligning } from '../libs/statistics/src/sammenligning.js';
import type { EnhetSummer, EnhetTellinger } from '../libs/statistics/src/standardisering.js';
import { lagRng } from '../scripts/demo/saksmengde.js';

const AAR = Number(process.argv[2] ?? 1000);
const DOK = 'docs/statistics.md';

/** Decision lines per municipality in a demo-size year (2,000 applications, split by inhabitants 67+). */
const KOMMUNER: readonly { nr: string; navn: string; linjer: number }[] = [
  { nr: '1860', navn: 'Vestvågøy', linjer: 1020 },
  { nr: '1865', navn: 'Vågan', linjer: 940 },
  { nr: '1859', navn: 'Flakstad', linjer: 133 },
  { nr: '1874', navn: 'Moskenes', linjer: 104 },
];

/** Services (share of lines) and whether their scope is hours per week, as in the demo's mix. */
const TJENESTER: readonly [string, number, boolean][] = [
  ['hjemmesykepleie', 30, true], ['praktisk-bistand', 24, true], ['trygghetsalarm', 17, false], ['matombringing', 6, false],
  ['korttidsopphold', 6, false], ['langtidsopphold', 5, false], ['avlastning', 4, false], ['dagaktivitet', 4, false],
  ['omsorgsstonad', 1.5, true], ['stottekontakt', 1.5, true], ['bpa', 1, true],
];
const BEHOV: readonly [string, number, number][] = [['noe_avgrenset', 0.35, 2], ['middels_til_stort', 0.4, 5], ['omfattende', 0.25, 11]];
const ALDER: readonly [string, number, number][] = [['<67', 0.15, 0.8], ['67-79', 0.35, 1], ['80+', 0.5, 1.2]];

interface Stratum { nokkel: string; timer: boolean; p: number; middel: number }

/**
 * The office's practice, fixed once: a grant probability and a mean scope per stratum. As the criteria make
 * it, most strata are nearly always granted or nearly always refused; the rest lie between.
 */
function lagPraksis(rng: () => number): { strata: Stratum[]; vekter: number[] } {
  const strata: Stratum[] = [];
  const vekter: number[] = [];
  for (const [t, wt, timer] of TJENESTER) for (const [b, wb, h] of BEHOV) for (const [a, wa, fa] of ALDER) for (const alene of [true, false]) {
    const u = rng();
    const p = u < 0.5 ? 0.97 : u < 0.7 ? 0.04 : 0.3 + 0.55 * rng();
    strata.push({ nokkel: `${t}|${b}|${a}|${alene}`, timer, p, middel: h * fa * (alene ? 1.2 : 1) });
    vekter.push(wt * wb * wa * (alene ? 0.55 : 0.45));
  }
  return { strata, vekter };
}

function trekkIndeks(kum: number[], u: number): number {
  let lav = 0, hoy = kum.length - 1;
  while (lav < hoy) {
    const m = (lav + hoy) >> 1;
    if (kum[m] >= u) hoy = m;
    else lav = m + 1;
  }
  return lav;
}

/** Standard normal draw (Box–Muller). */
const normal = (rng: () => number): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

interface Plantet { kommune: string; timerFaktor: number; innvilgelseFaktor: number }

/** One year: per municipality and stratum the decisions, the grants and the granted hours (sum, sum of squares). */
function simulerAar(rng: () => number, praksis: ReturnType<typeof lagPraksis>, plantet: Plantet | null, skala: number): { tellinger: EnhetTellinger[]; summer: EnhetSummer[] } {
  const totalVekt = praksis.vekter.reduce((a, b) => a + b, 0);
  let akk = 0;
  const kum = praksis.vekter.map((w) => (akk += w / totalVekt));
  const tellinger: EnhetTellinger[] = [];
  const summer: EnhetSummer[] = [];
  for (const k of KOMMUNER) {
    const per = new Map<number, { n: number; h: number; nt: number; s: number; s2: number }>();
    const planted = plantet?.kommune === k.nr;
    for (let i = 0; i < Math.round(k.linjer * skala); i++) {
      const si = trekkIndeks(kum, rng());
      const st = praksis.strata[si];
      const r = per.get(si) ?? { n: 0, h: 0, nt: 0, s: 0, s2: 0 };
      r.n += 1;
      const p = st.p * (planted ? plantet!.innvilgelseFaktor : 1);
      if (rng() < p) {
        r.h += 1;
        if (st.timer) {
          // Hours vary about 40 % around the stratum's mean (log-normal), rounded to half hours.
          const x = Math.max(0.5, Math.round(st.middel * Math.exp(0.4 * normal(rng) - 0.08) * (planted ? plantet!.timerFaktor : 1) * 2) / 2);
          r.nt += 1;
          r.s += x;
          r.s2 += x * x;
        }
      }
      per.set(si, r);
    }
    tellinger.push({ enhet: k.nr, strata: [...per].map(([si, r]) => ({ stratum: praksis.strata[si].nokkel, n: r.n, hendelser: r.h })) });
    summer.push({ enhet: k.nr, strata: [...per].filter(([, r]) => r.nt > 0).map(([si, r]) => ({ stratum: praksis.strata[si].nokkel, n: r.nt, sum: r.s, sumKvadrater: r.s2 })) });
  }
  return { tellinger, summer };
}

interface Scenario { navn: string; plantet: Plantet | null; skala: number }

interface Utfall { flaggTimer: Map<string, number>; flaggInnv: Map<string, number>; effektTimer: number[]; effektInnv: number[] }

function kjor(s: Scenario, seed: number): Utfall {
  const rng = lagRng(seed);
  const praksis = lagPraksis(lagRng(1860));
  const u: Utfall = { flaggTimer: new Map(), flaggInnv: new Map(), effektTimer: [], effektInnv: [] };
  const tell = (m: Map<string, number>, r: readonly Sammenligning[]): void => r.forEach((x) => x.signal && m.set(x.enhet, (m.get(x.enhet) ?? 0) + 1));
  for (let i = 0; i < AAR; i++) {
    const aar = simulerAar(rng, praksis, s.plantet, s.skala);
    const timer = sammenlignTimer(aar.summer);
    const innv = sammenlignInnvilgelse(aar.tellinger);
    tell(u.flaggTimer, timer);
    tell(u.flaggInnv, innv);
    if (s.plantet) {
      const t = timer.find((x) => x.enhet === s.plantet!.kommune)?.forhold;
      const g = innv.find((x) => x.enhet === s.plantet!.kommune)?.forhold;
      if (t) u.effektTimer.push(t.estimat - 1);
      if (g) u.effektInnv.push(g.estimat - 1);
    }
  }
  return u;
}

const pst = (x: number): string => `${(x * 100).toFixed(1).replace('.', ',')} %`;
const middel = (x: number[]): number => x.reduce((a, b) => a + b, 0) / x.length;

const SCENARIER: Scenario[] = [
  { navn: 'Ingen forskjell, demostørrelse', plantet: null, skala: 1 },
  { navn: 'Ingen forskjell, en firedel av volumet', plantet: null, skala: 0.25 },
  { navn: 'Vestvågøy gir 25 % færre timer', plantet: { kommune: '1860', timerFaktor: 0.75, innvilgelseFaktor: 1 }, skala: 1 },
  { navn: 'Vågan gir 25 % færre timer', plantet: { kommune: '1865', timerFaktor: 0.75, innvilgelseFaktor: 1 }, skala: 1 },
  { navn: 'Vestvågøy gir 25 % færre timer, en firedel av volumet', plantet: { kommune: '1860', timerFaktor: 0.75, innvilgelseFaktor: 1 }, skala: 0.25 },
  { navn: 'Flakstad gir 25 % færre timer', plantet: { kommune: '1859', timerFaktor: 0.75, innvilgelseFaktor: 1 }, skala: 1 },
  { navn: 'Vestvågøy innvilger 10 % sjeldnere', plantet: { kommune: '1860', timerFaktor: 1, innvilgelseFaktor: 0.9 }, skala: 1 },
  { navn: 'Vågan innvilger 10 % sjeldnere', plantet: { kommune: '1865', timerFaktor: 1, innvilgelseFaktor: 0.9 }, skala: 1 },
  { navn: 'Flakstad innvilger 10 % sjeldnere', plantet: { kommune: '1859', timerFaktor: 1, innvilgelseFaktor: 0.9 }, skala: 1 },
];

const t0 = Date.now();
const linjer: string[] = [
  `| scenario | indikator | ${KOMMUNER.map((k) => k.navn).join(' | ')} | rapportert effekt (plantet) |`,
  `|---|---|${KOMMUNER.map(() => '---:').join('|')}|---|`,
];
SCENARIER.forEach((s, i) => {
  const u = kjor(s, 20260 + i);
  const rad = (ind: string, m: Map<string, number>, effekt: number[], plantet: number | null): string =>
    `| ${s.navn} | ${ind} | ${KOMMUNER.map((k) => { const v = pst((m.get(k.nr) ?? 0) / AAR); return s.plantet?.kommune === k.nr ? `**${v}**` : v; }).join(' | ')} | ${effekt.length && plantet !== null ? `${pst(middel(effekt))} (${pst(plantet)})` : '–'} |`;
  linjer.push(rad('timer', u.flaggTimer, u.effektTimer, s.plantet && s.plantet.timerFaktor !== 1 ? s.plantet.timerFaktor - 1 : null));
  linjer.push(rad('innvilgelse', u.flaggInnv, u.effektInnv, s.plantet && s.plantet.innvilgelseFaktor !== 1 ? s.plantet.innvilgelseFaktor - 1 : null));
});
const tabell = [
  `${AAR} simulerte år per scenario (frø 20260 + scenarionummer), ${((Date.now() - t0) / 1000).toFixed(1)} s. Andel år der kommunen flagges (95 %-nivå, tosidig); kommunen med plantet forskjell i fet skrift. Demostørrelse: ${KOMMUNER.map((k) => `${k.navn} ${k.linjer}`).join(', ')} vedtakslinjer per år.`,
  '',
  ...linjer,
].join('\n');
console.log(tabell);
const START = '<!-- simulering:start -->';
const SLUTT = '<!-- simulering:slutt -->';
const dok = readFileSync(DOK, 'utf8');
if (dok.includes(START) && dok.includes(SLUTT)) {
  writeFileSync(DOK, `${dok.slice(0, dok.indexOf(START) + START.length)}\n${tabell}\n${dok.slice(dok.indexOf(SLUTT))}`);
}
