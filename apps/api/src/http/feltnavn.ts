/**
 * API field names renamed to follow the spelling rule for æ, ø and å (docs/glossary.md): the domain keeps its
 * names, and the API maps at its edge. Answers carry the new names; requests also accept the old names, marked
 * deprecated in the OpenAPI document, until the next API version.
 */
export const NYE_FELTNAVN = {
  avOgPakledning: 'avOgPaakledning',
  forventetVarighetManeder: 'forventetVarighetMaaneder',
  foreloepigSvarDato: 'forelopigSvarDato',
  foreloepigeSvar: 'forelopigeSvar',
  forhandsvarsel: 'forhaandsvarsel',
} as const;

type Navnetabell = typeof NYE_FELTNAVN;
type Gammelt = keyof Navnetabell;

/** `T` with its old field names replaced by the new ones. */
export type MedNyeNavn<T> = { [K in keyof T as K extends Gammelt ? Navnetabell[K] : K]: T[K] };

const GAMLE = new Map<string, string>(Object.entries(NYE_FELTNAVN));
const NYE = new Map<string, string>(Object.entries(NYE_FELTNAVN).map(([gammelt, nytt]) => [nytt, gammelt]));

/** The object's own fields, old names renamed (one level: nested objects are mapped by their own caller). */
export function medNyeNavn<T extends object>(obj: T): MedNyeNavn<T> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [GAMLE.get(k) ?? k, v])) as MedNyeNavn<T>;
}

/**
 * The domain's names for a request's fields: a new name wins over its deprecated old one when both are sent.
 */
export function medDomenenavn(obj: Record<string, unknown>): Record<string, unknown> {
  const ut: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const gammelt = NYE.get(k);
    if (gammelt) ut[gammelt] = v;
    else if (!(k in ut)) ut[k] = v;
  }
  return ut;
}

/** A field path in an error reply (`iplos.avOgPakledning`) with the API's names. */
export function feltstiMedNyeNavn(sti: string): string {
  return sti
    .split('.')
    .map((del) => GAMLE.get(del) ?? del)
    .join('.');
}
