import { wilsonIntervall, type Intervall } from '../intervaller.js';

/**
 * Minimum published count. Statistics Norway suppresses counts under 3 (under 5 in its municipal care
 * statistics); here the readers know the people, so every published count is 0 or at least 5 (issue 6).
 */
export const K = 5;

/** Medians are shown only for groups of at least this size (issue 6). */
export const MINSTE_N_MEDIAN = 10;

/** A count is publishable when it is 0 or at least k (primary rule, the threshold rule of Hundepool et al. 2012, §5.2). */
export function erPubliserbartAntall(antall: number, k = K): boolean {
  return antall === 0 || antall >= k;
}

/** The count to print, or null when it must be hidden by the primary rule. */
export function publiserAntall(antall: number, k = K): number | null {
  if (!Number.isInteger(antall) || antall < 0) throw new RangeError(`Antall må være et ikke-negativt heltall, fikk ${antall}`);
  return erPubliserbartAntall(antall, k) ? antall : null;
}

/**
 * A rate is published only when both the granted and the not-granted counts are at least k: a rate of
 * 0 % or 100 %, or one with a small side, tells the reader what happened to the few people involved.
 * Returns the rate with its Wilson interval (Wilson 1927), or null.
 */
export function publiserAndel(innvilget: number, ikkeInnvilget: number, k = K): Intervall | null {
  if (innvilget < k || ikkeInnvilget < k) return null;
  return wilsonIntervall(innvilget, innvilget + ikkeInnvilget);
}

/**
 * A median is published only when n ≥ 10. Minimum, maximum and small-group means are never published:
 * this library has no function that would publish them.
 */
export function publiserMedian(n: number, median: number): number | null {
  return n >= MINSTE_N_MEDIAN ? median : null;
}

/**
 * The (n, k) dominance rule for a published sum (e.g. hours granted): the sum is sensitive when its n largest
 * contributors (persons) make up more than the share k of it, since each of them could then estimate the
 * others closely (Hundepool et al. 2012, §4.2.1; Statistics Norway uses n = 2, k = 85 %). `bidrag` is the
 * sum per person.
 */
export function erDominert(bidrag: readonly number[], n = 2, k = 0.85): boolean {
  if (bidrag.some((b) => !(b >= 0))) throw new RangeError('Bidrag må være ikke-negative tall');
  const sum = bidrag.reduce((a, b) => a + b, 0);
  if (sum === 0) return false;
  const storste = [...bidrag].sort((a, b) => b - a).slice(0, n).reduce((a, b) => a + b, 0);
  return storste / sum > k;
}
