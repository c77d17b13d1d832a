import { randomUUID } from 'node:crypto';
import { STANDARD_BREVMALER } from '../../libs/letters/src/standard-brevmaler.js';
import type { Brevmalinnhold } from '../../libs/letters/src/brevmal.js';
import { flettefeltstier } from '../../libs/letters/src/vokabular.js';
import { ApiHarness, appRoleClient, lagBruker, MOSKENES, ownerClient, VAGAN, type TestBruker } from '../support/harness.js';

/*
 * Each test works on its own letter type and målform, so no test depends on another's versions.
 * The migration seeds version 1 of every standard template as published.
 */
describe('letter templates (brevmaler)', () => {
  const api = new ApiHarness();
  let fagadmin: TestBruker;
  beforeAll(async () => {
    await api.start();
    fagadmin = await lagBruker('fagadmin', [VAGAN], 'Fag Admin');
  });
  afterAll(() => api.stop());
  const auth = (t: { token: string }) => ({ Authorization: `Bearer ${t.token}` });
  const URL = '/api/v1/brevmaler';

  const standard = (brevtype: string, maalform: 'nb' | 'nn'): Brevmalinnhold =>
    structuredClone(STANDARD_BREVMALER.find((m) => m.brevtype === brevtype && m.maalform === maalform)!);

  const medTekst = (mal: Brevmalinnhold, id: string, endre: (t: string) => string): Brevmalinnhold => ({
    ...mal,
    seksjoner: mal.seksjoner.map((s) => (s.id === id ? { ...s, tekst: endre(s.tekst) } : s)),
  });

  async function versjoner(brevtype: string, maalform: string) {
    const res = await api.http.get(URL).query({ brevtype, maalform }).set(auth(fagadmin));
    expect(res.status).toBe(200);
    return res.body as { id: string; versjon: number; status: string; iBruk: boolean }[];
  }

  async function nyVersjon(innhold: Brevmalinnhold) {
    const res = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: innhold.brevtype, maalform: innhold.maalform, innhold });
    expect(res.status).toBe(201);
    return res.body as { id: string; versjon: number; status: string };
  }

  it('a fagadmin makes a new version from a standard template, edits the draft, publishes it; then it never changes', async () => {
    const [v1] = await versjoner('vedtak_innvilget', 'nb');
    expect(v1).toMatchObject({ versjon: 1, status: 'publisert', iBruk: true });
    const hentet = await api.http.get(`${URL}/${v1!.id}`).set(auth(fagadmin));
    expect(hentet.status).toBe(200);
    const innhold = medTekst(hentet.body.innhold as Brevmalinnhold, 'kontakt', (t) => `${t}\n\nKontoret har åpent mandag til fredag 08–15.`);

    const ny = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'vedtak_innvilget', maalform: 'nb', innhold });
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ brevtype: 'vedtak_innvilget', maalform: 'nb', versjon: 2, status: 'utkast', iBruk: false, opprettetAv: fagadmin.id, publisertAv: null });
    expect(ny.body.innhold.seksjoner.find((s: { id: string }) => s.id === 'kontakt').tekst).toContain('mandag til fredag 08–15');

    const endret = medTekst(innhold, 'kontakt', (t) => t.replace('08–15', '08–15:30'));
    const put = await api.http.put(`${URL}/${ny.body.id}`).set(auth(fagadmin)).send({ innhold: endret });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ versjon: 2, status: 'utkast' });
    expect(put.body.innhold.seksjoner.find((s: { id: string }) => s.id === 'kontakt').tekst).toContain('08–15:30');

    const pub = await api.http.post(`${URL}/${ny.body.id}/publiser`).set(auth(fagadmin));
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ versjon: 2, status: 'publisert', iBruk: true, publisertAv: fagadmin.id });
    expect(pub.body.publisertTid).toEqual(expect.any(String));

    const get = await api.http.get(`${URL}/${ny.body.id}`).set(auth(fagadmin));
    expect(get.body).toMatchObject({ status: 'publisert', iBruk: true });
    // The previous version stays published (a rollback target) but is no longer the one in use.
    expect((await versjoner('vedtak_innvilget', 'nb')).map((v) => [v.versjon, v.status, v.iBruk])).toEqual([
      [2, 'publisert', true],
      [1, 'publisert', false],
    ]);

    const igjen = await api.http.put(`${URL}/${ny.body.id}`).set(auth(fagadmin)).send({ innhold: medTekst(endret, 'kontakt', (t) => `${t} Endret.`) });
    expect(igjen.status).toBe(409);
    expect(igjen.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(igjen.body).toMatchObject({ status: 409, code: 'BREVMAL_PUBLISERT', detail: 'En publisert brevmal kan ikke endres. Lag en ny versjon.' });
    const gammel = await api.http.put(`${URL}/${v1!.id}`).set(auth(fagadmin)).send({ innhold });
    expect(gammel.status).toBe(409);
    expect(gammel.body.detail).toBe('En publisert brevmal kan ikke endres. Lag en ny versjon.');

    const toGanger = await api.http.post(`${URL}/${ny.body.id}/publiser`).set(auth(fagadmin));
    expect(toGanger.status).toBe(409);
    expect(toGanger.body.detail).toBe('Versjon 2 er allerede publisert.');

    // The second wall: the database refuses the change even from the application's own role.
    const c = await appRoleClient();
    try {
      await expect(c.query(`UPDATE brevmal SET innhold = innhold || '{"tittel":"x"}' WHERE id = $1`, [ny.body.id])).rejects.toThrow(
        'En publisert versjon kan ikke endres',
      );
    } finally {
      await c.end();
    }
    const uendret = await api.http.get(`${URL}/${ny.body.id}`).set(auth(fagadmin));
    expect(uendret.body.innhold).toEqual(put.body.innhold);
  });

  it('refuses a template with an unknown placeholder: 400 naming it, and nothing is saved', async () => {
    const mal = medTekst(standard('foreloepig_svar', 'nb'), standard('foreloepig_svar', 'nb').seksjoner[0]!.id, (t) => `${t} Se {{ukjent.felt}}.`);
    const for_ = await versjoner('foreloepig_svar', 'nb');
    const res = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'foreloepig_svar', maalform: 'nb', innhold: mal });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toContainEqual({
      field: `innhold.seksjoner.${mal.seksjoner[0]!.id}.tekst`,
      message: 'Ukjent flettefelt «ukjent.felt» i brevtypen «foreloepig_svar».',
    });
    expect(await versjoner('foreloepig_svar', 'nb')).toHaveLength(for_.length);

    // Declared but unused is as wrong as used but undeclared.
    const grunn = standard('foreloepig_svar', 'nb');
    const ubruktFelt = flettefeltstier('foreloepig_svar').find((f) => !grunn.flettefelt.includes(f))!;
    const deklarert = { ...grunn, flettefelt: [...grunn.flettefelt, ubruktFelt] };
    const ubrukt = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'foreloepig_svar', maalform: 'nb', innhold: deklarert });
    expect(ubrukt.status).toBe(400);
    expect(ubrukt.body.errors).toContainEqual({ field: 'innhold.flettefelt', message: `Flettefeltet «${ubruktFelt}» er deklarert, men brukes ikke i malen.` });
  });

  it('refuses to save a decision template without the complaint section: 400 naming the section', async () => {
    const mal = standard('vedtak_avslag', 'nn');
    const utenKlage = { ...mal, seksjoner: mal.seksjoner.filter((s) => s.id !== 'klage'), flettefelt: mal.flettefelt.filter((f) => f !== 'brevhode.klageadresse') };
    const res = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'vedtak_avslag', maalform: 'nn', innhold: utenKlage });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      field: 'innhold.seksjoner',
      message: expect.stringContaining('mangler den påkrevde seksjonen «klage»'),
    });

    // A complaint section that forgets the 4-week deadline is named too.
    const utenFrist = medTekst(mal, 'klage', (t) => t.replace(/4 veker/g, 'nokre veker'));
    const frist = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'vedtak_avslag', maalform: 'nn', innhold: utenFrist });
    expect(frist.status).toBe(400);
    expect(frist.body.errors).toContainEqual({
      field: 'innhold.seksjoner.klage.tekst',
      message: expect.stringContaining('Seksjonen «klage» må nevne klageveien for rettighetene: 4 uker etter pasient- og brukerrettighetsloven § 7-5'),
    });
  });

  it('refuses a decision template (so it can never be published) that states only the route of rights: the discretionary route is required (400 naming the section)', async () => {
    // What the templates said before the legal regime was data: 4 weeks and Statsforvalteren for every service.
    const mal = standard('vedtak_innvilget', 'nb');
    const bareRettigheter = {
      ...medTekst(mal, 'klage', (t) => t.replace(/\{\{#kommunen\}\}[\s\S]*?\{\{\/kommunen\}\}\n?/, '')),
      flettefelt: mal.flettefelt.filter((f) => !f.startsWith('klageveier.kommunen')),
    };
    const utkast = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'vedtak_innvilget', maalform: 'nb', innhold: bareRettigheter });
    expect(utkast.status).toBe(400);
    expect(utkast.body.errors).toEqual([
      {
        field: 'innhold.seksjoner.klage.tekst',
        message: 'Seksjonen «klage» må nevne klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør (f.eks. «3 uker ... forvaltningsloven § 29»).',
      },
      {
        field: 'innhold.seksjoner.klage.tekst',
        message: 'Seksjonen «klage» må ta med klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør: mangler «klageveier.kommunen», «klageveier.kommunen.klageorgan».',
      },
    ]);
  });

  it('validates again on publish: a stored draft that breaks the rules cannot be published (400) and stays a draft', async () => {
    const mal = standard('vedtak_venteliste', 'nb');
    const utenKlage = { ...mal, seksjoner: mal.seksjoner.filter((s) => s.id !== 'klage'), flettefelt: mal.flettefelt.filter((f) => f !== 'brevhode.klageadresse') };
    // Such a draft cannot come through the API; it stands for one saved under older rules.
    const c = await ownerClient();
    let id: string;
    try {
      const r = await c.query(
        `INSERT INTO brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av) VALUES ('vedtak_venteliste', 'nb', (SELECT max(versjon) + 1 FROM brevmal WHERE brevtype = 'vedtak_venteliste' AND maalform = 'nb'), 'utkast', $1, 'test') RETURNING id`,
        [JSON.stringify(utenKlage)],
      );
      id = r.rows[0].id as string;
    } finally {
      await c.end();
    }
    const res = await api.http.post(`${URL}/${id}/publiser`).set(auth(fagadmin));
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({ field: 'innhold.seksjoner', message: expect.stringContaining('«klage»') });
    expect((await api.http.get(`${URL}/${id}`).set(auth(fagadmin))).body).toMatchObject({ status: 'utkast', iBruk: false });
  });

  it('refuses malformed bodies: mismatched letter type, unknown fields, missing content', async () => {
    const mal = standard('trukket', 'nb');
    const feilType = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'vedtak_innvilget', maalform: 'nb', innhold: mal });
    expect(feilType.status).toBe(400);
    expect(feilType.body.errors).toContainEqual({ field: 'innhold.brevtype', message: 'Må være den samme som brevmalens brevtype («vedtak_innvilget»).' });

    const feilForm = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'trukket', maalform: 'nn', innhold: mal });
    expect(feilForm.status).toBe(400);
    expect(feilForm.body.errors).toContainEqual({ field: 'innhold.maalform', message: 'Må være den samme som brevmalens målform («nn»).' });

    const ukjent = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'trukket', maalform: 'nb', innhold: mal, status: 'publisert' });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toContainEqual({ field: 'status', message: 'Feltet er ikke tillatt.' });

    const ukjentIInnhold = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'trukket', maalform: 'nb', innhold: { ...mal, skript: 'x' } });
    expect(ukjentIInnhold.status).toBe(400);
    expect(ukjentIInnhold.body.errors).toEqual([{ field: 'innhold.skript', message: 'Feltet er ikke tillatt.' }]);

    const ukjentType = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'reklame', maalform: 'nb', innhold: mal });
    expect(ukjentType.status).toBe(400);
    expect(ukjentType.body.errors[0].field).toBe('brevtype');

    const utenInnhold = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'trukket', maalform: 'nb', innhold: 'tekst' });
    expect(utenInnhold.status).toBe(400);
    expect(utenInnhold.body.errors).toContainEqual({ field: 'innhold', message: 'Må være et objekt.' });

    const rarSeksjon = await api.http.post(URL).set(auth(fagadmin)).send({ brevtype: 'trukket', maalform: 'nb', innhold: { ...mal, seksjoner: [null, { id: 'a', overskrift: 'A', tekst: 1 }] } });
    expect(rarSeksjon.status).toBe(400);
    expect(rarSeksjon.body.errors).toEqual([
      { field: 'innhold.seksjoner[0]', message: 'Må være et objekt med id, overskrift og tekst.' },
      { field: 'innhold.seksjoner[1].tekst', message: 'Må være tekst.' },
    ]);
    expect(await versjoner('trukket', 'nb')).toHaveLength(1);
  });

  it('roles: a saksbehandler may read but not write (403); a tillitsvalgt may not read (403)', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const leder = await lagBruker('leder', [VAGAN]);
    const [v1] = await versjoner('trukket', 'nn');
    const mal = standard('trukket', 'nn');

    const post = await api.http.post(URL).set(auth(sb)).send({ brevtype: 'trukket', maalform: 'nn', innhold: mal });
    expect(post.status).toBe(403);
    expect(post.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await api.http.post(URL).set(auth(leder)).send({ brevtype: 'trukket', maalform: 'nn', innhold: mal })).status).toBe(403);
    expect((await api.http.post(`${URL}/${v1!.id}/publiser`).set(auth(sb))).status).toBe(403);
    expect((await api.http.post(`${URL}/${v1!.id}/trekk-tilbake`).set(auth(leder))).status).toBe(403);
    expect((await api.http.put(`${URL}/${v1!.id}`).set(auth(sb)).send({ innhold: mal })).status).toBe(403);
    expect((await api.http.get(`${URL}/${v1!.id}`).set(auth(sb))).status).toBe(200);

    expect((await api.http.get(URL).set(auth(tv))).status).toBe(403);
    expect((await api.http.get(`${URL}/${v1!.id}`).set(auth(tv))).status).toBe(403);
    expect((await api.http.post(`${URL}/${v1!.id}/forhandsvisning`).set(auth(tv)).send({})).status).toBe(403);
    expect((await api.http.get(URL)).status).toBe(401);
    expect(await versjoner('trukket', 'nn')).toHaveLength(1);
  });

  it('a leder lists templates and filters by brevtype, målform, status and in-use', async () => {
    const leder = await lagBruker('leder', [VAGAN]);
    const alle = await api.http.get(URL).set(auth(leder));
    expect(alle.status).toBe(200);
    expect(alle.body.length).toBeGreaterThanOrEqual(22);
    expect(alle.body[0]).not.toHaveProperty('innhold');
    expect(alle.body[0]).toEqual(expect.objectContaining({ id: expect.any(String), tittel: expect.any(String), versjon: expect.any(Number) }));

    const nn = await api.http.get(URL).query({ brevtype: 'innhenting_opplysninger', maalform: 'nn' }).set(auth(leder));
    expect(nn.body.length).toBeGreaterThanOrEqual(1);
    expect(nn.body.every((m: { brevtype: string; maalform: string }) => m.brevtype === 'innhenting_opplysninger' && m.maalform === 'nn')).toBe(true);

    await nyVersjon(standard('innhenting_opplysninger', 'nn'));
    const utkast = await api.http.get(URL).query({ status: 'utkast' }).set(auth(leder));
    expect(utkast.body.length).toBeGreaterThanOrEqual(1);
    expect(utkast.body.every((m: { status: string }) => m.status === 'utkast')).toBe(true);
    expect(utkast.body.some((m: { brevtype: string; maalform: string }) => m.brevtype === 'innhenting_opplysninger' && m.maalform === 'nn')).toBe(true);

    // One template in use per letter type and målform: 13 types (forhandsvarsel the newest) × bokmål and nynorsk.
    const iBruk = await api.http.get(URL).query({ iBruk: 'true' }).set(auth(leder));
    expect(iBruk.body).toHaveLength(26);
    expect(new Set(iBruk.body.map((m: { brevtype: string; maalform: string }) => `${m.brevtype}/${m.maalform}`)).size).toBe(26);
    expect(iBruk.body.filter((m: { brevtype: string }) => m.brevtype === 'soknad_avvist').map((m: { maalform: string }) => m.maalform).sort()).toEqual(['nb', 'nn']);

    const feil = await api.http.get(URL).query({ status: 'slettet' }).set(auth(leder));
    expect(feil.status).toBe(400);
    expect(feil.body.errors).toEqual([{ field: 'status', message: 'Må være en av: utkast, publisert, tilbaketrukket.' }]);
    expect((await api.http.get(`${URL}/${randomUUID()}`).set(auth(leder))).status).toBe(404);
    expect((await api.http.get(`${URL}/ikke-en-id`).set(auth(leder))).status).toBe(404);
  });

  it('retiring: a draft is discarded for good; retiring the newest published version rolls back to the previous; the last one stays', async () => {
    const mal = standard('innhenting_opplysninger', 'nb');
    const [v1] = await versjoner('innhenting_opplysninger', 'nb');
    const v2 = await nyVersjon(medTekst(mal, mal.seksjoner[0]!.id, (t) => `${t} Versjon to.`));
    expect((await api.http.post(`${URL}/${v2.id}/publiser`).set(auth(fagadmin))).status).toBe(200);

    const trekk = await api.http.post(`${URL}/${v2.id}/trekk-tilbake`).set(auth(fagadmin));
    expect(trekk.status).toBe(200);
    expect(trekk.body).toMatchObject({ versjon: 2, status: 'tilbaketrukket', iBruk: false });
    expect((await api.http.get(`${URL}/${v1!.id}`).set(auth(fagadmin))).body).toMatchObject({ status: 'publisert', iBruk: true });

    const siste = await api.http.post(`${URL}/${v1!.id}/trekk-tilbake`).set(auth(fagadmin));
    expect(siste.status).toBe(409);
    expect(siste.body.detail).toContain('den eneste publiserte brevmalen');
    expect((await api.http.post(`${URL}/${v2.id}/trekk-tilbake`).set(auth(fagadmin))).status).toBe(409);
    expect((await api.http.post(`${URL}/${v2.id}/publiser`).set(auth(fagadmin))).status).toBe(409);

    const v3 = await nyVersjon(mal);
    expect(v3.versjon).toBe(3);
    expect((await api.http.post(`${URL}/${v3.id}/trekk-tilbake`).set(auth(fagadmin))).body).toMatchObject({ status: 'tilbaketrukket' });
    const endre = await api.http.put(`${URL}/${v3.id}`).set(auth(fagadmin)).send({ innhold: mal });
    expect(endre.status).toBe(409);
    expect(endre.body.detail).toBe('En tilbaketrukket brevmal kan ikke endres. Lag en ny versjon.');
    expect((await nyVersjon(mal)).versjon).toBe(4);
  });

  it('an older draft cannot be published once a newer version is published (409)', async () => {
    const mal = standard('klage_oversendt', 'nn');
    const eldre = await nyVersjon(mal);
    const nyere = await nyVersjon(mal);
    expect(nyere.versjon).toBe(eldre.versjon + 1);
    expect((await api.http.post(`${URL}/${nyere.id}/publiser`).set(auth(fagadmin))).status).toBe(200);
    const res = await api.http.post(`${URL}/${eldre.id}/publiser`).set(auth(fagadmin));
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(`Versjon ${nyere.versjon} av denne brevmalen er allerede publisert, så versjon ${eldre.versjon} ville aldri blitt brukt. Lag en ny versjon.`);
  });

  it('previews a draft as merged text with the municipality letterhead', async () => {
    const mal = medTekst(standard('vedtak_delvis_innvilget', 'nb'), 'kontakt', (t) => `${t}\n\nSaken gjelder {{soknad.gjelder}}.`);
    const utkast = await nyVersjon(mal);
    const sb = await lagBruker('saksbehandler', [MOSKENES]);

    const res = await api.http.post(`${URL}/${utkast.id}/forhandsvisning`).set(auth(fagadmin)).send({ kommunenummer: VAGAN });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ brevmalId: utkast.id, versjon: utkast.versjon, status: 'utkast', kommunenummer: VAGAN, avsender: 'Vågan kommune, ved Felles tildelingskontor Lofoten' });
    expect(res.body.tekst).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    expect(res.body.tekst).toContain('Saken gjelder praktisk bistand og helsetjenester i hjemmet.');
    expect(res.body.tekst).toContain('4 uker');
    expect(res.body.tekst).toContain('Statsforvalteren i Nordland');
    expect(res.body.tekst).not.toContain('{{');
    expect(res.body.seksjoner.map((s: { id: string }) => s.id)).toContain('klage');

    // Default: the caller's first municipality.
    const moskenes = await api.http.post(`${URL}/${utkast.id}/forhandsvisning`).set(auth(sb)).send({});
    expect(moskenes.status).toBe(200);
    expect(moskenes.body.tekst).toContain('Moskenes kommune, ved Felles tildelingskontor Lofoten');

    const ukjent = await api.http.post(`${URL}/${utkast.id}/forhandsvisning`).set(auth(fagadmin)).send({ kommunenummer: '0301' });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([{ field: 'kommunenummer', message: 'Ukjent kommunenummer.' }]);
    expect((await api.http.post(`${URL}/${utkast.id}/forhandsvisning`).set(auth(fagadmin)).send({ data: {} })).status).toBe(400);
  });
});
