import jStat from 'jstat';

/**
 * Thin, checked wrappers around jStat's distribution functions, so the rest of the library
 * never touches jStat directly and the CDFs stay accurate for large n (no summing of pmf terms).
 */

/** Standard normal quantile. */
export function normalKvantil(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/** Upper tail P(X ≥ x) of a chi-square distribution with `df` degrees of freedom. */
export function kjikvadratOvreHale(x: number, df: number): number {
  if (!(x > 0)) return 1;
  return Math.max(0, Math.min(1, 1 - jStat.chisquare.cdf(x, df)));
}

/** Beta quantile. */
export function betaKvantil(p: number, a: number, b: number): number {
  return jStat.beta.inv(p, a, b);
}

/** Chi-square quantile. */
export function kjikvadratKvantil(p: number, df: number): number {
  return jStat.chisquare.inv(p, df);
}

/**
 * Binomial CDF P(X ≤ r) for X ~ Bin(n, p), via the regularised incomplete beta function:
 * P(X ≤ r) = 1 − I_p(r + 1, n − r).
 */
export function binomialKumulativ(r: number, n: number, p: number): number {
  if (r < 0) return 0;
  if (r >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return Math.max(0, Math.min(1, 1 - jStat.ibeta(p, r + 1, n - r)));
}

/** Poisson CDF P(X ≤ r) for X ~ Poisson(mu): P(X ≤ r) = 1 − P(r + 1, mu) (regularised lower incomplete gamma). */
export function poissonKumulativ(r: number, mu: number): number {
  if (r < 0) return 0;
  if (mu <= 0) return 1;
  return Math.max(0, Math.min(1, 1 - jStat.lowRegGamma(r + 1, mu)));
}

/** ln Γ(x). */
export function logGamma(x: number): number {
  return jStat.gammaln(x);
}

/** ln C(n, k). */
export function logBinomialkoeffisient(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
