import { registrerSoknad } from '../support/factories.js';
import { ApiHarness, auth, lagBruker, VAGAN } from '../support/harness.js';

describe('versjon as the HTTP validator: ETag and If-Match', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('gives the case its versjon as ETag, answers 304 while it is unchanged, and takes If-Match in place of the body\'s versjon', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Saksbehandler');
    const { id } = (await registrerSoknad(api, sb, VAGAN)) as { id: string };
    const sak = await api.http.get(`/api/v1/soknader/${id}`).set(auth(sb)).expect(200);
    expect(sak.headers.etag).toBe(`"${sak.body.versjon}"`);
    await api.http.get(`/api/v1/soknader/${id}`).set(auth(sb)).set('If-None-Match', sak.headers.etag as string).expect(304);

    const tildelt = await api.http
      .post(`/api/v1/soknader/${id}/tildeling`)
      .set(auth(sb))
      .set('If-Match', sak.headers.etag as string)
      .send({ saksbehandlerId: sb.id, saksbehandlerNavn: 'Siri Saksbehandler' })
      .expect(200);
    expect(tildelt.body.versjon).toBe(sak.body.versjon + 1);
    expect(tildelt.headers.etag).toBe(`"${tildelt.body.versjon}"`);

    // The same precondition again: the case has moved on, so it fails, and nothing changes.
    const gammel = await api.http
      .post(`/api/v1/soknader/${id}/tildeling`)
      .set(auth(sb))
      .set('If-Match', sak.headers.etag as string)
      .send({ saksbehandlerId: 'u-annen', saksbehandlerNavn: 'Annen Saksbehandler' });
    expect(gammel.status).toBe(412);
    expect(gammel.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(gammel.body).toMatchObject({ status: 412, code: 'UTDATERT_VERSJON' });
    expect((await api.http.get(`/api/v1/soknader/${id}`).set(auth(sb))).body).toMatchObject({ saksbehandlerNavn: 'Siri Saksbehandler', versjon: tildelt.body.versjon });
  });

  it('refuses an If-Match that is not one quoted version, or that disagrees with the body, naming the field', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { id } = (await registrerSoknad(api, sb, VAGAN)) as { id: string };
    const ugyldig = await api.http.post(`/api/v1/soknader/${id}/tildeling`).set(auth(sb)).set('If-Match', '*').send({ saksbehandlerId: sb.id, saksbehandlerNavn: 'X' });
    expect(ugyldig.status).toBe(400);
    expect(ugyldig.body).toMatchObject({ code: 'UGYLDIG_IF_MATCH', errors: [{ field: 'If-Match' }] });
    const ulik = await api.http.post(`/api/v1/soknader/${id}/tildeling`).set(auth(sb)).set('If-Match', '"1"').send({ versjon: 2, saksbehandlerId: sb.id, saksbehandlerNavn: 'X' });
    expect(ulik.status).toBe(400);
    expect(ulik.body).toMatchObject({ code: 'UGYLDIG_IF_MATCH', errors: [{ field: 'versjon' }] });
  });

  it('answers an assessment with the case\'s new version, which the next step takes', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { kartleggingBody } = await import('../support/factories.js');
    const { id, versjon } = (await registrerSoknad(api, sb, VAGAN)) as { id: string; versjon: number };
    const kartlegging = await api.http.post(`/api/v1/soknader/${id}/kartlegging`).set(auth(sb)).send(kartleggingBody(versjon)).expect(201);
    expect(kartlegging.body.soknadVersjon).toBe((await api.http.get(`/api/v1/soknader/${id}`).set(auth(sb))).body.versjon);
  });
});
