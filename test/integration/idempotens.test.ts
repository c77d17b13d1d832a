import { randomUUID } from 'node:crypto';
import { iplos, kartleggingBody, registrerSoknad, soknadBody } from '../support/factories.js';
import { ApiHarness, auth, lagBruker, queryForKommuner, VAGAN, type TestBruker } from '../support/harness.js';

/**
 * A client that retries after a lost answer must not create a second case: `Idempotency-Key` on any POST
 * returns the first answer. And every 201 says where the new thing is (`Location`).
 */
describe('Idempotency-Key and Location', () => {
  const api = new ApiHarness();
  let sb: TestBruker;
  beforeAll(async () => {
    await api.start({ RATE_LIMIT_PER_MINUTE: '1000000' });
    sb = await lagBruker('saksbehandler', [VAGAN]);
  });
  afterAll(() => api.stop());

  const antallSaker = async () => (await queryForKommuner<{ n: number }>([VAGAN], 'select count(*)::int as n from soknad'))[0]!.n;
  const registrer = (bruker: TestBruker, nokkel: string, body: object) => api.http.post('/api/v1/soknader').set(auth(bruker)).set('Idempotency-Key', nokkel).send(body);

  it('two identical POSTs with one key: one case, two identical answers', async () => {
    const foer = await antallSaker();
    const body = soknadBody(VAGAN);
    const nokkel = randomUUID();
    const a = await registrer(sb, nokkel, body);
    const b = await registrer(sb, nokkel, body);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    expect(a.headers.location).toBe(`/api/v1/soknader/${a.body.id}`);
    expect(b.headers.location).toBe(a.headers.location);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(await antallSaker()).toBe(foer + 1);
    expect((await api.http.get(a.headers.location).set(auth(sb))).status).toBe(200);
  });

  it('concurrent identical POSTs with one key: one case, the same answer to each', async () => {
    const foer = await antallSaker();
    const body = soknadBody(VAGAN);
    const nokkel = randomUUID();
    const svar = await Promise.all(Array.from({ length: 6 }, () => registrer(sb, nokkel, body)));
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201, 201, 201, 201]);
    for (const s of svar) expect(s.body).toEqual(svar[0]!.body);
    expect(await antallSaker()).toBe(foer + 1);
  });

  it('the same key with another body is 422, and nothing is created', async () => {
    const nokkel = randomUUID();
    expect((await registrer(sb, nokkel, soknadBody(VAGAN))).status).toBe(201);
    const foer = await antallSaker();
    const annen = await registrer(sb, nokkel, soknadBody(VAGAN));
    expect(annen.status).toBe(422);
    expect(annen.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(annen.body.code).toBe('IDEMPOTENCY_KEY_BRUKT');
    expect(await antallSaker()).toBe(foer);
  });

  it('keys are per user: another user with the same key and body gets a case of their own', async () => {
    const annen = await lagBruker('saksbehandler', [VAGAN]);
    const body = soknadBody(VAGAN);
    const nokkel = randomUUID();
    const a = await registrer(sb, nokkel, body);
    const b = await registrer(annen, nokkel, { ...body, person: { ...body.person } });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('a refused request keeps no answer: the corrected request with the same key is done', async () => {
    const nokkel = randomUUID();
    const ugyldig = await registrer(sb, nokkel, soknadBody(VAGAN, { kanal: 'brevdue' }));
    expect(ugyldig.status).toBe(400);
    expect((await registrer(sb, nokkel, soknadBody(VAGAN))).status).toBe(201);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const res = await registrer(sb, 'x'.repeat(201), soknadBody(VAGAN));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'må være 1–200 synlige ASCII-tegn' }]);
  });

  it('Location on the 201 of a decision and of an assessment', async () => {
    const sak = await registrerSoknad(api, sb, VAGAN);
    const k = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).set('Idempotency-Key', randomUUID()).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4 }) }));
    expect(k.status).toBe(201);
    expect(k.headers.location).toBe(`/api/v1/soknader/${sak.id}`);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    const om = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);
    const linje = { tjenestekode: anb.tjenestekode, utfall: anb.utfall, ...(anb.omfang ? { omfang: anb.omfang.min } : {}), ...(['innvilget', 'delvis_innvilget'].includes(anb.utfall) ? { startdato: om(7), evalueringsdato: om(180) } : {}) };
    const v = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, tjenester: [linje] });
    expect(v.status).toBe(201);
    expect(v.headers.location).toBe(`/api/v1/vedtak/${v.body.id}`);
    expect((await api.http.get(v.headers.location).set(auth(sb))).status).toBe(200);
  });

  it('the OpenAPI document names the header on every POST', async () => {
    const dok = (await api.http.get('/api/docs-json')).body as { paths: Record<string, { post?: { parameters?: { name: string; in: string }[] } }> };
    const poster = Object.entries(dok.paths).filter(([, p]) => p.post);
    expect(poster.length).toBeGreaterThan(15);
    for (const [sti, p] of poster) expect({ sti, header: p.post!.parameters!.some((x) => x.name === 'Idempotency-Key' && x.in === 'header') }).toEqual({ sti, header: true });
  });
});
