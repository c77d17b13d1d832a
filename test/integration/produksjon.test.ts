import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { signDevToken } from '../../libs/auth/src/token-verifier.js';
import { ApiHarness, lagBruker, VAGAN } from '../support/harness.js';

/** A local identity provider: just a JWKS document on loopback. */
async function jwksServer(jwk: object): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`, server };
}

describe('production authentication (OIDC) and rate limiting', () => {
  it('accepts the identity provider\'s RS256 tokens and refuses development HS256 tokens', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const idp = await jwksServer(jwk);
    const api = new ApiHarness();
    try {
      await api.start({ NODE_ENV: 'production', AUTH_JWT_SECRET: '', OIDC_ISSUER: 'https://idp.example/', OIDC_AUDIENCE: 'tk-lofoten', OIDC_JWKS_URL: idp.url });
      const ok = await new SignJWT({ name: 'Idp Bruker', roles: ['saksbehandler'], kommuner: [VAGAN] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('idp-1')
        .setIssuer('https://idp.example/')
        .setAudience('tk-lofoten')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      expect((await api.http.get('/api/v1/kommuner').set('Authorization', `Bearer ${ok}`)).status).toBe(200);
      const dev = await signDevToken({ sub: 'u', name: 'x', roles: ['saksbehandler'], kommuner: [VAGAN] }, process.env.AUTH_JWT_SECRET!);
      expect((await api.http.get('/api/v1/kommuner').set('Authorization', `Bearer ${dev}`)).status).toBe(401);
      // The web app may fetch tokens from the identity provider, and from nowhere else but itself.
      const csp = (await api.http.get('/health/live')).headers['content-security-policy'] as string;
      expect(csp.split(';')).toContain("connect-src 'self' https://idp.example");
      // The development sign-in does not exist in production.
      expect((await api.http.post('/api/v1/dev/token').send({ rolle: 'leder', kommuner: [VAGAN] })).status).toBe(404);
    } finally {
      await api.stop();
      idp.server.close();
    }
  });

  it('refuses to start in production with the HS256 secret set', async () => {
    await expect(new ApiHarness().start({ NODE_ENV: 'production' })).rejects.toThrow(/AUTH_JWT_SECRET: er ikke tillatt i produksjon/);
  });

  it('answers 429 with a problem reply past the rate limit', async () => {
    const api = await new ApiHarness().start({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const u = await lagBruker('saksbehandler', [VAGAN]);
      const svar = [];
      for (let i = 0; i < 7; i++) svar.push(await api.http.get('/api/v1/kommuner').set('Authorization', `Bearer ${u.token}`));
      expect(svar.slice(0, 5).every((r) => r.status === 200)).toBe(true);
      const stopp = svar[6]!;
      expect(stopp.status).toBe(429);
      expect(stopp.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(stopp.body).toMatchObject({ status: 429, title: 'For mange forespørsler' });
      expect(stopp.headers['retry-after']).toBeDefined();
    } finally {
      await api.stop();
    }
  });
});
