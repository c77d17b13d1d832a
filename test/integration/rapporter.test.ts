import { jest } from '@jest/globals';
import { ApiHarness, FLAKSTAD, lagBruker, MOSKENES, ownerClient, vent, VAGAN, VESTVAGOY, WorkerHarness, type TestBruker } from '../support/harness.js';
import { lesPdf } from '../support/pdf.js';
import { seedVedtak as seed } from '../support/rapportdata.js';
import { kontrollerUtgivelser, type KontrollertUtgivelse } from '../../libs/statistics/src/anonymisering/kontroll.js';
import { Utgivelseskontroll } from '../../libs/rapporter/src/utgivelseskontroll.js';
import type { Grunntelling, PublisertTabell } from '../../libs/statistics/src/anonymisering/utgivelse.js';

const PLANTET_AAR = 2031;
const LIKT_AAR = 2032;
const ALLE = [VESTVAGOY, VAGAN, FLAKSTAD, MOSKENES];

describe('reports: ordering, computing in the worker, JSON/CSV/PDF', () => {
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  const auth = (t: TestBruker) => ({ Authorization: `Bearer ${t.token}` });

  beforeAll(async () => {
    await api.start();
    await worker.start();
    for (const k of ALLE) {
      const stor = k === VESTVAGOY || k === VAGAN;
      await seed(k, PLANTET_AAR, stor ? 180 : 90, k === VAGAN ? { innvilgetAvTi: 4, timefaktor: 0.6 } : {});
      await seed(k, LIKT_AAR, stor ? 180 : 90);
    }
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  async function bestillOgVent(bruker: TestBruker, type: string, aar: number): Promise<string> {
    const res = await api.http.post('/api/v1/rapporter').set(auth(bruker)).send({ type, aar });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ type, aar, status: 'bestilt' });
    const id = res.body.id as string;
    const status = await vent(async () => {
      const s = await api.http.get(`/api/v1/rapporter/${id}`).set(auth(bruker));
      return s.body.status === 'bestilt' ? null : s.body;
    }, 120_000, 200); // an upper bound for a busy machine: the disclosure check alone takes seconds
    expect(status).toMatchObject({ status: 'ferdig', lenker: { pdf: `/api/v1/rapporter/${id}/innhold?format=pdf` } });
    return id;
  }

  it('flags the municipality that grants less often and fewer hours for the same needs, in JSON, CSV and PDF', async () => {
    const leder = await lagBruker('leder', ALLE);
    const id = await bestillOgVent(leder, 'likebehandling', PLANTET_AAR);
    const json = (await api.http.get(`/api/v1/rapporter/${id}/innhold?format=json`).set(auth(leder))).body;
    const vagan = json.perKommune.find((k: { kommunenummer: string }) => k.kommunenummer === VAGAN);
    expect(vagan.vedtak).toBe(180);
    expect(vagan.innvilget).toBe(72); // 4 of 10
    expect(vagan.innvilgelsesandel.estimat).toBeCloseTo(0.4);
    expect(vagan.innvilgelseJustert.signal).toBe('lav');
    expect(vagan.innvilgelseJustert.forhold.ovre).toBeLessThan(1);
    // Compared with the other three, which grant 8 of 10 in the same strata: 4/8, the planted size, not half of it.
    expect(vagan.innvilgelseJustert.forhold.estimat).toBeCloseTo(0.5, 2);
    expect(vagan.innvilgelseJustert.sammenlignetMed).toBe(3);
    // The others are compared without Vågan, so they are not blamed for the difference.
    for (const k of json.perKommune.filter((x: { kommunenummer: string }) => x.kommunenummer !== VAGAN)) {
      expect([k.kommunenavn, k.innvilgelseJustert.signal, k.timerForskjellMotForventet.signal]).toEqual([k.kommunenavn, null, null]);
      expect(k.innvilgelseJustert.sammenlignetMed).toBe(2);
    }
    expect(vagan.vedtakPer1000Over67).toBeCloseTo((180 / 2150) * 1000, 0);
    expect(vagan.timerForskjellMotForventet.signal).toBe('lav');
    expect(vagan.klager).toMatchObject({ paaklaget: 6, omgjortAvKontoret: 2, etterKlagevei: { statsforvalteren: { paaklaget: 4, oversendt: 0 }, kommunen: { paaklaget: 2, oversendt: 1 } } });
    expect(vagan.behandlingstid.medianDager).toBeGreaterThan(10);
    const flagget = json.flagg.filter((f: { tjenestekode: string | null }) => f.tjenestekode === null).map((f: { kommunenummer: string; indikator: string }) => `${f.kommunenummer}:${f.indikator}`);
    expect(flagget).toEqual(expect.arrayContaining([`${VAGAN}:innvilgelse_justert`, `${VAGAN}:timer_justert`]));
    expect(json.samletTest.p).toBeLessThan(0.001);
    expect(json.rader.find((r: { kommunenummer: string; tjenestekode: string }) => r.kommunenummer === VAGAN && r.tjenestekode === 'hjemmesykepleie').timerPerBehovsgruppe).toHaveLength(3);

    const csv = await api.http.get(`/api/v1/rapporter/${id}/innhold?format=csv`).set(auth(leder)).buffer(true).parse((res, cb) => {
      let d = '';
      res.on('data', (c: Buffer) => (d += c.toString('utf8')));
      res.on('end', () => cb(null, d));
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const linjer = (csv.body as string).replace(/^\uFEFF/, '').split('\r\n');
    expect(linjer[0].startsWith('kommunenummer;kommune;tjenestekode;tjeneste;soknader;vedtak;vedtak_per_1000_67_pluss')).toBe(true);
    expect(linjer.some((l) => l.startsWith(`${VAGAN};Vågan;hjemmesykepleie;`) && l.includes(';lav;'))).toBe(true);

    const pdf = await api.http.get(`/api/v1/rapporter/${id}/innhold?format=pdf`).set(auth(leder)).buffer(true).parse((res, cb) => {
      const deler: Buffer[] = [];
      res.on('data', (c: Buffer) => deler.push(c));
      res.on('end', () => cb(null, Buffer.concat(deler)));
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const tekst = lesPdf(pdf.body as Buffer).tekst;
    expect(tekst).toContain(`Likebehandling ${PLANTET_AAR}`);
    // Complaints by route, as the leader reads them: 6 on Vågan's decisions, 4 to Statsforvalteren, 2 to the municipality's body.
    expect(tekst.replace(/\s+/g, ' ')).toMatch(/6 \(3,3 ?%\): 4 \/ 2/);
    expect(tekst).toMatch(/FLAGG: Vågan innvilger sjeldnere enn de andre kommunene ville gjort i de samme sakene: O\/E = 0,50/);
    expect(tekst).not.toMatch(/FLAGG: (Vestvågøy|Flakstad|Moskenes)/);
    expect(tekst).toContain('Vågan (flagget)');
    expect(tekst).toMatch(/p < 0,001\. Noen strata har små forventede antall/);
    expect(tekst).not.toContain('p = <');
    // Need groups by their labels, never internal names.
    expect(tekst).toContain('Middels til stort bistandsbehov');
    expect(tekst).not.toMatch(/middels_til_stort|noe_avgrenset/);
    expect(tekst).toContain('Traktdiagram');
    expect(tekst).toContain('Per kommune og tjeneste');
  });

  it('compares a leader of one municipality with the whole office, showing only their own figures', async () => {
    const leder = await lagBruker('leder', [VAGAN]);
    const id = await bestillOgVent(leder, 'likebehandling', PLANTET_AAR);
    const json = (await api.http.get(`/api/v1/rapporter/${id}/innhold?format=json`).set(auth(leder))).body;
    expect(json.perKommune.map((k: { kommunenummer: string }) => k.kommunenummer)).toEqual([VAGAN]);
    expect(JSON.stringify(json.rader.map((r: { kommunenummer: string }) => r.kommunenummer))).not.toMatch(/1860|1859|1874/);
    const vagan = json.perKommune[0];
    expect(vagan.innvilgelseJustert.signal).toBe('lav');
    expect(vagan.innvilgelseJustert.forhold.ovre).toBeLessThan(1);
  });

  it('flags nothing when like cases are treated alike', async () => {
    const leder = await lagBruker('leder', ALLE);
    const id = await bestillOgVent(leder, 'likebehandling', LIKT_AAR);
    const json = (await api.http.get(`/api/v1/rapporter/${id}/innhold?format=json`).set(auth(leder))).body;
    expect(json.flagg).toEqual([]);
    for (const k of json.perKommune) expect(k.innvilgelseJustert.forhold.estimat).toBeCloseTo(1, 6);
    const tekst = lesPdf(
      (await api.http.get(`/api/v1/rapporter/${id}/innhold?format=pdf`).set(auth(leder)).buffer(true).parse((res, cb) => {
        const deler: Buffer[] = [];
        res.on('data', (c: Buffer) => deler.push(c));
        res.on('end', () => cb(null, Buffer.concat(deler)));
      })).body as Buffer,
    ).tekst;
    expect(tekst).toContain('Ingen kommuner er flagget');
  });

  it('refuses a union representative the leader report: 403 to order, 404 to fetch one', async () => {
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const bestilt = await api.http.post('/api/v1/rapporter').set(auth(tv)).send({ type: 'likebehandling', aar: PLANTET_AAR });
    expect(bestilt.status).toBe(403);
    const leder = await lagBruker('leder', [VAGAN]);
    const lederRapport = await api.http.post('/api/v1/rapporter').set(auth(leder)).send({ type: 'likebehandling', aar: PLANTET_AAR });
    expect(lederRapport.status).toBe(202);
    expect((await api.http.get(`/api/v1/rapporter/${lederRapport.body.id}`).set(auth(tv))).status).toBe(404);
    expect((await api.http.get(`/api/v1/rapporter/${lederRapport.body.id}/innhold?format=json`).set(auth(tv))).status).toBe(404);
    const ugyldig = await api.http.post('/api/v1/rapporter').set(auth(leder)).send({ type: 'alt', aar: 'i fjor' });
    expect(ugyldig.status).toBe(400);
  });

  it('gives a union representative an anonymised report that follows the suppression rules', async () => {
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const id = await bestillOgVent(tv, 'anonymisert', PLANTET_AAR);
    const res = await api.http.get(`/api/v1/rapporter/${id}/innhold?format=json`).set(auth(tv));
    expect(res.status).toBe(200);
    const json = res.body;
    expect(json.enheter).toEqual(['Vestvågøy', 'Vågan', 'Flakstad og Moskenes']);
    expect(json.tabeller.length).toBeGreaterThanOrEqual(3);
    const alene = /Flakstad(?! og Moskenes)|(?<!Flakstad og )Moskenes/;
    expect(JSON.stringify(json)).not.toMatch(alene);
    for (const t of json.tabeller) {
      if (t.id === 'behandlingstid-median') continue;
      expect(t.kolonner.length).toBe(2 + 5); // at most two dimensions
      for (const rad of t.rader) {
        for (const v of rad.slice(2, 5)) if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
        if (rad[5] !== ':') {
          expect(typeof rad[2]).toBe('number');
          expect(typeof rad[3]).toBe('number');
          expect(rad[2]).toBeGreaterThanOrEqual(5);
          expect(rad[3]).toBeGreaterThanOrEqual(5);
        }
      }
    }
    expect(json.tabeller.some((t: { rader: unknown[][] }) => t.rader.some((r) => r[0] === 'Flakstad og Moskenes'))).toBe(true);

    const csv = await api.http.get(`/api/v1/rapporter/${id}/innhold?format=csv`).set(auth(tv)).buffer(true).parse((r, cb) => {
      let d = '';
      r.on('data', (c: Buffer) => (d += c.toString('utf8')));
      r.on('end', () => cb(null, d));
    });
    const csvTekst = (csv.body as string).replace(/^\uFEFF/, '');
    expect(csvTekst.split('\r\n')[0]).toBe('tabell;periode;dimensjon_1;kategori_1;dimensjon_2;kategori_2;innvilget;ikke_innvilget;i_alt;andel_innvilget;ki_95;median_dager');
    expect(csvTekst).not.toMatch(alene);
    const pdf = await api.http.get(`/api/v1/rapporter/${id}/innhold?format=pdf`).set(auth(tv)).buffer(true).parse((r, cb) => {
      const deler: Buffer[] = [];
      r.on('data', (c: Buffer) => deler.push(c));
      r.on('end', () => cb(null, Buffer.concat(deler)));
    });
    const tekst = lesPdf(pdf.body as Buffer).tekst;
    expect(tekst).toContain('Anonymisert rapport');
    expect(tekst).toContain('Flakstad og Moskenes');
    expect(tekst.replace(/\s+/g, ' ')).not.toMatch(alene);

    // Every released table is stored for later releases; a second release stays consistent with the first.
    const c = await ownerClient();
    try {
      const lagret = await c.query(`SELECT count(*)::int AS n FROM rapport_utgivelse WHERE rapport_id = $1`, [id]);
      expect(lagret.rows[0].n).toBeGreaterThanOrEqual(3);
    } finally {
      await c.end();
    }
    const id2 = await bestillOgVent(tv, 'anonymisert', PLANTET_AAR);
    const json2 = (await api.http.get(`/api/v1/rapporter/${id2}/innhold?format=json`).set(auth(tv))).body;
    expect(json2.tabeller.map((t: { rader: unknown }) => t.rader)).toEqual(json.tabeller.map((t: { rader: unknown }) => t.rader));
    // Another union representative cannot read it; a leader can.
    const annen = await lagBruker('tillitsvalgt', [VAGAN]);
    expect((await api.http.get(`/api/v1/rapporter/${id}`).set(auth(annen))).status).toBe(404);
    const leder = await lagBruker('leder', [VESTVAGOY]);
    expect((await api.http.get(`/api/v1/rapporter/${id}`).set(auth(leder))).status).toBe(200);
  });

  it('releases a year again after new decisions and a correction, and the independent check over both releases finds nothing narrower than 5', async () => {
    const AAR = 2034; // a year of its own
    for (const k of ALLE) await seed(k, AAR, 90);
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const forste = await bestillOgVent(tv, 'anonymisert', AAR);

    // New decisions in Vågan, and one refused decision in Flakstad corrected to a grant.
    await seed(VAGAN, AAR, 90, { innvilgetAvTi: 3 });
    const c = await ownerClient();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.kommuner', $1, true)`, [FLAKSTAD]);
      const gammel = (await c.query(
        `SELECT v.id FROM vedtak v JOIN vedtakslinje l ON l.vedtak_id = v.id
          WHERE v.kommunenummer = $1 AND l.utfall = 'avslag' AND v.vedtaksdato >= $2 ORDER BY v.id LIMIT 1`,
        [FLAKSTAD, `${AAR}-01-01`],
      )).rows[0].id as string;
      const ny = (await c.query(
        `INSERT INTO vedtak (kommunenummer, soknad_id, person_id, status, erstatter_vedtak_id, kriteriesett_id, kriteriesett_versjon, kriteriesett_navn, kartlegging_id, grunnlag, anbefaling, fakta, vurdering, vedtaksdato, bistandsbehov, aldersgruppe, bor_alene, krever_godkjenning, utkast_av, utkast_av_navn)
         SELECT kommunenummer, soknad_id, person_id, 'vedtatt', id, kriteriesett_id, kriteriesett_versjon, kriteriesett_navn, kartlegging_id, grunnlag, anbefaling, fakta, 'Rettet', vedtaksdato, bistandsbehov, aldersgruppe, bor_alene, false, 'test', 'Test'
           FROM vedtak WHERE id = $1 RETURNING id`,
        [gammel],
      )).rows[0].id as string;
      await c.query(
        `INSERT INTO vedtakslinje (kommunenummer, vedtak_id, tjenestekode, utfall, omfang, omfangsenhet, hjemmel, anbefalt_utfall, anbefalt_regel_id, lokalt_avvik, avviker)
         SELECT kommunenummer, $2, tjenestekode, 'innvilget', 3, 'timer_per_uke', hjemmel, anbefalt_utfall, anbefalt_regel_id, false, false FROM vedtakslinje WHERE vedtak_id = $1`,
        [gammel, ny],
      );
      await c.query('commit');
    } finally {
      await c.end();
    }

    const andre = await bestillOgVent(tv, 'anonymisert', AAR);
    const json = (await api.http.get(`/api/v1/rapporter/${andre}/innhold?format=json`).set(auth(tv))).body;
    expect(json.utgave).toBe('foreloepig');
    expect(json.merknader.join(' ')).toMatch(/Foreløpige tall for 2034/);
    expect(json.tabeller.length).toBeGreaterThanOrEqual(3);

    const eier = await ownerClient();
    try {
      const utgivelser: KontrollertUtgivelse[] = [];
      for (const id of [forste, andre]) {
        const tabeller = (await eier.query(`SELECT tabell FROM rapport_utgivelse WHERE rapport_id = $1`, [id])).rows.map((r: { tabell: PublisertTabell }) => r.tabell);
        const tellinger = (await eier.query(`SELECT tellinger FROM rapport_utgivelsesgrunnlag WHERE rapport_id = $1`, [id])).rows[0].tellinger as Grunntelling[];
        utgivelser.push({ utgivelseId: id, tabeller, grunnlag: { aar: [AAR], tellinger: tellinger.filter((t) => t.aar === AAR) } });
      }
      // The corrected decision counts once: Flakstad still has 90 decisions in the second release's data, one fewer refused.
      const flakstad = (u: KontrollertUtgivelse, utfall?: string) =>
        u.grunnlag.tellinger.filter((t) => t.kommunenummer === FLAKSTAD && (!utfall || t.utfall === utfall)).reduce((sum, t) => sum + t.antall, 0);
      expect([flakstad(utgivelser[0]), flakstad(utgivelser[1])]).toEqual([90, 90]);
      expect(flakstad(utgivelser[1], 'ikke_innvilget')).toBe(flakstad(utgivelser[0], 'ikke_innvilget') - 1);
      expect(await kontrollerUtgivelser(utgivelser, 5)).toEqual([]);
    } finally {
      await eier.end();
    }
  }, 300_000);

  it('runs the disclosure check with no transaction holding the release lock, and a release stored meanwhile is checked with it', async () => {
    const AAR = 2035; // a year of its own
    for (const k of ALLE) await seed(k, AAR, 90);
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    // Hold the first release in its disclosure check (the real check runs once let go) and note what each check covered.
    const kontroll = worker.app!.get(Utgivelseskontroll);
    const ekte = kontroll.kontroller.bind(kontroll);
    const kontrollert: string[][] = [];
    let slipp!: () => void;
    const holdt = new Promise<void>((r) => (slipp = r));
    let iKontrollen!: () => void;
    const iKontroll = new Promise<void>((r) => (iKontrollen = r));
    const spion = jest.spyOn(kontroll, 'kontroller').mockImplementation(async (utgivelser, k) => {
      kontrollert.push(utgivelser.map((u) => u.utgivelseId));
      if (kontrollert.length === 1) {
        iKontrollen();
        await holdt;
      }
      return ekte(utgivelser, k);
    });
    const andreWorker = new WorkerHarness();
    try {
      const bestill = async () => {
        const r = await api.http.post('/api/v1/rapporter').set(auth(tv)).send({ type: 'anonymisert', aar: AAR });
        expect(r.status).toBe(202);
        return r.body.id as string;
      };
      const forste = await bestill();
      await iKontroll;

      // While the check runs, the release lock is free: another session takes it at once.
      const eier = await ownerClient();
      try {
        await eier.query('begin');
        expect((await eier.query(`SELECT pg_try_advisory_xact_lock(hashtext('rapport_utgivelse')) AS fri`)).rows[0].fri).toBe(true);
        await eier.query('rollback');
      } finally {
        await eier.end();
      }

      // A second release, computed by another worker process while the first is held, is stored first.
      await andreWorker.start();
      const andre = await bestill();
      const status = (id: string) => vent(async () => {
        const s = await api.http.get(`/api/v1/rapporter/${id}`).set(auth(tv));
        return s.body.status === 'bestilt' ? null : (s.body.status as string);
      }, 120_000, 200);
      expect(await status(andre)).toBe('ferdig');
      expect((await api.http.get(`/api/v1/rapporter/${forste}`).set(auth(tv))).body.status).toBe('bestilt');

      // Let go: the first release finds the second stored meanwhile and is suppressed and checked anew together with it.
      slipp();
      expect(await status(forste)).toBe('ferdig');
      // (Releases of other years in this file may be checked with it too; they come first, in the order they were stored.)
      expect(kontrollert).toHaveLength(2);
      const tidligere = kontrollert[0].slice(0, -1);
      expect(kontrollert).toEqual([[...tidligere, forste], [...tidligere, andre, forste]]);

      const c = await ownerClient();
      try {
        const utgivelser: KontrollertUtgivelse[] = [];
        for (const id of [andre, forste]) {
          const tabeller = (await c.query(`SELECT tabell FROM rapport_utgivelse WHERE rapport_id = $1`, [id])).rows.map((r: { tabell: PublisertTabell }) => r.tabell);
          const tellinger = (await c.query(`SELECT tellinger FROM rapport_utgivelsesgrunnlag WHERE rapport_id = $1`, [id])).rows[0].tellinger as Grunntelling[];
          expect(tabeller.length).toBeGreaterThan(0);
          utgivelser.push({ utgivelseId: id, tabeller, grunnlag: { aar: [AAR], tellinger: tellinger.filter((t) => t.aar === AAR) } });
        }
        expect(await kontrollerUtgivelser(utgivelser, 5)).toEqual([]);
      } finally {
        await c.end();
      }
    } finally {
      slipp();
      spion.mockRestore();
      await andreWorker.stop();
    }
  }, 400_000);

  it('lists the reports a user may see, newest first and without their contents', async () => {
    const LISTEAAR = 2033; // a year of its own: nothing else in this file orders for it
    const vagan = await lagBruker('leder', [VAGAN]);
    const vestvagoy = await lagBruker('leder', [VESTVAGOY]);
    const begge = await lagBruker('leder', [VAGAN, VESTVAGOY]);
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const bestill = async (b: TestBruker, type: string) => {
      const r = await api.http.post('/api/v1/rapporter').set(auth(b)).send({ type, aar: LISTEAAR });
      expect(r.status).toBe(202);
      return r.body.id as string;
    };
    const vaganRapport = await bestill(vagan, 'likebehandling');
    const vestvagoyRapport = await bestill(vestvagoy, 'likebehandling');
    const anonym = await bestill(tv, 'anonymisert');
    const liste = async (b: TestBruker, q = '') => {
      const r = await api.http.get(`/api/v1/rapporter?aar=${LISTEAAR}${q}`).set(auth(b));
      expect(r.status).toBe(200);
      return r.body as { id: string; type: string; kommuner: string[]; lenker: object; innhold?: unknown }[];
    };

    // A leader: own orders, reports on their own municipalities only, and anonymised ones.
    expect((await liste(vagan)).map((r) => r.id)).toEqual([anonym, vaganRapport]);
    expect((await liste(vestvagoy)).map((r) => r.id)).toEqual([anonym, vestvagoyRapport]);
    expect((await liste(begge)).map((r) => r.id)).toEqual([anonym, vestvagoyRapport, vaganRapport]);
    expect((await liste(begge, '&type=likebehandling')).map((r) => r.id)).toEqual([vestvagoyRapport, vaganRapport]);
    // A union representative: their own orders only, never a leader report.
    expect((await liste(tv)).map((r) => r.id)).toEqual([anonym]);
    expect(await liste(await lagBruker('tillitsvalgt', [VAGAN]))).toEqual([]);
    // Status and links, never the figures.
    const [forste] = await liste(vagan);
    expect(forste).toMatchObject({ id: anonym, type: 'anonymisert', kommuner: ALLE.slice().sort() });
    expect(forste).not.toHaveProperty('innhold');
    // Bad filters name the field; a caseworker may not list reports.
    const feil = await api.http.get('/api/v1/rapporter?antall=0&type=alt').set(auth(vagan));
    expect(feil.status).toBe(400);
    expect(feil.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['antall', 'type']);
    expect((await api.http.get('/api/v1/rapporter').set(auth(await lagBruker('saksbehandler', [VAGAN])))).status).toBe(403);
  });
});
