import {
  cochranMantelHaenszel,
  eksaktStratifisertTest,
  fisherEksakt,
  generalisertCmh,
  testForskjellMellomEnheter,
  type Tabell2x2,
} from './tester.js';

/** UC Berkeley admissions 1973 (R's UCBAdmissions): per department, [[male admitted, male rejected], [female admitted, female rejected]]. */
const UCB: Tabell2x2[] = [
  [[512, 313], [89, 19]],
  [[353, 207], [17, 8]],
  [[120, 205], [202, 391]],
  [[138, 279], [131, 244]],
  [[53, 138], [94, 299]],
  [[22, 351], [24, 317]],
];

describe('Fisher exact test', () => {
  it('[[3,1],[1,3]] gives p = 0.486 (issue 6)', () => {
    expect(Number(fisherEksakt([[3, 1], [1, 3]]).p.toFixed(3))).toBe(0.486);
  });

  it('the tea-tasting table is symmetric and a strong table is significant', () => {
    expect(fisherEksakt([[1, 3], [3, 1]]).p).toBeCloseTo(0.4857, 4);
    expect(fisherEksakt([[10, 0], [0, 10]]).p).toBeLessThan(0.0001);
    expect(fisherEksakt([[5, 5], [5, 5]]).p).toBeCloseTo(1, 10);
  });
});

describe('Cochran–Mantel–Haenszel', () => {
  it('UCBAdmissions: X² = 1.4269 with continuity correction, p = 0.2323, common OR 0.9047 (0.7719–1.0603), as R mantelhaen.test', () => {
    const r = cochranMantelHaenszel(UCB);
    expect(Number(r.statistikk.toFixed(4))).toBe(1.4269);
    expect(Number(r.p.toFixed(4))).toBe(0.2323);
    expect(Number(r.fellesOddsratio.toFixed(4))).toBe(0.9047);
    expect(Number(r.oddsratioNedre.toFixed(4))).toBe(0.7719);
    expect(Number(r.oddsratioOvre.toFixed(4))).toBe(1.0603);
  });

  it('UCBAdmissions without continuity correction: X² = 1.5246, p = 0.2169', () => {
    const r = cochranMantelHaenszel(UCB, { kontinuitetskorreksjon: false });
    expect(Number(r.statistikk.toFixed(4))).toBe(1.5246);
    expect(Number(r.p.toFixed(4))).toBe(0.2169);
  });

  it('the generalised CMH on 2×2×K equals the uncorrected Mantel–Haenszel statistic', () => {
    const uten = cochranMantelHaenszel(UCB, { kontinuitetskorreksjon: false });
    const gen = generalisertCmh(UCB);
    expect(gen.df).toBe(1);
    expect(gen.statistikk).toBeCloseTo(uten.statistikk, 8);
  });

  it('the generalised CMH detects a difference between three units and not between identical ones', () => {
    const ulik = [
      [[40, 10], [40, 10], [20, 30]],
      [[30, 20], [31, 19], [12, 38]],
    ];
    const lik = [
      [[40, 10], [40, 10], [40, 10]],
      [[30, 20], [30, 20], [30, 20]],
    ];
    const r = generalisertCmh(ulik);
    expect(r.df).toBe(2);
    expect(r.p).toBeLessThan(0.001);
    expect(generalisertCmh(lik).p).toBeCloseTo(1, 8);
  });

  it('exact stratified test with one stratum is Fisher', () => {
    expect(eksaktStratifisertTest([[[3, 1], [1, 3]]]).p).toBeCloseTo(fisherEksakt([[3, 1], [1, 3]]).p, 10);
  });
});

describe('choosing the test', () => {
  it('uses Fisher for one small 2×2 table and CMH for large strata', () => {
    expect(testForskjellMellomEnheter([[[3, 1], [1, 3]]]).metode).toBe('fisher');
    expect(testForskjellMellomEnheter(UCB).metode).toBe('cmh');
  });

  it('uses the exact stratified test when the Mantel–Fleiss criterion fails', () => {
    expect(testForskjellMellomEnheter([[[2, 1], [1, 2]], [[1, 2], [2, 1]]]).metode).toBe('eksakt_stratifisert');
  });

  it('uses the generalised CMH for three units', () => {
    expect(testForskjellMellomEnheter([[[20, 10], [20, 10], [10, 20]]]).metode).toBe('generalisert_cmh');
  });
});
