import { ApiHarness, appRoleClient, auth, lagBruker, VAGAN } from '../support/harness.js';
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

  it('stopping a running service against the person\'s wish is a decision with advance notice (14 days) and a letter that says it changes the earlier one', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const gammel = (await api.http.get(`/api/v1/vedtak/${vedtak.id}`).set(auth(sb))).body;
    expect(gammel.tjenester[0].utfall).toBe('innvilget');
    const v1 = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const rev = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'revurder', versjon: v1, kommentar: 'Bedre etter opptrening' });
    const stans = (virkningsdato?: string) =>
      api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({
        versjon: rev.body.versjon,
        erstatterVedtakId: vedtak.id,
        ...(virkningsdato ? { virkningsdato } : {}),
        innhentedeOpplysninger: ['Hjemmebesøk etter opptrening'],
        vurdering: 'Du klarer nå husarbeidet selv etter opptreningen.',
        tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'avslag', avvikKategori: 'helsetilstand_endret', avvikBegrunnelse: 'Bedre funksjon etter opptrening.', begrunnelse: 'Du klarer nå husarbeidet selv.' }],
      });
    const uten = await stans();
    expect(uten.status).toBe(400);
    expect(uten.body.errors).toEqual([{ field: 'virkningsdato', message: expect.stringContaining(`tidligst gjelde fra ${om(14)}`) }]);
    expect((await stans(om(13))).status).toBe(400);
    const ny = await stans(om(14));
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ erstatterVedtakId: vedtak.id, endring: { tidligereVedtaksdato: gammel.vedtaksdato, virkningsdato: om(14) }, tjenester: [expect.objectContaining({ utfall: 'avslag', begrunnelse: 'Du klarer nå husarbeidet selv.' })] });
  });
});
