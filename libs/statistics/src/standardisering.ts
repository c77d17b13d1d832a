import { forholdIntervall, type Intervall } from './intervaller.js';
import { normalKvantil } from './fordelinger.js';

/** Counts for one unit in one stratum (e.g. service × need group × age band × lives alone). */
export interface StratumTelling {
  readonly stratum: string;
  /** Number of decisions in the stratum. */
  readonly n: number;
  /** Number of events (e.g. grants) among them. */
  readonly hendelser: number;
}

export interface EnhetTellinger {
  readonly enhet: string;
  readonly strata: readonly StratumTelling[];
}

/** Result of indirect standardisation for one unit. */
export interface IndirekteStandardisering {
  readonly enhet: string;
  /** Observed events O. */
  readonly observert: number;
  /** Expected events E = Σ n_s · r_s with the reference stratum rates r_s. */
  readonly forventet: number;
  /** O/E with exact Poisson interval (Garwood limits divided by E); null when E = 0. */
  readonly forhold: Intervall | null;
  /** E < 10: the ratio is too imprecise to read on its own (issue 6). */
  readonly faaForventede: boolean;
  /** 'lav' / 'hoy' when the interval excludes 1, otherwise null. */
  readonly signal: 'lav' | 'hoy' | null;
}

/** Expected events under 10 are flagged (issue 6). */
export const MINSTE_FORVENTEDE = 10;

/** Office-wide stratum rates r_s = Σ events / Σ n over all units, the usual reference for indirect standardisation. */
export function referanseRater(enheter: readonly EnhetTellinger[]): Map<string, number> {
  const sum = new Map<string, { n: number; h: number }>();
  for (const e of enheter) {
    for (const s of e.strata) {
      sjekkStratum(s);
      const t = sum.get(s.stratum) ?? { n: 0, h: 0 };
      t.n += s.n;
      t.h += s.hendelser;
      sum.set(s.stratum, t);
    }
  }
  return new Map([...sum].map(([k, t]) => [k, t.n === 0 ? 0 : t.h / t.n]));
}

function sjekkStratum(s: StratumTelling): void {
  if (!Number.isInteger(s.n) || !Number.isInteger(s.hendelser) || s.n < 0 || s.hendelser < 0 || s.hendelser > s.n) {
    throw new RangeError(`Ugyldige tall i stratum ${s.stratum}: n = ${s.n}, hendelser = ${s.hendelser}`);
  }
}

/**
 * Indirect standardisation: each unit's observed events O against the events E it would have had with
 * the office-wide stratum rates, O/E with an exact Poisson interval, flagged when E < 10.
 *
 * Sources: N. E. Breslow and N. E. Day (1987), Statistical Methods in Cancer Research vol. II, ch. 2;
 * Garwood (1936) for the exact interval; Spiegelhalter (2005) for reading O/E against its precision
 * (a funnel around 1, see funnelGrenserForhold). The reference defaults to the pooled rates of all units.
 */
export function indirekteStandardisering(
  enheter: readonly EnhetTellinger[],
  { referanse = referanseRater(enheter), konfidens = 0.95 }: { referanse?: ReadonlyMap<string, number>; konfidens?: number } = {},
): IndirekteStandardisering[] {
  return enheter.map((e) => {
    let observert = 0;
    let forventet = 0;
    for (const s of e.strata) {
      sjekkStratum(s);
      const rate = referanse.get(s.stratum);
      if (rate === undefined) throw new RangeError(`Mangler referanserate for stratum ${s.stratum}`);
      observert += s.hendelser;
      forventet += s.n * rate;
    }
    const forhold = forventet > 0 ? forholdIntervall(observert, forventet, konfidens) : null;
    const signal = forhold === null ? null : forhold.ovre < 1 ? 'lav' : forhold.nedre > 1 ? 'hoy' : null;
    return { enhet: e.enhet, observert, forventet, forhold, faaForventede: forventet < MINSTE_FORVENTEDE, signal };
  });
}

/** Sums of a continuous measure (e.g. granted hours per week) for one unit in one stratum, as SQL returns them. */
export interface StratumSummer {
  readonly stratum: string;
  readonly n: number;
  /** Σ x */
  readonly sum: number;
  /** Σ x² (lets the library estimate the stratum variance without person-level data). */
  readonly sumKvadrater: number;
}

export interface EnhetSummer {
  readonly enhet: string;
  readonly strata: readonly StratumSummer[];
}

/** Office-wide mean and variance per stratum. */
export interface StratumReferanse {
  readonly middel: number;
  readonly varians: number;
}

export interface ForskjellMotForventet {
  readonly enhet: string;
  readonly n: number;
  readonly observertMiddel: number;
  /** Σ n_s μ_s / Σ n_s with the office-wide stratum means μ_s. */
  readonly forventetMiddel: number;
  /** Observed minus expected mean, with a normal-approximation interval. */
  readonly forskjell: Intervall;
  readonly signal: 'lav' | 'hoy' | null;
}

/** Office-wide stratum means and (pooled, n − 1) variances from per-unit sums. */
export function referanseMiddel(enheter: readonly EnhetSummer[]): Map<string, StratumReferanse> {
  const sum = new Map<string, { n: number; s: number; s2: number }>();
  for (const e of enheter) {
    for (const st of e.strata) {
      const t = sum.get(st.stratum) ?? { n: 0, s: 0, s2: 0 };
      t.n += st.n;
      t.s += st.sum;
      t.s2 += st.sumKvadrater;
      sum.set(st.stratum, t);
    }
  }
  return new Map(
    [...sum].map(([k, t]) => {
      const middel = t.n === 0 ? 0 : t.s / t.n;
      const varians = t.n < 2 ? 0 : Math.max(0, (t.s2 - t.n * middel * middel) / (t.n - 1));
      return [k, { middel, varians }];
    }),
  );
}

/**
 * Indirect standardisation of a continuous measure: the unit's observed mean minus the mean it would
 * have had with the office-wide stratum means (its own case mix), with a standard error from the
 * office-wide stratum variances, SE = √(Σ n_s σ_s²) / Σ n_s, i.e. under the hypothesis that the unit
 * behaves like the office. A signal is raised when the interval excludes 0.
 *
 * Source: the continuous analogue of indirect standardisation, Breslow and Day (1987) ch. 2; the
 * reading against precision follows Spiegelhalter (2005).
 */
export function forskjellMotForventetMiddel(
  enheter: readonly EnhetSummer[],
  { referanse = referanseMiddel(enheter), konfidens = 0.95 }: { referanse?: ReadonlyMap<string, StratumReferanse>; konfidens?: number } = {},
): ForskjellMotForventet[] {
  const z = normalKvantil(1 - (1 - konfidens) / 2);
  return enheter.map((e) => {
    let n = 0, sum = 0, forventetSum = 0, varSum = 0;
    for (const st of e.strata) {
      if (st.n === 0) continue;
      const ref = referanse.get(st.stratum);
      if (!ref) throw new RangeError(`Mangler referanse for stratum ${st.stratum}`);
      n += st.n;
      sum += st.sum;
      forventetSum += st.n * ref.middel;
      varSum += st.n * ref.varians;
    }
    const observertMiddel = n === 0 ? NaN : sum / n;
    const forventetMiddel = n === 0 ? NaN : forventetSum / n;
    const estimat = observertMiddel - forventetMiddel;
    const se = n === 0 ? NaN : Math.sqrt(varSum) / n;
    const forskjell = { estimat, nedre: estimat - z * se, ovre: estimat + z * se, konfidens };
    const signal = forskjell.ovre < 0 ? 'lav' : forskjell.nedre > 0 ? 'hoy' : null;
    return { enhet: e.enhet, n, observertMiddel, forventetMiddel, forskjell, signal };
  });
}

/**
 * Quantile with linear interpolation at position p·(n − 1) of the sorted values: the same definition as
 * PostgreSQL's percentile_cont and Hyndman & Fan (1996) type 7, so small and large groups agree.
 */
export function kvantil(verdier: readonly number[], p: number): number {
  if (verdier.length === 0) throw new RangeError('Kan ikke beregne kvantil av en tom liste');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p må ligge i [0, 1], fikk ${p}`);
  const sortert = [...verdier].sort((a, b) => a - b);
  const pos = p * (sortert.length - 1);
  const lav = Math.floor(pos);
  const hoy = Math.ceil(pos);
  return sortert[lav] + (sortert[hoy] - sortert[lav]) * (pos - lav);
}

/** Median (percentile_cont(0.5)). */
export function median(verdier: readonly number[]): number {
  return kvantil(verdier, 0.5);
}

export interface Kvantiloppsummering {
  readonly n: number;
  readonly median: number;
  readonly nedreKvartil: number;
  readonly ovreKvartil: number;
  /** Interquartile range Q3 − Q1. */
  readonly kvartilbredde: number;
  readonly persentil90: number;
}

/**
 * Median, quartiles, IQR and 90th percentile of a small array (percentile_cont definition, Hyndman and
 * Fan 1996 type 7). For the leader report only; the anonymised report shows medians alone, and only
 * where n ≥ 10 (see publiserMedian).
 */
export function kvantiloppsummering(verdier: readonly number[]): Kvantiloppsummering {
  const nedreKvartil = kvantil(verdier, 0.25);
  const ovreKvartil = kvantil(verdier, 0.75);
  return {
    n: verdier.length,
    median: kvantil(verdier, 0.5),
    nedreKvartil,
    ovreKvartil,
    kvartilbredde: ovreKvartil - nedreKvartil,
    persentil90: kvantil(verdier, 0.9),
  };
}
