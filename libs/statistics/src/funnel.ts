import { binomialKumulativ, poissonKumulativ } from './fordelinger.js';

/** Control limits of a funnel plot at one precision (sample size n, or expected count E for ratios). */
export interface FunnelGrenser {
  readonly n: number;
  /** Two-sided coverage, e.g. 0.95 or 0.998. */
  readonly nivaa: number;
  readonly nedre: number;
  readonly ovre: number;
}

/** One point of the funnel outline, with both the 95 % and the 99.8 % limits. */
export interface FunnelPunkt {
  readonly n: number;
  readonly nedre95: number;
  readonly ovre95: number;
  readonly nedre998: number;
  readonly ovre998: number;
}

/** Where a unit falls relative to the funnel. */
export type FunnelPlassering = 'innenfor' | 'utenfor_95' | 'utenfor_998';

export interface FunnelVurdering {
  readonly andel: number;
  readonly n: number;
  readonly plassering: FunnelPlassering;
  /** 'lav' below the lower limit, 'hoy' above the upper limit, null inside. */
  readonly retning: 'lav' | 'hoy' | null;
  readonly grenser95: FunnelGrenser;
  readonly grenser998: FunnelGrenser;
}

/** The two funnel levels the issue asks for: about 2 and 3 standard errors. */
export const FUNNEL_NIVAAER = [0.95, 0.998] as const;

/**
 * Interpolated quantile of a discrete distribution on the integers (Spiegelhalter 2005, appendix A.1.1):
 * r_p is the smallest r with F(r) ≥ p, α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)), and the limit is r_p − α.
 * The interpolation makes the funnel a smooth curve instead of a staircase.
 */
function interpolertKvantil(F: (r: number) => number, p: number, maks: number): number {
  let lav = 0;
  let hoy = Math.max(0, Math.ceil(maks));
  if (F(hoy) < p) {
    // Unbounded support (Poisson): widen until the quantile is bracketed.
    while (F(hoy) < p) hoy = hoy * 2 + 1;
  }
  while (lav < hoy) {
    const midt = Math.floor((lav + hoy) / 2);
    if (F(midt) >= p) hoy = midt;
    else lav = midt + 1;
  }
  const r = lav;
  const fr = F(r);
  const frm1 = F(r - 1);
  const alfa = fr - frm1 > 0 ? (fr - p) / (fr - frm1) : 0;
  return r - alfa;
}

function sjekkNivaa(nivaa: number): void {
  if (!(nivaa > 0 && nivaa < 1)) throw new RangeError(`Nivå må ligge mellom 0 og 1, fikk ${nivaa}`);
}

/**
 * Exact binomial funnel limits for a proportion around the target p0 at sample size n.
 *
 * Source: D. J. Spiegelhalter (2005), "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24:1185–1202, appendix A.1.1: exact binomial quantiles with linear
 * interpolation between the discrete steps, divided by n. Golden value (issue 6): p0 = 0.8, n = 20,
 * 95 % gives 0.584–0.938.
 */
export function funnelGrenserAndel(p0: number, n: number, nivaa = 0.95): FunnelGrenser {
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`Målverdien p0 må ligge i [0, 1], fikk ${p0}`);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n må være et positivt heltall, fikk ${n}`);
  sjekkNivaa(nivaa);
  const hale = (1 - nivaa) / 2;
  const F = (r: number): number => binomialKumulativ(r, n, p0);
  const nedre = interpolertKvantil(F, hale, n) / n;
  const ovre = interpolertKvantil(F, 1 - hale, n) / n;
  return { n, nivaa, nedre: Math.max(0, nedre), ovre: Math.min(1, ovre) };
}

/**
 * Exact Poisson funnel limits for an indirectly standardised ratio O/E around 1 at expected count E.
 *
 * Source: Spiegelhalter (2005), appendix A.1.2 (Poisson quantiles with the same interpolation), divided by E.
 */
export function funnelGrenserForhold(e: number, nivaa = 0.95): FunnelGrenser {
  if (!(e > 0)) throw new RangeError(`Forventet antall må være større enn 0, fikk ${e}`);
  sjekkNivaa(nivaa);
  const hale = (1 - nivaa) / 2;
  const F = (r: number): number => poissonKumulativ(r, e);
  const nedre = interpolertKvantil(F, hale, e * 2 + 10) / e;
  const ovre = interpolertKvantil(F, 1 - hale, e * 2 + 10) / e;
  return { n: e, nivaa, nedre: Math.max(0, nedre), ovre };
}

/**
 * Points for drawing the 95 % and 99.8 % funnel of a proportion over a range of sample sizes
 * (Spiegelhalter 2005). The n values are spread evenly on a square-root scale, so the curved
 * part near small n gets more points; each n is an integer and nFra and nTil are always included.
 */
export function funnelPunkterAndel(p0: number, nFra: number, nTil: number, antallPunkter = 60): FunnelPunkt[] {
  if (!Number.isInteger(nFra) || !Number.isInteger(nTil) || nFra < 1 || nTil < nFra) {
    throw new RangeError(`Ugyldig område for n: ${nFra}–${nTil}`);
  }
  const nVerdier = new Set<number>();
  const steg = Math.max(1, antallPunkter - 1);
  for (let i = 0; i <= steg; i++) {
    const s = Math.sqrt(nFra) + ((Math.sqrt(nTil) - Math.sqrt(nFra)) * i) / steg;
    nVerdier.add(Math.min(nTil, Math.max(nFra, Math.round(s * s))));
  }
  return [...nVerdier]
    .sort((a, b) => a - b)
    .map((n) => {
      const g95 = funnelGrenserAndel(p0, n, 0.95);
      const g998 = funnelGrenserAndel(p0, n, 0.998);
      return { n, nedre95: g95.nedre, ovre95: g95.ovre, nedre998: g998.nedre, ovre998: g998.ovre };
    });
}

/**
 * Place one unit (x events of n) in the funnel around p0: outside 99.8 % is a signal worth
 * investigating, outside 95 % a warning (Spiegelhalter 2005, §4: "alarm" and "alert" limits).
 */
export function vurderIFunnel(x: number, n: number, p0: number): FunnelVurdering {
  if (!Number.isInteger(x) || x < 0 || x > n) throw new RangeError(`Antall (${x}) må ligge mellom 0 og n (${n})`);
  const andel = x / n;
  const grenser95 = funnelGrenserAndel(p0, n, 0.95);
  const grenser998 = funnelGrenserAndel(p0, n, 0.998);
  // The interpolated limits are for drawing; whether a unit is outside is decided by its exact tail
  // probability, so a unit at 100 % is not flagged when 100 % is an ordinary result for p0 (e.g. p0 = 0.98).
  const nedreHale = binomialKumulativ(x, n, p0);
  const ovreHale = x === 0 ? 1 : 1 - binomialKumulativ(x - 1, n, p0);
  const under = (g: FunnelGrenser): boolean => andel < g.nedre && nedreHale < (1 - g.nivaa) / 2;
  const over = (g: FunnelGrenser): boolean => andel > g.ovre && ovreHale < (1 - g.nivaa) / 2;
  let plassering: FunnelPlassering = 'innenfor';
  if (under(grenser998) || over(grenser998)) plassering = 'utenfor_998';
  else if (under(grenser95) || over(grenser95)) plassering = 'utenfor_95';
  const retning = plassering === 'innenfor' ? null : under(grenser95) ? 'lav' : 'hoy';
  return { andel, n, plassering, retning, grenser95, grenser998 };
}
