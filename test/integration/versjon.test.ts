import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { ApiHarness, auth, lagBruker, VAGAN, VESTVAGOY } from '../support/harness.js';

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

  it('gives a decision its versjon as ETag, and approves a draft only at the version the approver saw (412 with If-Match)', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const leder = await lagBruker('leder', [VESTVAGOY]);
    // Long-term care needs four eyes: the decision is a draft until someone else approves it.
    const sak = await registrerSoknad(api, sb, VESTVAGOY, { tjenester: ['langtidsopphold'], person: { fodselsnummer: syntetiskFnr('1935-04-04'), navn: 'Versjon Vedtaksen' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(5), utryggUtenHeldognstilbud: true, kognitivSvikt: false })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    const avvik = anb.utfall === 'venteliste' ? {} : { avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Kriteriene for plass er oppfylt; ingen ledig plass nå.' };
    const utkast = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk'], tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }], tjenester: [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste', ...avvik }] })
      .expect(201);
    expect(utkast.body).toMatchObject({ status: 'utkast', versjon: 1 });
    expect(utkast.headers.etag).toBe('"1"');
    const vist = await api.http.get(`/api/v1/vedtak/${utkast.body.id}`).set(auth(leder)).expect(200);
    expect(vist.headers.etag).toBe('"1"');
    await api.http.get(`/api/v1/vedtak/${utkast.body.id}`).set(auth(leder)).set('If-None-Match', '"1"').expect(304);

    const feil = await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(leder)).set('If-Match', '"7"');
    expect(feil.status).toBe(412);
    expect(feil.body).toMatchObject({ status: 412, code: 'UTDATERT_VERSJON' });
    expect((await api.http.get(`/api/v1/vedtak/${utkast.body.id}`).set(auth(leder))).body.status).toBe('utkast');
    await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(leder)).set('If-Match', '*').expect(400);

    const godkjent = await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(leder)).set('If-Match', vist.headers.etag as string).expect(200);
    expect(godkjent.body).toMatchObject({ status: 'vedtatt', versjon: 2 });
    expect(godkjent.headers.etag).toBe('"2"');
    expect(godkjent.body.soknadVersjon).toBe((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon);
    // The same precondition again: the decision has moved on.
    expect((await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(leder)).set('If-Match', '"1"')).status).toBe(412);
  });

  it('takes If-Match on a complaint\'s steps: its versjon is the ETag of each reply, and an old one gives 412', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon as number;
    const klage = await api.http
      .post(`/api/v1/soknader/${sak.id}/klage`)
      .set(auth(sb))
      .set('If-Match', `"${versjon}"`)
      .send({ vedtakId: vedtak.id, mottattDato: new Date().toISOString().slice(0, 10), begrunnelse: 'Jeg trenger mer hjelp.' })
      .expect(201);
    expect(klage.headers.etag).toBe(`"${klage.body.versjon}"`);
    const vurdering = { vurdering: 'opprettholdt', begrunnelse: 'Vedtaket følger kriteriene.' };
    const gammel = await api.http.post(`/api/v1/klager/${klage.body.id}/vurdering`).set(auth(sb)).set('If-Match', `"${klage.body.versjon + 1}"`).send(vurdering);
    expect(gammel.status).toBe(412);
    expect(gammel.body).toMatchObject({ code: 'UTDATERT_VERSJON' });
    const vurdert = await api.http.post(`/api/v1/klager/${klage.body.id}/vurdering`).set(auth(sb)).set('If-Match', klage.headers.etag as string).send(vurdering).expect(200);
    expect(vurdert.body.versjon).toBe(klage.body.versjon + 1);
    expect(vurdert.headers.etag).toBe(`"${vurdert.body.versjon}"`);
  });
});
