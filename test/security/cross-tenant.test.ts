import { ApiHarness, FLAKSTAD, lagBruker, queryForKommuner, ruter, VAGAN, type TestBruker } from '../support/harness.js';
import { kartleggingBody, syntetiskFnr } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { kall, sjekkSvar } from './felles.js';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';

/**
 * A caseworker or leader in Vågan calls every route that takes an id (enumerated from the router) with
 * real ids of Flakstad's records: each answers 404, exactly as for an id that does not exist, so nothing
 * reveals that the record is there; and Vågan's lists, access-log searches and failed-letter list never
 * contain Flakstad's rows.
 */
const idag = () => idagINorge();
const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);

/** A small valid document for the upload routes. */
const pdfDokument = { tittel: 'Legeerklæring', filnavn: 'lege.pdf', innholdBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };

/** Records that belong to no municipality (shared catalogues): their ids are not tenant data. */
const FELLES = /^\/api\/v1\/(brevmaler|tildelingskriterier)\//;

describe('cross-tenant access on every id route', () => {
  const api = new ApiHarness();
  let fsb: TestBruker;
  let fleder: TestBruker;
  let vagan: TestBruker;
  const ids: Record<string, string> = {};
  let fnr: string;
  const telling = { ruter: 0, kall: 0 };

  beforeAll(async () => {
    await api.start({ RATE_LIMIT_PER_MINUTE: '100000' });
    fsb = await lagBruker('saksbehandler', [FLAKSTAD], 'Flakstad Saksbehandler');
    fleder = await lagBruker('leder', [FLAKSTAD], 'Flakstad Leder');
    vagan = await lagBruker(['saksbehandler', 'leder', 'fagadmin'], [VAGAN], 'Vågan Alt');
    fnr = syntetiskFnr('1937-06-15');
    const fauth = { Authorization: `Bearer ${fsb.token}` };
    const { sak, vedtak } = await vedtattSak(api, fsb, FLAKSTAD, { person: { fodselsnummer: fnr, navn: 'Flakstad Person' } });
    ids.soknad = sak.id;
    ids.vedtak = vedtak.id;
    const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(fauth).expect(200)).body.versjon;
    const klage = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(fauth).send({ vedtakId: vedtak.id, mottattDato: idag(), begrunnelse: 'Uenig.', versjon });
    expect(klage.status).toBe(201);
    ids.klage = klage.body.id;
    const rapport = await api.http.post('/api/v1/rapporter').set({ Authorization: `Bearer ${fleder.token}` }).send({ type: 'likebehandling', aar: 2026 });
    expect(rapport.status).toBe(202);
    ids.rapport = rapport.body.id;
    const brev = await queryForKommuner<{ id: string }>([FLAKSTAD], `select id from brev where vedtak_id = $1`, [vedtak.id]);
    expect(brev.length).toBeGreaterThan(0);
    ids.brev = brev[0]!.id;
    // A place on the waiting list: no outcome of the standard flow leads there, so it is written directly
    // (as the owner, under Flakstad's tenant setting) for the same case and decision.
    const plass = await queryForKommuner<{ id: string }>(
      [FLAKSTAD],
      `insert into venteliste (kommunenummer, soknad_id, vedtak_id, person_id, tjenestekode, behovsskaar, oppfort_dato, status, versjon)
       select $1, soknad_id, id, person_id, 'langtidsopphold', 3.5, current_date, 'venter', 1 from vedtak where id = $2 returning id`,
      [FLAKSTAD, vedtak.id],
    );
    ids.venteliste = plass[0]!.id;
    const dokument = await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(fauth).send(pdfDokument);
    expect(dokument.status).toBe(201);
    ids.dokument = dokument.body.id;
    ids.person = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(fauth).expect(200)).body.person.id;
    const ffa = await lagBruker('fagadmin', [FLAKSTAD], 'Flakstad Fagadmin');
    const abonnement = await api.http.post('/api/v1/abonnementer').set({ Authorization: `Bearer ${ffa.token}` }).send({ kommunenummer: FLAKSTAD, url: 'https://mottaker.example/flakstad', hendelsestyper: ['vedtak.fattet'] });
    expect(abonnement.status).toBe(201);
    ids.abonnement = abonnement.body.id;
  });
  afterAll(async () => {
    await api.stop();
    console.log(`security/cross-tenant: ${telling.ruter} id routes probed with ${telling.kall} calls using another municipality's real ids; all 404`);
  });

  /** A body that passes validation, so the answer comes from the access check and not from the pipe. */
  const gyldigKropp = (method: string, path: string): object | undefined => {
    const k: Record<string, object> = {
      'POST /api/v1/soknader/:id/kartlegging': kartleggingBody(1),
      'POST /api/v1/soknader/:id/vedtak': { versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 2, startdato: om(7), evalueringsdato: om(180) }] },
      'POST /api/v1/soknader/:id/vedtak/forhandsvisning': { versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 2, startdato: om(7), evalueringsdato: om(180) }] },
      'POST /api/v1/soknader/:id/klage': { versjon: 3, vedtakId: ids.vedtak, mottattDato: idag(), begrunnelse: 'Uenig.' },
      'POST /api/v1/soknader/:id/tildeling': { versjon: 1, saksbehandlerId: vagan.id, saksbehandlerNavn: 'Vågan Alt' },
      'POST /api/v1/soknader/:id/handlinger': { versjon: 1, handling: 'trekk', kommentar: 'x' },
      'POST /api/v1/soknader/:id/foreloepig-svar': { versjon: 1, grunn: 'saksmengde', forventetSvardato: om(30) },
      'POST /api/v1/soknader/:id/forhandsvarsel': { versjon: 1, vedtakId: ids.vedtak, endring: 'Stans', virkningsdato: om(40), uttalelsesfrist: om(14) },
      'POST /api/v1/soknader/:id/journal': { tekst: 'Notat fra feil kommune' },
      'POST /api/v1/soknader/:id/innhenting': { versjon: 1, opplysninger: ['Uttalelse fra fastlegen'], svarfrist: om(14) },
      'POST /api/v1/soknader/:id/kommunebytte': { versjon: 1, tilKommunenummer: VAGAN, grunn: 'Flyttet' },
      'POST /api/v1/klager/:id/vurdering': { versjon: 1, vurdering: 'omgjort', begrunnelse: 'x' },
      'POST /api/v1/klager/:id/fristoppreisning': { versjon: 1, begrunnelse: 'Tatt opp fra feil kommune' },
      'POST /api/v1/klager/:id/statsforvalteren': { versjon: 1, utfall: 'stadfestet', dato: idag() },
      'POST /api/v1/klager/:id/avslutning': { versjon: 1, utfall: 'trukket', begrunnelse: 'Trukket fra feil kommune' },
      'POST /api/v1/venteliste/:id/avslutning': { versjon: 1, status: 'fjernet', grunn: 'Fjernet fra feil kommune' },
      'POST /api/v1/soknader/:id/dokumenter': pdfDokument,
    };
    return k[`${method} ${path}`] ?? (method === 'GET' ? undefined : {});
  };

  const idFor = (path: string): string | undefined => {
    const m = /^\/api\/v1\/(soknader|vedtak|klager|rapporter|brev|venteliste|dokumenter|personer|abonnementer)\//.exec(path);
    return m ? { soknader: ids.soknad, vedtak: ids.vedtak, klager: ids.klage, rapporter: ids.rapport, brev: ids.brev, venteliste: ids.venteliste, dokumenter: ids.dokument, personer: ids.person, abonnementer: ids.abonnement }[m[1]!] : undefined;
  };

  it('every id route answers 404 to another municipality, never 200 or 403', async () => {
    const idRuter = ruter(api.app).filter((r) => r.path.includes(':id') && !FELLES.test(r.path));
    expect(idRuter.length).toBeGreaterThan(12);
    const funn: string[] = [];
    for (const r of idRuter) {
      const id = idFor(r.path);
      if (!id) {
        funn.push(`${r.method} ${r.path}: ingen Flakstad-id for denne ressursen (legg den til i testen)`);
        continue;
      }
      telling.ruter += 1;
      const path = r.path.replace(/:id/g, id) + (r.path.endsWith('/innhold') ? '?format=json' : '');
      const body = gyldigKropp(r.method, r.path);
      let req = kall(api, r.method, path, vagan.token);
      const res = body ? await req.send(body) : await req;
      telling.kall += 1;
      const grunn = sjekkSvar(res, `${r.method} ${r.path}`);
      if (grunn) funn.push(grunn);
      else if (res.status !== 404) funn.push(`${r.method} ${r.path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      // The same route with an id that does not exist answers the same way (no existence oracle).
      req = kall(api, r.method, r.path.replace(/:id/g, '00000000-0000-4000-8000-000000000000'), vagan.token);
      const ukjent = body ? await req.send(body) : await req;
      telling.kall += 1;
      if (ukjent.status !== res.status || ukjent.body.detail !== res.body.detail) funn.push(`${r.method} ${r.path}: annet svar for ukjent id (${ukjent.status}) enn for Flakstads id (${res.status})`);
    }
    expect(funn).toEqual([]);
    // The records are untouched: Flakstad still sees its case as it was, without Vågan's note.
    const sak = await api.http.get(`/api/v1/soknader/${ids.soknad}`).set({ Authorization: `Bearer ${fsb.token}` }).expect(200);
    expect(sak.body.kommunenummer).toBe(FLAKSTAD);
    expect(JSON.stringify(sak.body.journal)).not.toContain('feil kommune');
    expect(await queryForKommuner([FLAKSTAD], `select id from abonnement where id = $1`, [ids.abonnement])).toHaveLength(1);
  });

  it("Vågan's lists and searches never contain Flakstad's records", async () => {
    const auth = { Authorization: `Bearer ${vagan.token}` };
    const liste = await api.http.get('/api/v1/soknader').query({ antall: 100 }).set(auth);
    expect(liste.status).toBe(200);
    expect(JSON.stringify(liste.body)).not.toContain(ids.soknad);
    const filtrert = await api.http.get('/api/v1/soknader').query({ kommune: FLAKSTAD }).set(auth);
    expect([403, 200]).toContain(filtrert.status);
    if (filtrert.status === 200) expect(JSON.stringify(filtrert.body)).not.toContain(ids.soknad);
    const logg = await api.http.post('/api/v1/tilgangslogg/sok').set(auth).send({ fodselsnummer: fnr });
    expect(logg.status).toBe(200);
    expect(logg.body.rader ?? []).toEqual([]);
    const sok = await api.http.post('/api/v1/sok').set(auth).send({ q: fnr });
    expect(sok.status).toBe(200);
    expect(sok.body.treff).toEqual([]);
    expect((await api.http.post('/api/v1/sok').set(auth).send({ q: 'Flakstad Person' })).body.treff).toEqual([]);
    expect(JSON.stringify((await api.http.get('/api/v1/abonnementer').set(auth).expect(200)).body)).not.toContain(ids.abonnement);
    const innboks = await api.http.get('/api/v1/innboks').set(auth);
    expect(innboks.status).toBe(200);
    expect(JSON.stringify(innboks.body)).not.toContain(ids.soknad);
    const feilede = await api.http.get('/api/v1/brev/feilede').set(auth);
    expect(feilede.status).toBe(200);
    expect(JSON.stringify(feilede.body)).not.toContain(ids.vedtak);
    const venteliste = await api.http.get('/api/v1/venteliste').query({ kommune: VAGAN }).set(auth);
    expect(venteliste.status).toBe(200);
    expect(JSON.stringify(venteliste.body)).not.toContain(ids.venteliste);
    const andres = await api.http.get('/api/v1/venteliste').query({ kommune: FLAKSTAD }).set(auth);
    expect([403, 404]).toContain(andres.status);
    expect(JSON.stringify(andres.body)).not.toContain(ids.venteliste);
    // and the database agrees: under Vågan's tenant setting, row-level security hides the rows
    const rader = await queryForKommuner([VAGAN], `select id from soknad where id = $1 union all select id from vedtak where id = $2 union all select id from klage where id = $3`, [ids.soknad, ids.vedtak, ids.klage]);
    expect(rader).toEqual([]);
    telling.kall += 6;
  });
});
