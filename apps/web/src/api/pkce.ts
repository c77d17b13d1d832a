/**
 * The parts of an OpenID Connect authorization code flow with PKCE (RFC 7636, S256) that both sign-ins share:
 * the caseworkers' provider (oidc.ts) and ID-porten on the citizens' form (innbygger/idporten.ts).
 */
export interface Oppdagelse {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

export async function oppdag(issuer: string): Promise<Oppdagelse> {
  let res: Response;
  try {
    res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  } catch {
    throw new Error('Får ikke kontakt med innloggingstjenesten. Prøv igjen om litt.');
  }
  if (!res.ok) throw new Error(`Fant ikke innloggingstjenesten (den svarte ${res.status}).`);
  const d = (await res.json()) as Oppdagelse;
  // OIDC Discovery §4.3: the document must name the issuer we asked, or it is someone else's.
  if (d.issuer !== issuer) throw new Error('Innloggingstjenesten oppga en annen utsteder enn den tjenesten er satt opp med.');
  return d;
}

export const base64url = (b: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(b)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
export const tilfeldig = (n = 32): string => base64url(crypto.getRandomValues(new Uint8Array(n)));

/** The S256 challenge of a PKCE verifier. */
export const utfordring = async (verifier: string): Promise<string> => base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));

/**
 * Sends the browser to the provider's authorization endpoint: a fresh verifier and state kept in this tab's
 * sessionStorage under `lagring`, the S256 challenge, and the client's own parameters.
 */
export async function startKodeflyt(issuer: string, lagring: string, parametre: { client_id: string; redirect_uri: string; scope: string } & Record<string, string>): Promise<void> {
  const d = await oppdag(issuer);
  const verifier = tilfeldig(48);
  const state = tilfeldig(16);
  sessionStorage.setItem(lagring, JSON.stringify({ verifier, state }));
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({ response_type: 'code', ...parametre, state, code_challenge: await utfordring(verifier), code_challenge_method: 'S256' }).toString();
  location.assign(url.toString());
}
