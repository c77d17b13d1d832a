import type { components } from '../../../../libs/klient/index.js';
import { api, settOkt, svar as apiSvar, type Okt } from './klient';
import { oppdag, startKodeflyt } from './pkce';

/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE (RFC 7636, S256), as a public client.
 * Configured at run time from `GET /api/v1/innlogging` (the API's OIDC_ISSUER, OIDC_WEB_CLIENT_ID and
 * OIDC_SCOPE), so one build serves every deployment. The access token must be a JWT the API accepts; after the
 * exchange the app asks the API who the token belongs to (`/innlogging/meg`) and signs in only if it answers.
 *
 * Tested against a real provider (panva's oidc-provider) in test/web/oidc.test.ts. The API's CSP allows
 * `connect-src` to the issuer's origin: discovery and the token request go there from the browser.
 */
export type OidcValg = components['schemas']['OidcValgDto'];
export type Innloggingsvalg = components['schemas']['InnloggingsvalgDto'];

const VENTER = 'tk.oidc';
export const CALLBACK_STI = '/logg-inn/callback';
const redirectUri = () => `${location.origin}${CALLBACK_STI}`;

let valg: Promise<Innloggingsvalg> | null = null;

/** The sign-in options of this deployment, fetched once per page load (again after a failure). */
export function hentInnloggingsvalg(): Promise<Innloggingsvalg> {
  return (valg ??= api.GET('/api/v1/innlogging').then(apiSvar).catch((e: unknown) => {
    valg = null;
    throw e;
  }));
}

async function oidcValg(): Promise<OidcValg> {
  const { oidc } = await hentInnloggingsvalg();
  if (!oidc) throw new Error('Innlogging med kommunens pålogging er ikke satt opp for denne tjenesten.');
  return oidc;
}

export async function startOidcInnlogging(): Promise<void> {
  const oidc = await oidcValg();
  await startKodeflyt(oidc.issuer, VENTER, { client_id: oidc.klientId, redirect_uri: redirectUri(), scope: oidc.scope });
}

let pagaende: Promise<Okt> | null = null;

/** Finishes the flow on the callback page: checks state, exchanges the code with the verifier, stores the session. */
export function fullforOidcInnlogging(): Promise<Okt> {
  // A code can be exchanged once; React's development double effects must not try twice.
  return (pagaende ??= veksleKode());
}

async function veksleKode(): Promise<Okt> {
  const p = new URLSearchParams(location.search);
  const venter = JSON.parse(sessionStorage.getItem(VENTER) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(VENTER);
  // The code and state are single-use: keep them out of the address bar and the history.
  history.replaceState(null, '', CALLBACK_STI);
  if (p.get('error') === 'access_denied') throw new Error('Innloggingen ble avbrutt. Ingen er logget inn.');
  if (p.get('error')) throw new Error(`Innloggingstjenesten avviste innloggingen (${p.get('error')}). Ingen er logget inn.`);
  if (!venter) throw new Error('Fant ingen påbegynt innlogging i denne fanen. Start innloggingen på nytt.');
  if (p.get('state') !== venter.state) {
    throw new Error('Svaret fra innloggingstjenesten hører ikke til innloggingen som ble startet her (state stemmer ikke). Ingen er logget inn. Start innloggingen på nytt.');
  }
  const code = p.get('code');
  if (!code) throw new Error('Svaret fra innloggingstjenesten mangler koden. Start innloggingen på nytt.');
  const oidc = await oidcValg();
  // RFC 9207: a provider that names itself in the response must be the one we sent the user to.
  if (p.has('iss') && p.get('iss') !== oidc.issuer) throw new Error('Svaret kom fra en annen innloggingstjeneste enn den innloggingen startet hos. Ingen er logget inn.');
  const d = await oppdag(oidc.issuer);
  const res = await fetch(d.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: oidc.klientId, code_verifier: venter.verifier }),
  });
  if (!res.ok) {
    const feil = ((await res.json().catch(() => ({}))) as { error?: string }).error;
    throw new Error(`Innloggingstjenesten godtok ikke koden${feil ? ` (${feil})` : ''}. Start innloggingen på nytt.`);
  }
  const svar = (await res.json()) as { access_token?: string; expires_in?: number };
  if (!svar.access_token) throw new Error('Innloggingstjenesten svarte uten tilgangstoken.');
  // The API decides who this is: the same check as every later request, so a refusal shows here and not later.
  const meg = await api.GET('/api/v1/innlogging/meg', { headers: { Authorization: `Bearer ${svar.access_token}` } });
  if (meg.response.status === 401 || meg.response.status === 403) {
    throw new Error('TK Lofoten godtok ikke innloggingen din: brukeren mangler en rolle eller kommune som TK Lofoten kjenner, eller innloggingen er utløpt. Kontakt systemansvarlig hvis det gjentar seg.');
  }
  if (!meg.data) throw new Error(`Tjenesten svarte ${meg.response.status}. Prøv igjen om litt.`);
  const bruker = meg.data;
  const okt: Okt = {
    token: svar.access_token,
    sub: bruker.sub,
    navn: bruker.navn,
    rolle: bruker.roller[0]!,
    kommuner: bruker.kommuner,
    utloper: new Date(Date.now() + (svar.expires_in ?? 300) * 1000).toISOString(),
  };
  settOkt(okt);
  history.replaceState(null, '', '/');
  return okt;
}
