import { idagINorge } from '../../libs/domain/src/frister/dato.js';
import { formaterDato } from '../../libs/letters/src/flettedata.js';
import { STANDARD_BREVMALER } from '../../libs/letters/src/standard-brevmaler.js';
import { KLAGEAVSLUTNING_OPPRETTET_AV } from '../../migrations/1764000006000-klageavslutning.js';
import { SOKNADSAVVISNING_OPPRETTET_AV } from '../../migrations/1764000007000-soknadsavvisning.js';
import { registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { auth, lagBruker, medApiOgWorker, queryForKommuner, vent, VAGAN, VESTVAGOY, type ApiHarness, type TestBruker } from '../support/harness.js';
import { egenMigrertDatabase } from '../support/migreringsdatabase.js';
import { lesPdf } from '../support/pdf.js';

interface Brevrad {
  brevtype: string;
  maalform: string;
  status: string;
  pdf: Buffer | null;
  flettedata: Record<string, unknown>;
}

/** The case's letters as stored, once the worker has rendered and sent them all. */
async function sendteBrev(kommune: string, soknadId: string, antall = 1) {
  return vent(async () => {
    const rader = await queryForKommuner<Brevrad>([kommune], `select brevtype, maalform, status, pdf, flettedata from brev where soknad_id = $1 order by opprettet`, [soknadId]);
    return rader.length === antall && rader.every((r) => r.status === 'sendt') ? rader : null;
  });
}

const brevtyper = async (kommune: string, soknadId: string) =>
  (await queryForKommuner<{ brevtype: string }>([kommune], `select brevtype from brev where soknad_id = $1`, [soknadId])).map((b) => b.brevtype);

const tekst = (pdf: Buffer) => lesPdf(pdf).tekst.replace(/\s+/g, ' ');

const handling = (api: ApiHarness, sb: TestBruker, id: string, body: Record<string, unknown>) => api.http.post(`/api/v1/soknader/${id}/handlinger`).set(auth(sb)).send(body);

describe('withdrawing or dismissing an application orders the letter in the same step', () => {
  const { api } = medApiOgWorker();
  const idag = idagINorge();

  it('trekk with trukketMaate telefon: the case is trukket and the confirmation letter says how and when', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);

    const res = await handling(api, sb, sak.id, { handling: 'trekk', versjon: 1, trukketMaate: 'telefon', kommentar: 'Søkeren ringte og trakk søknaden.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: sak.id, status: 'trukket', versjon: 2 });

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.status).toBe('trukket');
    expect(etter.historikk.at(-1)).toMatchObject({ fraStatus: 'mottatt', tilStatus: 'trukket', handling: 'trekk', kommentar: 'Søkeren ringte og trakk søknaden.' });
    expect(etter.brev).toEqual([expect.objectContaining({ brevtype: 'trukket', vedtakId: null, klageId: null })]);

    const [brev] = await sendteBrev(VAGAN, sak.id);
    expect(brev!.flettedata.trukket).toEqual({ trukketDato: idag, maate: 'telefon' });
    const t = tekst(brev!.pdf!);
    expect(t).toContain('Saken din er avsluttet');
    expect(t).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    expect(t).toContain(sak.saksnummer);
    expect(t).toContain(`Den ${formaterDato(idag)} ga du oss beskjed på telefon om at du trekker søknaden.`);
    expect(t).toContain(`Vi viser til søknaden din om praktisk bistand (hjemmehjelp) og opplæring, som vi fikk ${formaterDato(idag)}.`);
    // The caseworker's note is for the case history, not the letter.
    expect(t).not.toContain('Søkeren ringte');
  });

  it('trekk without trukketMaate: the letter says muntlig', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    expect((await handling(api, sb, sak.id, { handling: 'trekk', versjon: 1 })).status).toBe(200);
    const [brev] = await sendteBrev(VAGAN, sak.id);
    expect(tekst(brev!.pdf!)).toContain('ga du oss beskjed muntlig om at du trekker søknaden');
  });

  it('avvis without kommentar, or with a blank one: 400 naming kommentar, and nothing changes', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);

    for (const body of [{ handling: 'avvis', versjon: 1 }, { handling: 'avvis', versjon: 1, kommentar: '  \n ' }]) {
      const res = await handling(api, sb, sak.id, body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'kommentar', message: 'Skriv grunnen til avvisningen. Den står i brevet til søkeren.' }]);
    }

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter).toMatchObject({ status: 'mottatt', versjon: 1 });
    expect(etter.historikk).toHaveLength(1);
    expect(etter.brev).toEqual([]);
    expect(await brevtyper(VAGAN, sak.id)).toEqual([]);
  });

  it('avvis with a reason: the case is avvist and the decision letter gives the reason, the complaint right and Statsforvalteren', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    const grunn = 'Du bor i Bodø og oppholder deg ikke i Vågan kommune. Søknaden må sendes til kommunen der du bor.';

    const res = await handling(api, sb, sak.id, { handling: 'avvis', versjon: 1, kommentar: grunn });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'avvist', versjon: 2 });

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter.historikk.at(-1)).toMatchObject({ fraStatus: 'mottatt', tilStatus: 'avvist', handling: 'avvis', kommentar: grunn });
    expect(etter.brev).toEqual([expect.objectContaining({ brevtype: 'soknad_avvist' })]);

    const [brev] = await sendteBrev(VAGAN, sak.id);
    expect(brev!.maalform).toBe('nb');
    expect(brev!.pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = tekst(brev!.pdf!);
    expect(t).toContain('Vedtak om avvisning av søknaden din');
    expect(t).toContain(sak.saksnummer);
    expect(t).toContain(`Vi viser til søknaden din om praktisk bistand (hjemmehjelp) og opplæring, som vi fikk ${formaterDato(idag)}.`);
    expect(t).toContain('Søknaden er derfor avvist');
    expect(t).toContain(grunn);
    expect(t).toContain('forvaltningsloven § 2 tredje ledd');
    expect(t).toContain('Du kan søke på nytt');
    expect(t).toContain('Fristen for å klage er 4 uker');
    expect(t).toContain('Statsforvalteren i Nordland');
    expect(t).toContain('forvaltningsloven § 18');

    // The dismissal closes the case: it cannot be dismissed or withdrawn again, and no second letter appears.
    const igjen = await handling(api, sb, sak.id, { handling: 'trekk', versjon: 2 });
    expect(igjen.status).toBe(409);
    expect(await brevtyper(VAGAN, sak.id)).toEqual(['soknad_avvist']);
  });

  it('a person whose målform is nynorsk gets the nynorsk dismissal', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN, { person: { fodselsnummer: syntetiskFnr('1948-06-02'), navn: 'Ragnhild Nynorsk', adresse: 'Havnegata 2, 8310 Kabelvåg', maalform: 'nn' } });

    const res = await handling(api, sb, sak.id, { handling: 'avvis', versjon: 1, kommentar: 'Du har flytta til Ørsta og bur ikkje lenger i Vågan.' });
    expect(res.status).toBe(200);

    const [brev] = await sendteBrev(VAGAN, sak.id);
    expect(brev!.maalform).toBe('nn');
    const t = tekst(brev!.pdf!);
    expect(t).toContain('Vedtak om avvising av søknaden din');
    expect(t).toContain('Søknaden er difor avvist');
    expect(t).toContain('Du har flytta til Ørsta og bur ikkje lenger i Vågan.');
    expect(t).toContain('Fristen for å klage er 4 veker');
    expect(t).toContain('Statsforvaltaren i Nordland');
    expect(t).not.toContain('Statsforvalteren');
  });

  it('an unknown trukketMaate, or one on another step: 400 naming trukketMaate, and nothing changes', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);

    const ukjent = await handling(api, sb, sak.id, { handling: 'trekk', versjon: 1, trukketMaate: 'brevdue' });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([{ field: 'trukketMaate', message: 'Må være en av: telefon, muntlig, skriftlig, digital.' }]);

    const feilSteg = await handling(api, sb, sak.id, { handling: 'avvis', versjon: 1, kommentar: 'Bor i Bodø.', trukketMaate: 'telefon' });
    expect(feilSteg.status).toBe(400);
    expect(feilSteg.body.errors).toEqual([{ field: 'trukketMaate', message: 'Brukes bare når handling er «trekk».' }]);

    const etter = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
    expect(etter).toMatchObject({ status: 'mottatt', versjon: 1 });
    expect(await brevtyper(VAGAN, sak.id)).toEqual([]);
  });

  it('another municipality\'s caseworker gets 404, and the case and its letters are untouched', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    const annen = await lagBruker('saksbehandler', [VESTVAGOY]);

    for (const body of [{ handling: 'trekk', versjon: 1, trukketMaate: 'telefon' }, { handling: 'avvis', versjon: 1, kommentar: 'Bor ikke i kommunen.' }]) {
      const res = await handling(api, annen, sak.id, body);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe('Fant ikke søknaden.');
    }
    expect((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body).toMatchObject({ status: 'mottatt', versjon: 1 });
    expect(await brevtyper(VAGAN, sak.id)).toEqual([]);
  });

  it('a stale version orders no letter (the step and the letter commit together or not at all)', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    await api.http.post(`/api/v1/soknader/${sak.id}/tildeling`).set(auth(sb)).send({ saksbehandlerId: sb.id, saksbehandlerNavn: 'Test Testesen', versjon: 1 });

    const res = await handling(api, sb, sak.id, { handling: 'avvis', versjon: 1, kommentar: 'Bor ikke i kommunen.' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'UTDATERT_VERSJON' });
    expect((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body).toMatchObject({ status: 'mottatt', versjon: 2 });
    expect(await brevtyper(VAGAN, sak.id)).toEqual([]);
  });
});

describe('migration Soknadsavvisning1764000007000 on a database migrated before it', () => {
  const { ds, maler, angreTilOgMed } = egenMigrertDatabase();

  it('adds exactly the missing soknad_avvist templates, is idempotent, and down removes only what it added', async () => {
    const fersk = await maler();
    expect(fersk).toHaveLength(STANDARD_BREVMALER.length);
    expect(fersk.filter((m) => [SOKNADSAVVISNING_OPPRETTET_AV, KLAGEAVSLUTNING_OPPRETTET_AV].includes(m.opprettet_av))).toEqual([]);

    // As a database migrated before the new letter type: without the migration and without its templates.
    await angreTilOgMed('Soknadsavvisning1764000007000');
    await ds.query(`delete from brevmal where brevtype = 'soknad_avvist'`);
    await ds.query(`insert into brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av) select brevtype, maalform, 2, 'utkast', innhold, 'u-fagadmin' from brevmal where brevtype = 'trukket' and maalform = 'nn'`);

    await ds.runMigrations({ transaction: 'each' });
    const etter = await maler();
    expect(etter.filter((m) => m.opprettet_av === SOKNADSAVVISNING_OPPRETTET_AV).map((m) => `${m.brevtype}/${m.maalform}/v${m.versjon}/${m.status}`)).toEqual(['soknad_avvist/nb/v1/publisert', 'soknad_avvist/nn/v1/publisert']);
    expect(etter).toHaveLength(STANDARD_BREVMALER.length + 1);

    const migrering = ds.migrations.find((m) => m.name === 'Soknadsavvisning1764000007000')!;
    const qr = ds.createQueryRunner();
    try {
      await migrering.up(qr);
    } finally {
      await qr.release();
    }
    expect(await maler()).toEqual(etter);

    await angreTilOgMed('Soknadsavvisning1764000007000');
    const nedAv = await maler();
    expect(nedAv.filter((m) => m.brevtype === 'soknad_avvist')).toEqual([]);
    expect(nedAv).toHaveLength(STANDARD_BREVMALER.length + 1 - 2);
    expect(nedAv).toContainEqual(expect.objectContaining({ brevtype: 'trukket', maalform: 'nn', versjon: 2, opprettet_av: 'u-fagadmin' }));
  });
});
