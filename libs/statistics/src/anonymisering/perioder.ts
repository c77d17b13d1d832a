import type { Periode } from './tabellspesifikasjon.js';

/** Decisions in one unit in one calendar year. */
export interface AntallPerAar {
  readonly aar: number;
  readonly antall: number;
}

export interface Periodevalg {
  /** Non-overlapping windows, oldest first: one year, or two when the first has fewer than the minimum. */
  readonly perioder: readonly Periode[];
  /** A last year that must be pooled with the next, not yet closed, year: it is not published yet. */
  readonly venter: number | null;
}

/** A unit with fewer decisions than this in a year has the year pooled with the next (issue 6). */
export const MINSTE_VEDTAK_PER_AAR = 20;

/**
 * Choose the publication periods for one reporting unit: calendar years, and a year with fewer than 20
 * decisions pooled with the following year. Windows never overlap, because an overlap (2023 alone, then
 * 2023–2024) would publish 2024 by subtraction.
 *
 * The choice walks forward from the first year given and each window depends only on its own years, so
 * a later release never moves an earlier window: pass every closed year since the same starting year
 * each time. A short last year waits for the next year rather than being pooled backwards.
 * (Pooling small units over time is the "global recoding" of Hundepool et al. 2012, §5.3.)
 */
export function velgPerioder(antall: readonly AntallPerAar[], minste = MINSTE_VEDTAK_PER_AAR): Periodevalg {
  const perAar = new Map<number, number>();
  for (const a of antall) {
    if (!Number.isInteger(a.aar) || !Number.isInteger(a.antall) || a.antall < 0) throw new RangeError(`Ugyldig år eller antall: ${a.aar}, ${a.antall}`);
    perAar.set(a.aar, (perAar.get(a.aar) ?? 0) + a.antall);
  }
  if (perAar.size === 0) return { perioder: [], venter: null };
  const aar = [...perAar.keys()].sort((a, b) => a - b);
  const forste = aar[0];
  const siste = aar[aar.length - 1];
  const perioder: Periode[] = [];
  let aarNaa = forste;
  while (aarNaa <= siste) {
    if ((perAar.get(aarNaa) ?? 0) >= minste) {
      perioder.push({ fra: aarNaa, til: aarNaa });
      aarNaa += 1;
    } else if (aarNaa + 1 <= siste) {
      perioder.push({ fra: aarNaa, til: aarNaa + 1 });
      aarNaa += 2;
    } else {
      return { perioder, venter: aarNaa };
    }
  }
  return { perioder, venter: null };
}

/** True when two periods share a year. */
export function overlapper(a: Periode, b: Periode): boolean {
  return a.fra <= b.til && b.fra <= a.til;
}
