import type { Utfall } from '../felles/typer.js';

/** An outcome as a caseworker reads it in a list. */
export const UTFALLSNAVN: Readonly<Record<Utfall, string>> = {
  innvilget: 'innvilget',
  delvis_innvilget: 'delvis innvilget',
  avslag: 'avslått',
  venteliste: 'venteliste',
};

/** "2026-03-12" → "12.03.2026". */
export function kortDato(iso: string): string {
  const [aar, maaned, dag] = iso.slice(0, 10).split('-');
  return `${dag}.${maaned}.${aar}`;
}

/**
 * A decision as one line: its services with their outcomes, and its date, e.g.
 * "Praktisk bistand: innvilget, Trygghetsalarm: avslått – 12.03.2026". Never an id.
 */
export function vedtaksbeskrivelse(linjer: readonly { tjenestenavn: string; utfall: string }[], vedtaksdato: string): string {
  const tjenester = linjer.map((l) => `${l.tjenestenavn}: ${UTFALLSNAVN[l.utfall as Utfall] ?? l.utfall}`).join(', ');
  return `${tjenester || 'Vedtak'} – ${kortDato(vedtaksdato)}`;
}
