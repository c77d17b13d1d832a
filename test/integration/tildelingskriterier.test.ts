import { FELLES_KRITERIER_2026, LOKALE_AVVIK_EKSEMPEL } from '../../libs/domain/src/kriterier/index.js';
import { iplos, kartleggingBody, registrerSoknad } from '../support/factories.js';
import { ApiHarness, fyllInn, lagBruker, ruter, VAGAN, VESTVAGOY, type TestBruker } from '../support/harness.js';

const auth = (t: { token: string }) => ({ Authorization: `Bearer ${t.token}` });
const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);
const BASE = '/api/v1/tildelingskriterier';

interface Sammendrag {
  id: string;
  versjon: number;
  status: string;
  navn: string;
  gyldigFra: string;
  gyldigTil: string | null;
  iKraft: boolean;
}

/** A deep copy of the seeded common set, free to change. */
const kopi = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('criteria administration (tildelingskriterier)', () => {
  const api = new ApiHarness();
  let fagadmin: TestBruker;
  let v1: Sammendrag;

  beforeAll(async () => {
    await api.start();
    fagadmin = await lagBruker('fagadmin', [VAGAN, VESTVAGOY], 'Fiona Fagadmin');
    const liste = await api.http.get(BASE).set(auth(fagadmin));
    v1 = (liste.body as Sammendrag[]).find((s) => s.versjon === 1)!;
  });
  afterAll(() => api.stop());

  const nyttUtkast = (overrides: Record<string, unknown> = {}) =>
    api.http
      .post(BASE)
      .set(auth(fagadmin))
      .send({ navn: 'Testkriterier', gyldigFra: '2031-01-01', gyldigTil: '2031-12-31', innhold: kopi(FELLES_KRITERIER_2026), lokaleAvvik: kopi(LOKALE_AVVIK_EKSEMPEL), ...overrides });

  it('lists the seeded version 1 as published and in force; the status filter works; a leader may read', async () => {
    const leder = await lagBruker('leder', [VAGAN]);
    const res = await api.http.get(`${BASE}?status=publisert`).set(auth(leder));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.arrayContaining([expect.objectContaining({ versjon: 1, status: 'publisert', iKraft: true, gyldigFra: FELLES_KRITERIER_2026.gyldigFra, antallLokaleAvvik: 1 })]));
    expect((res.body as Sammendrag[]).every((s) => s.status === 'publisert')).toBe(true);
    expect(res.body[0]).not.toHaveProperty('innhold');

    const en = await api.http.get(`${BASE}/${v1.id}`).set(auth(leder));
    expect(en.status).toBe(200);
    expect(en.body.innhold.tjenester['praktisk-bistand'].regler.length).toBeGreaterThan(1);
    expect(en.body.lokaleAvvik[0]).toMatchObject({ kommunenummer: '1860', erstatterRegelId: 'lt-venteliste' });

    const utkast = await api.http.get(`${BASE}?status=utkast`).set(auth(leder));
    expect((utkast.body as Sammendrag[]).every((s) => s.status === 'utkast')).toBe(true);
    expect((await api.http.get(`${BASE}?status=gammel`).set(auth(leder))).status).toBe(400);
    expect((await api.http.get(`${BASE}/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`).set(auth(leder))).status).toBe(404);
  });

  it('creates a draft numbered max + 1, with name and window written into the content; a draft can be edited', async () => {
    const res = await nyttUtkast();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'utkast', navn: 'Testkriterier', gyldigFra: '2031-01-01', gyldigTil: '2031-12-31', opprettetAv: fagadmin.id, publisertAv: null });
    expect(res.body.versjon).toBeGreaterThan(1);
    expect(res.body.innhold).toMatchObject({ navn: 'Testkriterier', versjon: res.body.versjon, gyldigFra: '2031-01-01', gyldigTil: '2031-12-31' });

    const neste = await nyttUtkast();
    expect(neste.body.versjon).toBe(res.body.versjon + 1);

    const endret = await api.http
      .put(`${BASE}/${res.body.id}`)
      .set(auth(fagadmin))
      .send({ navn: 'Testkriterier, revidert', gyldigFra: '2032-01-01', innhold: res.body.innhold, lokaleAvvik: [] });
    expect(endret.status).toBe(200);
    expect(endret.body).toMatchObject({ navn: 'Testkriterier, revidert', gyldigFra: '2032-01-01', gyldigTil: null, versjon: res.body.versjon, antallLokaleAvvik: 0 });
    expect(endret.body.innhold).toMatchObject({ navn: 'Testkriterier, revidert', gyldigTil: null });

    // Discarding a draft is final.
    const forkastet = await api.http.post(`${BASE}/${neste.body.id}/trekk-tilbake`).set(auth(fagadmin));
    expect(forkastet.status).toBe(200);
    expect(forkastet.body.status).toBe('tilbaketrukket');
    const igjen = await api.http.post(`${BASE}/${neste.body.id}/trekk-tilbake`).set(auth(fagadmin));
    expect(igjen.status).toBe(409);
    expect((await api.http.post(`${BASE}/${neste.body.id}/publiser`).set(auth(fagadmin))).status).toBe(409);
  });

  it('publishes only under a proper title: a draft named as a proposal is refused (400 naming navn); the seeded set is published under its own name', async () => {
    const forslag = await nyttUtkast({ navn: 'Forslag til nye kriterier', gyldigFra: '2040-01-01', gyldigTil: '2040-12-31' });
    expect(forslag.status).toBe(201);
    const res = await api.http.post(`${BASE}/${forslag.body.id}/publiser`).set(auth(fagadmin));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'navn', message: expect.stringContaining('«forslag»') }]);
    expect((await api.http.get(`${BASE}/${forslag.body.id}`).set(auth(fagadmin))).body.status).toBe('utkast');

    const publiserte = (await api.http.get(`${BASE}?status=publisert`).set(auth(fagadmin))).body as Sammendrag[];
    expect(publiserte.find((p) => p.versjon === 1)).toMatchObject({ navn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten', gyldigFra: '2026-01-01' });
    expect(publiserte.filter((p) => /forslag/i.test(p.navn))).toEqual([]);
  });

  it('both målformer are part of a published set: a rule without its nynorsk reason is refused on save, a set without a nynorsk name on publishing', async () => {
    const innhold = kopi(FELLES_KRITERIER_2026);
    delete (innhold.tjenester['praktisk-bistand']!.regler[0] as { begrunnelseNn?: string }).begrunnelseNn;
    const utenGrunn = await nyttUtkast({ innhold, gyldigFra: '2041-01-01', gyldigTil: '2041-12-31' });
    expect(utenGrunn.status).toBe(400);
    expect(utenGrunn.body.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/^innhold\.tjenester\.praktisk-bistand\.regler\[0\]/), message: expect.stringContaining('begrunnelseNn') })]);

    const utenNavn = kopi(FELLES_KRITERIER_2026);
    delete utenNavn.navnNn;
    const utkast = await nyttUtkast({ innhold: utenNavn, gyldigFra: '2041-01-01', gyldigTil: '2041-12-31' });
    expect(utkast.status).toBe(201);
    const res = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'navnNn', message: expect.stringContaining('nynorsk') }]);

    const framlegg = await api.http.put(`${BASE}/${utkast.body.id}`).set(auth(fagadmin)).send({ navn: 'Testkriterier 2041', navnNn: 'Framlegg til kriterium', gyldigFra: '2041-01-01', gyldigTil: '2041-12-31', innhold: utenNavn, lokaleAvvik: [] });
    expect(framlegg.status).toBe(200);
    expect((await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin))).body.errors).toEqual([{ field: 'navnNn', message: expect.stringContaining('«framlegg»') }]);

    const rett = await api.http.put(`${BASE}/${utkast.body.id}`).set(auth(fagadmin)).send({ navn: 'Testkriterier 2041', navnNn: 'Testkriterium 2041', gyldigFra: '2041-01-01', gyldigTil: '2041-12-31', innhold: utenNavn, lokaleAvvik: [] });
    expect(rett.body.innhold.navnNn).toBe('Testkriterium 2041');
    // With both names the only objection left is the open-ended version 1 in force.
    const publisert = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin));
    expect(publisert.status).toBe(409);
    expect(publisert.body.detail).toContain('overlapper publisert versjon 1');
  });

  it('refuses a set with an unknown fact (400 naming the rule), unknown body fields and a content that is not an object', async () => {
    const innhold = kopi(FELLES_KRITERIER_2026);
    const regel = innhold.tjenester['praktisk-bistand']!.regler[0]!;
    regel.naar = { fakta: 'skostorrelse', operator: 'minst', verdi: 42 };
    const res = await nyttUtkast({ innhold });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const feil = (res.body.errors as { field: string; message: string }[]).find((e) => e.field.startsWith('innhold.tjenester.praktisk-bistand.regler[0]'));
    expect(feil).toBeDefined();
    expect(feil!.message).toContain(regel.id);
    expect(feil!.message).toContain('skostorrelse');
    expect(res.body.detail).toContain('skostorrelse');

    const ingenOppsamling = kopi(FELLES_KRITERIER_2026);
    ingenOppsamling.tjenester['praktisk-bistand']!.regler.pop();
    const uten = await nyttUtkast({ innhold: ingenOppsamling });
    expect(uten.status).toBe(400);
    expect(uten.body.errors.some((e: { field: string }) => e.field.startsWith('innhold.tjenester.praktisk-bistand'))).toBe(true);

    const avvik = kopi(LOKALE_AVVIK_EKSEMPEL);
    avvik[0]!.erstatterRegelId = 'finnes-ikke';
    const feilAvvik = await nyttUtkast({ lokaleAvvik: avvik });
    expect(feilAvvik.status).toBe(400);
    expect(feilAvvik.body.errors[0].field).toBe('lokaleAvvik[0].erstatterRegelId');
    expect(feilAvvik.body.errors[0].message).toContain('finnes-ikke');

    const ukjentFelt = await nyttUtkast({ status: 'publisert' });
    expect(ukjentFelt.status).toBe(400);
    expect(ukjentFelt.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status' })]));

    const ikkeObjekt = await nyttUtkast({ innhold: 'regler', gyldigFra: '2031-02-30x' });
    expect(ikkeObjekt.status).toBe(400);
    expect(ikkeObjekt.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['innhold', 'gyldigFra']));

    const baklengs = await nyttUtkast({ gyldigFra: '2031-06-01', gyldigTil: '2031-05-31' });
    expect(baklengs.status).toBe(400);
    expect(baklengs.body.errors).toEqual([expect.objectContaining({ field: 'gyldigTil' })]);
  });

  it('editing the published version 1 answers 409 with a message, and the row is unchanged', async () => {
    const foer = await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin));
    const res = await api.http
      .put(`${BASE}/${v1.id}`)
      .set(auth(fagadmin))
      .send({ navn: 'Endret', gyldigFra: v1.gyldigFra, innhold: foer.body.innhold, lokaleAvvik: [] });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('En publisert versjon av kriteriene kan ikke endres. Lag en ny versjon.');
    const etter = await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin));
    expect(etter.body).toEqual(foer.body);

    const igjen = await api.http.post(`${BASE}/${v1.id}/publiser`).set(auth(fagadmin));
    expect(igjen.status).toBe(409);
    expect(igjen.body.detail).toMatch(/allerede publisert/);
  });

  it('publishing a window that overlaps a published version answers 409 naming that version', async () => {
    const utkast = await nyttUtkast({ gyldigFra: '2030-01-01', gyldigTil: null });
    expect(utkast.status).toBe(201);
    const res = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin));
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('overlapper publisert versjon 1');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'gyldigFra', message: expect.stringContaining(`versjon 1 (${v1.gyldigFra}–(løpende))`) })]);
    expect((await api.http.get(`${BASE}/${utkast.body.id}`).set(auth(fagadmin))).body.status).toBe('utkast');

    const ikkePublisert = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin)).send({ erstatter: [utkast.body.id] });
    expect(ikkePublisert.status).toBe(409);
    expect(ikkePublisert.body.errors[0].field).toBe('erstatter');
  });

  it('compares Vestvågøy with the common set: the local rule side by side with the rule it replaces', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.get(`${BASE}/${v1.id}/sammenligning?kommune=1860`).set(auth(sb));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kommunenummer: '1860', kriteriesettVersjon: 1, antallAvvik: 1 });
    const lt = res.body.tjenester.find((t: { tjenestekode: string }) => t.tjenestekode === 'langtidsopphold');
    expect(lt.harAvvik).toBe(true);
    const rad = lt.rader.find((r: { endring: string }) => r.endring === 'erstattet');
    expect(rad.felles.id).toBe('lt-venteliste');
    expect(rad.lokal.regel.id).toBe('lt-venteliste-1860');
    expect(rad.lokal.vedtattAv).toMatch(/Vestvågøy/);
    expect(typeof rad.fellesNaar).toBe('string');
    expect(typeof rad.lokalNaar).toBe('string');
    expect(res.body.tjenester.find((t: { tjenestekode: string }) => t.tjenestekode === 'praktisk-bistand').harAvvik).toBe(false);

    const vagan = await api.http.get(`${BASE}/${v1.id}/sammenligning?kommune=1865`).set(auth(sb));
    expect(vagan.body.antallAvvik).toBe(0);
    expect((await api.http.get(`${BASE}/${v1.id}/sammenligning?kommune=9999`).set(auth(sb))).status).toBe(400);
    expect((await api.http.get(`${BASE}/${v1.id}/sammenligning`).set(auth(sb))).status).toBe(400);
  });

  it('export → import creates a draft equal in content; a broken file is refused naming the field', async () => {
    const eksport = await api.http.get(`${BASE}/${v1.id}/eksport`).set(auth(fagadmin));
    expect(eksport.status).toBe(200);
    expect(eksport.headers['content-type']).toMatch(/^application\/json/);
    expect(eksport.headers['content-disposition']).toBe('attachment; filename="tildelingskriterier-versjon-1.json"');
    const dokument = JSON.parse(eksport.text);
    expect(dokument.formatversjon).toBe(1);
    expect((await api.http.get(`${BASE}/${v1.id}/eksport`).set(auth(fagadmin))).text).toBe(eksport.text);

    const imp = await api.http.post(`${BASE}/import`).set(auth(fagadmin)).send(dokument);
    expect(imp.status).toBe(201);
    expect(imp.body).toMatchObject({ status: 'utkast', navn: FELLES_KRITERIER_2026.navn, gyldigFra: v1.gyldigFra, gyldigTil: null });
    expect(imp.body.versjon).toBeGreaterThan(1);
    const original = (await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin))).body;
    expect(imp.body.innhold).toEqual({ ...original.innhold, versjon: imp.body.versjon });
    expect(imp.body.lokaleAvvik).toEqual(original.lokaleAvvik);

    const odelagt = JSON.parse(eksport.text);
    odelagt.kriteriesett.tjenester['praktisk-bistand'].regler[0].naar = { fakta: 'skostorrelse', operator: 'minst', verdi: 42 };
    const feil = await api.http.post(`${BASE}/import`).set(auth(fagadmin)).send(odelagt);
    expect(feil.status).toBe(400);
    expect(feil.body.errors[0].field).toMatch(/^kriteriesett\.tjenester\.praktisk-bistand\.regler\[0\]/);
    expect(feil.body.errors[0].message).toContain('skostorrelse');

    const feilFormat = await api.http.post(`${BASE}/import`).set(auth(fagadmin)).send({ ...dokument, formatversjon: 99 });
    expect(feilFormat.status).toBe(400);
    expect(feilFormat.body.errors[0].field).toBe('formatversjon');
  });

  it('403 for a caseworker\'s writes and for a tillitsvalgt on every criteria route', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const leder = await lagBruker('leder', [VAGAN]);
    for (const [kall, navn] of [
      [api.http.post(BASE).set(auth(sb)).send({}), 'opprett'],
      [api.http.put(`${BASE}/${v1.id}`).set(auth(sb)).send({}), 'endre'],
      [api.http.post(`${BASE}/${v1.id}/publiser`).set(auth(sb)), 'publiser'],
      [api.http.post(`${BASE}/${v1.id}/trekk-tilbake`).set(auth(leder)), 'trekk tilbake (leder)'],
      [api.http.post(`${BASE}/import`).set(auth(sb)).send({}), 'import'],
    ] as const) {
      const res = await kall;
      expect({ navn, status: res.status }).toEqual({ navn, status: 403 });
    }
    expect((await api.http.get(`${BASE}/${v1.id}`).set(auth(sb))).status).toBe(200);

    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const mine = ruter(api.app).filter((r) => r.path.startsWith(BASE));
    expect(mine.length).toBeGreaterThanOrEqual(10);
    for (const r of mine) {
      const res = await (api.http as unknown as Record<string, (p: string) => import('supertest').Test>)[r.method.toLowerCase()]!(fyllInn(r.path, v1.id))
        .set(auth(tv))
        .send({});
      expect({ rute: `${r.method} ${r.path}`, status: res.status }).toEqual({ rute: `${r.method} ${r.path}`, status: 403 });
    }
    expect((await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin))).body.status).toBe('publisert');
  });

  it('a decision made under version 1 still shows version 1 after version 2 is published', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Saksbehandler');
    const kartlegging = kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4, lageMat: 3 }) });
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'] });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartlegging).expect(201);
    const anb = await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb));
    expect(anb.status).toBe(200);
    expect(anb.body.kriteriesett.versjon).toBe(1);
    const pb = anb.body.anbefalinger[0];
    const vedtak = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({
        versjon: 2,
        innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'],
        tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: pb.utfall, ...(pb.omfang ? { omfang: pb.omfang.min } : {}), startdato: om(7), evalueringsdato: om(180) }],
      });
    expect(vedtak.status).toBe(201);
    expect(vedtak.body.kriteriesett.versjon).toBe(1);

    const gammel = (await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin))).body;
    const innhold = kopi(gammel.innhold);
    const regel = innhold.tjenester['praktisk-bistand'].regler.find((r: { id: string }) => r.id === pb.regelId);
    regel.begrunnelse = `Versjon 2: ${regel.begrunnelse}`;
    let v2: { id: string; versjon: number } | undefined;
    try {
      // The explicit way to replace an open-ended version: it is retired in the same transaction.
      const utkast = await api.http.post(BASE).set(auth(fagadmin)).send({ navn: 'Felles tildelingskriterier, revidert', gyldigFra: v1.gyldigFra, innhold, lokaleAvvik: gammel.lokaleAvvik });
      expect(utkast.status).toBe(201);
      const publisert = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin)).send({ erstatter: [v1.id] });
      expect(publisert.status).toBe(200);
      expect(publisert.body).toMatchObject({ status: 'publisert', iKraft: true, publisertAv: fagadmin.id });
      v2 = publisert.body;
      expect((await api.http.get(`${BASE}/${v1.id}`).set(auth(fagadmin))).body).toMatchObject({ status: 'tilbaketrukket', iKraft: false });

      const etter = await api.http.get(`/api/v1/vedtak/${vedtak.body.id}`).set(auth(sb));
      expect(etter.status).toBe(200);
      expect(etter.body.kriteriesett).toMatchObject({ id: v1.id, versjon: 1 });

      const ny = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'] });
      await api.http.post(`/api/v1/soknader/${ny.id}/kartlegging`).set(auth(sb)).send(kartlegging).expect(201);
      const nyAnb = await api.http.get(`/api/v1/soknader/${ny.id}/anbefaling`).set(auth(sb));
      expect(nyAnb.body.kriteriesett).toMatchObject({ id: v2!.id, versjon: v2!.versjon });
      expect(nyAnb.body.anbefalinger[0].begrunnelser[0].tekst).toMatch(/^Versjon 2: /);

      // A retired version stays retired.
      expect((await api.http.post(`${BASE}/${v1.id}/publiser`).set(auth(fagadmin))).status).toBe(409);
    } finally {
      // Other test files share this database and need a published set in force today: restore version 1's content.
      const publiserte = ((await api.http.get(`${BASE}?status=publisert`).set(auth(fagadmin))).body as Sammendrag[]).map((s) => s.id);
      const v3 = await api.http.post(BASE).set(auth(fagadmin)).send({ navn: gammel.navn, gyldigFra: gammel.gyldigFra, gyldigTil: gammel.gyldigTil, innhold: gammel.innhold, lokaleAvvik: gammel.lokaleAvvik });
      const gjenopprettet = await api.http.post(`${BASE}/${v3.body.id}/publiser`).set(auth(fagadmin)).send({ erstatter: publiserte });
      expect(gjenopprettet.status).toBe(200);
    }
    expect(v2).toBeDefined();
  });

  it('a window that does not overlap may be published next to the one in force; retiring it is final', async () => {
    const utkast = await nyttUtkast({ navn: 'Kriterier for 2020', gyldigFra: '2020-01-01', gyldigTil: '2020-12-31' });
    const pub = await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin));
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ status: 'publisert', iKraft: false, publisertAv: fagadmin.id });

    const tilbake = await api.http.post(`${BASE}/${utkast.body.id}/trekk-tilbake`).set(auth(fagadmin));
    expect(tilbake.status).toBe(200);
    expect(tilbake.body).toMatchObject({ status: 'tilbaketrukket', publisertAv: fagadmin.id });
    expect(tilbake.body.innhold).toEqual(pub.body.innhold);

    expect((await api.http.post(`${BASE}/${utkast.body.id}/trekk-tilbake`).set(auth(fagadmin))).body.detail).toMatch(/allerede trukket tilbake/);
    const endre = await api.http.put(`${BASE}/${utkast.body.id}`).set(auth(fagadmin)).send({ navn: 'x', gyldigFra: '2020-01-01', innhold: pub.body.innhold });
    expect(endre.status).toBe(409);
    expect(endre.body.detail).toBe('En tilbaketrukket versjon av kriteriene kan ikke endres. Lag en ny versjon.');
    expect((await api.http.post(`${BASE}/${utkast.body.id}/publiser`).set(auth(fagadmin))).status).toBe(409);
  });
});
