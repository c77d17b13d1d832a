import { ApiHarness, auth, lagBruker, queryForKommuner, VESTVAGOY } from '../support/harness.js';
import { iplos, kartleggingBody, registrerSoknad } from '../support/factories.js';

describe('waiting list for long-term care', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  /** A long-term care application decided "venteliste" and approved by a second person (four-eyes). */
  async function paaVenteliste(skaar: number, utrygg: boolean, navn: string) {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const leder = await lagBruker('leder', [VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VESTVAGOY, { tjenester: ['langtidsopphold'], person: { fodselsnummer: (await import('../support/factories.js')).syntetiskFnr('1936-01-01'), navn } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(skaar), utryggUtenHeldognstilbud: utrygg, kognitivSvikt: false })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    const avvik = anb.utfall === 'venteliste' ? {} : { avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Kriteriene for plass er oppfylt; ingen ledig plass nå.' };
    const utkast = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }], tjenester: [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste', ...avvik }] });
    expect(utkast.status).toBe(201);
    await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(leder)).expect(200);
    return sak;
  }

  it('is ordered by assessed need first, not by the date placed; leaving it is audited', async () => {
    const lav = await paaVenteliste(3, false, 'Lav Behov');
    const hoy = await paaVenteliste(5, true, 'Høy Behov');
    const middels = await paaVenteliste(4, false, 'Middels Behov');
    const leder = await lagBruker('leder', [VESTVAGOY]);
    const res = await api.http.get('/api/v1/venteliste?kommune=1860').set(auth(leder));
    expect(res.status).toBe(200);
    const rekkefolge = res.body.elementer.filter((e: { saksnummer: string }) => [lav, hoy, middels].some((s) => s.saksnummer === e.saksnummer)).map((e: { saksnummer: string }) => e.saksnummer);
    expect(rekkefolge).toEqual([hoy.saksnummer, middels.saksnummer, lav.saksnummer]);
    expect(res.body.elementer[0]).toMatchObject({ plass: 1, tjenestekode: 'langtidsopphold', ventedager: 0 });
    // No identity number in the list (ids removed first: a UUID's last group can be twelve digits).
    expect(JSON.stringify(res.body).replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, '')).not.toMatch(/\d{11}/);

    const forst = res.body.elementer.find((e: { saksnummer: string }) => e.saksnummer === hoy.saksnummer);
    const tildelt = await api.http.post(`/api/v1/venteliste/${forst.id}/avslutning`).set(auth(leder)).send({ status: 'tildelt', grunn: 'Tildelt plass', versjon: forst.versjon });
    expect(tildelt.status).toBe(200);
    const etter = await api.http.get('/api/v1/venteliste?kommune=1860').set(auth(leder));
    expect(etter.body.elementer.map((e: { saksnummer: string }) => e.saksnummer)).not.toContain(hoy.saksnummer);
    const logg = await queryForKommuner([VESTVAGOY], `select handling, endringer from tilgangslogg where ressurs = 'venteliste' and ressurs_id = $1 and handling = 'endre'`, [forst.id]);
    expect(logg).toEqual([{ handling: 'endre', endringer: { status: { fra: 'venter', til: 'tildelt' } } }]);
    const annen = await lagBruker('leder', ['1865']);
    expect((await api.http.get('/api/v1/venteliste?kommune=1860').set(auth(annen))).status).toBe(403);
  });
});
