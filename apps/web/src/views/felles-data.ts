import { api } from '../api/klient';
import type { Kommune, Tjeneste } from '../api/typer';

/** Reference data shared by several views, fetched once per session. */
let kommuner: Promise<Kommune[]> | null = null;
let tjenester: Promise<Tjeneste[]> | null = null;

export const hentKommuner = (): Promise<Kommune[]> => (kommuner ??= api.get<Kommune[]>('/kommuner').catch((e) => ((kommuner = null), Promise.reject(e))));
export const hentTjenester = (): Promise<Tjeneste[]> => (tjenester ??= api.get<Tjeneste[]>('/tjenester').catch((e) => ((tjenester = null), Promise.reject(e))));

export const SAKSSTATUSER: Record<string, string> = {
  mottatt: 'Mottatt',
  under_kartlegging: 'Under kartlegging',
  vedtak_utkast: 'Vedtaksutkast til godkjenning',
  vedtatt: 'Vedtatt',
  i_gang: 'Tjenesten er i gang',
  under_revurdering: 'Under revurdering',
  avsluttet: 'Avsluttet',
  trukket: 'Trukket',
  avvist: 'Avvist',
  klage_mottatt: 'Klage mottatt',
  omgjort: 'Omgjort etter klage',
  oversendt_statsforvalteren: 'Klage oversendt Statsforvalteren',
  statsforvalteren_avgjort: 'Klage avgjort av Statsforvalteren',
};

/**
 * Decisions this browser has seen per case. GET /soknader/{id} does not list a case's decisions yet, so the
 * case page shows those made or opened here, plus any the API starts returning as `vedtak`.
 */
const VEDTAK_NOKKEL = 'tk.vedtak';
export function huskVedtak(soknadId: string, vedtakId: string): void {
  const alle = JSON.parse(localStorage.getItem(VEDTAK_NOKKEL) ?? '{}') as Record<string, string[]>;
  alle[soknadId] = [...new Set([...(alle[soknadId] ?? []), vedtakId])];
  localStorage.setItem(VEDTAK_NOKKEL, JSON.stringify(alle));
}
export function kjenteVedtak(soknadId: string): string[] {
  return (JSON.parse(localStorage.getItem(VEDTAK_NOKKEL) ?? '{}') as Record<string, string[]>)[soknadId] ?? [];
}
