import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { jwtForEttApi } from './oidc-leverandor.js';

/** A citizen at the stand-in ID-porten: the identity number (`pid`) and the level they signed in at (`acr`). */
export interface Idportenkonto {
  pid: string;
  acr: 'idporten-loa-high' | 'idporten-loa-substantial';
}

const KLIENT = 'tk-lofoten-soknad';
const REDIRECT = 'http://127.0.0.1:9/soknad/callback';
export const IDPORTEN_AUDIENCE = 'tk-lofoten-innbygger';

/**
 * ID-porten stood in for by panva's oidc-provider on loopback: the form as a public client (PKCE S256), JWT
 * access tokens for the API's audience carrying `pid` and `acr` as ID-porten's do. `token` walks the whole
 * authorization code flow over HTTP (the provider's own login and consent steps, cookies and all), so every
 * token the API sees was issued and signed by the provider.
 */
export class IdportenStandIn {
  private server!: Server;
  issuer = '';

  constructor(private readonly kontoer: Record<string, Idportenkonto>) {}

  get env(): Record<string, string> {
    return { IDPORTEN_ISSUER: this.issuer, IDPORTEN_AUDIENCE: IDPORTEN_AUDIENCE, IDPORTEN_JWKS_URL: `${this.issuer}/jwks`, IDPORTEN_CLIENT_ID: KLIENT };
  }

  private handler: Parameters<typeof createServer>[1] = (_q, s) => void s.writeHead(503).end();

  /** Listens, then sets the provider up with the form's redirect URIs (a web test knows them only once the API listens). */
  async start(redirectUris: string[] = []): Promise<this> {
    this.server = createServer((q, s) => this.handler!(q, s));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    await this.konfigurer(redirectUris);
    return this;
  }

  async konfigurer(redirectUris: string[]): Promise<void> {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const ressurs = 'https://tk-lofoten.invalid/api/v1/innbyggersoknader';
    const config: Configuration = {
      clients: [{ client_id: KLIENT, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [REDIRECT, ...redirectUris] }],
      // The form fetches the token from the browser: CORS for its own origins.
      clientBasedCORS: (_ctx, origin, client) => client.redirectUris!.some((u) => new URL(u).origin === origin),
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'idporten-test-1', alg: 'RS256', use: 'sig' }] as never },
      cookies: { keys: ['test-bare-ikke-hemmelig-2'] },
      pkce: { required: () => true },
      ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      claims: { openid: ['sub'] },
      findAccount: (_ctx, id) => (this.kontoer[id] ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
      extraTokenClaims: (_ctx, token) => {
        const k = token.kind === 'AccessToken' ? this.kontoer[token.accountId] : undefined;
        return k ? { pid: k.pid, acr: k.acr } : undefined;
      },
      features: jwtForEttApi(ressurs, IDPORTEN_AUDIENCE, 'openid'),
    };
    this.handler = new Provider(this.issuer, config).callback();
  }

  /** Signs `login` in through the provider's login and consent steps and returns the access token. */
  async token(login: string): Promise<string> {
    const jar = new Map<string, string>();
    const hent = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(new URL(url, this.issuer), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [par] = c.split(';');
        const i = par!.indexOf('=');
        jar.set(par!.slice(0, i), par!.slice(i + 1));
      }
      return res;
    };
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const auth = new URLSearchParams({ client_id: KLIENT, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid', code_challenge: challenge, code_challenge_method: 'S256', state: 'x' });
    let res = await hent(`/auth?${auth}`);
    for (const prompt of ['login', 'consent']) {
      const interaksjon = res.headers.get('location')!;
      res = await hent(interaksjon, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ prompt, login }).toString() });
      res = await hent(res.headers.get('location')!);
    }
    const code = new URL(res.headers.get('location')!).searchParams.get('code');
    if (!code) throw new Error(`ID-porten (test) ga ingen kode: ${res.status} ${res.headers.get('location')}`);
    const svar = await hent('/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: KLIENT, code_verifier: verifier }).toString() });
    const body = (await svar.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`ID-porten (test) ga ikke token: ${JSON.stringify(body)}`);
    return body.access_token;
  }

  async stopp(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
