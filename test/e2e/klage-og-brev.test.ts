import { auth, medApiOgWorker, lagBruker, ownerClient, queryForKommuner, vent, VAGAN, VESTVAGOY } from '../support/harness.js';
import { registrerSoknad } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { lesPdf } from '../support/pdf.js';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';

describe('complaints, interim replies and failed letters', () => {
  const { api, worker } = medApiOgWorker();

  it('a complaint within 4 weeks is re-assessed, upheld and forwarded to Statsforvalteren with a letter', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const sakNaa = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    const idag = idagINorge();
    const klage = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idag, begrunnelse: 'Jeg trenger mer hjelp.', versjon: sakNaa.versjon });
    expect(klage.status).toBe(201);
    expect(klage.body).toMatchObject({ innenFrist: true, status: 'mottatt' });

    const vurdert = await api.http.post(`/api/v1/klager/${klage.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Kontoret finner ikke grunn til å endre vedtaket.', versjon: 1 });
    expect(vurdert.status).toBe(200);
    expect(vurdert.body.status).toBe('oversendt');
    const brev = await vent(async () => {
      const rader = await queryForKommuner<{ status: string; pdf: Buffer | null }>([VAGAN], `select status, pdf from brev where klage_id = $1`, [klage.body.id]);
      return rader[0]?.status === 'sendt' ? rader[0] : null;
    });
    const tekst = lesPdf(brev.pdf!).tekst.replace(/\s+/g, ' ');
    expect(tekst).toContain('Statsforvalteren i Nordland');
    expect(tekst).toContain(sak.saksnummer);

    const sf = await api.http.post(`/api/v1/klager/${klage.body.id}/statsforvalteren`).set(auth(sb)).send({ utfall: 'stadfestet', dato: idag, versjon: 2 });
    expect(sf.status).toBe(200);
    expect(sf.body).toMatchObject({ status: 'avgjort', statsforvalterensUtfall: 'stadfestet' });
    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('statsforvalteren_avgjort');
    expect(etter.vedtak).toEqual([expect.objectContaining({ id: vedtak.id, status: 'vedtatt' })]);
    expect(etter.klager).toEqual([expect.objectContaining({ id: klage.body.id, status: 'avgjort', innenFrist: true })]);

    // The case lists all its letters; each is read through the API as the bytes that were sent.
    expect(etter.brev.map((b: { brevtype: string; status: string }) => [b.brevtype, b.status])).toEqual([
      [expect.stringMatching(/^vedtak_/), 'sendt'],
      ['klage_oversendt', 'sendt'],
    ]);
    const klagebrev = etter.brev[1];
    expect(klagebrev).toMatchObject({ klageId: klage.body.id, sendtDato: idag });
    expect(klagebrev).not.toHaveProperty('pdf');
    const pdf = await api.http.get(`/api/v1/brev/${klagebrev.id}/pdf`).set(auth(sb)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="${sak.saksnummer}-klage_oversendt.pdf"`);
    expect(Buffer.compare(pdf.body as Buffer, brev.pdf!)).toBe(0);
    const annen = await lagBruker('saksbehandler', [VESTVAGOY]);
    expect((await api.http.get(`/api/v1/brev/${klagebrev.id}/pdf`).set(auth(annen))).status).toBe(404);
    const lest = await queryForKommuner<{ n: string }>([VAGAN], `select count(*) as n from tilgangslogg where ressurs = 'brev' and ressurs_id = $1 and handling = 'les'`, [klagebrev.id]);
    expect(Number(lest[0]!.n)).toBe(1);
  });

  it('a complaint after the deadline is flagged as late and assessed only once the office takes it up with a reason (fvl. § 31); one dated before the decision is refused', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const v = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const kjent = new Date(Date.now() - 60 * 86400_000).toISOString().slice(0, 10);
    // The person cannot have learned of a decision made today 60 days ago.
    const foer = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idagINorge(), kjentDato: kjent, begrunnelse: 'For sent', versjon: v });
    expect(foer.status).toBe(400);
    expect(foer.body.errors).toEqual([{ field: 'kjentDato', message: expect.stringContaining('før vedtaksdatoen') }]);

    // As a decision made 60 days ago.
    await queryForKommuner([VAGAN], `update vedtak set vedtaksdato = $2 where id = $1`, [vedtak.id, kjent], process.env.DATABASE_OWNER_URL);
    const res = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idagINorge(), kjentDato: kjent, begrunnelse: 'For sent', versjon: v });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ innenFrist: false, klagevei: 'statsforvalteren', merknad: expect.stringContaining('forvaltningsloven § 31'), fristoppreisning: null });

    // Not assessed on its merits until the office decides to take it up anyway (fvl. § 31).
    const forTidlig = await api.http.post(`/api/v1/klager/${res.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Vedtaket står.', versjon: 1 });
    expect(forTidlig.status).toBe(409);
    expect(forTidlig.body).toMatchObject({ code: 'KLAGE_FOR_SEN', detail: expect.stringContaining('forvaltningsloven § 31') });
    const blank = await api.http.post(`/api/v1/klager/${res.body.id}/fristoppreisning`).set(auth(sb)).send({ begrunnelse: '  ', versjon: 1 });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'begrunnelse' })]);
    const grunn = 'Klageren lå på sykehus da vedtaket kom.';
    const tatt = await api.http.post(`/api/v1/klager/${res.body.id}/fristoppreisning`).set(auth(sb)).send({ begrunnelse: grunn, versjon: 1 });
    expect(tatt.status).toBe(200);
    expect(tatt.body).toMatchObject({ innenFrist: false, status: 'mottatt', versjon: 2, fristoppreisning: { dato: idagINorge(), begrunnelse: grunn }, merknad: expect.stringContaining('tok den likevel under behandling') });
    expect((await api.http.post(`/api/v1/klager/${res.body.id}/fristoppreisning`).set(auth(sb)).send({ begrunnelse: grunn, versjon: 2 })).status).toBe(409);
    // The case shows it on the complaint, and the step is in the access log.
    const sakNaa = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(sakNaa.klager).toEqual([expect.objectContaining({ id: res.body.id, fristoppreisning: { dato: idagINorge(), begrunnelse: grunn } })]);
    const logg = await queryForKommuner<{ n: string }>([VAGAN], `select count(*) as n from tilgangslogg where ressurs = 'klage' and ressurs_id = $1 and handling = 'endre'`, [res.body.id]);
    expect(Number(logg[0]!.n)).toBe(1);
    const vurdert = await api.http.post(`/api/v1/klager/${res.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Vedtaket står.', versjon: 2 });
    expect(vurdert.status).toBe(200);
    expect(vurdert.body.status).toBe('oversendt');
  });

  it('a late complaint the office does not take up is dismissed as too late, with a decision letter giving the reason', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const kjent = new Date(Date.now() - 60 * 86400_000).toISOString().slice(0, 10);
    await queryForKommuner([VAGAN], `update vedtak set vedtaksdato = $2 where id = $1`, [vedtak.id, kjent], process.env.DATABASE_OWNER_URL);
    const v = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const klage = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idagINorge(), kjentDato: kjent, begrunnelse: 'For sent', versjon: v });
    expect(klage.body.innenFrist).toBe(false);
    const grunn = 'Klagen kom fem uker etter klagefristen, og du har ikke oppgitt noen grunn til at den kom for sent.';
    await api.http.post(`/api/v1/klager/${klage.body.id}/avslutning`).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: grunn, versjon: 1 }).expect(200);
    const pdf = await vent(async () => (await queryForKommuner<{ pdf: Buffer | null; status: string }>([VAGAN], `select pdf, status from brev where klage_id = $1`, [klage.body.id]))[0]?.pdf ?? undefined);
    const tekst = lesPdf(pdf).tekst.replace(/\s+/g, ' ');
    expect(tekst).toContain(grunn);
    expect(tekst).toMatch(/forvaltningsloven § 33/);
    expect(tekst).toMatch(/klage/i);
  });

  it('the interim-reply sweep queues exactly one letter per late case, even when it runs twice', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const gammel = new Date(Date.now() - 40 * 86400_000).toISOString().slice(0, 10);
    const sen = await registrerSoknad(api, sb, VESTVAGOY, { mottattDato: gammel });
    const fersk = await registrerSoknad(api, sb, VESTVAGOY);
    const { ForeloepigSvarService } = await import('../../libs/brevproduksjon/src/foreloepig-svar.service.js');
    const svc = worker.app!.get(ForeloepigSvarService);
    await Promise.all([svc.kjor(), svc.kjor()]);
    await svc.kjor();
    const rader = await queryForKommuner<{ soknad_id: string }>([VESTVAGOY], `select soknad_id from brev where brevtype = 'foreloepig_svar' and soknad_id = any($1)`, [[sen.id, fersk.id]]);
    expect(rader.map((r) => r.soknad_id)).toEqual([sen.id]);
    const liste = (await api.http.get(`/api/v1/soknader/${sen.id}`).set(auth(sb))).body;
    expect(liste.forelopigSvarDato).toBe(idagINorge());
    const pdf = await vent(async () => (await queryForKommuner<{ pdf: Buffer | null }>([VESTVAGOY], `select pdf from brev where soknad_id = $1 and status = 'sendt'`, [sen.id]))[0]?.pdf);
    expect(lesPdf(pdf).tekst).toMatch(/forvaltningsloven § 11 a|foreløpig/i);
  });

  it('a letter that cannot be rendered is marked failed, listed for a leader, and re-run after the fix', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const leder = await lagBruker('leder', [VAGAN]);
    const { vedtak } = await vedtattSak(api, sb, VAGAN);
    const brevId = await vent(async () => (await queryForKommuner<{ id: string; status: string }>([VAGAN], `select id, status from brev where vedtak_id = $1`, [vedtak.id]))[0]?.id);
    await vent(async () => (await queryForKommuner<{ status: string }>([VAGAN], `select status from brev where id = $1`, [brevId]))[0]?.status === 'sendt');
    // A broken order: the same letter's merge data without the party, ordered again.
    const c = await ownerClient();
    let nyId: string;
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', '1865', true)`);
      const r = await c.query(
        `insert into brev (kommunenummer, soknad_id, vedtak_id, brevtype, maalform, brevmal_id, brevmal_versjon, status, flettedata)
         select kommunenummer, soknad_id, vedtak_id, brevtype, maalform, brevmal_id, brevmal_versjon + 100, 'bestilt', flettedata - 'part' from brev where id = $1 returning id`,
        [brevId],
      );
      nyId = r.rows[0].id;
      await c.query(`insert into outbox (kommunenummer, ko, jobbnavn, jobb_id, payload) values ('1865', 'brev', 'render', $1, $2)`, [`brev-${nyId}`, { brevId: nyId, kommunenummer: '1865' }]);
      await c.query('commit');
    } finally {
      await c.end();
    }
    await vent(async () => (await api.http.get('/api/v1/brev/feilede').set(auth(leder))).body.elementer?.some((e: { id: string }) => e.id === nyId!));
    const liste = (await api.http.get('/api/v1/brev/feilede').set(auth(leder))).body.elementer.find((e: { id: string }) => e.id === nyId!);
    expect(liste.feil).toMatch(/BREVDATA_UGYLDIG/);
    expect((await api.http.get('/api/v1/brev/feilede').set(auth(sb))).status).toBe(403);

    await queryForKommuner([VAGAN], `update brev set flettedata = (select flettedata from brev where id = $1) where id = $2`, [brevId, nyId!]);
    const igjen = await api.http.post(`/api/v1/brev/${nyId!}/ny-kjoring`).set(auth(leder));
    expect(igjen.status).toBe(202);
    await vent(async () => (await queryForKommuner<{ status: string }>([VAGAN], `select status from brev where id = $1`, [nyId!]))[0]?.status === 'sendt');
  });
});
