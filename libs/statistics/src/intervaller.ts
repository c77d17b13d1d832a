import { betaKvantil, kjikvadratKvantil, normalKvantil } from './fordelinger.js';

/** A point estimate with a two-sided confidence interval. */
export interface Intervall {
  readonly estimat: number;
  readonly nedre: number;
  readonly ovre: number;
  /** Confidence level, e.g. 0.95. */
  readonly konfidens: number;
}

function sjekkKonfidens(konfidens: number): void {
  if (!(konfidens > 0 && konfidens < 1)) throw new RangeError(`Konfidensnivå må ligge mellom 0 og 1, fikk ${konfidens}`);
}

function sjekkAndel(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n)) throw new RangeError('Antall må være heltall');
  if (n <= 0) throw new RangeError('n må være større enn 0');
  if (x < 0 || x > n) throw new RangeError(`Antall hendelser (${x}) må ligge mellom 0 og n (${n})`);
}

/**
 * Wilson score interval for a binomial proportion x/n.
 *
 * Source: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical inference",
 * JASA 22:209–212. Preferred over the Wald interval for the small units here (it never leaves [0, 1]
 * and keeps near-nominal coverage at n = 20). Golden value (issue 6): 3/20 gives 0.0524–0.3604.
 */
export function wilsonIntervall(x: number, n: number, konfidens = 0.95): Intervall {
  sjekkAndel(x, n);
  sjekkKonfidens(konfidens);
  const z = normalKvantil(1 - (1 - konfidens) / 2);
  const p = x / n;
  const z2 = z * z;
  const nevner = 1 + z2 / n;
  const senter = (p + z2 / (2 * n)) / nevner;
  const halv = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / nevner;
  return { estimat: p, nedre: Math.max(0, senter - halv), ovre: Math.min(1, senter + halv), konfidens };
}

/**
 * Clopper–Pearson "exact" interval for a binomial proportion, from beta quantiles:
 * lower = B(α/2; x, n − x + 1), upper = B(1 − α/2; x + 1, n − x).
 *
 * Source: C. J. Clopper and E. S. Pearson (1934), "The use of confidence or fiducial limits illustrated
 * in the case of the binomial", Biometrika 26:404–413. Golden value (issue 6): 3/20 gives 0.0321–0.3789.
 */
export function clopperPearsonIntervall(x: number, n: number, konfidens = 0.95): Intervall {
  sjekkAndel(x, n);
  sjekkKonfidens(konfidens);
  const alfa = 1 - konfidens;
  const nedre = x === 0 ? 0 : betaKvantil(alfa / 2, x, n - x + 1);
  const ovre = x === n ? 1 : betaKvantil(1 - alfa / 2, x + 1, n - x);
  return { estimat: x / n, nedre, ovre, konfidens };
}

/**
 * Exact (Garwood) confidence interval for the mean of a Poisson count o:
 * lower = χ²(α/2; 2o)/2, upper = χ²(1 − α/2; 2o + 2)/2.
 *
 * Source: F. Garwood (1936), Biometrika 28:437–442; the chi-square form is the same construction as
 * Clopper–Pearson (1934) for the Poisson case. Known value: o = 10 gives 4.795–18.39 at 95 %.
 */
export function poissonIntervall(o: number, konfidens = 0.95): Intervall {
  if (!Number.isInteger(o) || o < 0) throw new RangeError(`Observert antall må være et ikke-negativt heltall, fikk ${o}`);
  sjekkKonfidens(konfidens);
  const alfa = 1 - konfidens;
  const nedre = o === 0 ? 0 : kjikvadratKvantil(alfa / 2, 2 * o) / 2;
  const ovre = kjikvadratKvantil(1 - alfa / 2, 2 * o + 2) / 2;
  return { estimat: o, nedre, ovre, konfidens };
}

/**
 * Exact interval for an observed/expected ratio O/E, treating E as fixed (indirect standardisation):
 * the exact Poisson limits for O divided by E.
 *
 * Source: Garwood (1936) limits as used for standardised ratios, e.g. Breslow and Day (1987),
 * Statistical Methods in Cancer Research vol. II, §2.3.
 */
export function forholdIntervall(o: number, e: number, konfidens = 0.95): Intervall {
  if (!(e > 0)) throw new RangeError(`Forventet antall må være større enn 0, fikk ${e}`);
  const p = poissonIntervall(o, konfidens);
  return { estimat: o / e, nedre: p.nedre / e, ovre: p.ovre / e, konfidens };
}
