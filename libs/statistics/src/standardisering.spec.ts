import fc from 'fast-check';
import {
  forskjellMotForventetMiddel,
  indirekteStandardisering,
  kvantil,
  kvantiloppsummering,
  median,
  type EnhetSummer,
  type EnhetTellinger,
} from './standardisering.js';
import { cochranMantelHaenszel, testForskjellMellomEnheter, type Tabell2x2 } from './tester.js';

/** Deterministic pseudo-random numbers (Park–Miller), so the planted-difference tests are reproducible. */
function rng(frø: number): () => number {
  let s = frø;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const STRATA = ['hj|lite|67_79', 'hj|stort|67_79', 'hj|lite|80', 'hj|stort|80', 'inst|stort|80', 'inst|lite|80'];
const GRUNNRATE = [0.85, 0.7, 0.8, 0.6, 0.5, 0.3];
const ENHETER = ['vestvagoy', 'vagan', 'flakstad_moskenes'];
const STORRELSE = [60, 45, 20];

/** Simulated grants per unit and stratum; `faktor` scales the grant probability of the planted unit. */
function simuler(frø: number, planted: string | null, faktor: number): EnhetTellinger[] {
  const r = rng(frø);
  return ENHETER.map((enhet, e) => ({
    enhet,
    strata: STRATA.map((stratum, s) => {
      const n = STORRELSE[e] + Math.floor(r() * 10);
      const p = GRUNNRATE[s] * (enhet === planted ? faktor : 1);
      let hendelser = 0;
      for (let i = 0; i < n; i++) if (r() < p) hendelser++;
      return { stratum, n, hendelser };
    }),
  }));
}

/** 2×2 strata comparing one unit against the rest: [[unit granted, unit not], [rest granted, rest not]]. */
function strataMotResten(data: EnhetTellinger[], enhet: string): Tabell2x2[] {
  return STRATA.map((stratum) => {
    const en = data.find((d) => d.enhet === enhet)!.strata.find((s) => s.stratum === stratum)!;
    const resten = data.filter((d) => d.enhet !== enhet).map((d) => d.strata.find((s) => s.stratum === stratum)!);
    const rn = resten.reduce((a, s) => a + s.n, 0);
    const rh = resten.reduce((a, s) => a + s.hendelser, 0);
    return [[en.hendelser, en.n - en.hendelser], [rh, rn - rh]] as Tabell2x2;
  });
}

describe('planted difference in approval for the same need (indirect standardisation + CMH)', () => {
  it('Vågan granting clearly less in every stratum: O/E interval below 1 and CMH p < 0.05', () => {
    const data = simuler(2024, 'vagan', 0.6);
    const resultat = indirekteStandardisering(data);
    const vagan = resultat.find((r) => r.enhet === 'vagan')!;
    expect(vagan.signal).toBe('lav');
    expect(vagan.forhold!.ovre).toBeLessThan(1);
    expect(vagan.faaForventede).toBe(false);
    expect(cochranMantelHaenszel(strataMotResten(data, 'vagan')).p).toBeLessThan(0.05);
    expect(testForskjellMellomEnheter(strataMotResten(data, 'vagan')).p).toBeLessThan(0.05);
  });

  it('identical rates: nobody flagged and CMH p ≥ 0.05 (fixed seed)', () => {
    const data = simuler(2024, null, 1);
    const resultat = indirekteStandardisering(data);
    expect(resultat.map((r) => r.signal)).toEqual([null, null, null]);
    for (const enhet of ENHETER) expect(cochranMantelHaenszel(strataMotResten(data, enhet)).p).toBeGreaterThanOrEqual(0.05);
  });

  it('without a planted difference, flags stay near the nominal 5 % over many seeds', () => {
    let flagg = 0;
    const antall = 200;
    for (let frø = 1; frø <= antall; frø++) if (indirekteStandardisering(simuler(frø * 7919, null, 1)).some((r) => r.signal !== null)) flagg++;
    // Three units, each tested at 5 %: at most about 15 % of runs raise any flag; far less than a real difference would.
    expect(flagg / antall).toBeLessThan(0.2);
  });

  it('flags few expected events', () => {
    const r = indirekteStandardisering([{ enhet: 'flakstad_moskenes', strata: [{ stratum: 'a', n: 8, hendelser: 6 }] }], { referanse: new Map([['a', 0.75]]) });
    expect(r[0].forventet).toBe(6);
    expect(r[0].faaForventede).toBe(true);
  });

  it('expected events equal observed when a unit has the office-wide rates', () => {
    const data: EnhetTellinger[] = [
      { enhet: 'a', strata: [{ stratum: 's1', n: 10, hendelser: 5 }, { stratum: 's2', n: 20, hendelser: 18 }] },
      { enhet: 'b', strata: [{ stratum: 's1', n: 30, hendelser: 15 }, { stratum: 's2', n: 10, hendelser: 9 }] },
    ];
    const [a, b] = indirekteStandardisering(data);
    expect(a.forventet).toBeCloseTo(5 + 18, 10);
    expect(b.forventet).toBeCloseTo(15 + 9, 10);
    expect(a.forhold!.estimat).toBeCloseTo(1, 10);
  });
});

describe('planted difference in granted hours (continuous indirect standardisation)', () => {
  function timer(frø: number, planted: string | null): EnhetSummer[] {
    const r = rng(frø);
    const normal = () => Math.sqrt(-2 * Math.log(r())) * Math.cos(2 * Math.PI * r());
    return ENHETER.map((enhet, e) => ({
      enhet,
      strata: STRATA.slice(0, 4).map((stratum, s) => {
        const n = STORRELSE[e];
        let sum = 0, sumKvadrater = 0;
        for (let i = 0; i < n; i++) {
          const x = Math.max(0, 4 + 3 * s + 2 * normal() - (enhet === planted ? 2.5 : 0));
          sum += x;
          sumKvadrater += x * x;
        }
        return { stratum, n, sum, sumKvadrater };
      }),
    }));
  }

  it('flags the unit that grants fewer hours for the same need, and nobody when none does', () => {
    const med = forskjellMotForventetMiddel(timer(99, 'flakstad_moskenes'));
    expect(med.find((r) => r.enhet === 'flakstad_moskenes')!.signal).toBe('lav');
    const uten = forskjellMotForventetMiddel(timer(99, null));
    expect(uten.map((r) => r.signal)).toEqual([null, null, null]);
  });
});

describe('quantiles (percentile_cont definition)', () => {
  it('median, IQR and 90th percentile of a small array', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    const o = kvantiloppsummering([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(o).toEqual({ n: 10, median: 5.5, nedreKvartil: 3.25, ovreKvartil: 7.75, kvartilbredde: 4.5, persentil90: 9.1 });
  });

  it('quantiles are monotone in p and lie between min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p1, p2) => {
        const [a, b] = [Math.min(p1, p2), Math.max(p1, p2)];
        expect(kvantil(xs, a)).toBeLessThanOrEqual(kvantil(xs, b) + 1e-9);
        expect(kvantil(xs, a)).toBeGreaterThanOrEqual(Math.min(...xs));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an empty array', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});
