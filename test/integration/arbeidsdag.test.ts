import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { ApiHarness, auth, lagBruker, queryForKommuner, VAGAN, VESTVAGOY, type TestBruker } from '../support/harness.js';

const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ELLEVE_SIFFER = /(?<![\d.])\d{11}(?![\d])/;

/** A small real PNG (1×1 pixel), made here so the test depends on no file. */
function png(): Buffer {
  const crc = (b: Buffer) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return (~c >>> 0);
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))), chunk('IEND', Buffer.alloc(0))]);
}

const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n' + 'x'.repeat(3000), 'latin1');

/** A decision that grants practical help (no four-eyes) with an evaluation in 20 days and an end in 25. */
async function vedtakMedOppfolging(api: ApiHarness, sb: TestBruker, kommune: string, navn: string) {
  const sak = await registrerSoknad(api, sb, kommune, { person: { fodselsnummer: syntetiskFnr('1938-05-05'), navn } });
  await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4 }) })).expect(201);
  const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
  expect(['innvilget', 'delvis_innvilget']).toContain(anb.utfall);
  const linje = { tjenestekode: anb.tjenestekode, utfall: anb.utfall, ...(anb.omfang ? { omfang: anb.omfang.min } : {}), startdato: om(1), sluttdato: om(25), evalueringsdato: om(20) };
  const res = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [linje] });
  expect(res.status).toBe(201);
  return { sak, vedtak: res.body as { id: string; status: string } };
}

describe("the caseworker's working day: search, person overview, inbox and documents", () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('search finds a name by the start of any word, without regard to case, accents or Sami letters, and never in another municipality', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const annen = await lagBruker('saksbehandler', [VAGAN]);
    const fnrHer = syntetiskFnr('1944-02-02');
    const fnrDer = syntetiskFnr('1944-02-03');
    const her = await registrerSoknad(api, sb, VESTVAGOY, { person: { fodselsnummer: fnrHer, navn: 'Đánel Ŋuolla Sárá' } });
    await registrerSoknad(api, annen, VAGAN, { person: { fodselsnummer: fnrDer, navn: 'Đánel Ŋuolla Sárá' } });

    for (const q of ['danel', 'NUOLLA', 'sara', 'Dan nuo', 'Đánel']) {
      const res = await api.http.post('/api/v1/sok').set(auth(sb)).send({ q });
      expect(res.status).toBe(200);
      expect(res.body.soketype).toBe('navn');
      const treff = res.body.treff.filter((t: { navn: string }) => t.navn === 'Đánel Ŋuolla Sárá');
      expect(treff.map((t: { kommunenummer: string }) => t.kommunenummer)).toEqual([VESTVAGOY]);
      expect(treff[0].saker.map((s: { saksnummer: string }) => s.saksnummer)).toEqual([her.saksnummer]);
    }
    const bindestrek = await registrerSoknad(api, sb, VESTVAGOY, { person: { fodselsnummer: syntetiskFnr('1950-01-01'), navn: 'Anne-Lise Ŧuomas' } });
    const lise = (await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: 'lise tuo' })).body.treff.map((t: { saker: { id: string }[] }) => t.saker[0]!.id);
    expect(lise).toEqual([bindestrek.id]);
    // Only the start of a word: "uolla" is inside "Ŋuolla".
    expect((await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: 'uolla' })).body.treff.filter((t: { navn: string }) => t.navn === 'Đánel Ŋuolla Sárá')).toEqual([]);

    // By identity number: the own municipality's person only; the other municipality's number finds nobody.
    const egen = await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: fnrHer });
    expect(egen.body).toMatchObject({ soketype: 'fodselsnummer', treff: [{ kommunenummer: VESTVAGOY, fodselsnummerMaskert: `${fnrHer.slice(0, 6)}*****` }] });
    expect((await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: fnrDer })).body.treff).toEqual([]);
    // By case number, also its start; the other municipality's case is not found.
    expect((await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: her.saksnummer })).body.treff.map((t: { personId: string }) => t.personId)).toHaveLength(1);
    const derSak = (await api.http.post('/api/v1/sok').set(auth(annen)).send({ q: fnrDer })).body.treff[0].saker[0].saksnummer as string;
    expect((await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: derSak })).body.treff).toEqual([]);

    // Every hit is access-logged, and no access-log row holds an 11-digit run.
    const logg = await queryForKommuner<Record<string, unknown>>([VESTVAGOY, VAGAN], `select * from tilgangslogg where bruker_id = $1 and handling = 'sok'`, [sb.id]);
    expect(logg.length).toBeGreaterThanOrEqual(6);
    expect(logg.every((r) => r.kommunenummer === VESTVAGOY)).toBe(true);
    expect(logg.filter((r) => ELLEVE_SIFFER.test(JSON.stringify(r).replace(UUID, '')))).toEqual([]);
  });

  it('a search that is neither a name, a whole identity number nor a case number is a 400 naming q, without echoing it', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    for (const q of ['12345', '0101', 'a']) {
      const res = await api.http.post('/api/v1/sok').set(auth(sb)).send({ q });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['q']);
      if (q.length > 3) expect(res.text).not.toContain(q);
    }
    const ugyldig = syntetiskFnr().slice(0, 10) + '0';
    const res = await api.http.post('/api/v1/sok').set(auth(sb)).send({ q: ugyldig });
    expect([200, 400]).toContain(res.status);
    expect(res.text).not.toContain(ugyldig);
    const tv = await lagBruker('tillitsvalgt', [VESTVAGOY]);
    expect((await api.http.post('/api/v1/sok').set(auth(tv)).send({ q: 'ola' })).status).toBe(403);
  });

  it('documents: a PDF and a PNG upload and download byte-identical with their SHA-256; another type is a 400 and an oversize file a 413, each naming the problem', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const sak = await registrerSoknad(api, sb, VESTVAGOY);
    for (const [filnavn, innhold, type] of [['skann.pdf', pdf(), 'application/pdf'], ['bilde.png', png(), 'image/png']] as const) {
      const opp = await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb)).send({ tittel: 'Legeerklæring', filnavn, innholdBase64: innhold.toString('base64') });
      expect(opp.status).toBe(201);
      expect(opp.body).toMatchObject({ retning: 'inngaaende', kilde: 'saksbehandler', innholdstype: type, storrelse: innhold.length, sha256: createHash('sha256').update(innhold).digest('hex') });
      expect(opp.headers.location).toBe(`/api/v1/dokumenter/${opp.body.id}/innhold`);
      const ned = await api.http.get(`/api/v1/dokumenter/${opp.body.id}/innhold`).set(auth(sb)).buffer(true).parse((res, cb) => {
        const deler: Buffer[] = [];
        res.on('data', (d: Buffer) => deler.push(d));
        res.on('end', () => cb(null, Buffer.concat(deler)));
      });
      expect(ned.status).toBe(200);
      expect(ned.headers['content-type']).toBe(type);
      expect(ned.headers['content-disposition']).toMatch(/^attachment;/);
      expect(ned.headers['cache-control']).toBe('no-store');
      expect(Buffer.compare(ned.body as Buffer, innhold)).toBe(0);
    }
    const liste = await api.http.get(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb));
    expect(liste.body.map((d: { filnavn: string }) => d.filnavn)).toEqual(['skann.pdf', 'bilde.png']);

    // An HTML page named .pdf: the type is read from the content.
    const html = await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb)).send({ tittel: 'Skjema', filnavn: 'skjema.pdf', innholdBase64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') });
    expect(html.status).toBe(400);
    expect(html.body).toMatchObject({ code: 'UGYLDIG_DOKUMENTTYPE', errors: [{ field: 'innholdBase64' }] });
    expect(html.body.detail).toMatch(/PDF, JPEG eller PNG/);
    const ikkeBase64 = await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb)).send({ tittel: 'Skjema', filnavn: 'a.pdf', innholdBase64: '%%%%' });
    expect(ikkeBase64.status).toBe(400);
    const stor = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const forStor = await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb)).send({ tittel: 'Stor', filnavn: 'stor.pdf', innholdBase64: stor.toString('base64') });
    expect(forStor.status).toBe(413);
    expect(forStor.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(forStor.body).toMatchObject({ code: 'DOKUMENT_FOR_STORT', errors: [{ field: 'innholdBase64' }] });
    expect(forStor.body.detail).toMatch(/10 MB/);
    expect((await api.http.get(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb))).body).toHaveLength(2);

    // Another municipality's caseworker sees neither the list nor the file.
    const annen = await lagBruker('saksbehandler', [VAGAN]);
    expect((await api.http.get(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(annen))).status).toBe(404);
    expect((await api.http.get(`/api/v1/dokumenter/${liste.body[0].id}/innhold`).set(auth(annen))).status).toBe(404);
    const logg = await queryForKommuner([VESTVAGOY], `select handling from tilgangslogg where ressurs = 'dokument' and ressurs_id = $1 order by tidspunkt`, [liste.body[0].id]);
    expect(logg.map((r) => r.handling)).toEqual(['opprett', 'les']);
  });

  it('the person overview shows applications, services in force, decisions by service, outcome and date, letters and documents', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY]);
    const { sak, vedtak } = await vedtakMedOppfolging(api, sb, VESTVAGOY, 'Oversikt Olsen');
    expect(vedtak.status).toBe('vedtatt');
    await api.http.post(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb)).send({ tittel: 'Legeerklæring', filnavn: 'lege.pdf', innholdBase64: pdf().toString('base64') }).expect(201);
    const personId = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.person.id as string;

    const res = await api.http.get(`/api/v1/personer/${personId}`).set(auth(sb));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.person).toMatchObject({ id: personId, navn: 'Oversikt Olsen', kommuner: [VESTVAGOY] });
    expect(res.body.soknader.map((s: { saksnummer: string }) => s.saksnummer)).toEqual([sak.saksnummer]);
    expect(res.body.vedtak).toHaveLength(1);
    expect(res.body.vedtak[0].beskrivelse).toMatch(/^Praktisk bistand[^:]*: (delvis )?innvilget – \d\d\.\d\d\.\d{4}$/);
    expect(res.body.lopendeTjenester).toEqual([expect.objectContaining({ tjenestekode: 'praktisk-bistand', sluttdato: om(25), evalueringsdato: om(20) })]);
    expect(res.body.brev.length).toBeGreaterThanOrEqual(1);
    expect(res.body.brev[0].beskrivelse).toMatch(/– \d\d\.\d\d\.\d{4}$/);
    expect(res.body.dokumenter.map((d: { tittel: string; saksnummer: string }) => [d.tittel, d.saksnummer])).toEqual([['Legeerklæring', sak.saksnummer]]);
    expect(JSON.stringify(res.body).replace(UUID, '')).not.toMatch(ELLEVE_SIFFER);

    const annen = await lagBruker('saksbehandler', [VAGAN]);
    expect((await api.http.get(`/api/v1/personer/${personId}`).set(auth(annen))).status).toBe(404);
  });

  it("the inbox: a colleague's draft waits for my approval but never my own; evaluations and expiring decisions show 30 days ahead", async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY], 'Sara Saksbehandler');
    const kollega = await lagBruker('saksbehandler', [VESTVAGOY], 'Kari Kollega');
    const { sak, vedtak } = await vedtakMedOppfolging(api, sb, VESTVAGOY, 'Innboks Iversen');

    // Long-term care needs four eyes: the caseworker's draft waits for a colleague.
    const lang = await registrerSoknad(api, sb, VESTVAGOY, { tjenester: ['langtidsopphold'], person: { fodselsnummer: syntetiskFnr('1934-01-01'), navn: 'Utkast Ulriksen' } });
    await api.http.post(`/api/v1/soknader/${lang.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(5), utryggUtenHeldognstilbud: true, kognitivSvikt: false })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${lang.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    const avvik = anb.utfall === 'venteliste' ? {} : { avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Kriteriene for plass er oppfylt; ingen ledig plass nå.' };
    const utkast = await api.http.post(`/api/v1/soknader/${lang.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk'], tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }], tjenester: [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste', ...avvik }] });
    expect(utkast.body.status).toBe('utkast');

    const min = (await api.http.get('/api/v1/innboks').set(auth(sb))).body;
    expect(min.tilGodkjenning.map((o: { gjelderId: string }) => o.gjelderId)).not.toContain(utkast.body.id);
    const hos = (await api.http.get('/api/v1/innboks').set(auth(kollega))).body;
    const oppgave = hos.tilGodkjenning.find((o: { gjelderId: string }) => o.gjelderId === utkast.body.id);
    expect(oppgave).toMatchObject({ soknadId: lang.id, saksnummer: lang.saksnummer, personnavn: 'Utkast Ulriksen' });
    expect(oppgave.beskrivelse).toMatch(/^Utkast til vedtak: Langtidsopphold[^:]*: venteliste – \d\d\.\d\d\.\d{4}$/);
    await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(kollega)).expect(200);
    expect((await api.http.get('/api/v1/innboks').set(auth(kollega))).body.tilGodkjenning.map((o: { gjelderId: string }) => o.gjelderId)).not.toContain(utkast.body.id);

    const etter = (await api.http.get('/api/v1/innboks').set(auth(sb))).body;
    expect(etter.evalueringer.filter((o: { soknadId: string }) => o.soknadId === sak.id)).toEqual([expect.objectContaining({ dato: om(20), beskrivelse: expect.stringMatching(/^Evaluering: Praktisk bistand/), gjelderId: vedtak.id })]);
    expect(etter.utloper.filter((o: { soknadId: string }) => o.soknadId === sak.id)).toEqual([expect.objectContaining({ dato: om(25), gjelderId: vedtak.id })]);
    expect(etter.feiledeBrev).toEqual([]);

    // A new case of mine is in "my open cases"; another municipality's user sees none of this.
    const ny = await registrerSoknad(api, sb, VESTVAGOY);
    const medNy = (await api.http.get('/api/v1/innboks').set(auth(sb))).body;
    expect(medNy.mineSaker.map((o: { soknadId: string }) => o.soknadId)).toContain(ny.id);
    const annen = await lagBruker('leder', [VAGAN]);
    const hosAnnen = (await api.http.get('/api/v1/innboks').set(auth(annen))).body;
    expect(JSON.stringify(hosAnnen)).not.toContain(sak.id);
  });
});
