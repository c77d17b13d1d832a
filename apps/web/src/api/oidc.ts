import { settOkt, type Okt, type Rolle } from './klient';

/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE (RFC 7636), as a public client.
 * Configured at build time (VITE_OIDC_ISSUER, VITE_OIDC_CLIENT_ID, optional VITE_OIDC_SCOPE); without them the
 * app offers only the development sign-in. The access token is what the API verifies against the issuer's JWKS.
 *
 * Not yet tested against a real provider. The API's Content-Security-Policy must also allow `connect-src` to the
 * issuer's token endpoint (helmet's default only allows 'self').
 */
const ISSUER = import.meta.env.VITE_OIDC_ISSUER as string | undefined;
const KLIENT = import.meta.env.VITE_OIDC_CLIENT_ID as string | undefined;
const SCOPE = (import.meta.env.VITE_OIDC_SCOPE as string | undefined) ?? 'openid profile';
const VENTER = 'tk.oidc';
export const CALLBACK_STI = '/logg-inn/callback';

export const oidcKonfigurert = (): boolean => Boolean(ISSUER && KLIENT);

interface Oppdagelse {
  authorization_endpoint: string;
  token_endpoint: string;
}

async function oppdag(): Promise<Oppdagelse> {
  const res = await fetch(`${ISSUER!.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error('Fant ikke innloggingstjenesten.');
  return (await res.json()) as Oppdagelse;
}

const base64url = (b: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(b)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const tilfeldig = (n = 32): string => base64url(crypto.getRandomValues(new Uint8Array(n)));

export async function startOidcInnlogging(): Promise<void> {
  const d = await oppdag();
  const verifier = tilfeldig(48);
  const state = tilfeldig(16);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(VENTER, JSON.stringify({ verifier, state }));
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: KLIENT!,
    redirect_uri: `${location.origin}${CALLBACK_STI}`,
    scope: SCOPE,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
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
  if (p.get('error')) throw new Error(`Innloggingen ble avbrutt (${p.get('error')}).`);
  if (!venter || p.get('state') !== venter.state || !p.get('code')) throw new Error('Ugyldig svar fra innloggingstjenesten. Prøv igjen.');
  const d = await oppdag();
  const res = await fetch(d.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: p.get('code')!, redirect_uri: `${location.origin}${CALLBACK_STI}`, client_id: KLIENT!, code_verifier: venter.verifier }),
  });
  if (!res.ok) throw new Error('Innloggingstjenesten godtok ikke koden.');
  const svar = (await res.json()) as { access_token: string; expires_in?: number };
  // The claims are read only to show who is signed in and which menus apply; the API verifies the token itself.
  const claims = JSON.parse(atob(svar.access_token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string; name?: string; roles?: Rolle[]; kommuner?: string[]; exp?: number };
  const okt: Okt = {
    token: svar.access_token,
    sub: claims.sub,
    navn: claims.name ?? claims.sub,
    rolle: claims.roles?.[0] ?? 'saksbehandler',
    kommuner: claims.kommuner ?? [],
    utloper: new Date((claims.exp ?? Date.now() / 1000 + (svar.expires_in ?? 3600)) * 1000).toISOString(),
  };
  settOkt(okt);
  history.replaceState(null, '', '/');
  return okt;
}
