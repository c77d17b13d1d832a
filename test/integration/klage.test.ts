import { idagINorge } from '../../libs/domain/src/frister/dato.js';
import { STANDARD_BREVMALER } from '../../libs/letters/src/standard-brevmaler.js';
import { KLAGEAVSLUTNING_OPPRETTET_AV } from '../../migrations/1764000006000-klageavslutning.js';
import { vedtattSak } from '../support/flyt.js';
import { auth, lagBruker, medApiOgWorker, queryForKommuner, vent, VAGAN, VESTVAGOY, type ApiHarness, type TestBruker } from '../support/harness.js';
import { egenMigrertDatabase } from '../support/migreringsdatabase.js';
import { lesPdf } from '../support/pdf.js';

/** A case with a decision and a complaint on it, registered today (status `mottatt`). */
async function mottattKlage(api: ApiHarness, sb: TestBruker, kommune = VAGAN) {
  const { sak, vedtak } = await vedtattSak(api, sb, kommune);
  const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon as number;
  const res = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idagINorge(), begrunnelse: 'Jeg trenger mer hjelp.', versjon });
  if (res.status !== 201) throw new Error(`klage feilet: ${res.status} ${JSON.stringify(res.body)}`);
  return { sak, vedtak, klage: res.body as { id: string; versjon: number; status: string } };
}

/** The complaint's letters as they are stored, once the worker has rendered and sent them all. */
async function sendteBrev(kommune: string, klageId: string, antall = 1) {
  return vent(async () => {
    const rader = await queryForKommuner<{ brevtype: string; status: string; pdf: Buffer | null; flettedata: Record<string, unknown> }>(
      [kommune],
      `select brevtype, status, pdf, flettedata from brev where klage_id = $1 order by opprettet`,
      [klageId],
    );
    return rader.length === antall && rader.every((r) => r.status === 'sendt') ? rader : null;
  });
}

const tekst = (pdf: Buffer) => lesPdf(pdf).tekst.replace(/\s+/g, ' ');

describe('a complaint is withdrawn or dismissed: the complaint, the case, the letter and the report agree', () => {
  const { api } = medApiOgWorker();
  const idag = idagINorge();

  it('withdrawn while received: the case is back at vedtatt, a confirmation letter goes out, and a new complaint can come later', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak, klage } = await mottattKlage(api, sb);

    const res = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Klageren ringte og trakk klagen.', versjon: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: klage.id,
      status: 'trukket',
      avsluttetDato: idag,
      avslutningsgrunn: 'Klageren ringte og trakk klagen.',
      oversendtDato: null,
      statsforvalterenMaaVarsles: false,
      versjon: 2,
    });

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('vedtatt');
    expect(etter.historikk.at(-1)).toMatchObject({ fraStatus: 'klage_mottatt', tilStatus: 'vedtatt', handling: 'trekk_klage', kommentar: 'Klageren ringte og trakk klagen.' });
    expect(etter.klager).toEqual([expect.objectContaining({ id: klage.id, status: 'trukket', versjon: 2 })]);
    expect(etter.tillatteHandlinger).toContain('registrer_klage');

    const [brev] = await sendteBrev(VAGAN, klage.id);
    expect(brev!.brevtype).toBe('klage_trukket');
    const t = tekst(brev!.pdf!);
    expect(t).toContain('Klagen din er trukket');
    expect(t).toContain('registrerte vi at du har trukket klagen');
    expect(t).toContain(sak.saksnummer);
    expect(t).not.toContain('Statsforvalteren');
    // The caseworker's note on a withdrawal is for the case, not the letter.
    expect(t).not.toContain('Klageren ringte');

    const logg = await queryForKommuner<{ handling: string; endringer: unknown }>([VAGAN], `select handling, endringer from tilgangslogg where ressurs = 'klage' and ressurs_id = $1 order by id`, [klage.id]);
    expect(logg).toEqual([
      { handling: 'opprett', endringer: null },
      { handling: 'endre', endringer: { status: { fra: 'mottatt', til: 'trukket' } } },
    ]);

    // Withdrawing does not use up the right to complain: a new complaint on the same decision is received.
    const ny = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idag, begrunnelse: 'Jeg klager likevel.', versjon: etter.versjon });
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ status: 'mottatt' });
    expect((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.status).toBe('klage_mottatt');
  });

  it('withdrawn after forwarding: the reply and the letter say Statsforvalteren must be told', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, klage } = await mottattKlage(api, sb);
    const vurdert = await api.http.post(`/api/v1/klager/${klage.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Vedtaket dekker behovet.', versjon: 1 });
    expect(vurdert.body.status).toBe('oversendt');

    const res = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Klageren trakk klagen skriftlig.', versjon: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'trukket', oversendtDato: idag, avsluttetDato: idag, statsforvalterenMaaVarsles: true, versjon: 3 });

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('vedtatt');
    expect(etter.historikk.at(-1)).toMatchObject({ fraStatus: 'oversendt_statsforvalteren', tilStatus: 'vedtatt', handling: 'trekk_klage' });

    const brev = await sendteBrev(VAGAN, klage.id, 2);
    expect(brev.map((b) => b.brevtype)).toEqual(['klage_oversendt', 'klage_trukket']);
    expect(tekst(brev[1]!.pdf!)).toMatch(/Klagen var sendt til Statsforvalteren i Nordland \d+\. \w+ \d{4}\. Vi gir Statsforvalteren beskjed om at du har trukket klagen/);

    // Statsforvalteren's outcome can no longer be recorded on a withdrawn complaint.
    const sf = await api.http.post(`/api/v1/klager/${klage.id}/statsforvalteren`).set(auth(sb)).send({ utfall: 'stadfestet', dato: idag, versjon: 3 });
    expect(sf.status).toBe(409);
  });

  it('dismissed while received: the dismissal letter is ordered with the decision and rendered with the reason', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, klage } = await mottattKlage(api, sb);
    const grunn = 'Klagen kom sju uker etter klagefristen, og du har ikke oppgitt noen grunn til at den kom for sent.';

    const res = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: grunn, versjon: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'avvist', avsluttetDato: idag, avslutningsgrunn: grunn, statsforvalterenMaaVarsles: false, versjon: 2 });

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('vedtatt');
    expect(etter.historikk.at(-1)).toMatchObject({ fraStatus: 'klage_mottatt', tilStatus: 'vedtatt', handling: 'avvis_klage', kommentar: grunn });
    expect(etter.klager).toEqual([expect.objectContaining({ id: klage.id, status: 'avvist' })]);

    const [brev] = await sendteBrev(VAGAN, klage.id);
    expect(brev!.brevtype).toBe('klage_avvist');
    expect(brev!.pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = tekst(brev!.pdf!);
    expect(t).toContain('Vedtak om avvisning av klagen din');
    expect(t).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    expect(t).toContain('Klagen er derfor avvist');
    expect(t).toContain('står ved lag');
    expect(t).toContain('Klagen kom sju uker etter klagefristen');
    expect(t).toContain('forvaltningsloven § 33 andre ledd');
    expect(t).toContain('Fristen for å klage er 4 uker');
    expect(t).toContain('Statsforvalteren i Nordland');
    expect(t).toContain('forvaltningsloven § 18');
  });

  it('refuses to dismiss after forwarding (409, nothing changes), and refuses any ending once the complaint has ended', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, klage } = await mottattKlage(api, sb);
    await api.http.post(`/api/v1/klager/${klage.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Vedtaket dekker behovet.', versjon: 1 });
    const foer = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;

    const res = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: 'For sent.', versjon: 2 });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 409, code: 'KLAGE_KAN_IKKE_AVSLUTTES' });
    expect(res.body.detail).toBe('Klagen er allerede sendt til Statsforvalteren i Nordland, og da er det Statsforvalteren som avgjør om den skal avvises. Kontoret kan bare avvise en klage som har status «mottatt».');
    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter).toMatchObject({ status: 'oversendt_statsforvalteren', versjon: foer.versjon });
    expect(etter.klager).toEqual([expect.objectContaining({ status: 'oversendt', versjon: 2 })]);
    const brev = await queryForKommuner<{ brevtype: string }>([VAGAN], `select brevtype from brev where klage_id = $1`, [klage.id]);
    expect(brev.map((b) => b.brevtype)).toEqual(['klage_oversendt']);

    await api.http.post(`/api/v1/klager/${klage.id}/statsforvalteren`).set(auth(sb)).send({ utfall: 'stadfestet', dato: idag, versjon: 2 });
    const trekk = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 3 });
    expect(trekk.status).toBe(409);
    expect(trekk.body.detail).toBe('Klagen har status «avgjort av Statsforvalteren» og kan ikke lenger trekkes. En klage kan trekkes mens den har status «mottatt» eller «oversendt Statsforvalteren».');
  });

  it('answers 400 naming the field for a missing or blank reason and an unknown outcome', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, klage } = await mottattKlage(api, sb);
    const url = `/api/v1/klager/${klage.id}/avslutning`;

    const utenGrunn = await api.http.post(url).set(auth(sb)).send({ utfall: 'avvist', versjon: 1 });
    expect(utenGrunn.status).toBe(400);
    const meldinger = utenGrunn.body.errors.filter((e: { field: string }) => e.field === 'begrunnelse').map((e: { message: string }) => e.message);
    expect(meldinger.filter((m: string) => m === 'Må fylles ut.')).toHaveLength(1);
    expect(utenGrunn.body.errors.every((e: { field: string }) => e.field === 'begrunnelse')).toBe(true);

    const blank = await api.http.post(url).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: '   ', versjon: 1 });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: 'begrunnelse', message: 'Må fylles ut.' }]);

    const forLang = await api.http.post(url).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: 'x'.repeat(20001), versjon: 1 });
    expect(forLang.status).toBe(400);
    expect(forLang.body.errors).toEqual([{ field: 'begrunnelse', message: 'Kan ikke være lengre enn 20000 tegn.' }]);

    const ukjent = await api.http.post(url).set(auth(sb)).send({ utfall: 'omgjort', begrunnelse: 'Ny vurdering.', versjon: 1 });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([{ field: 'utfall', message: 'Må være en av: trukket, avvist.' }]);

    const utenVersjon = await api.http.post(url).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Ringte.' });
    expect(utenVersjon.status).toBe(400);
    expect(utenVersjon.body.errors.map((e: { field: string }) => e.field)).toContain('versjon');

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('klage_mottatt');
    expect(etter.klager).toEqual([expect.objectContaining({ status: 'mottatt', versjon: 1 })]);
  });

  it('answers 409 for a stale version, and 404 for an unknown complaint or one in another municipality', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, klage } = await mottattKlage(api, sb);
    await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set(auth(sb)).send({ tekst: 'Klageren har ringt.' });

    const gammel = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 0 });
    expect(gammel.status).toBe(409);
    expect(gammel.body).toMatchObject({ code: 'UTDATERT_VERSJON' });
    expect(gammel.body.detail).toBe('Klagen er endret av noen andre (nå versjon 1). Last den på nytt.');

    const annen = await lagBruker('saksbehandler', [VESTVAGOY]);
    const fremmed = await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(annen)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 1 });
    expect(fremmed.status).toBe(404);
    expect(fremmed.body.detail).toBe('Fant ikke klagen.');
    const ukjent = await api.http.post(`/api/v1/klager/00000000-0000-4000-8000-000000000000/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 1 });
    expect(ukjent.status).toBe(404);
    expect(ukjent.body.detail).toBe('Fant ikke klagen.');

    const leder = await lagBruker('leder', [VAGAN]);
    expect((await api.http.post(`/api/v1/klager/${klage.id}/avslutning`).set(auth(leder)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 1 })).status).toBe(403);

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('klage_mottatt');
    expect(etter.klager).toEqual([expect.objectContaining({ status: 'mottatt', versjon: 1 })]);
  });

  it('the leaders\' report counts withdrawn and dismissed complaints as their own outcomes, not as assessed', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const leder = await lagBruker('leder', [VESTVAGOY]);
    const aar = Number(idag.slice(0, 4));
    const a = await mottattKlage(api, sb, VESTVAGOY);
    const b = await mottattKlage(api, sb, VESTVAGOY);
    const c = await mottattKlage(api, sb, VESTVAGOY);
    expect((await api.http.post(`/api/v1/klager/${a.klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'trukket', begrunnelse: 'Ringte.', versjon: 1 })).status).toBe(200);
    expect((await api.http.post(`/api/v1/klager/${b.klage.id}/avslutning`).set(auth(sb)).send({ utfall: 'avvist', begrunnelse: 'For sent uten grunn.', versjon: 1 })).status).toBe(200);
    expect((await api.http.post(`/api/v1/klager/${c.klage.id}/vurdering`).set(auth(sb)).send({ vurdering: 'omgjort', begrunnelse: 'Medhold.', versjon: 1 })).status).toBe(200);

    const bestilt = await api.http.post('/api/v1/rapporter').set(auth(leder)).send({ type: 'likebehandling', aar });
    expect(bestilt.status).toBe(202);
    await vent(async () => (await api.http.get(`/api/v1/rapporter/${bestilt.body.id}`).set(auth(leder))).body.status === 'ferdig', 30_000, 200);
    const json = (await api.http.get(`/api/v1/rapporter/${bestilt.body.id}/innhold?format=json`).set(auth(leder))).body;
    const vestvagoy = json.perKommune.find((k: { kommunenummer: string }) => k.kommunenummer === VESTVAGOY);
    // Other tests in this tier also decide cases in Vestvågøy this year; these three are the only complaints there.
    expect(vestvagoy.klager).toMatchObject({ paaklaget: 3, vurdertAvKontoret: 1, omgjortAvKontoret: 1, andelOmgjortAvKontoret: 1, oversendt: 0, trukket: 1, avvist: 1 });
  });
});

describe('migration Klageavslutning1764000006000 on a database migrated before it', () => {
  const { ds, maler, angreTilOgMed } = egenMigrertDatabase();
  const NYE = ['klage_avvist', 'klage_trukket'];
  const angreTilOgMedKlageavslutning = () => angreTilOgMed('Klageavslutning1764000006000');

  it('adds exactly the missing standard templates, is idempotent, leaves an edited template alone, and down removes only what it added', async () => {
    // A fresh database already has every standard template from the seed: the migration added none.
    const fersk = await maler();
    expect(fersk).toHaveLength(STANDARD_BREVMALER.length);
    expect(fersk.filter((m) => m.opprettet_av === KLAGEAVSLUTNING_OPPRETTET_AV)).toEqual([]);

    // As a database migrated before the new letter types: without the migration and the new types' templates.
    await angreTilOgMedKlageavslutning();
    expect(await ds.query(`select column_name from information_schema.columns where table_name = 'klage' and column_name in ('avsluttet_dato', 'avslutningsgrunn')`)).toEqual([]);
    await ds.query(`delete from brevmal where brevtype = any($1)`, [NYE]);
    // A fagadmin's own version 2 of another type must survive both directions.
    await ds.query(`insert into brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av) select brevtype, maalform, 2, 'utkast', innhold, 'u-fagadmin' from brevmal where brevtype = 'trukket' and maalform = 'nb'`);

    await ds.runMigrations({ transaction: 'each' });
    const etter = await maler();
    const lagtTil = etter.filter((m) => m.opprettet_av === KLAGEAVSLUTNING_OPPRETTET_AV);
    expect(lagtTil.map((m) => `${m.brevtype}/${m.maalform}/v${m.versjon}/${m.status}`)).toEqual(['klage_avvist/nb/v1/publisert', 'klage_avvist/nn/v1/publisert', 'klage_trukket/nb/v1/publisert', 'klage_trukket/nn/v1/publisert']);
    expect(etter).toHaveLength(STANDARD_BREVMALER.length + 1);
    expect(await ds.query(`select column_name from information_schema.columns where table_name = 'klage' and column_name in ('avsluttet_dato', 'avslutningsgrunn') order by 1`)).toEqual([{ column_name: 'avslutningsgrunn' }, { column_name: 'avsluttet_dato' }]);

    // Running it again inserts nothing (the unique version index would refuse a duplicate anyway).
    const migrering = ds.migrations.find((m) => m.name === 'Klageavslutning1764000006000')!;
    const qr = ds.createQueryRunner();
    try {
      await qr.query(`alter table klage drop column avsluttet_dato, drop column avslutningsgrunn`);
      await migrering.up(qr);
    } finally {
      await qr.release();
    }
    expect(await maler()).toEqual(etter);

    await angreTilOgMedKlageavslutning();
    const nedAv = await maler();
    expect(nedAv.filter((m) => NYE.includes(m.brevtype))).toEqual([]);
    expect(nedAv).toHaveLength(STANDARD_BREVMALER.length + 1 - 4);
    expect(nedAv).toContainEqual(expect.objectContaining({ brevtype: 'trukket', maalform: 'nb', versjon: 2, opprettet_av: 'u-fagadmin' }));
  });
});
