import { normalKvantil } from './fordelinger.js';
import type { Intervall } from './intervaller.js';
import type { EnhetSummer, EnhetTellinger } from './standardisering.js';

/**
 * One unit compared with the other units: observed against what the others' stratum rates (or means) give
 * for the unit's own case mix. `forhold` is O/E (rates) or observed mean / expected mean (hours), with a
 * normal interval from the variance of O − E; `presisjon` = E² / Var(O − E) places the unit in the funnel.
 */
export interface Sammenligning {
  readonly enhet: string;
  /** Units whose cases form the reference: every other unit, less those that themselves differ. */
  readonly referanse: readonly string[];
  /** Cases in strata the reference also has (the only ones compared). */
  readonly n: number;
  readonly observert: number;
  readonly forventet: number;
  readonly forhold: Intervall | null;
  /** (O − E) / √Var: the test statistic; |z| above the normal quantile raises the signal. */
  readonly z: number | null;
  readonly presisjon: number | null;
  readonly signal: 'lav' | 'hoy' | null;
}

interface Kontrast {
  readonly n: number;
  readonly observert: number;
  readonly forventet: number;
  readonly varians: number;
}

/**
 * Grants of one unit against the other units, stratum by stratum. With n cases of the unit, m of the
 * reference, T grants among all N = n + m, the expected grants are E_s = n·g/m (the reference's rate g/m),
 * and under the hypothesis that the unit grants like the reference, conditional on T (hypergeometric),
 *
 *     Var(O_s − E_s) = (N/m)² · n·m·T·(N − T) / (N²·(N − 1)) = n·T·(N − T) / (m·(N − 1)).
 *
 * The binomial variance of each stratum, not the Poisson variance E: strata where nearly everyone or no one
 * is granted add almost nothing, so a real difference is not drowned (Breslow and Day 1987, §2.3 and §4.4:
 * the stratified comparison of one group with the rest; Mantel and Haenszel 1959 for the hypergeometric
 * variance). Strata the reference does not have are left out: there is nothing to compare with.
 */
function innvilgelseMotReferanse(enhet: EnhetTellinger, andre: readonly EnhetTellinger[]): Kontrast {
  const ref = new Map<string, { m: number; g: number }>();
  for (const a of andre) for (const s of a.strata) {
    const r = ref.get(s.stratum) ?? { m: 0, g: 0 };
    r.m += s.n;
    r.g += s.hendelser;
    ref.set(s.stratum, r);
  }
  let n = 0, observert = 0, forventet = 0, varians = 0;
  for (const s of enhet.strata) {
    const r = ref.get(s.stratum);
    if (!r || r.m === 0 || s.n === 0) continue;
    const N = s.n + r.m;
    const T = s.hendelser + r.g;
    n += s.n;
    observert += s.hendelser;
    forventet += (s.n * r.g) / r.m;
    if (N > 1) varians += (s.n * T * (N - T)) / (r.m * (N - 1));
  }
  return { n, observert, forventet, varians };
}

/**
 * Granted hours of one unit against the other units' stratum means. The stratum variance σ²_s is the pooled
 * within-unit variance of all units compared (unit and reference); with n hours of the unit and m of the
 * reference, Var(Σ n·(ȳ − μ̂)) = Σ σ²·(n + n²/m), because the reference mean is itself estimated from m
 * cases. A stratum with no within-unit spread borrows the pooled variance of all strata.
 */
function timerMotReferanse(enhet: EnhetSummer, andre: readonly EnhetSummer[]): Kontrast {
  const ref = new Map<string, { m: number; s: number; kvadratsum: number; fg: number }>();
  for (const a of andre) for (const st of a.strata) {
    if (st.n === 0) continue;
    const r = ref.get(st.stratum) ?? { m: 0, s: 0, kvadratsum: 0, fg: 0 };
    r.m += st.n;
    r.s += st.sum;
    r.kvadratsum += Math.max(0, st.sumKvadrater - (st.sum * st.sum) / st.n);
    r.fg += st.n - 1;
    ref.set(st.stratum, r);
  }
  const brukte = enhet.strata.filter((st) => st.n > 0 && (ref.get(st.stratum)?.m ?? 0) > 0);
  const innen = (st: (typeof brukte)[number]): { kvadratsum: number; fg: number } => {
    const r = ref.get(st.stratum)!;
    return { kvadratsum: r.kvadratsum + Math.max(0, st.sumKvadrater - (st.sum * st.sum) / st.n), fg: r.fg + st.n - 1 };
  };
  const samlet = brukte.map(innen).reduce((a, b) => ({ kvadratsum: a.kvadratsum + b.kvadratsum, fg: a.fg + b.fg }), { kvadratsum: 0, fg: 0 });
  const felles = samlet.fg > 0 ? samlet.kvadratsum / samlet.fg : 0;
  let n = 0, observert = 0, forventet = 0, varians = 0;
  for (const st of brukte) {
    const r = ref.get(st.stratum)!;
    const i = innen(st);
    const s2 = i.fg > 0 && i.kvadratsum > 0 ? i.kvadratsum / i.fg : felles;
    n += st.n;
    observert += st.sum;
    forventet += (st.n * r.s) / r.m;
    varians += s2 * (st.n + (st.n * st.n) / r.m);
  }
  return { n, observert, forventet, varians };
}

function lesKontrast(enhet: string, referanse: readonly string[], k: Kontrast, zKrit: number, konfidens: number, middel: boolean): Sammenligning {
  const skala = middel && k.n > 0 ? k.n : 1;
  const observert = k.observert / skala;
  const forventet = k.forventet / skala;
  if (k.n === 0 || !(k.forventet > 0) || !(k.varians > 0)) {
    return { enhet, referanse, n: k.n, observert, forventet, forhold: null, z: null, presisjon: null, signal: null };
  }
  const sd = Math.sqrt(k.varians);
  const z = (k.observert - k.forventet) / sd;
  const estimat = k.observert / k.forventet;
  const halv = (normalKvantil(1 - (1 - konfidens) / 2) * sd) / k.forventet;
  const signal = z <= -zKrit ? 'lav' : z >= zKrit ? 'hoy' : null;
  return {
    enhet, referanse, n: k.n, observert, forventet,
    forhold: { estimat, nedre: Math.max(0, estimat - halv), ovre: estimat + halv, konfidens },
    z, presisjon: (k.forventet * k.forventet) / k.varians, signal,
  };
}

export interface SammenligningValg {
  /** Two-sided level of the signal and the interval (0.95: |z| ≥ 1.96). */
  readonly konfidens?: number;
}

/**
 * Each unit against the others (leave one out), with the units that themselves differ taken out of the
 * others' reference. Comparing a unit with an office total that includes it halves the difference it shows
 * and leaves the others looking opposite; comparing it with the other units alone still lets one deviant
 * unit make the rest look deviant the other way. So, in the manner of a forward search for outliers: compare
 * every unit with all the others; of the units beyond the limit, take out of every other unit's reference
 * the one whose removal leaves the remaining units most alike; compare again; repeat while a unit left in
 * differs and at least two units would remain. A unit that is taken out is itself compared with the units
 * that remain.
 *
 * Under the hypothesis that all units treat like cases alike, each unit is flagged in about 1 − konfidens of
 * years (the simulation in bench/likebehandling-simulering.ts measures it: docs/statistics.md).
 */
function sammenlign<T extends { enhet: string }>(enheter: readonly T[], kontrast: (e: T, andre: readonly T[]) => Kontrast, middel: boolean, valg: SammenligningValg): Sammenligning[] {
  const konfidens = valg.konfidens ?? 0.95;
  const zKrit = normalKvantil(1 - (1 - konfidens) / 2);
  const beregn = (utelatt: ReadonlySet<string>): Sammenligning[] =>
    enheter.map((e) => {
      const andre = enheter.filter((a) => a.enhet !== e.enhet && !utelatt.has(a.enhet));
      return lesKontrast(e.enhet, andre.map((a) => a.enhet), kontrast(e, andre), zKrit, konfidens, middel);
    });
  /** How much the units left in would still differ among themselves: the largest |z| among them. */
  const restavvik = (r: readonly Sammenligning[], utelatt: ReadonlySet<string>): number =>
    Math.max(0, ...r.filter((x) => !utelatt.has(x.enhet)).map((x) => Math.abs(x.z ?? 0)));
  let utelatt = new Set<string>();
  let resultat = beregn(utelatt);
  while (enheter.length - utelatt.size > 2) {
    if (!resultat.some((r) => r.signal !== null && !utelatt.has(r.enhet))) break;
    // Take out the unit that leaves the rest most alike, whether or not it is the one beyond the limit: when
    // a large unit grants less, the other large unit looks as if it grants more (and may be the one beyond
    // the limit), and the small units decide which of the two differs.
    const kandidater = resultat.filter((r) => !utelatt.has(r.enhet) && r.z !== null);
    const valgt = kandidater
      .map((k) => {
        const prov = new Set([...utelatt, k.enhet]);
        const r = beregn(prov);
        return { prov, r, rest: restavvik(r, prov), z: Math.abs(k.z!) };
      })
      .sort((a, b) => a.rest - b.rest || b.z - a.z)[0];
    utelatt = valgt.prov;
    resultat = valgt.r;
  }
  return resultat;
}

/** Grants of each unit against the other units (binomial variance per stratum), see innvilgelseMotReferanse. */
export function sammenlignInnvilgelse(enheter: readonly EnhetTellinger[], valg: SammenligningValg = {}): Sammenligning[] {
  return sammenlign(enheter, innvilgelseMotReferanse, false, valg);
}

/** Mean granted hours of each unit against the other units' stratum means, see timerMotReferanse. */
export function sammenlignTimer(enheter: readonly EnhetSummer[], valg: SammenligningValg = {}): Sammenligning[] {
  return sammenlign(enheter, timerMotReferanse, true, valg);
}

/** Funnel limits around 1 at a given precision E²/Var (normal approximation; Spiegelhalter 2005, §A.2). */
export function funnelGrenserPresisjon(presisjon: number, nivaa: number): { nedre: number; ovre: number } {
  const z = normalKvantil(1 - (1 - nivaa) / 2);
  const halv = z / Math.sqrt(presisjon);
  return { nedre: Math.max(0, 1 - halv), ovre: 1 + halv };
}
