import { api, svar } from '../api/klient';
import type { Kommune, Tjeneste } from '../api/typer';
import { STATUSNAVN } from '../../../../libs/domain/src/saksflyt/navn';

/** Reference data shared by several views, fetched once per session. */
let kommuner: Promise<Kommune[]> | null = null;
let tjenester: Promise<Tjeneste[]> | null = null;

export const hentKommuner = (): Promise<Kommune[]> => (kommuner ??= api.GET('/api/v1/kommuner').then(svar).catch((e) => ((kommuner = null), Promise.reject(e))));
export const hentTjenester = (): Promise<Tjeneste[]> => (tjenester ??= api.GET('/api/v1/tjenester').then(svar).catch((e) => ((tjenester = null), Promise.reject(e))));

/** Status labels from the domain itself, so the web app and the API's letters and lists say the same. */
export const SAKSSTATUSER: Readonly<Record<string, string>> = STATUSNAVN;
