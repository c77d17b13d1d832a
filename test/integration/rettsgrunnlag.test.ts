import { STANDARD_BREVMALER } from '../../libs/letters/src/standard-brevmaler.js';
import { RETTSGRUNNLAG_OPPRETTET_AV } from '../../migrations/1764000020000-rettsgrunnlag.js';
import { ApiHarness, auth, lagBruker, FLAKSTAD, VAGAN } from '../support/harness.js';
import { egenMigrertDatabase } from '../support/migreringsdatabase.js';

describe('the legal regime of each service and the municipalities\' legal settings', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('the catalogue says each service\'s regime, with its duty and right in both målformer', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const res = await api.http.get('/api/v1/tjenester').set(auth(sb));
    expect(res.status).toBe(200);
    const regime = Object.fromEntries((res.body as { kode: string; rettsgrunnlag: string }[]).map((t) => [t.kode, t.rettsgrunnlag]));
    expect(regime).toMatchObject({
      hjemmesykepleie: 'pbrl_2_1_a',
      'praktisk-bistand': 'pbrl_2_1_a',
      bpa: 'pbrl_2_1_d',
      langtidsopphold: 'pbrl_2_1_e',
      trygghetsalarm: 'skjonn',
      matombringing: 'skjonn',
      omsorgsbolig: 'skjonn',
    });
    const pb = (res.body as { kode: string; tekster: Record<string, { rett: { hjemmel: string } | null }> }[]).find((t) => t.kode === 'praktisk-bistand')!;
    expect(pb.tekster.nb.rett!.hjemmel).toBe('pasient- og brukerrettighetsloven § 2-1 a andre ledd');
    expect(pb.tekster.nn.rett!.hjemmel).toBe('pasient- og brukarrettslova § 2-1 a andre ledd');
  });

  it('fagadmin keeps a municipality\'s complaint body and long-term care regulation; others may not; bad input names the field', async () => {
    const fagadmin = await lagBruker('fagadmin', [VAGAN]);
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const ny = { klageorgan: 'Klagenemnda i Vågan kommune', langtidsforskrift: 'Forskrift om tildeling av langtidsopphold i sykehjem, Vågan kommune, Nordland', langtidsforskriftDato: '2019-05-02' };
    const res = await api.http.put(`/api/v1/kommuner/${VAGAN}/innstillinger`).set(auth(fagadmin)).send(ny);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kommunenummer: VAGAN, ...ny });
    expect((await api.http.get('/api/v1/kommuner').set(auth(sb))).body.find((k: { kommunenummer: string }) => k.kommunenummer === VAGAN)).toMatchObject(ny);

    expect((await api.http.put(`/api/v1/kommuner/${VAGAN}/innstillinger`).set(auth(sb)).send(ny)).status).toBe(403);
    expect((await api.http.put(`/api/v1/kommuner/${FLAKSTAD}/innstillinger`).set(auth(fagadmin)).send(ny)).status).toBe(403);
    const tom = await api.http.put(`/api/v1/kommuner/${VAGAN}/innstillinger`).set(auth(fagadmin)).send({ ...ny, langtidsforskrift: '', langtidsforskriftDato: '2019-13-01' });
    expect(tom.status).toBe(400);
    expect(tom.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['langtidsforskrift', 'langtidsforskriftDato']);
    for (const nummer of [VAGAN, `Forskrift om tildeling av langtidsopphold, ${VAGAN}`]) {
      const feil = await api.http.put(`/api/v1/kommuner/${VAGAN}/innstillinger`).set(auth(fagadmin)).send({ ...ny, langtidsforskrift: nummer });
      expect(feil.status).toBe(400);
      expect(feil.body.errors).toEqual([{ field: 'langtidsforskrift', message: expect.stringContaining('fulle navn') }]);
    }
  });

  it('every municipality has its complaint body and its long-term care regulation by name and date from the start, never a number', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const kommuner = (await api.http.get('/api/v1/kommuner').set(auth(sb))).body as { kommunenummer: string; navn: string; klageorgan: string; langtidsforskrift: string; langtidsforskriftDato: string }[];
    expect(kommuner.map((k) => k.kommunenummer).sort()).toEqual(['1859', '1860', '1865', '1874']);
    for (const k of kommuner) {
      expect(k.klageorgan).toContain(k.navn);
      expect(k.langtidsforskrift).toMatch(/^Forskrift om tildeling av langtidsopp/);
      expect(k.langtidsforskrift).toContain(`${k.navn} kommune`);
      expect(k.langtidsforskrift).not.toMatch(/\d{4}/);
      expect(k.langtidsforskriftDato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('migration Rettsgrunnlag1764000020000 on a database migrated before it', () => {
  const { ds, maler, angreTilOgMed } = egenMigrertDatabase();

  it('corrects the regime and complaint body of each service, names the criteria properly, adds the new standard templates as next versions, and down removes only those', async () => {
    await angreTilOgMed('Rettsgrunnlag1764000020000');
    // As a database from before: the seed's proposal name and the templates of that time (here: marked as seeded).
    await ds.query(`update kriteriesett set navn = 'Forslag til felles tildelingskriterier – til vedtak i TK Lofoten' where versjon = 1`);
    await ds.query(`update tjeneste set klageinstans = 'statsforvalteren' where kode = 'trygghetsalarm'`);
    await ds.query(`delete from brevmal where brevtype = 'vedtak_innvilget' and maalform = 'nb'`);
    await ds.query(`insert into brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av) values ('vedtak_innvilget', 'nb', 1, 'publisert', '{"gammel": true}', 'migrering')`);
    // A fagadmin's own newest version of another type is left alone.
    await ds.query(`insert into brevmal (brevtype, maalform, versjon, status, innhold, opprettet_av) select brevtype, maalform, 2, 'publisert', innhold, 'u-fagadmin' from brevmal where brevtype = 'vedtak_avslag' and maalform = 'nn'`);

    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.query(`select kode, rettsgrunnlag, klageinstans from tjeneste where kode in ('trygghetsalarm', 'bpa') order by kode`)).toEqual([
      { kode: 'bpa', rettsgrunnlag: 'pbrl_2_1_d', klageinstans: 'statsforvalteren' },
      { kode: 'trygghetsalarm', rettsgrunnlag: 'skjonn', klageinstans: 'kommunen' },
    ]);
    const [sett] = await ds.query(`select navn, innhold->>'navn' as innholdsnavn from kriteriesett where versjon = 1`);
    expect(sett).toEqual({ navn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten', innholdsnavn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten' });
    const [vestvagoy] = await ds.query(`select klageorgan, langtidsforskrift, langtidsforskrift_dato::text as dato from kommune where kommunenummer = '1860'`);
    expect(vestvagoy).toMatchObject({ klageorgan: 'Klagenemnda i Vestvågøy kommune', langtidsforskrift: expect.stringContaining('Vestvågøy kommune') });

    const etter = await maler();
    expect(etter.filter((m) => m.opprettet_av === RETTSGRUNNLAG_OPPRETTET_AV).map((m) => `${m.brevtype}/${m.maalform}/v${m.versjon}`)).toEqual(['vedtak_innvilget/nb/v2']);
    expect(etter).toContainEqual(expect.objectContaining({ brevtype: 'vedtak_avslag', maalform: 'nn', versjon: 2, opprettet_av: 'u-fagadmin' }));
    expect(etter).toHaveLength(STANDARD_BREVMALER.length + 2);

    await angreTilOgMed('Rettsgrunnlag1764000020000');
    const ned = await maler();
    expect(ned.filter((m) => m.opprettet_av === RETTSGRUNNLAG_OPPRETTET_AV)).toEqual([]);
    expect(ned).toHaveLength(STANDARD_BREVMALER.length + 1);
    expect(await ds.query(`select column_name from information_schema.columns where table_name = 'tjeneste' and column_name = 'rettsgrunnlag'`)).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
  });
});
