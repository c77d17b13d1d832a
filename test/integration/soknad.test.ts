import { ApiHarness, auth, FLAKSTAD, lagBruker, MOSKENES, ownerClient, queryForKommuner, VAGAN, VESTVAGOY } from '../support/harness.js';
import { iplos, kartleggingBody, registrerSoknad, soknadBody, syntetiskFnr } from '../support/factories.js';

describe('applications and the case lifecycle', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('registers an oral application with a case number per municipality and year', async () => {
    const sb = await lagBruker('saksbehandler', [MOSKENES]);
    const a = await registrerSoknad(api, sb, MOSKENES, { mottattDato: '2026-11-02', kanal: 'muntlig' });
    const b = await registrerSoknad(api, sb, MOSKENES, { mottattDato: '2026-11-03', kanal: 'papir' });
    expect(a.saksnummer).toMatch(/^1874-2026-\d{6}$/);
    expect(Number(b.saksnummer.slice(-6))).toBe(Number(a.saksnummer.slice(-6)) + 1);
    expect(a).toMatchObject({ status: 'mottatt', fristDato: '2026-11-30', versjon: 1 });
    const sak = await api.http.get(`/api/v1/soknader/${a.id}`).set(auth(sb));
    expect(sak.body).toMatchObject({ kanal: 'muntlig', statusnavn: 'Mottatt', tjenester: ['praktisk-bistand'] });
    expect(sak.body.historikk).toEqual([expect.objectContaining({ fraStatus: null, tilStatus: 'mottatt', handling: 'registrer' })]);
    expect(sak.body.person.fodselsnummerMaskert).toMatch(/^\d{6}\*{5}$/);
  });

  it.each([
    ['wrong length', '123', 'Fødselsnummer eller D-nummer må ha nøyaktig 11 siffer.'],
    ['bad check digit', '12345678901', 'Fødselsnummeret eller D-nummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktig skrevet.'],
  ])('refuses an identity number with %s: 400 naming the field, never echoing it', async (_n, fnr, melding) => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.post('/api/v1/soknader').set(auth(sb)).send(soknadBody(VAGAN, { person: { fodselsnummer: fnr, navn: 'X' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'person.fodselsnummer', message: melding }]);
    expect(JSON.stringify(res.body)).not.toContain(fnr);
  });

  it('refuses an impossible birth date (valid check digits, 31 February)', async () => {
    const { beregnKontrollsifre } = await import('../../libs/domain/src/person/fodselsnummer.js');
    const ni = '310241' + '123';
    const k = beregnKontrollsifre(ni);
    const fnr = k ? `${ni}${k[0]}${k[1]}` : '31024112300';
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.post('/api/v1/soknader').set(auth(sb)).send(soknadBody(VAGAN, { person: { fodselsnummer: fnr, navn: 'X' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('person.fodselsnummer');
    expect(JSON.stringify(res.body)).not.toContain(fnr);
  });

  it('names every invalid field and rejects unknown fields', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.post('/api/v1/soknader').set(auth(sb)).send({ ...soknadBody(VAGAN), kanal: 'brevdue', tjenester: [], isAdmin: true });
    expect(res.status).toBe(400);
    const felt = res.body.errors.map((e: { field: string }) => e.field);
    expect(felt).toEqual(expect.arrayContaining(['kanal', 'tjenester', 'isAdmin']));
    expect(res.body.errors.find((e: { field: string }) => e.field === 'isAdmin').message).toBe('Feltet er ikke tillatt.');
    const ukjent = await api.http.post('/api/v1/soknader').set(auth(sb)).send(soknadBody(VAGAN, { tjenester: ['hjemmesykepleie', 'teleportering'] }));
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([{ field: 'tjenester[1]', message: 'Ukjent tjeneste «teleportering».' }]);
  });

  it('records an assessment, derives the need group and starts the assessment step', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VESTVAGOY);
    const res = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(2, { personligHygiene: 4, alminneligHusarbeid: 4 }) }));
    expect(res.status).toBe(201);
    expect(res.body.bistandsbehov).toBe('middels_til_stort');
    const etter = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    expect(etter.body.status).toBe('under_kartlegging');
    expect(etter.body.kartlegginger).toHaveLength(1);
    const feil = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(etter.body.versjon, { iplos: { personligHygiene: 7 }, syn: 6 }));
    expect(feil.status).toBe(400);
    const felt = feil.body.errors.map((e: { field: string }) => e.field);
    expect(felt).toEqual(expect.arrayContaining(['iplos.personligHygiene', 'syn', 'iplos.toalett']));
  });

  it('takes the assessment by the spelling rule’s names and still by the old ones, and answers by the new names only', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VESTVAGOY);
    const { avOgPakledning: _gammel, ...resten } = iplos(2);
    const ny = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: { ...resten, avOgPaakledning: 4 }, forventetVarighetMaaneder: 6 }));
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ forventetVarighetMaaneder: 6, iplos: { avOgPaakledning: 4 } });
    expect(ny.body).not.toHaveProperty('forventetVarighetManeder');
    expect(ny.body.iplos).not.toHaveProperty('avOgPakledning');
    const gammel = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(ny.body.soknadVersjon, { iplos: iplos(2, { avOgPakledning: 3 }), forventetVarighetManeder: 12 }));
    expect(gammel.status).toBe(201);
    expect(gammel.body).toMatchObject({ forventetVarighetMaaneder: 12, iplos: { avOgPaakledning: 3 } });
    const detalj = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb)).expect(200);
    expect(detalj.body).toHaveProperty('forelopigSvarDato', null);
    expect(detalj.body).toHaveProperty('forhaandsvarsel', null);
    expect(detalj.body).not.toHaveProperty('foreloepigSvarDato');
    const feil = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(detalj.body.versjon, { iplos: { ...resten, avOgPaakledning: 7 } }));
    expect(feil.status).toBe(400);
    expect(feil.body.errors).toContainEqual({ field: 'iplos.avOgPaakledning', message: 'Av- og påkledning må ha skår 1, 2, 3, 4, 5 eller 9 (ikke relevant).' });
  });

  it('answers 409 with a caseworker message for an illegal transition, and for a stale version', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    const iverksett = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'iverksett', versjon: 1 });
    expect(iverksett.status).toBe(409);
    expect(iverksett.body.code).toBe('ULOVLIG_OVERGANG');
    expect(iverksett.body.detail).toMatch(/^Saken har status «mottatt»\. Handlingen «iverksett tjenesten» kan bare gjøres når saken har status/);

    const trekk = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'trekk', versjon: 1, kommentar: 'Trukket i telefon' });
    expect(trekk.status).toBe(200);
    expect(trekk.body).toMatchObject({ status: 'trukket', versjon: 2 });

    const gammel = await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set(auth(sb)).send({ tekst: 'notat' });
    expect(gammel.status).toBe(201);
    const stale = await api.http.post(`/api/v1/soknader/${sak.id}/tildeling`).set(auth(sb)).send({ saksbehandlerId: 'u-x', saksbehandlerNavn: 'X', versjon: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'UTDATERT_VERSJON' });
    expect(stale.body.detail).toMatch(/endret av noen andre/);

    const etterTrukket = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'start_kartlegging', versjon: 2 });
    expect(etterTrukket.status).toBe(409);
  });

  it('takes only plain status steps as actions: a decision or a complaint step there is 400, and the case is unchanged', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    for (const handling of ['fatt_vedtak', 'godkjenn_vedtak', 'registrer_klage', 'avvis_klage', 'registrer_statsforvalterens_avgjorelse']) {
      const res = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling, versjon: 1 });
      expect({ handling, status: res.status, felt: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ handling, status: 400, felt: ['handling'] });
    }
    const etter = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    expect(etter.body).toMatchObject({ status: 'mottatt', versjon: 1 });
  });

  it('two concurrent changes at the same version: exactly one wins, the other gets 409', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    const [a, b] = await Promise.all(
      ['u-a', 'u-b'].map((id) => api.http.post(`/api/v1/soknader/${sak.id}/tildeling`).set(auth(sb)).send({ saksbehandlerId: id, saksbehandlerNavn: id, versjon: 1 })),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
  });

  it('hides a protected address from every reply to a caseworker not named on the case', async () => {
    const named = await lagBruker('saksbehandler', [FLAKSTAD]);
    const other = await lagBruker(['saksbehandler', 'leder'], [FLAKSTAD]);
    const adresse = 'Hemmeligveien 7, 8380 Ramberg';
    const sak = await registrerSoknad(api, named, FLAKSTAD, { person: { fodselsnummer: syntetiskFnr('1950-01-01'), navn: 'Skjermet Person', adresse, telefon: '99999999', strengtFortrolig: true } });
    const egen = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(named));
    expect(egen.body.person.adresse).toBe(adresse);
    const replies = [
      await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(other)),
      await api.http.get('/api/v1/soknader?antall=100').set(auth(other)),
      await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set(auth(other)).send({ tekst: 'Ringte' }),
    ];
    expect(replies[0]!.body.person).toMatchObject({ adresse: null, adresseSkjermet: true, telefon: null });
    for (const r of replies) {
      expect(r.status).toBeLessThan(300);
      expect(JSON.stringify(r.body)).not.toContain('Hemmeligveien');
      expect(JSON.stringify(r.body)).not.toContain('99999999');
    }
  });

  it('filters the work list by municipality, status, service, assignee, overdue and due soon', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN, VESTVAGOY]);
    const gammel = new Date(Date.now() - 40 * 86400_000).toISOString().slice(0, 10);
    const snart = new Date(Date.now() - 25 * 86400_000).toISOString().slice(0, 10);
    const forfalt = await registrerSoknad(api, sb, VAGAN, { mottattDato: gammel, tjenester: ['hjemmesykepleie'] });
    const snartSak = await registrerSoknad(api, sb, VESTVAGOY, { mottattDato: snart, tjenester: ['hjemmesykepleie'] });
    const ny = await registrerSoknad(api, sb, VAGAN, { tjenester: ['trygghetsalarm'] });
    const list = async (q: string) => (await api.http.get(`/api/v1/soknader?saksbehandler=meg&${q}${q.includes('antall') ? '' : '&antall=100'}`).set(auth(sb))).body;
    const ids = (b: { elementer: { id: string }[] }) => b.elementer.map((e) => e.id);
    expect(ids(await list('forfalt=true'))).toEqual([forfalt.id]);
    expect(ids(await list('snartForfall=true'))).toEqual([snartSak.id]);
    expect(ids(await list('kommune=1860'))).toEqual([snartSak.id]);
    expect(ids(await list('tjeneste=trygghetsalarm'))).toEqual([ny.id]);
    expect(ids(await list('sorter=frist'))).toEqual([forfalt.id, snartSak.id, ny.id]);
    const side = await list('antall=2&side=2');
    expect(side).toMatchObject({ totalt: 3, totaltAvkortet: false, side: 2, antall: 2 });
    expect(ids(side)).toEqual([ny.id]);
    const first = (await list('forfalt=true')).elementer[0];
    expect(first).toMatchObject({ forfalt: true, snartForfall: false });
    const bad = await api.http.get('/api/v1/soknader?status=tull&antall=500').set(auth(sb));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([{ field: 'antall', message: 'Kan ikke være større enn 100.' }, expect.objectContaining({ field: 'status' })]));
  });

  it('counts the work list exactly up to 1,000 cases past the page, and says when there are more', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    // 1,030 cases assigned to this caseworker, straight into the tables (registering them one by one says nothing more here).
    const c = await ownerClient();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', $1, true)`, [VAGAN]);
      await c.query(`CREATE TEMP TABLE g ON COMMIT DROP AS SELECT i, gen_random_uuid() AS pid, gen_random_uuid() AS sid FROM generate_series(1, 1030) i`);
      await c.query(`INSERT INTO person (id, kommunenummer, fnr_sokenokkel, fnr_kryptert, fodselsdato, navn, versjon)
        SELECT pid, $1, md5(pid::text), 'x', '1940-01-01', 'Syntetisk person', 1 FROM g`, [VAGAN]);
      await c.query(`INSERT INTO soknad (id, kommunenummer, saksnummer, person_id, mottatt_dato, kanal, soker_type, tjenester, status, frist_dato, saksbehandler_id, saksbehandler_navn, opprettet_av, versjon)
        SELECT sid, $1, 'T-' || substr(md5(sid::text), 1, 16), pid, current_date, 'papir', 'personen', ARRAY['praktisk-bistand'], 'mottatt', current_date + 28, $2, 'Test', 'test', 1 FROM g`, [VAGAN, sb.id]);
      await c.query('commit');
    } finally {
      await c.end();
    }
    const side = async (q: string) => {
      const r = await api.http.get(`/api/v1/soknader?saksbehandler=meg&${q}`).set(auth(sb));
      expect(r.status).toBe(200);
      return { totalt: r.body.totalt, totaltAvkortet: r.body.totaltAvkortet, elementer: r.body.elementer.length };
    };
    expect(await side('antall=25')).toEqual({ totalt: 1000, totaltAvkortet: true, elementer: 25 });
    expect(await side('antall=10&side=3')).toEqual({ totalt: 1020, totaltAvkortet: true, elementer: 10 });
    expect(await side('antall=100&side=2')).toEqual({ totalt: 1030, totaltAvkortet: false, elementer: 100 });
    expect(await side('antall=100&side=11')).toEqual({ totalt: 1030, totaltAvkortet: false, elementer: 30 });
  });

  it('moves the case to a new responsible municipality, keeping the history', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN, VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1)).expect(201);
    const res = await api.http.post(`/api/v1/soknader/${sak.id}/kommunebytte`).set(auth(sb)).send({ tilKommunenummer: VESTVAGOY, grunn: 'Flyttet til Leknes', versjon: 2 });
    expect(res.status).toBe(200);
    expect(res.body.kommunenummer).toBe(VESTVAGOY);
    const vaganOnly = await lagBruker('saksbehandler', [VAGAN]);
    expect((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(vaganOnly))).status).toBe(404);
    const detalj = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    expect(detalj.body.kartlegginger).toHaveLength(1);
    expect(detalj.body.historikk.map((h: { handling: string }) => h.handling)).toEqual(['registrer', 'start_kartlegging', 'bytt_kommune']);
    const logg = await queryForKommuner([VAGAN], `select endringer from tilgangslogg where soknad_id = $1 and formaal = 'bytte av ansvarlig kommune'`, [sak.id]);
    expect(logg).toEqual([{ endringer: { kommunenummer: { fra: VAGAN, til: VESTVAGOY } } }]);
  });

  it('does not move a case that has a decision: the new municipality decides anew', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN, VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'] });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(1) })).expect(201);
    await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'avslag', avvikBegrunnelse: 'Avslag etter samtale.' }] }).expect(201);
    const res = await api.http.post(`/api/v1/soknader/${sak.id}/kommunebytte`).set(auth(sb)).send({ tilKommunenummer: VESTVAGOY, grunn: 'Flyttet til Leknes', versjon: 3 });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/har et vedtak.*ny søknad/);
    expect((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.kommunenummer).toBe(VAGAN);
  });
});
