import { SignJWT, generateKeyPair, exportJWK } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../libs/auth/src/token-verifier.js';
import { ApiHarness, appRoleClient, fyllInn, lagBruker, queryForKommuner, ruter, VAGAN } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';

const secret = () => new TextEncoder().encode(process.env.AUTH_JWT_SECRET!);
const claims = { name: 'Test', roles: ['saksbehandler'], kommuner: [VAGAN] };
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Routes that return no personal data (or only the caller's own sign-in) and that a union representative may call. */
const TILLITSVALGT_TILLATT = new Set(['GET /api/v1/kommuner', 'GET /api/v1/innlogging/meg', 'POST /api/v1/rapporter', 'GET /api/v1/rapporter', 'GET /api/v1/rapporter/:id', 'GET /api/v1/rapporter/:id/innhold']);
// Public: health, API docs, the sign-in page's settings, and the development sign-in (registered only outside production).
const OFFENTLIG = /^\/(health|api\/docs|api\/v1\/dev\/token|api\/v1\/innlogging$)/;

describe('authentication and authorisation', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  const get = (token?: string) => {
    const r = api.http.get('/api/v1/kommuner');
    return token === undefined ? r : r.set('Authorization', `Bearer ${token}`);
  };

  it('no token: 401 problem reply', async () => {
    const res = await get();
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, title: 'Ikke innlogget' });
    expect(res.body.correlationId).toEqual(expect.any(String));
  });

  it.each([
    ['expired', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(secret())],
    ['wrongly signed', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(40)))],
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: 'u', iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 })}.`],
    ['wrong audience', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience('andre').setExpirationTime('1h').sign(secret())],
    ['future-dated', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setIssuedAt(Math.floor(Date.now() / 1000) + 3600).setExpirationTime('2h').sign(secret())],
    ['missing roles', async () => new SignJWT({ name: 'x', kommuner: [VAGAN] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(secret())],
    ['unknown role', async () => new SignJWT({ ...claims, roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(secret())],
    ['unknown municipality', async () => new SignJWT({ ...claims, kommuner: ['0301'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(secret())],
    ['RS256 (HS/RS confusion)', async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256');
      void exportJWK(publicKey);
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setSubject('u').setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime('1h').sign(privateKey);
    }],
    ['garbage', async () => 'not.a.token'],
  ])('%s token: 401', async (_name, make) => {
    const res = await get(await make());
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe('Tokenet er ugyldig eller utløpt.');
  });

  it('a tillitsvalgt gets 403 on every route that returns personal data (enumerated from the router)', async () => {
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const alle = ruter(api.app).filter((r) => !OFFENTLIG.test(r.path));
    expect(alle.length).toBeGreaterThan(8);
    const probed: string[] = [];
    for (const r of alle) {
      const key = `${r.method} ${r.path}`;
      if (TILLITSVALGT_TILLATT.has(key)) continue;
      const res = await (api.http as unknown as Record<string, (p: string) => import('supertest').Test>)[r.method.toLowerCase()]!(fyllInn(r.path))
        .set('Authorization', `Bearer ${tv.token}`)
        .send({});
      expect({ key, status: res.status }).toEqual({ key, status: 403 });
      probed.push(key);
    }
    expect(probed).toEqual(expect.arrayContaining(['GET /api/v1/soknader', 'GET /api/v1/soknader/:id', 'POST /api/v1/tilgangslogg/sok']));
  });

  it('writes an access-log row for each read of a case, and the log is append-only for the app role', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Saksbehandler');
    const sak = await registrerSoknad(api, sb, VAGAN);
    await api.http.get(`/api/v1/soknader/${sak.id}`).set('Authorization', `Bearer ${sb.token}`).expect(200);
    await api.http.get(`/api/v1/soknader/${sak.id}`).set('Authorization', `Bearer ${sb.token}`).expect(200);
    {
      const rows = await queryForKommuner([VAGAN], `select bruker_id, bruker_navn, handling, ressurs, formaal from tilgangslogg where soknad_id = $1 and handling = 'les' and ressurs = 'soknad'`, [sak.id]);
      expect(rows).toEqual([
        { bruker_id: sb.id, bruker_navn: 'Siri Saksbehandler', handling: 'les', ressurs: 'soknad', formaal: 'saksbehandling' },
        { bruker_id: sb.id, bruker_navn: 'Siri Saksbehandler', handling: 'les', ressurs: 'soknad', formaal: 'saksbehandling' },
      ]);
    }
    const app = await appRoleClient();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.kommuner', '1865', true)`);
      await expect(app.query(`update tilgangslogg set formaal = 'x'`)).rejects.toThrow(/permission denied/);
      await app.query('rollback');
      await expect(app.query(`delete from tilgangslogg`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });

  it('a leader finds who read a person\'s data by identity number in the body', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Per Saksbehandler');
    const leder = await lagBruker('leder', [VAGAN]);
    const fnr = (await import('../support/factories.js')).syntetiskFnr('1938-05-01');
    const sak = await registrerSoknad(api, sb, VAGAN, { person: { fodselsnummer: fnr, navn: 'Logg Person' } });
    await api.http.get(`/api/v1/soknader/${sak.id}`).set('Authorization', `Bearer ${sb.token}`).expect(200);
    const res = await api.http.post('/api/v1/tilgangslogg/sok').set('Authorization', `Bearer ${leder.token}`).send({ fodselsnummer: fnr });
    expect(res.status).toBe(200);
    expect(res.body.rader.some((r: { brukerNavn: string; handling: string }) => r.brukerNavn === 'Per Saksbehandler' && r.handling === 'les')).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(fnr);
    const sbRes = await api.http.post('/api/v1/tilgangslogg/sok').set('Authorization', `Bearer ${sb.token}`).send({ fodselsnummer: fnr });
    expect(sbRes.status).toBe(403);
  });
});
