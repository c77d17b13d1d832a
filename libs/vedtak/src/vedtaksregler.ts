import type { Anbefaling, Utfall } from '../../domain/index.js';

/** Age bands used in the statistics' strata (shared/DOMAIN.md; issue on equal-treatment statistics). */
export function aldersgruppe(alder: number): '<67' | '67-79' | '80+' {
  return alder < 67 ? '<67' : alder < 80 ? '67-79' : '80+';
}

/** How generous an outcome is: a deviation "upwards" grants more than recommended. */
const RANG: Record<Utfall, number> = { avslag: 0, venteliste: 1, delvis_innvilget: 2, innvilget: 3 };

export interface Avvik {
  avviker: boolean;
  retning: 'gunstigere' | 'strengere' | null;
}

/**
 * Whether a decided line deviates from the criteria's recommendation: another outcome, or a scope outside
 * the recommended range. The direction says whether the person got more or less than the criteria say.
 */
export function avvikFraAnbefaling(a: Anbefaling, utfall: Utfall, omfang: number | null): Avvik {
  // On the discretionary path there is nothing to deviate from: the reasons carry the decision.
  if (a.utfall === null) return { avviker: false, retning: null };
  if (RANG[utfall] !== RANG[a.utfall]) return { avviker: true, retning: RANG[utfall] > RANG[a.utfall] ? 'gunstigere' : 'strengere' };
  if (a.omfang && omfang !== null) {
    if (omfang > a.omfang.max) return { avviker: true, retning: 'gunstigere' };
    if (omfang < a.omfang.min) return { avviker: true, retning: 'strengere' };
  }
  return { avviker: false, retning: null };
}

/** The letter type for a decision: one letter per decision, its type from the lines' outcomes. */
export function vedtaksbrevtype(utfall: Utfall[]): 'vedtak_innvilget' | 'vedtak_delvis_innvilget' | 'vedtak_avslag' | 'vedtak_venteliste' {
  if (utfall.includes('venteliste')) return 'vedtak_venteliste';
  if (utfall.every((u) => u === 'innvilget')) return 'vedtak_innvilget';
  if (utfall.every((u) => u === 'avslag')) return 'vedtak_avslag';
  return 'vedtak_delvis_innvilget';
}

/** Categories a caseworker picks when deviating, so the statistics can count the reasons. */
export const AVVIKSKATEGORIER = ['individuell_vurdering', 'familiens_situasjon', 'helsetilstand_endret', 'bolig_og_omgivelser', 'lokal_forskrift', 'annet'] as const;
export type Avvikskategori = (typeof AVVIKSKATEGORIER)[number];

/**
 * Advance notice of a reduction or a stop: a running service is reduced or stopped against the person's wish only
 * by a new decision that takes effect this many days after it is made, so the person can complain and ask for
 * postponed effect (fvl. § 42) before it bites. Office practice; the statute asks for reasonable notice.
 */
export const VARSEL_DAGER_REDUKSJON = 14;

/**
 * Whether a new decision gives less than the one it replaces: a service granted before is now refused, put on a
 * waiting list or missing, or granted with less scope.
 */
export function reduserer(
  gammel: readonly { tjenestekode: string; utfall: string; omfang: number | null }[],
  ny: readonly { tjenestekode: string; utfall: string; omfang: number | null }[],
): boolean {
  return gammel.some((g) => {
    if (g.utfall !== 'innvilget' && g.utfall !== 'delvis_innvilget') return false;
    const n = ny.find((x) => x.tjenestekode === g.tjenestekode);
    if (!n || RANG[n.utfall as Utfall] < RANG.delvis_innvilget) return true;
    return g.omfang !== null && n.omfang !== null && n.omfang < g.omfang;
  });
}
