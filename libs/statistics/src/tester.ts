import { kjikvadratOvreHale, logBinomialkoeffisient, normalKvantil } from './fordelinger.js';

/** A 2×2 table [[a, b], [c, d]]: rows are the two groups (e.g. municipalities), columns the outcome (yes, no). */
export type Tabell2x2 = readonly [readonly [number, number], readonly [number, number]];

/** An R×C table of counts: rows are groups (e.g. reporting units), columns outcome categories. */
export type TabellRxC = readonly (readonly number[])[];

export interface FisherResultat {
  readonly metode: 'fisher';
  /** Two-sided p-value. */
  readonly p: number;
  /** Sample odds ratio ad/bc (may be 0 or Infinity). */
  readonly oddsratio: number;
}

export interface CmhResultat {
  readonly metode: 'cmh';
  readonly statistikk: number;
  readonly df: 1;
  readonly p: number;
  /** Mantel–Haenszel common odds ratio. */
  readonly fellesOddsratio: number;
  /** Robins–Breslow–Greenland confidence interval for the common odds ratio. */
  readonly oddsratioNedre: number;
  readonly oddsratioOvre: number;
  readonly kontinuitetskorreksjon: boolean;
}

export interface EksaktStratifisertResultat {
  readonly metode: 'eksakt_stratifisert';
  /** Two-sided exact conditional p-value for a common odds ratio of 1. */
  readonly p: number;
  readonly fellesOddsratio: number;
}

export interface GeneralisertCmhResultat {
  readonly metode: 'generalisert_cmh';
  readonly statistikk: number;
  readonly df: number;
  readonly p: number;
  /** True when some stratum has expected counts under 5: the chi-square approximation is then rough. */
  readonly smaaForventede: boolean;
}

export type Testresultat = FisherResultat | CmhResultat | EksaktStratifisertResultat | GeneralisertCmhResultat;

/** R's tolerance for "probability ≤ the observed one" in exact tests (fisher.test uses 1 + 1e-7). */
const RELATIV_TOLERANSE = 1 + 1e-7;

function sjekkTelling(x: number): void {
  if (!Number.isInteger(x) || x < 0) throw new RangeError(`Tellinger må være ikke-negative heltall, fikk ${x}`);
}

/** Hypergeometric log-probabilities of the (1,1) cell for fixed margins, indexed from its minimum. */
function hypergeometriskLogSannsynligheter(rad1: number, rad2: number, kol1: number): { min: number; logp: number[] } {
  const min = Math.max(0, kol1 - rad2);
  const maks = Math.min(rad1, kol1);
  const nevner = logBinomialkoeffisient(rad1 + rad2, kol1);
  const logp: number[] = [];
  for (let a = min; a <= maks; a++) {
    logp.push(logBinomialkoeffisient(rad1, a) + logBinomialkoeffisient(rad2, kol1 - a) - nevner);
  }
  return { min, logp };
}

/**
 * Fisher's exact test on a 2×2 table, two-sided: the sum of the hypergeometric probabilities of all
 * tables with the same margins that are no more probable than the observed one.
 *
 * Source: R. A. Fisher (1935), "The logic of inductive inference", JRSS 98:39–82; the two-sided rule is
 * the one in R's fisher.test. Golden value (issue 6): [[3,1],[1,3]] gives p = 0.486.
 */
export function fisherEksakt(tabell: Tabell2x2): FisherResultat {
  const [[a, b], [c, d]] = tabell;
  [a, b, c, d].forEach(sjekkTelling);
  const { min, logp } = hypergeometriskLogSannsynligheter(a + b, c + d, a + c);
  const observert = logp[a - min];
  let p = 0;
  for (const lp of logp) if (lp <= observert + Math.log(RELATIV_TOLERANSE)) p += Math.exp(lp);
  return { metode: 'fisher', p: Math.min(1, p), oddsratio: b * c === 0 ? (a * d === 0 ? NaN : Infinity) : (a * d) / (b * c) };
}

function mhOddsratio(strata: readonly Tabell2x2[], konfidens: number): { or: number; nedre: number; ovre: number } {
  // Robins, Breslow and Greenland (1986), Biometrics 42:311–323.
  let sumR = 0, sumS = 0, sumPR = 0, sumPSQR = 0, sumQS = 0;
  for (const [[a, b], [c, d]] of strata) {
    const n = a + b + c + d;
    if (n === 0) continue;
    const P = (a + d) / n, Q = (b + c) / n, R = (a * d) / n, S = (b * c) / n;
    sumR += R; sumS += S; sumPR += P * R; sumPSQR += P * S + Q * R; sumQS += Q * S;
  }
  const or = sumS === 0 ? (sumR === 0 ? NaN : Infinity) : sumR / sumS;
  if (!(sumR > 0 && sumS > 0)) return { or, nedre: NaN, ovre: NaN };
  const varLog = sumPR / (2 * sumR * sumR) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS * sumS);
  const z = normalKvantil(1 - (1 - konfidens) / 2);
  return { or, nedre: Math.exp(Math.log(or) - z * Math.sqrt(varLog)), ovre: Math.exp(Math.log(or) + z * Math.sqrt(varLog)) };
}

/**
 * Cochran–Mantel–Haenszel test of conditional independence over K 2×2 strata, with the Mantel–Haenszel
 * common odds ratio and its Robins–Breslow–Greenland interval. The continuity correction subtracts 0.5
 * from |Σ(a − E a)| when that is at least 0.5, as R's mantelhaen.test does.
 *
 * Sources: W. G. Cochran (1954), Biometrics 10:417–451; N. Mantel and W. Haenszel (1959), "Statistical
 * aspects of the analysis of data from retrospective studies of disease", JNCI 22:719–748.
 */
export function cochranMantelHaenszel(
  strata: readonly Tabell2x2[],
  { kontinuitetskorreksjon = true, konfidens = 0.95 }: { kontinuitetskorreksjon?: boolean; konfidens?: number } = {},
): CmhResultat {
  let avvik = 0;
  let varians = 0;
  for (const [[a, b], [c, d]] of strata) {
    [a, b, c, d].forEach(sjekkTelling);
    const n = a + b + c + d;
    if (n < 2) continue; // a stratum of 0 or 1 carries no information on association
    avvik += a - ((a + b) * (a + c)) / n;
    varians += ((a + b) * (c + d) * (a + c) * (b + d)) / (n * n * (n - 1));
  }
  const { or, nedre, ovre } = mhOddsratio(strata, konfidens);
  if (varians === 0) {
    return { metode: 'cmh', statistikk: 0, df: 1, p: 1, fellesOddsratio: or, oddsratioNedre: nedre, oddsratioOvre: ovre, kontinuitetskorreksjon };
  }
  const korreksjon = kontinuitetskorreksjon && Math.abs(avvik) >= 0.5 ? 0.5 : 0;
  const statistikk = (Math.abs(avvik) - korreksjon) ** 2 / varians;
  return {
    metode: 'cmh',
    statistikk,
    df: 1,
    p: kjikvadratOvreHale(statistikk, 1),
    fellesOddsratio: or,
    oddsratioNedre: nedre,
    oddsratioOvre: ovre,
    kontinuitetskorreksjon,
  };
}

/**
 * Exact conditional test that the common odds ratio over K 2×2 strata is 1: the distribution of Σ a_k
 * given all margins is the convolution of the strata's hypergeometric distributions; the two-sided
 * p-value sums the probabilities no larger than the observed one. With K = 1 this is Fisher's test.
 *
 * Source: M. W. Birch (1964), JRSS B 26:313–324; the same test as R's mantelhaen.test(exact = TRUE).
 */
export function eksaktStratifisertTest(strata: readonly Tabell2x2[]): EksaktStratifisertResultat {
  let fordeling = [1];
  let min = 0;
  let observertSum = 0;
  for (const [[a, b], [c, d]] of strata) {
    [a, b, c, d].forEach(sjekkTelling);
    const h = hypergeometriskLogSannsynligheter(a + b, c + d, a + c);
    const p = h.logp.map(Math.exp);
    const ny = new Array<number>(fordeling.length + p.length - 1).fill(0);
    for (let i = 0; i < fordeling.length; i++) for (let j = 0; j < p.length; j++) ny[i + j] += fordeling[i] * p[j];
    fordeling = ny;
    min += h.min;
    observertSum += a;
  }
  const observert = fordeling[observertSum - min];
  let p = 0;
  for (const q of fordeling) if (q <= observert * RELATIV_TOLERANSE) p += q;
  return { metode: 'eksakt_stratifisert', p: Math.min(1, p), fellesOddsratio: mhOddsratio(strata, 0.95).or };
}

/** Solve A x = b by Gaussian elimination with partial pivoting; null when A is (numerically) singular. */
function losLigningssystem(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((rad, i) => [...rad, b[i]]);
  // A loop, not Math.max(...spread): with 357 municipalities A has ~127,000 entries, more than a call's arguments.
  const skala = A.reduce((m, rad) => rad.reduce((mm, x) => Math.max(mm, Math.abs(x)), m), 1e-300);
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[pivot][k])) pivot = i;
    if (Math.abs(M[pivot][k]) < 1e-12 * skala) return null;
    [M[k], M[pivot]] = [M[pivot], M[k]];
    for (let i = k + 1; i < n; i++) {
      const f = M[i][k] / M[k][k];
      for (let j = k; j <= n; j++) M[i][j] -= f * M[k][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i][n];
    for (let j = i + 1; j < n; j++) s -= M[i][j] * x[j];
    x[i] = s / M[i][i];
  }
  return x;
}

/**
 * Generalised Cochran–Mantel–Haenszel statistic for general association in K strata of R×C tables
 * (e.g. reporting unit × outcome within each stratum of service × need group × age band), without
 * continuity correction, on (R−1)(C−1) degrees of freedom. Rows or columns empty in every stratum are
 * dropped first, so the covariance matrix is not trivially singular.
 *
 * Sources: J. R. Landis, E. R. Heyman and G. G. Koch (1978), "Average partial association in three-way
 * contingency tables", International Statistical Review 46:237–254; Mantel and Haenszel (1959).
 * For 2×2×K it equals the uncorrected Mantel–Haenszel statistic.
 */
export function generalisertCmh(strata: readonly TabellRxC[]): GeneralisertCmhResultat {
  if (strata.length === 0) throw new RangeError('Minst ett stratum trengs');
  const R0 = strata[0].length;
  const C0 = strata[0][0]?.length ?? 0;
  for (const t of strata) {
    if (t.length !== R0 || t.some((rad) => rad.length !== C0)) throw new RangeError('Alle strata må ha samme dimensjon');
    t.forEach((rad) => rad.forEach(sjekkTelling));
  }
  const rader = [...Array(R0).keys()].filter((i) => strata.some((t) => t[i].some((x) => x > 0)));
  const kolonner = [...Array(C0).keys()].filter((j) => strata.some((t) => t.some((rad) => rad[j] > 0)));
  const R = rader.length;
  const C = kolonner.length;
  if (R < 2 || C < 2) return { metode: 'generalisert_cmh', statistikk: 0, df: 0, p: 1, smaaForventede: false };
  const m = (R - 1) * (C - 1);
  const G = new Array<number>(m).fill(0);
  const V = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  let smaaForventede = false;
  for (const t of strata) {
    const x = rader.map((i) => kolonner.map((j) => t[i][j]));
    const radsum = x.map((rad) => rad.reduce((s, v) => s + v, 0));
    const kolsum = kolonner.map((_, j) => x.reduce((s, rad) => s + rad[j], 0));
    const n = radsum.reduce((s, v) => s + v, 0);
    if (n < 2) continue;
    for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (radsum[i] > 0 && kolsum[j] > 0 && (radsum[i] * kolsum[j]) / n < 5) smaaForventede = true;
    for (let i = 0; i < R - 1; i++) {
      for (let j = 0; j < C - 1; j++) {
        const u = i * (C - 1) + j;
        G[u] += x[i][j] - (radsum[i] * kolsum[j]) / n;
        for (let i2 = 0; i2 < R - 1; i2++) {
          for (let j2 = 0; j2 < C - 1; j2++) {
            const v = i2 * (C - 1) + j2;
            const radledd = radsum[i] * ((i === i2 ? n : 0) - radsum[i2]);
            const kolledd = kolsum[j] * ((j === j2 ? n : 0) - kolsum[j2]);
            V[u][v] += (radledd * kolledd) / (n * n * (n - 1));
          }
        }
      }
    }
  }
  const losning = losLigningssystem(V, G);
  if (losning === null) return { metode: 'generalisert_cmh', statistikk: 0, df: m, p: 1, smaaForventede };
  const statistikk = Math.max(0, G.reduce((s, g, i) => s + g * losning[i], 0));
  return { metode: 'generalisert_cmh', statistikk, df: m, p: kjikvadratOvreHale(statistikk, m), smaaForventede };
}

/**
 * Mantel–Fleiss criterion for the adequacy of the CMH chi-square approximation: both
 * Σ E(a_k) − Σ max(0, n1k − m2k) and Σ min(n1k, m1k) − Σ E(a_k) must be at least 5.
 *
 * Source: N. Mantel and J. L. Fleiss (1980), American Journal of Epidemiology 112:129–134.
 */
export function mantelFleissOppfylt(strata: readonly Tabell2x2[]): boolean {
  let forventet = 0, nedre = 0, ovre = 0;
  for (const [[a, b], [c, d]] of strata) {
    const n = a + b + c + d;
    if (n === 0) continue;
    const n1 = a + b, m1 = a + c, m2 = b + d;
    forventet += (n1 * m1) / n;
    nedre += Math.max(0, n1 - m2);
    ovre += Math.min(n1, m1);
  }
  return forventet - nedre >= 5 && ovre - forventet >= 5;
}

/**
 * The overall test of difference between municipalities asked for in issue 6: for two groups, the
 * CMH test over the strata, or an exact test when expected counts are small (a single 2×2 table with an
 * expected count under 5 gets Fisher's exact test; several strata failing the Mantel–Fleiss criterion get
 * the exact stratified test). For more than two groups or outcomes: the generalised CMH, with
 * `smaaForventede` set so the report can say the approximation is rough.
 */
export function testForskjellMellomEnheter(strata: readonly TabellRxC[]): Testresultat {
  if (strata.length === 0) throw new RangeError('Minst ett stratum trengs');
  const er2x2 = strata.every((t) => t.length === 2 && t.every((rad) => rad.length === 2));
  if (!er2x2) return generalisertCmh(strata);
  const tabeller = strata.map((t) => [[t[0][0], t[0][1]], [t[1][0], t[1][1]]] as const satisfies Tabell2x2);
  if (tabeller.length === 1) {
    const [[a, b], [c, d]] = tabeller[0];
    const n = a + b + c + d;
    const forventede = [(a + b) * (a + c), (a + b) * (b + d), (c + d) * (a + c), (c + d) * (b + d)].map((v) => (n === 0 ? 0 : v / n));
    if (forventede.some((e) => e < 5)) return fisherEksakt(tabeller[0]);
    return cochranMantelHaenszel(tabeller);
  }
  return mantelFleissOppfylt(tabeller) ? cochranMantelHaenszel(tabeller) : eksaktStratifisertTest(tabeller);
}
