import { api } from '../api/klient';
import type { Kommune, Tjeneste } from '../api/typer';
import { STATUSNAVN } from '../../../../libs/domain/src/saksflyt/statusnavn';

/** Reference data shared by several views, fetched once per session. */
let kommuner: Promise<Kommune[]> | null = null;
let tjenester: Promise<Tjeneste[]> | null = null;

export const hentKommuner = (): Promise<Kommune[]> => (kommuner ??= api.get<Kommune[]>('/kommuner').catch((e) => ((kommuner = null), Promise.reject(e))));
export const hentTjenester = (): Promise<Tjeneste[]> => (tjenester ??= api.get<Tjeneste[]>('/tjenester').catch((e) => ((tjenester = null), Promise.reject(e))));

/** Status labels from the domain itself, so the web app and the API's letters and lists say the same. */
export const SAKSSTATUSER: Readonly<Record<string, string>> = STATUSNAVN;

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
