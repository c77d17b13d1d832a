/**
 * Validity windows of criteria versions. A decision is made under the set in force on its date, and
 * published versions for the same scope never overlap, so "the set in force" is always one set or none.
 * Both ends are inclusive: `gyldigTil` is the last day in force.
 */
import { DomeneFeil, type IsoDato } from '../felles/typer.js';
import type { FeltFeil, Gyldighet, KriteriesettStatus } from './typer.js';

export function erGyldigPaa(g: Gyldighet, dato: IsoDato): boolean {
  return g.gyldigFra <= dato && (g.gyldigTil === null || dato <= g.gyldigTil);
}

/** True when the two windows share at least one day (ISO dates compare as strings). */
export function overlapperGyldighet(a: Gyldighet, b: Gyldighet): boolean {
  return (b.gyldigTil === null || a.gyldigFra <= b.gyldigTil) && (a.gyldigTil === null || b.gyldigFra <= a.gyldigTil);
}

function periode(g: Gyldighet): string {
  return `${g.gyldigFra}–${g.gyldigTil ?? '(løpende)'}`;
}

/**
 * The published set in force on `dato`, or null. Drafts never apply, and a retired set no longer does.
 * @throws DomeneFeil (409) if two published sets cover the date, which publishing must have prevented.
 */
export function velgGjeldendeSett<T extends Gyldighet & { status: KriteriesettStatus; versjon?: number }>(sett: readonly T[], dato: IsoDato): T | null {
  const treff = sett.filter((s) => s.status === 'publisert' && erGyldigPaa(s, dato));
  if (treff.length > 1) {
    const hvilke = treff.map((s) => (s.versjon !== undefined ? `versjon ${s.versjon} (${periode(s)})` : periode(s))).join(' og ');
    throw new DomeneFeil('KRITERIER_OVERLAPPENDE_GYLDIGHET', `Flere publiserte kriteriesett gjelder ${dato}: ${hvilke}.`, 409);
  }
  return treff[0] ?? null;
}

/**
 * What stops `kandidat` from being published next to the sets already published for the same scope:
 * one error per overlapping version, naming it and its window.
 */
export function gyldighetskonflikter(kandidat: Gyldighet, publiserte: readonly (Gyldighet & { versjon: number })[]): FeltFeil[] {
  return publiserte
    .filter((p) => overlapperGyldighet(kandidat, p))
    .map((p) => ({
      field: 'gyldigFra',
      message: `Gyldighetsperioden ${periode(kandidat)} overlapper publisert versjon ${p.versjon} (${periode(p)}). Avslutt den gjeldende versjonen (gyldigTil) før den nye begynner.`,
    }));
}
