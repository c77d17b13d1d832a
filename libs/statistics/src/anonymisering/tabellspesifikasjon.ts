import type { Rapporteringsenhet } from './enheter.js';

/** The only dimensions an anonymised table may cross the outcome with (issue 6). */
export const TILLATTE_DIMENSJONER = ['enhet', 'tjenestegruppe', 'aldersgruppe', 'behovsgruppe'] as const;
export type AnonymDimensjon = (typeof TILLATTE_DIMENSJONER)[number];

/** At most two dimensions besides the outcome. */
export const MAKS_DIMENSJONER = 2;

/** Dimensions that are refused outright, with the reason shown to whoever specified the table. */
const NEKTEDE_DIMENSJONER: Readonly<Record<string, string>> = {
  saksbehandler: 'Tall per saksbehandler lages ikke, verken i denne eller andre rapporter.',
  kjonn: 'Kjønn kan ikke brukes i anonymiserte tabeller.',
  alder: 'Eksakt alder kan ikke brukes; bruk aldersgruppe.',
  bor_alene: 'Bor alene kan ikke brukes i anonymiserte tabeller.',
  diagnose: 'Diagnose kan ikke brukes i anonymiserte tabeller.',
  maaned: 'Måned kan ikke brukes; periodene er kalenderår.',
  kommune: 'Kommune kan ikke brukes; bruk enhet (Flakstad og Moskenes vises samlet).',
  kommunenummer: 'Kommune kan ikke brukes; bruk enhet (Flakstad og Moskenes vises samlet).',
};

/** Calendar years fra..til inclusive (one year, or two pooled). */
export interface Periode {
  readonly fra: number;
  readonly til: number;
}

/** A table of the anonymised report as ordered: the outcome crossed with up to two dimensions. */
export interface TabellSpesifikasjon {
  readonly id: string;
  readonly tittel: string;
  readonly periode: Periode;
  readonly dimensjoner: readonly string[];
  /**
   * Restrict the table to some categories of a dimension. A restricted dimension counts towards the
   * limit of two (a table for one unit by age band and need group is a three-way table in disguise),
   * except `enhet` when `enhet` is already a dimension (used to give units their own pooled periods).
   */
  readonly utvalg?: Readonly<Partial<Record<string, readonly string[]>>>;
  /** Outcome category whose share of the row is shown as a rate (e.g. 'innvilget'); none when absent. */
  readonly andelFor?: string;
}

/** A checked table specification. */
export interface GyldigTabellSpesifikasjon extends TabellSpesifikasjon {
  readonly dimensjoner: readonly AnonymDimensjon[];
  readonly utvalg?: Readonly<Partial<Record<AnonymDimensjon, readonly string[]>>> & { readonly enhet?: readonly Rapporteringsenhet[] };
}

/** A rule a table specification broke: which field, and the message (bokmål). */
export interface Spesifikasjonsfeil {
  readonly field: string;
  readonly message: string;
}

/**
 * Check a table specification against the rules of issue 6: only unit, service group, age band and
 * need group; at most two of them (restrictions included); never caseworker, sex, exact age, living
 * alone, diagnosis or month; the period one or two calendar years. Returns every rule broken.
 */
export function validerTabellSpesifikasjon(spec: TabellSpesifikasjon): Spesifikasjonsfeil[] {
  const feil: Spesifikasjonsfeil[] = [];
  const sjekkDimensjon = (dim: string, felt: string): void => {
    const nektet = NEKTEDE_DIMENSJONER[dim];
    if (nektet !== undefined) feil.push({ field: felt, message: nektet });
    else if (!(TILLATTE_DIMENSJONER as readonly string[]).includes(dim)) {
      feil.push({ field: felt, message: `Ukjent dimensjon «${dim}»; tillatt er ${TILLATTE_DIMENSJONER.join(', ')}.` });
    }
  };
  spec.dimensjoner.forEach((d, i) => sjekkDimensjon(d, `dimensjoner[${i}]`));
  if (new Set(spec.dimensjoner).size !== spec.dimensjoner.length) feil.push({ field: 'dimensjoner', message: 'En dimensjon kan bare brukes én gang.' });
  const utvalgte = Object.keys(spec.utvalg ?? {});
  utvalgte.forEach((d) => sjekkDimensjon(d, `utvalg.${d}`));
  const brukte = new Set([...spec.dimensjoner, ...utvalgte]);
  if (brukte.size > MAKS_DIMENSJONER) {
    feil.push({ field: 'dimensjoner', message: `En tabell kan krysse utfallet med høyst ${MAKS_DIMENSJONER} av enhet, tjenestegruppe, aldersgruppe og behovsgruppe (utvalg medregnet).` });
  }
  for (const [d, verdier] of Object.entries(spec.utvalg ?? {})) {
    if (!verdier || verdier.length === 0) feil.push({ field: `utvalg.${d}`, message: 'Et utvalg må ha minst én kategori.' });
  }
  const { fra, til } = spec.periode;
  if (!Number.isInteger(fra) || !Number.isInteger(til) || til < fra || til - fra > 1) {
    feil.push({ field: 'periode', message: 'Perioden må være ett kalenderår eller to sammenhengende kalenderår.' });
  }
  return feil;
}
