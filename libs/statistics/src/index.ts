/**
 * @packageDocumentation
 * Pure statistics and disclosure control for TK Lofoten's equal-treatment reports (issue 6).
 *
 * - Intervals: Wilson (1927), Clopper–Pearson (1934), exact Poisson (Garwood 1936) and O/E.
 * - Funnel plots with exact binomial and Poisson limits (Spiegelhalter 2005).
 * - Tests: Fisher's exact test, Cochran–Mantel–Haenszel (Mantel and Haenszel 1959) with the common odds
 *   ratio, the exact stratified test, and the generalised CMH (Landis, Heyman and Koch 1978).
 * - Indirect standardisation of rates and means, and small-array quantiles (percentile_cont definition).
 * - Anonymisation for the union representatives' report: reporting units, primary rules, table rules,
 *   periods, merging, and secondary suppression checked by protection intervals across releases
 *   (Hundepool et al. 2012, Statistical Disclosure Control).
 *
 * Takes aggregated counts only; no Nest, no TypeORM, no I/O.
 */
export * from './intervaller.js';
export * from './funnel.js';
export * from './tester.js';
export * from './standardisering.js';
export * from './anonymisering/enheter.js';
export * from './anonymisering/regler.js';
export * from './anonymisering/tabellspesifikasjon.js';
export * from './anonymisering/perioder.js';
export {
  ALDERSGRUPPER,
  PRIKK,
  PRIKK_FORKLARING,
  PRIKKEGRUNN_TEKST,
  TOTALT,
  lagAnonymisertUtgivelse,
  type AnonymisertUtgivelse,
  type CelleDefinisjon,
  type Grunnlag,
  type Grunntelling,
  type Kategori,
  type Klassifisering,
  type Prikkegrunn,
  type Prikkelogg,
  type PublisertAndel,
  type PublisertCelle,
  type PublisertKategori,
  type PublisertTabell,
  type UtgivelseBestilling,
  type Utgivelsesresultat,
} from './anonymisering/utgivelse.js';
export { erBeskyttet, type Beskyttelsesintervall } from './anonymisering/beskyttelse.js';
