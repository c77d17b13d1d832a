/**
 * Minimal declarations for the parts of jStat this library uses (jstat ships no types).
 * jstat is CommonJS; its module export is the jStat object itself, so it is imported with a default import.
 */
declare module 'jstat' {
  interface JStatContinuous {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
  }
  interface JStat {
    beta: JStatContinuous;
    chisquare: JStatContinuous;
    gamma: JStatContinuous;
    normal: JStatContinuous;
    /** Regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
    /** Regularised lower incomplete gamma function P(a, x). */
    lowRegGamma(a: number, x: number): number;
    /** Natural logarithm of the gamma function. */
    gammaln(x: number): number;
  }
  const jStat: JStat;
  export default jStat;
}
