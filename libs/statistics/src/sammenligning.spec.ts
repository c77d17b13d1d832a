import { funnelGrenserPresisjon, sammenlignInnvilgelse, sammenlignTimer } from './sammenligning.js';

/*
 * Expected values: computed with R's arithmetic written out below, for three units A, B, C in two strata.
 * R is not installed on the development machines; the figures were computed with the same expressions in
 * Python 3 (float64, scipy.stats.norm.ppf for qnorm) and agree to every printed digit.
 *
 *   n <- c(20, 10); o <- c(12, 9)                    # A: cases and grants per stratum
 *   m <- c(30, 15) + c(25, 5); g <- c(24, 14) + c(20, 4)   # the reference B + C
 *   N <- n + m; T <- o + g
 *   E <- sum(n * g / m)                             # 25
 *   V <- sum(n * T * (N - T) / (m * (N - 1)))       # 6.625052953
 *   z <- (sum(o) - E) / sqrt(V)                     # -1.554051169
 *   sum(o) / E + c(-1, 1) * qnorm(0.975) * sqrt(V) / E   # 0.6382085508 1.041791449
 *
 * For one stratum, z² equals Pearson's X² times (N − 1)/N (the hypergeometric variance):
 *   chisq.test(matrix(c(12, 8, 44, 11), 2, byrow = TRUE), correct = FALSE)$statistic * 74 / 75   # 3.06015037594
 */
const A = { enhet: 'A', strata: [{ stratum: 's1', n: 20, hendelser: 12 }, { stratum: 's2', n: 10, hendelser: 9 }] };
const B = { enhet: 'B', strata: [{ stratum: 's1', n: 30, hendelser: 24 }, { stratum: 's2', n: 15, hendelser: 14 }] };
const C = { enhet: 'C', strata: [{ stratum: 's1', n: 25, hendelser: 20 }, { stratum: 's2', n: 5, hendelser: 4 }] };

describe('each unit against the other units (grants, binomial variance)', () => {
  it('matches the R computation for every unit', () => {
    const r = new Map(sammenlignInnvilgelse([A, B, C]).map((x) => [x.enhet, x]));
    const a = r.get('A')!;
    expect(a.referanse).toEqual(['B', 'C']);
    expect(a.observert).toBe(21);
    expect(a.forventet).toBeCloseTo(25, 10);
    expect(a.z).toBeCloseTo(-1.554051169, 8);
    expect(a.forhold!.estimat).toBeCloseTo(0.84, 10);
    expect(a.forhold!.nedre).toBeCloseTo(0.6382085508, 8);
    expect(a.forhold!.ovre).toBeCloseTo(1.041791449, 8);
    expect(a.presisjon).toBeCloseTo(94.3388686, 6);
    expect(a.signal).toBeNull();
    // sum(c(24,14)) / sum(c(20,10) * c(32,13)/c(45,15)) etc. for B and C, the same expressions.
    expect(r.get('B')!.forventet).toBeCloseTo(34.33333333, 7);
    expect(r.get('B')!.z).toBeCloseTo(1.042159289, 8);
    expect(r.get('C')!.forventet).toBeCloseTo(22.6, 10);
    expect(r.get('C')!.z).toBeCloseTo(0.5029659188, 8);
  });

  it('equals the hypergeometric (Pearson × (N − 1)/N) statistic for a single stratum', () => {
    const [a] = sammenlignInnvilgelse([
      { enhet: 'A', strata: [{ stratum: 's', n: 20, hendelser: 12 }] },
      { enhet: 'R', strata: [{ stratum: 's', n: 55, hendelser: 44 }] },
    ]);
    expect(a.z! ** 2).toBeCloseTo(3.06015037594, 9);
  });

  it('takes a unit that differs out of the others\' reference, and compares it with the rest', () => {
    const D = { enhet: 'D', strata: [{ stratum: 's1', n: 40, hendelser: 5 }, { stratum: 's2', n: 20, hendelser: 3 }] };
    const r = new Map(sammenlignInnvilgelse([A, B, C, D]).map((x) => [x.enhet, x]));
    expect(r.get('D')!.signal).toBe('lav');
    expect(r.get('D')!.referanse).toEqual(['A', 'B', 'C']);
    // A is compared with B and C only: the same figures as without D.
    expect(r.get('A')!.referanse).toEqual(['B', 'C']);
    expect(r.get('A')!.z).toBeCloseTo(-1.554051169, 8);
    expect(['A', 'B', 'C'].map((e) => r.get(e)!.signal)).toEqual([null, null, null]);
  });

  it('leaves out strata the reference does not have, and gives no ratio without a comparison', () => {
    const r = sammenlignInnvilgelse([
      { enhet: 'A', strata: [{ stratum: 'bare_a', n: 10, hendelser: 2 }] },
      { enhet: 'B', strata: [{ stratum: 'bare_b', n: 10, hendelser: 9 }] },
    ]);
    expect(r.map((x) => [x.n, x.forhold, x.signal])).toEqual([[0, null, null], [0, null, null]]);
  });
});

describe('each unit against the other units (granted hours)', () => {
  /*
   *   A: n = c(4, 3), sum = c(20, 30), sumsq = c(110, 310); B: c(6, 5), c(24, 40), c(104, 330); C: c(5, 2), c(22, 17), c(102, 145)
   *   ss <- function(n, s, s2) s2 - s^2 / n            # within-unit sum of squares per stratum
   *   s2 <- (ss(A) + ss(B) + ss(C)) / (n_A + n_B + n_C - 3)    # pooled within-unit variance per stratum
   *   E <- sum(n_A * (sum_B + sum_C) / (n_B + n_C)); V <- sum(s2 * (n_A + n_A^2 / (n_B + n_C)))
   *   c(sum(sum_A) / 7, E / 7, (sum(sum_A) - E) / sqrt(V))   # 7.142857143 5.879406308 1.84027843
   */
  const HA = { enhet: 'A', strata: [{ stratum: 's1', n: 4, sum: 20, sumKvadrater: 110 }, { stratum: 's2', n: 3, sum: 30, sumKvadrater: 310 }] };
  const HB = { enhet: 'B', strata: [{ stratum: 's1', n: 6, sum: 24, sumKvadrater: 104 }, { stratum: 's2', n: 5, sum: 40, sumKvadrater: 330 }] };
  const HC = { enhet: 'C', strata: [{ stratum: 's1', n: 5, sum: 22, sumKvadrater: 102 }, { stratum: 's2', n: 2, sum: 17, sumKvadrater: 145 }] };

  it('matches the R computation', () => {
    const r = new Map(sammenlignTimer([HA, HB, HC]).map((x) => [x.enhet, x]));
    const a = r.get('A')!;
    expect(a.observert).toBeCloseTo(7.142857143, 8);
    expect(a.forventet).toBeCloseTo(5.879406308, 8);
    expect(a.z).toBeCloseTo(1.84027843, 7);
    expect(a.forhold!.estimat).toBeCloseTo(1.214894288, 8);
    expect(a.forhold!.nedre).toBeCloseTo(0.9860239942, 8);
    expect(a.forhold!.ovre).toBeCloseTo(1.443764583, 8);
    expect(r.get('B')!.z).toBeCloseTo(-1.577572988, 8);
    expect(r.get('C')!.z).toBeCloseTo(-0.1070356412, 8);
  });
});

describe('funnel limits at a precision', () => {
  it('are 1 ± z / √precision', () => {
    // 1 + c(-1, 1) * qnorm(0.975) / sqrt(100)  →  0.8040036015 1.1959963985
    const g = funnelGrenserPresisjon(100, 0.95);
    expect(g.nedre).toBeCloseTo(0.8040036015, 9);
    expect(g.ovre).toBeCloseTo(1.1959963985, 9);
  });
});
