import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWTPayload } from 'jose';
import { loadConfig, type AppConfig } from '../../config/src/config.js';
import { DEV_AUDIENCE, DEV_ISSUER, signDevToken, TokenVerifier, UgyldigToken } from './token-verifier.js';

const SECRET = 's'.repeat(40);
const ISSUER = 'https://idp.example/';
const AUDIENCE = 'tk-lofoten-api';
const KOMMUNER = new Set(['1859', '1860', '1865', '1874']);
const base = { DATABASE_URL: 'postgres://tk_app@127.0.0.1/tk', PERSON_DATA_KEY: Buffer.alloc(32, 7).toString('base64') };
const oidcEnv = { OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: 'https://idp.example/jwks' };
const bruker = { name: 'Ida Idp', roles: ['saksbehandler'], kommuner: ['1865'] };

let privat: CryptoKey;
let fremmed: CryptoKey;
let nokler: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const par = await generateKeyPair('RS256');
  privat = par.privateKey;
  nokler = createLocalJWKSet({ keys: [{ ...(await exportJWK(par.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
  // A key the provider never published: what an attacker would sign with.
  fremmed = (await generateKeyPair('RS256')).privateKey;
});

/** A token as the identity provider would sign it; `endre` overrides claims, `nokkel` the signing key. */
function idpToken(endre: JWTPayload = {}, nokkel: CryptoKey = privat): Promise<string> {
  return new SignJWT({ ...bruker, ...endre })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('idp-1')
    .setIssuer((endre.iss as string | undefined) ?? ISSUER)
    .setAudience((endre.aud as string | undefined) ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime((endre.exp as number | undefined) ?? '5m')
    .sign(nokkel);
}

/** An HS256 token with the development secret but any issuer and audience. */
function hsToken(iss: string, aud: string, secret = SECRET): Promise<string> {
  return new SignJWT(bruker).setProtectedHeader({ alg: 'HS256' }).setSubject('dev-1').setIssuer(iss).setAudience(aud).setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(secret));
}

const devToken = (kommuner = ['1865']) => signDevToken({ sub: 'dev-1', name: 'Siri Saksbehandler', roles: ['saksbehandler'], kommuner }, SECRET);

/** The reason a token is refused, or 'godtatt'. */
async function utfall(v: TokenVerifier, token: string): Promise<string> {
  try {
    await v.verify(token);
    return 'godtatt';
  } catch (e) {
    if (e instanceof UgyldigToken) return e.grunn;
    throw e;
  }
}

describe('TokenVerifier', () => {
  describe('development secret only', () => {
    const v = () => new TokenVerifier(loadConfig({ ...base, AUTH_JWT_SECRET: SECRET }), KOMMUNER);

    it('accepts its own HS256 tokens and turns the claims into a user', async () => {
      await expect(v().verify(await devToken(['1865', '1860', '1865']))).resolves.toEqual({ id: 'dev-1', navn: 'Siri Saksbehandler', roller: ['saksbehandler'], kommuner: ['1865', '1860'] });
    });

    it('refuses a token signed by the identity provider (no OIDC configured)', async () => {
      expect(await utfall(v(), await idpToken())).not.toBe('godtatt');
    });
  });

  describe('identity provider only (production)', () => {
    const config = loadConfig({ ...base, ...oidcEnv, NODE_ENV: 'production' });
    const v = () => new TokenVerifier(config, KOMMUNER, nokler);

    it('accepts the provider\'s RS256 tokens', async () => {
      await expect(v().verify(await idpToken())).resolves.toEqual({ id: 'idp-1', navn: 'Ida Idp', roller: ['saksbehandler'], kommuner: ['1865'] });
    });

    it('refuses development tokens, even if production were somehow given the secret', async () => {
      const medHemmelighet: AppConfig = { ...config, AUTH_JWT_SECRET: SECRET };
      const w = new TokenVerifier(medHemmelighet, KOMMUNER, nokler);
      expect(await utfall(w, await devToken())).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
      expect(await utfall(w, await hsToken(ISSUER, AUDIENCE))).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    });
  });

  describe('both, outside production: the token\'s issuer picks the checks', () => {
    const v = () => new TokenVerifier(loadConfig({ ...base, ...oidcEnv, AUTH_JWT_SECRET: SECRET }), KOMMUNER, nokler);

    it('accepts a development token and a provider token', async () => {
      expect(await utfall(v(), await devToken())).toBe('godtatt');
      expect(await utfall(v(), await idpToken())).toBe('godtatt');
    });

    it('refuses an HS256 token with the development secret that claims the provider as issuer', async () => {
      expect(await utfall(v(), await hsToken(ISSUER, AUDIENCE))).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    });

    it('refuses a provider-signed token that claims the development issuer', async () => {
      expect(await utfall(v(), await idpToken({ iss: DEV_ISSUER, aud: DEV_AUDIENCE }))).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    });

    it('refuses each kind with the other kind\'s audience', async () => {
      expect(await utfall(v(), await idpToken({ aud: DEV_AUDIENCE }))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
      expect(await utfall(v(), await hsToken(DEV_ISSUER, AUDIENCE))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    });

    it('refuses a token signed with a key the provider never published, or with another secret', async () => {
      expect(await utfall(v(), await idpToken({}, fremmed))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
      expect(await utfall(v(), await hsToken(DEV_ISSUER, DEV_AUDIENCE, 'x'.repeat(40)))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    });

    it('refuses an unknown issuer, an unsigned token and something that is not a token', async () => {
      expect(await utfall(v(), await idpToken({ iss: 'https://annen.example/' }))).toBe('ukjent utsteder');
      const usignert = new UnsecuredJWT({ ...bruker, sub: 'x' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').encode();
      expect(await utfall(v(), usignert)).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
      expect(await utfall(v(), 'ikke.et.token')).toBe('ugyldig');
    });

    it('refuses an expired provider token, a municipality the office does not know, and missing claims', async () => {
      expect(await utfall(v(), await idpToken({ exp: Math.floor(Date.now() / 1000) - 60 }))).toBe('ERR_JWT_EXPIRED');
      expect(await utfall(v(), await idpToken({ kommuner: ['1865', '9999'] }))).toBe('ukjent kommune i token');
      expect(await utfall(v(), await idpToken({ roles: [] }))).toBe('mangler eller ugyldige claims: roles');
    });
  });
});
