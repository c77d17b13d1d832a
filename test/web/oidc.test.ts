import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import type { Browser, Page, Request } from 'playwright-core';
import { ApiHarness, lagBruker, MOSKENES, VAGAN } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';
import { jwtForEttApi } from '../support/oidc-leverandor.js';
import { lesOkt, nyFane, sjekkTilgjengelighet, startChromium } from '../support/nettleser.js';

/**
 * The web app's production sign-in against a real OpenID Connect provider: panva's oidc-provider (OpenID
 * Certified) runs in this process on loopback, with the web app as a public client (PKCE S256 required), JWT
 * access tokens for the API's audience and the office's claims from an in-test account store. Chromium drives
 * the whole flow, the provider's own login and consent pages included.
 */
const KLIENT = 'tk-lofoten-web';
const AUDIENCE = 'tk-lofoten-api';
const CALLBACK = '/logg-inn/callback';
const OIDC_KNAPP = 'Logg inn med kommunens pålogging';

/** The provider's users: login name → what goes into the access token. Synthetic people only. */
const KONTOER: Record<string, { name: string; roles: string[]; kommuner: string[] }> = {
  'ola.oidc': { name: 'Ola Oidc', roles: ['saksbehandler'], kommuner: [VAGAN] },
  // 9999 is no municipality of the office: the API must refuse the whole token.
  'una.ukjent': { name: 'Una Ukjent', roles: ['saksbehandler'], kommuner: [VAGAN, '9999'] },
};

let idp: Server;
let issuer: string;
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(503).end();
/** While set, the provider's redirect back to the app carries another state than the app sent (a crossed or forged response). */
let forfalskState = false;
/** Production: OIDC only, no development sign-in. */
const prod = new ApiHarness();
/** Development with both the HS256 secret and OIDC. */
const dev = new ApiHarness();
let prodBase: string;
let devBase: string;
let browser: Browser;

const lytt = async (s: Server): Promise<string> => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

async function lagLeverandor(redirectUris: string[]): Promise<Provider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const ressurs = `${prodBase}/api/v1`;
  const config: Configuration = {
    clients: [{ client_id: KLIENT, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: redirectUris }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] as never },
    cookies: { keys: ['test-bare-ikke-hemmelig-1'] },
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => (KONTOER[id] ? { accountId: id, claims: () => ({ sub: id, name: KONTOER[id]!.name }) } : undefined),
    // The web app fetches the token from the browser: CORS for its own origins, nobody else's.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris!.some((u) => new URL(u).origin === origin),
    extraTokenClaims: (_ctx, token) => {
      const k = token.kind === 'AccessToken' ? KONTOER[token.accountId] : undefined;
      return k ? { name: k.name, roles: k.roles, kommuner: k.kommuner } : undefined;
    },
    // The web app sends no `resource`: every token of this client is for the API.
    features: jwtForEttApi(ressurs, AUDIENCE, 'tk'),
  };
  return new Provider(issuer, config);
}

/** Requests from the page to the provider, to look at what the browser really sent. */
function taOpp(page: Page): Request[] {
  const alle: Request[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(issuer)) alle.push(r);
  });
  return alle;
}

/** From the sign-in page through the provider's own login and consent pages. */
async function loggInnHosLeverandor(page: Page, login: string): Promise<void> {
  await page.getByRole('button', { name: OIDC_KNAPP }).click();
  await page.waitForURL((u) => u.origin === issuer);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('ikke-sjekket-av-testleverandoren');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

const base64url = (b: Buffer) => b.toString('base64url');

beforeAll(async () => {
  if (!existsSync('apps/web/dist/index.html')) throw new Error('Bygg nettappen først: npm run build:web');
  idp = createServer((req, res) => {
    const sett = res.setHeader.bind(res);
    res.setHeader = (navn, verdi) => {
      if (forfalskState && navn.toLowerCase() === 'location' && String(verdi).includes(CALLBACK)) {
        const u = new URL(String(verdi));
        u.searchParams.set('state', 'forfalsket');
        verdi = u.toString();
      }
      return sett(navn, verdi);
    };
    handler(req, res);
  });
  issuer = await lytt(idp);
  const oidc = { OIDC_ISSUER: issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: `${issuer}/jwks`, OIDC_WEB_CLIENT_ID: KLIENT };
  await prod.start({ ...oidc, NODE_ENV: 'production', AUTH_JWT_SECRET: '' });
  await dev.start(oidc);
  await prod.app.listen(0, '127.0.0.1');
  await dev.app.listen(0, '127.0.0.1');
  prodBase = `http://127.0.0.1:${(prod.app.getHttpServer().address() as AddressInfo).port}`;
  devBase = `http://127.0.0.1:${(dev.app.getHttpServer().address() as AddressInfo).port}`;
  handler = (await lagLeverandor([`${prodBase}${CALLBACK}`, `${devBase}${CALLBACK}`])).callback();
  browser = await startChromium();
});

afterAll(async () => {
  await browser?.close();
  await prod.stop();
  await dev.stop();
  await new Promise((r) => idp?.close(r));
});

describe('OIDC sign-in (authorization code + PKCE) against a real provider', () => {
  it('tells the sign-in page at run time what to offer', async () => {
    expect((await prod.http.get('/api/v1/innlogging')).body).toEqual({ oidc: { issuer, klientId: KLIENT, scope: 'openid profile' }, utviklingsinnlogging: false });
    expect((await dev.http.get('/api/v1/innlogging')).body).toEqual({ oidc: { issuer, klientId: KLIENT, scope: 'openid profile' }, utviklingsinnlogging: true });
  });

  it('caseworker signs in at the provider and lands on the work list of her municipality', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN, MOSKENES]);
    const vagan = await registrerSoknad(dev, sb, VAGAN);
    const moskenes = await registrerSoknad(dev, sb, MOSKENES);

    const { ctx, page, feil } = await nyFane(browser, [prodBase]);
    const tilLeverandor = taOpp(page);
    await page.goto(`${prodBase}/`);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await page.getByRole('button', { name: OIDC_KNAPP }).waitFor();
    // Production: no demo users to pick.
    expect(await page.getByRole('group', { name: 'Demobruker' }).count()).toBe(0);
    await sjekkTilgjengelighet(page, 'innlogging-oidc');

    await loggInnHosLeverandor(page, 'ola.oidc');
    await page.getByRole('heading', { name: 'Innboks', level: 1 }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Ola Oidc');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }).click();
    await page.getByRole('heading', { name: 'Arbeidsliste' }).waitFor();
    await page.getByRole('link', { name: vagan.saksnummer }).waitFor();
    expect(await page.getByRole('link', { name: moskenes.saksnummer }).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');

    // What the browser sent: PKCE with S256 at the authorization endpoint, the verifier to the token endpoint.
    const auth = tilLeverandor.find((r) => new URL(r.url()).pathname === '/auth')!;
    const q = new URL(auth.url()).searchParams;
    expect({ metode: q.get('code_challenge_method'), klient: q.get('client_id'), redirect: q.get('redirect_uri') }).toEqual({ metode: 'S256', klient: KLIENT, redirect: `${prodBase}${CALLBACK}` });
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const tokenKall = tilLeverandor.find((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/token')!;
    const verifier = new URLSearchParams(tokenKall.postData() ?? '').get('code_verifier')!;
    expect(base64url(createHash('sha256').update(verifier).digest())).toBe(q.get('code_challenge'));

    // The session holds the provider's own JWT for the API, which the API accepts.
    const okt = (await lesOkt(page))!;
    expect(decodeJwt(okt.token)).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'ola.oidc', name: 'Ola Oidc', roles: ['saksbehandler'], kommuner: [VAGAN] });
    const liste = await prod.http.get('/api/v1/soknader').set('Authorization', `Bearer ${okt.token}`);
    expect(liste.status).toBe(200);
    expect(JSON.stringify(liste.body)).toContain(vagan.saksnummer);
    expect(feil).toEqual([]);
    await ctx.close();
  });

  it('a callback whose state does not match shows a clear error and signs nobody in, even with a real code', async () => {
    const { ctx, page } = await nyFane(browser);
    const tilLeverandor = taOpp(page);
    await page.goto(`${prodBase}/`);
    forfalskState = true;
    try {
      await loggInnHosLeverandor(page, 'ola.oidc');
      await page.getByRole('alert').getByText(/state stemmer ikke/).waitFor();
    } finally {
      forfalskState = false;
    }
    expect(await page.getByRole('alert').textContent()).toContain('Ingen er logget inn.');
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    expect(await lesOkt(page)).toBeNull();
    // The way to try again is right there.
    await page.getByRole('button', { name: OIDC_KNAPP }).waitFor();
    await sjekkTilgjengelighet(page, 'innlogging-oidc-feil', false);
    // The code was never exchanged, and it is gone from the address bar.
    expect(tilLeverandor.filter((r) => new URL(r.url()).pathname === '/token')).toEqual([]);
    expect(page.url()).toBe(`${prodBase}${CALLBACK}`);
    await ctx.close();
  });

  it('a provider token for a user with a municipality the office does not know is refused', async () => {
    const { ctx, page } = await nyFane(browser);
    await page.goto(`${prodBase}/`);
    const [tokenSvar] = await Promise.all([page.waitForResponse((r) => r.url() === `${issuer}/token` && r.request().method() === 'POST'), loggInnHosLeverandor(page, 'una.ukjent')]);
    const token = ((await tokenSvar.json()) as { access_token: string }).access_token;
    // The provider did issue a proper token: only the unknown municipality makes it unacceptable.
    expect(decodeJwt(token)).toMatchObject({ iss: issuer, aud: AUDIENCE, kommuner: [VAGAN, '9999'] });
    await page.getByRole('alert').getByText(/TK Lofoten godtok ikke innloggingen din/).waitFor();
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    expect(await lesOkt(page)).toBeNull();
    const svar = await prod.http.get('/api/v1/soknader').set('Authorization', `Bearer ${token}`);
    expect({ status: svar.status, detail: svar.body.detail }).toEqual({ status: 401, detail: 'Tokenet er ugyldig eller utløpt.' });
    await ctx.close();
  });

  it('outside production with both configured: the page offers both, and the API takes both kinds of token but no forgery', async () => {
    const { ctx, page } = await nyFane(browser);
    await page.goto(`${devBase}/`);
    await page.getByRole('button', { name: OIDC_KNAPP }).waitFor();
    await page.getByRole('group', { name: 'Demobruker' }).waitFor();
    await sjekkTilgjengelighet(page, 'innlogging-oidc-og-utvikling', false);
    await loggInnHosLeverandor(page, 'ola.oidc');
    await page.getByRole('heading', { name: 'Innboks', level: 1 }).waitFor();
    const oidcToken = (await lesOkt(page))!.token;
    await ctx.close();

    const meg = async (token: string) => {
      const r = await dev.http.get('/api/v1/innlogging/meg').set('Authorization', `Bearer ${token}`);
      return r.status === 200 ? (r.body as { navn: string }).navn : r.status;
    };
    const utvikler = await lagBruker('leder', [VAGAN], 'Lise Leder');
    expect(await meg(oidcToken)).toBe('Ola Oidc');
    expect(await meg(utvikler.token)).toBe('Lise Leder');
    // The development secret cannot mint a token that passes as the provider's.
    const forfalsket = await new SignJWT({ name: 'Falsk', roles: ['leder'], kommuner: [VAGAN] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('falsk')
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(process.env.AUTH_JWT_SECRET!));
    expect(await meg(forfalsket)).toBe(401);
  });
});
