import { ApiHarness, appRoleClient, auth, lagBruker, queryForKommuner, VAGAN } from '../support/harness.js';
import { vedtattSak } from '../support/flyt.js';

const om = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);

describe('a decided decision is immutable; a change is a new decision', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('re-evaluation ends in a new decision that refers to the old one, which stays as it was', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const gammel = (await api.http.get(`/api/v1/vedtak/${vedtak.id}`).set(auth(sb))).body;
    const v1 = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const rev = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'revurder', versjon: v1, kommentar: 'Planlagt evaluering' });
    expect(rev.status).toBe(200);
    expect(rev.body.status).toBe('under_revurdering');
    const ny = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({
      versjon: rev.body.versjon,
      erstatterVedtakId: vedtak.id,
      virkningsdato: om(10),
      innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'],
      tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: gammel.tjenester[0].utfall, omfang: gammel.tjenester[0].omfang ?? undefined, startdato: om(10), evalueringsdato: om(200) }],
    });
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ status: 'vedtatt', erstatterVedtakId: vedtak.id });
    expect((await api.http.get(`/api/v1/vedtak/${vedtak.id}`).set(auth(sb))).body.tjenester).toEqual(gammel.tjenester);

    // The database refuses to change a decision line, even through the application's own role.
    const c = await appRoleClient();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', '1865', true)`);
      await expect(c.query(`update vedtakslinje set omfang = 99 where vedtak_id = $1`, [vedtak.id])).rejects.toThrow(/permission denied/);
      await c.query('rollback');
    } finally {
      await c.end();
    }
  });

  it('stopping a running service against the person\'s wish needs an advance notice whose deadline has passed, then a decision taking effect 14 days on', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const gammel = (await api.http.get(`/api/v1/vedtak/${vedtak.id}`).set(auth(sb))).body;
    expect(gammel.tjenester[0].utfall).toBe('innvilget');
    const v1 = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const rev = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'revurder', versjon: v1, kommentar: 'Bedre etter opptrening' });
    let versjon = rev.body.versjon as number;
    const stans = (virkningsdato?: string) =>
      api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({
        versjon,
        erstatterVedtakId: vedtak.id,
        ...(virkningsdato ? { virkningsdato } : {}),
        innhentedeOpplysninger: ['Hjemmebesøk etter opptrening'],
        vurdering: 'Du klarer nå husarbeidet selv etter opptreningen.',
        tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'avslag', avvikKategori: 'helsetilstand_endret', avvikBegrunnelse: 'Bedre funksjon etter opptrening.', begrunnelse: 'Du klarer nå husarbeidet selv.' }],
      });
    // No advance notice yet (fvl. § 16): the decision names what is missing.
    const utenVarsel = await stans(om(30));
    expect(utenVarsel.status).toBe(400);
    expect(utenVarsel.body.errors).toEqual([{ field: 'forhaandsvarsel', message: expect.stringContaining('forvaltningsloven § 16') }]);

    const varsle = (body: Record<string, unknown>) => api.http.post(`/api/v1/soknader/${sak.id}/forhandsvarsel`).set(auth(sb)).send({ versjon, vedtakId: vedtak.id, endring: 'Vi vurderer å stanse praktisk bistand fordi du klarer husarbeidet selv.', virkningsdato: om(30), uttalelsesfrist: om(10), ...body });
    const feil = await varsle({ endring: ' ', uttalelsesfrist: om(0), virkningsdato: om(0) });
    expect(feil.status).toBe(400);
    expect(feil.body.errors.map((e: { field: string }) => e.field)).toEqual(['endring', 'uttalelsesfrist', 'virkningsdato']);
    const varsel = await varsle({});
    expect(varsel.status).toBe(200);
    expect(varsel.body.forhaandsvarsel).toMatchObject({ vedtakId: vedtak.id, uttalelsesfrist: om(10), virkningsdato: om(30) });
    versjon = varsel.body.versjon;
    const brev = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.brev as { brevtype: string }[];
    expect(brev.map((b) => b.brevtype)).toContain('forhandsvarsel');

    // The person has until the deadline to comment: no decision before it has passed.
    const forTidlig = await stans(om(30));
    expect(forTidlig.status).toBe(400);
    expect(forTidlig.body.errors).toEqual([{ field: 'forhaandsvarsel', message: expect.stringContaining(`er ${om(10)}`) }]);
    // As if the deadline ran out yesterday.
    await queryForKommuner([VAGAN], `update soknad set forhandsvarsel = jsonb_set(forhandsvarsel, '{uttalelsesfrist}', to_jsonb($2::text)) where id = $1`, [sak.id, om(-1)]);
    const uten = await stans();
    expect(uten.status).toBe(400);
    expect(uten.body.errors).toEqual([{ field: 'virkningsdato', message: expect.stringContaining(`tidligst gjelde fra ${om(14)}`) }]);
    expect((await stans(om(13))).status).toBe(400);
    const ny = await stans(om(14));
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ erstatterVedtakId: vedtak.id, endring: { tidligereVedtaksdato: gammel.vedtaksdato, virkningsdato: om(14) }, tjenester: [expect.objectContaining({ utfall: 'avslag', begrunnelse: 'Du klarer nå husarbeidet selv.' })] });
  });

  it('a running service ends without a decision only when the person died or moved: no letter, a journal note', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak } = await vedtattSak(api, sb, VAGAN);
    let versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon as number;
    const iGang = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'iverksett', versjon });
    expect(iGang.body.status).toBe('i_gang');
    versjon = iGang.body.versjon;
    const brevFoer = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.brev.length as number;

    const utenGrunn = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'avslutt', versjon });
    expect(utenGrunn.status).toBe(400);
    expect(utenGrunn.body.errors).toEqual([{ field: 'opphorsgrunn', message: expect.stringContaining('endringsvedtak') }]);
    const ukjent = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'avslutt', versjon, opphorsgrunn: 'lei' });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([expect.objectContaining({ field: 'opphorsgrunn' })]);
    const feilSteg = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'revurder', versjon, opphorsgrunn: 'dod' });
    expect(feilSteg.status).toBe(400);

    const slutt = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'avslutt', versjon, opphorsgrunn: 'dod', kommentar: 'Melding fra sykehjemmet.' });
    expect(slutt.status).toBe(200);
    expect(slutt.body.status).toBe('avsluttet');
    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.brev).toHaveLength(brevFoer);
    expect(etter.journal).toEqual(expect.arrayContaining([expect.objectContaining({ tekst: expect.stringMatching(/^Tjenesten er avsluttet \d{4}-\d{2}-\d{2} uten vedtak fordi brukeren er død\. Melding fra sykehjemmet\.$/) })]));
  });
});
