import { losLp, MAAL, type LpModell } from '../lp.js';

/**
 * The secondary-suppression problem in its linear form.
 *
 * Unknowns are the attacker's view of the data: non-negative integer counts x_v, one per group of
 * atoms (finest cells) that every figure either contains wholly or not at all. Each figure is a sum
 * Σ_{v ∈ figur} x_v; a published figure is a linear equation the attacker knows, a hidden figure is
 * what the attacker wants to narrow. Figures from earlier releases are `laast`: their publication
 * cannot be undone.
 */
export interface Beskyttelsesfigur {
  readonly variabler: readonly number[];
  /** The true value (never output; used to set targets and to check consistency). */
  readonly sann: number;
  skjult: boolean;
  /** Published in an earlier release: it stays published. */
  readonly laast: boolean;
  /** Cost of suppressing it (information lost). */
  readonly kostnad: number;
}

/** The attacker's feasible range for a hidden figure: every integer in [min, max] is possible. */
export interface Beskyttelsesintervall {
  readonly min: number;
  /** Infinity when no published figure bounds it from above. */
  readonly max: number;
}

/** The data behind published figures is inconsistent (e.g. an earlier release no longer matches the data). */
export class InkonsistentGrunnlag extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = 'InkonsistentGrunnlag';
  }
}

/** Secondary suppression cannot protect a hidden figure, because earlier releases pin it. */
export class KanIkkeBeskytte extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = 'KanIkkeBeskytte';
  }
}

const EPS = 1e-6;
/** Time for one integer programme of the attacker before the defender settles for a safe bound. */
const HELTALL_TIDSGRENSE_MS = 300;
const erHeltall = (x: number): boolean => Math.abs(x - Math.round(x)) < EPS;

/**
 * The protection criterion (Hundepool et al. 2012, Statistical Disclosure Control, §4.2 and §5.3:
 * protection intervals / the "attacker" model of Fischetti and Salazar-González).
 *
 * A hidden figure is protected when the attacker, knowing every published figure of this and earlier
 * releases, that counts are non-negative integers, and nothing else, still has at least k possible
 * values for it: max − min + 1 ≥ k over the integers. Because min ≤ true ≤ max, this also means the
 * feasible range is never inside 1..k−1: either 0 is possible (the attacker cannot tell whether anyone
 * is in the cell) or a publishable value ≥ k is (the attacker cannot tell it is small).
 */
export function erBeskyttet(intervall: Beskyttelsesintervall, k: number): boolean {
  return intervall.max - intervall.min + 1 >= k;
}

/** Connected components of figures that share unknowns; only figures in one component constrain each other. */
function komponenter(figurer: readonly Beskyttelsesfigur[], antallVariabler: number): number[] {
  const forelder = [...Array(antallVariabler).keys()];
  const finn = (x: number): number => {
    while (forelder[x] !== x) {
      forelder[x] = forelder[forelder[x]];
      x = forelder[x];
    }
    return x;
  };
  for (const f of figurer) for (let i = 1; i < f.variabler.length; i++) forelder[finn(f.variabler[i])] = finn(f.variabler[0]);
  return figurer.map((f) => (f.variabler.length === 0 ? -1 : finn(f.variabler[0])));
}

/**
 * The attacker and the defender over one set of figures. Hiding a figure removes an equation, so it can
 * only widen every other hidden figure's range: a figure found protected stays protected.
 */
export class Beskyttelsesmodell {
  private readonly komponentAv: number[];
  private readonly figurerIKomponent = new Map<number, number[]>();
  private readonly forenklet = new Map<number, Forenkling>();

  constructor(
    readonly figurer: Beskyttelsesfigur[],
    readonly antallVariabler: number,
    readonly k: number,
  ) {
    this.komponentAv = komponenter(figurer, antallVariabler);
    this.komponentAv.forEach((c, i) => {
      if (c < 0) return;
      const liste = this.figurerIKomponent.get(c) ?? [];
      liste.push(i);
      this.figurerIKomponent.set(c, liste);
    });
  }

  /** Indices of the figures sharing a component with figure i. */
  komponentFor(i: number): readonly number[] {
    return this.figurerIKomponent.get(this.komponentAv[i]) ?? [i];
  }

  skjul(i: number): void {
    if (this.figurer[i].skjult) return;
    if (this.figurer[i].laast) throw new Error('Et tall publisert i en tidligere utgivelse kan ikke prikkes nå');
    this.figurer[i].skjult = true;
    this.forenklet.delete(this.komponentAv[i]);
  }

  /**
   * Presolve the attacker's equations of a component: a published 0 fixes its unknowns to 0, an
   * equation with one free unknown fixes it, repeated until nothing changes. Exact, and it shrinks
   * the LPs to the part that matters.
   */
  private forenkling(komponent: number): Forenkling {
    const lagret = this.forenklet.get(komponent);
    if (lagret) return lagret;
    const fast = new Map<number, number>();
    let likninger = (this.figurerIKomponent.get(komponent) ?? [])
      .filter((i) => !this.figurer[i].skjult)
      .map((i) => ({ variabler: [...this.figurer[i].variabler], hoyre: this.figurer[i].sann, figur: i }));
    let endret = true;
    while (endret) {
      endret = false;
      const neste: typeof likninger = [];
      for (const l of likninger) {
        let hoyre = l.hoyre;
        const frie: number[] = [];
        for (const v of l.variabler) {
          const f = fast.get(v);
          if (f === undefined) frie.push(v);
          else hoyre -= f;
        }
        if (hoyre < -EPS || (frie.length === 0 && Math.abs(hoyre) > EPS)) {
          throw new InkonsistentGrunnlag('De publiserte tallene går ikke opp med hverandre');
        }
        if (frie.length === 0) continue;
        if (Math.abs(hoyre) < EPS) {
          frie.forEach((v) => fast.set(v, 0));
          endret = true;
        } else if (frie.length === 1) {
          fast.set(frie[0], hoyre);
          endret = true;
        } else {
          neste.push({ variabler: frie, hoyre, figur: l.figur });
        }
      }
      likninger = neste;
    }
    likninger = uavhengigeLikninger(likninger);
    const bundne = new Set<number>();
    for (const l of likninger) l.variabler.forEach((v) => bundne.add(v));
    const f: Forenkling = { fast, likninger, bundne };
    this.forenklet.set(komponent, f);
    return f;
  }

  /** Attacker's optimum of figure i in one direction, over the integers. */
  private ekstrem(i: number, retning: 'min' | 'max'): number {
    const { fast, likninger, bundne } = this.forenkling(this.komponentAv[i]);
    let konstant = 0;
    const frie: number[] = [];
    for (const v of this.figurer[i].variabler) {
      const f = fast.get(v);
      if (f === undefined) frie.push(v);
      else konstant += f;
    }
    if (frie.length === 0) return Math.round(konstant) + 0;
    // An unknown in no published equation is free: it can be 0 or anything.
    if (frie.some((v) => !bundne.has(v))) {
      if (retning === 'max') return Infinity;
    }
    const iMaal = new Set(frie);
    const variabler: Record<string, Record<string, number>> = {};
    const likheter: Record<string, number> = {};
    likninger.forEach((l, j) => {
      likheter[`l${j}`] = l.hoyre;
      for (const v of l.variabler) {
        const navn = `x${v}`;
        (variabler[navn] ??= iMaal.has(v) ? { [MAAL]: 1 } : {})[`l${j}`] = 1;
      }
    });
    for (const v of frie) if (!bundne.has(v)) variabler[`x${v}`] = { [MAAL]: 1 };
    const modell: LpModell = { retning, variabler, likheter };
    const losning = losLp(modell);
    if (!losning.mulig) throw new InkonsistentGrunnlag('De publiserte tallene går ikke opp med hverandre');
    if (!losning.begrenset) return Infinity;
    if (!Object.values(losning.variabler).every(erHeltall)) {
      // The LP vertex is fractional (linked tables and releases need not be totally unimodular): ask the
      // integer programme, for a bounded time. The true table is itself a feasible integer solution, so when
      // branch and cut stops early the best value known is the more extreme of its incumbent and the true
      // value: a range no wider than the attacker's, so the defender errs on the side of hiding more.
      const sann = this.figurer[i].sann;
      const heltall = losLp({ ...modell, heltall: true, tidsgrenseMs: HELTALL_TIDSGRENSE_MS });
      if (!heltall.mulig || !heltall.begrenset) return sann;
      const verdi = konstant + heltall.verdi;
      const avrundet = retning === 'max' ? Math.floor(verdi + EPS) : Math.ceil(verdi - EPS);
      return (retning === 'max' ? Math.max(avrundet, sann) : Math.min(avrundet, sann)) + 0;
    }
    const verdi = konstant + losning.verdi;
    return (retning === 'max' ? Math.floor(verdi + EPS) : Math.ceil(verdi - EPS)) + 0;
  }

  /** The attacker's integer range for figure i given everything currently published. */
  intervall(i: number): Beskyttelsesintervall {
    return { min: this.ekstrem(i, 'min'), max: this.ekstrem(i, 'max') };
  }

  /** erBeskyttet(intervall(i)), skipping the second LP when the first already gives k values. */
  beskyttet(i: number): boolean {
    const sann = this.figurer[i].sann;
    const max = this.ekstrem(i, 'max');
    if (max - sann + 1 >= this.k) return true;
    return erBeskyttet({ min: this.ekstrem(i, 'min'), max }, this.k);
  }

  /**
   * The defender's step for an unprotected hidden figure h (the incremental attacker model of Kelly,
   * Golden and Assad 1992 and Fischetti and Salazar-González 2000, described in Hundepool et al. 2012,
   * §4.2.2): find another table y ≥ 0 that agrees with every locked figure and has figure h moved by
   * `skift`, changing as little published information as possible (Σ cost · |change| over the figures
   * still published). The figures it had to change are the ones to suppress. Null if no such table exists.
   */
  partnereForSkift(h: number, skift: number): number[] | null {
    const variabler: Record<string, Record<string, number>> = {};
    const likheter: Record<string, number> = {};
    const leggTil = (v: number, rad: string): void => {
      (variabler[`y${v}`] ??= {})[rad] = 1;
    };
    const elastiske: number[] = [];
    for (const i of this.komponentFor(h)) {
      const f = this.figurer[i];
      if (i === h) {
        likheter.maal = f.sann + skift;
        f.variabler.forEach((v) => leggTil(v, 'maal'));
        continue;
      }
      if (f.skjult) continue;
      const rad = `f${i}`;
      likheter[rad] = f.sann;
      f.variabler.forEach((v) => leggTil(v, rad));
      if (!f.laast) {
        elastiske.push(i);
        variabler[`opp${i}`] = { [rad]: -1, [MAAL]: f.kostnad };
        variabler[`ned${i}`] = { [rad]: 1, [MAAL]: f.kostnad };
      }
    }
    const losning = losLp({ retning: 'min', variabler, likheter });
    if (!losning.mulig) return null;
    return elastiske.filter((i) => (losning.variabler[`opp${i}`] ?? 0) > EPS || (losning.variabler[`ned${i}`] ?? 0) > EPS);
  }

  /**
   * Hide more figures until figure h is protected: first the LP-chosen partners for moving h down and
   * up (k − 1 in all, down as far as its value allows, with growing targets if integrality bites), then,
   * as a last resort, the cheapest published figures of its component one by one. Returns what was hidden.
   */
  beskytt(h: number): number[] {
    const skjult: number[] = [];
    const skjulAlle = (liste: readonly number[]): void => {
      for (const i of liste) {
        if (!this.figurer[i].skjult) {
          this.skjul(i);
          skjult.push(i);
        }
      }
    };
    const sann = this.figurer[h].sann;
    const krav = this.k - 1;
    for (let runde = 0; runde < 3 && !this.beskyttet(h); runde++) {
      const nedOenske = Math.min(sann, Math.floor(krav / 2) + runde);
      const forsok: [number, number][] = [
        [nedOenske, krav - nedOenske + runde],
        [0, krav + runde],
        [Math.min(sann, krav + runde), Math.max(0, krav + runde - sann)],
      ];
      for (const [ned, opp] of forsok) {
        const nedPartnere = ned > 0 ? this.partnereForSkift(h, -ned) : [];
        const oppPartnere = opp > 0 ? this.partnereForSkift(h, opp) : [];
        if (nedPartnere !== null && oppPartnere !== null) {
          skjulAlle([...nedPartnere, ...oppPartnere]);
          break;
        }
      }
    }
    if (!this.beskyttet(h)) {
      const kandidater = this.komponentFor(h)
        .filter((i) => !this.figurer[i].skjult && !this.figurer[i].laast)
        .sort((a, b) => this.figurer[a].kostnad - this.figurer[b].kostnad || a - b);
      for (const i of kandidater) {
        skjulAlle([i]);
        if (this.beskyttet(h)) break;
      }
    }
    if (!this.beskyttet(h)) {
      throw new KanIkkeBeskytte('Et prikket tall kan regnes ut fra tall som allerede er publisert; utgivelsen stanses');
    }
    return skjult;
  }
}

/**
 * Keep a maximal linearly independent subset of consistent equations (Gaussian elimination on the 0/1
 * coefficient rows). The feasible set is unchanged; tables with all their margins are highly redundant,
 * and dropping the dependent rows makes the simplex an order of magnitude faster.
 */
function uavhengigeLikninger<T extends { variabler: number[] }>(likninger: T[]): T[] {
  const kolonne = new Map<number, number>();
  for (const l of likninger) for (const v of l.variabler) if (!kolonne.has(v)) kolonne.set(v, kolonne.size);
  const bredde = kolonne.size;
  const basis: { rad: Float64Array; pivot: number }[] = [];
  const beholdt: T[] = [];
  for (const l of likninger) {
    const rad = new Float64Array(bredde);
    for (const v of l.variabler) rad[kolonne.get(v)!] = 1;
    for (const b of basis) {
      const f = rad[b.pivot];
      if (Math.abs(f) > 1e-9) for (let j = 0; j < bredde; j++) rad[j] -= f * b.rad[j];
    }
    let pivot = -1;
    let storst = 1e-9;
    for (let j = 0; j < bredde; j++) {
      if (Math.abs(rad[j]) > storst) {
        storst = Math.abs(rad[j]);
        pivot = j;
      }
    }
    if (pivot < 0) continue;
    const f = rad[pivot];
    for (let j = 0; j < bredde; j++) rad[j] /= f;
    basis.push({ rad, pivot });
    beholdt.push(l);
  }
  return beholdt;
}

interface Forenkling {
  readonly fast: Map<number, number>;
  readonly likninger: readonly { variabler: number[]; hoyre: number; figur: number }[];
  readonly bundne: ReadonlySet<number>;
}

/**
 * Secondary suppression: protect every hidden figure in `sjekk` (and every figure hidden on the way),
 * greedily, cheapest partners first. Returns the indices hidden as secondary suppressions.
 */
export function sekundaerPrikking(modell: Beskyttelsesmodell, sjekk: readonly number[]): number[] {
  const ko = [...sjekk];
  const nye: number[] = [];
  const sett = new Set(ko);
  while (ko.length > 0) {
    const h = ko.shift()!;
    if (modell.beskyttet(h)) continue;
    for (const i of modell.beskytt(h)) {
      nye.push(i);
      if (!sett.has(i)) {
        sett.add(i);
        ko.push(i);
      }
    }
  }
  return nye;
}
