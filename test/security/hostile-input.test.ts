import { ApiHarness, lagBruker, queryForKommuner, VAGAN, type TestBruker } from '../support/harness.js';
import { kartleggingBody, registrerSoknad, soknadBody } from '../support/factories.js';
import { sjekkSvar } from './felles.js';

/**
 * Hostile and malformed input a client could send on purpose or by accident: each is refused with a
 * problem reply naming what is wrong, or stored exactly as sent, and never executed.
 */
const telling = { input: 0 };

describe('hostile and malformed input', () => {
  const api = new ApiHarness();
  let sb: TestBruker;
  const auth = () => ({ Authorization: `Bearer ${sb.token}` });

  beforeAll(async () => {
    await api.start({ RATE_LIMIT_PER_MINUTE: '100000' });
    sb = await lagBruker('saksbehandler', [VAGAN], 'Sikker Saksbehandler');
  });
  afterAll(async () => {
    await api.stop();
    console.log(`security/hostile-input: ${telling.input} hostile inputs refused or stored verbatim`);
  });

  /** Sends a raw body (bytes or text) as JSON and checks the reply is a clean problem. */
  async function rå(path: string, body: string | Buffer, ekstra: Record<string, string> = {}) {
    telling.input += 1;
    // superagent would JSON-encode a Buffer ({type:'Buffer',data:[…]}): send the bytes as they are.
    const res = await api.http.post(path).set(auth()).set('Content-Type', 'application/json').set(ekstra).serialize((b: unknown) => b as string).send(body);
    expect(sjekkSvar(res, `${path} ${String(body).slice(0, 80)}`)).toBeUndefined();
    return res;
  }

  const felter = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

  describe('mass assignment', () => {
    it.each([
      ['status', { status: 'vedtatt' }],
      ['id', { id: '00000000-0000-0000-0000-000000000001' }],
      ['saksnummer', { saksnummer: '1865-2026-999999' }],
      ['opprettetAv', { opprettetAv: 'noen-andre' }],
      ['versjon', { versjon: 99 }],
      ['saksbehandlerId', { saksbehandlerId: 'u-meg' }],
    ])('an unknown field (%s) on registration: 400 naming it, nothing stored', async (felt, ekstra) => {
      telling.input += 1;
      const body = soknadBody(VAGAN, ekstra);
      const res = await api.http.post('/api/v1/soknader').set(auth()).send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field: felt, message: 'Feltet er ikke tillatt.' }]));
    });

    it('an unknown field nested in the person: 400 naming person.<field>', async () => {
      telling.input += 1;
      const body = soknadBody(VAGAN);
      const res = await api.http
        .post('/api/v1/soknader')
        .set(auth())
        .send({ ...body, person: { ...body.person, kommuner: ['1859'], personId: 'x' } });
      expect(res.status).toBe(400);
      expect(felter(res)).toEqual(expect.arrayContaining(['person.kommuner', 'person.personId']));
    });

    it('a NUL character (U+0000), which PostgreSQL cannot store: 400 naming the field, in a body and in a query', async () => {
      const sak = await registrerSoknad(api, sb, VAGAN);
      const notat = await rå(`/api/v1/soknader/${sak.id}/journal`, '{"tekst":"a\\u0000b"}');
      expect(notat.status).toBe(400);
      expect(felter(notat)).toEqual(['tekst']);
      const nestet = await rå('/api/v1/soknader', JSON.stringify(soknadBody(VAGAN, { tjenester: ['hjemmesykepleie', 'x\u0000'] })));
      expect(nestet.status).toBe(400);
      expect(felter(nestet)).toEqual(['tjenester[1]']);
      telling.input += 1;
      const sok = await api.http.get('/api/v1/soknader?tjeneste=a%00b').set(auth());
      expect(sjekkSvar(sok, 'GET /soknader?tjeneste=a%00b')).toBeUndefined();
      expect(sok.status).toBe(400);
      expect(felter(sok)).toEqual(['tjeneste']);
    });

    it('__proto__ and constructor keys do not pollute and are refused', async () => {
      telling.input += 1;
      const raw = JSON.stringify(soknadBody(VAGAN)).replace(/^\{/, '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},');
      const res = await rå('/api/v1/soknader', raw);
      expect(res.status).toBe(400);
      expect(felter(res)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });
  });

  describe('size and shape', () => {
    it('a body over HTTP_BODY_LIMIT (256kb): 413 problem', async () => {
      const body = JSON.stringify(soknadBody(VAGAN, { fritekst: 'x'.repeat(300 * 1024) }));
      const res = await rå('/api/v1/soknader', body);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ status: 413, code: 'FOR_STOR', title: 'For stor forespørsel' });
    });

    it('a body just under the limit is read (and refused only for its field length)', async () => {
      const res = await rå('/api/v1/soknader', JSON.stringify(soknadBody(VAGAN, { fritekst: 'x'.repeat(200 * 1024) })));
      expect(res.status).toBe(400);
      expect(felter(res)).toEqual(['fritekst']);
    });

    it.each([
      ['object nesting in a field', (n: number) => `{"kommunenummer":"1865","fritekst":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`],
      ['array nesting in a field', (n: number) => `{"kommunenummer":"1865","tjenester":${'['.repeat(n)}${']'.repeat(n)}}`],
      ['object nesting in the person', (n: number) => `{"kommunenummer":"1865","person":${'{"representant":'.repeat(n)}{}${'}'.repeat(n)}}`],
      ['nesting as the whole body', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ])('%s, 10,000 levels deep: 400, not 500', async (_navn, lag) => {
      const res = await rå('/api/v1/soknader', lag(10_000));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message ?? res.body.detail).toMatch(/nøstet for dypt|ikke gyldig JSON/);
    });

    it.each([
      ['a lone continuation byte', Buffer.from([0x80])],
      ['an overlong encoding', Buffer.from([0xc0, 0xaf])],
      ['a truncated sequence', Buffer.from([0xe2, 0x82])],
      ['0xFF', Buffer.from([0xff, 0xfe])],
      ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
    ])('invalid UTF-8 (%s) inside a JSON string: 400', async (_navn, bytes) => {
      const [før, etter] = JSON.stringify(soknadBody(VAGAN, { fritekst: 'SPLITT' })).split('SPLITT');
      const res = await rå('/api/v1/soknader', Buffer.concat([Buffer.from(før!), bytes, Buffer.from(etter!)]));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'UGYLDIG_TEGN', detail: 'Forespørselen er ikke gyldig UTF-8.' });
    });

    it.each([
      ['not JSON', '{"kommunenummer": '],
      ['a bare string', '"hei"'],
      ['null', 'null'],
      ['trailing garbage', '{}x'],
      ['a NUL byte', '{"a":"\u0000"}'],
    ])('%s: 400 problem', async (_navn, body) => {
      const res = await rå('/api/v1/soknader', body);
      expect(res.status).toBe(400);
    });

    it.each(['latin1', 'iso-8859-1', 'koi8-r'])('a charset other than UTF-8 (%s): 415', async (charset) => {
      const res = await rå('/api/v1/soknader', '{}', { 'Content-Type': `application/json; charset=${charset}` });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UGYLDIG_TEGNSETT');
    });

    it('a URL over 16 KB: 431 problem reply with a correlation id', async () => {
      telling.input += 1;
      const res = await api.http.get(`/api/v1/soknader?tjeneste=${'x'.repeat(20_000)}`).set(auth());
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.correlationId).toEqual(expect.any(String));
    });
  });

  describe('numbers and dates', () => {
    const versjoner: [string, string][] = [
      ['1e308', '1e308'],
      ['2^64 written as a number', '18446744073709551616'],
      ['1e20', '1e20'],
      ['2^31', '2147483648'],
      ['-1', '-1'],
      ['1.5', '1.5'],
      ['a number as a string', '"1"'],
    ];
    it.each(versjoner)('versjon: %s on an action: 400 naming versjon, or 409 (stale), never 500', async (_navn, verdi) => {
      const sak = await registrerSoknad(api, sb, VAGAN);
      const res = await rå(`/api/v1/soknader/${sak.id}/handlinger`, `{"handling":"trekk","versjon":${verdi}}`);
      if (res.status === 400) expect(felter(res)).toContain('versjon');
      else expect(res.status).toBe(409);
    });

    it.each([
      ['1e308', '1e308'],
      ['-1e308', '-1e308'],
      ['2^64', '18446744073709551616'],
      ['1e-7 (exponent form)', '1e-7'],
      ['6e-323 (subnormal)', '6e-323'],
    ])('omfang %s in a decision: 400 naming the line field', async (_navn, verdi) => {
      const sak = await registrerSoknad(api, sb, VAGAN);
      const res = await rå(`/api/v1/soknader/${sak.id}/vedtak`, `{"versjon":1,"tjenester":[{"tjenestekode":"praktisk-bistand","utfall":"innvilget","omfang":${verdi}}]}`);
      expect(res.status).toBe(400);
      expect(felter(res)).toContain('tjenester.0.omfang');
    });

    it.each([
      ['side', '1e308'],
      ['side', '18446744073709551616'],
      ['antall', '-1'],
      ['antall', 'NaN'],
      ['side', 'Infinity'],
    ])('query %s=%s: 400 naming it', async (navn, verdi) => {
      telling.input += 1;
      const res = await api.http.get(`/api/v1/soknader?${navn}=${verdi}`).set(auth());
      expect(sjekkSvar(res, navn)).toBeUndefined();
      expect(res.status).toBe(400);
      expect(felter(res)).toContain(navn);
    });

    it.each([
      ['2026-02-30', 'a day that does not exist'],
      ['2025-02-29', 'a leap day in a common year'],
      ['0000-01-01', 'year zero'],
      ['9999-12-31', 'far in the future (received dates cannot be in the future)'],
      ['2026-13-01', 'month 13'],
      ['26-01-01', 'a short year'],
    ])('mottattDato %s (%s): 400 naming mottattDato', async (dato) => {
      telling.input += 1;
      const res = await api.http.post('/api/v1/soknader').set(auth()).send(soknadBody(VAGAN, { mottattDato: dato }));
      expect(sjekkSvar(res, dato)).toBeUndefined();
      expect(res.status).toBe(400);
      expect(felter(res)).toContain('mottattDato');
    });

    it.each(['2026-02-30', '0000-01-01', '2025-02-29'])('kartlegging dato %s: 400 naming dato', async (dato) => {
      telling.input += 1;
      const sak = await registrerSoknad(api, sb, VAGAN);
      const res = await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth()).send(kartleggingBody(sak.versjon, { dato }));
      expect(sjekkSvar(res, dato)).toBeUndefined();
      expect(res.status).toBe(400);
      expect(felter(res)).toContain('dato');
    });
  });

  describe('injection strings are data, never code', () => {
    const STRENGER = [
      "'; DROP TABLE soknad; --",
      "Robert'); DROP TABLE journalnotat;--",
      '" OR 1=1 --',
      '{{#x}}{{/x}}',
      '{{{person.fodselsnummer}}}',
      '${process.exit()}',
      '#{7*7} <%= 7*7 %> {{7*7}}',
      '<script>alert("x")</script>',
      "\\'; SELECT pg_sleep(5); --",
      'Ærlig ønske: å få hjelp — «takk» 😀',
    ];

    it('stored and returned verbatim in fritekst and journal notes; the tables still exist', async () => {
      for (const s of STRENGER) {
        telling.input += 2;
        const sak = await registrerSoknad(api, sb, VAGAN, { fritekst: s, sokerNavn: s });
        const notat = await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set(auth()).send({ tekst: s });
        expect(notat.status).toBe(201);
        const les = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth()).expect(200);
        expect(les.body.fritekst).toBe(s);
        expect(les.body.journal.map((j: { tekst: string }) => j.tekst)).toEqual([s]);
      }
      const tabeller = await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from pg_tables where tablename in ('soknad', 'journalnotat')`);
      expect(tabeller[0]!.n).toBe(2);
      const rader = await queryForKommuner<{ n: number }>([VAGAN], `select count(*)::int as n from soknad where fritekst = any($1)`, [STRENGER]);
      expect(rader[0]!.n).toBeGreaterThanOrEqual(STRENGER.length);
      // the process did not exit and the API still answers
      await api.http.get('/api/v1/kommuner').set(auth()).expect(200);
    });

    it('injection strings in query filters are parameters, not SQL', async () => {
      for (const s of STRENGER) {
        telling.input += 1;
        const res = await api.http.get('/api/v1/soknader').query({ tjeneste: s.slice(0, 40), saksbehandler: s }).set(auth());
        expect(sjekkSvar(res, s)).toBeUndefined();
        expect(res.status).toBe(200);
      }
    });
  });

  it('the rate limit answers 429 as a problem reply with Retry-After', async () => {
    const liten = await new ApiHarness().start({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const svar = [];
      for (let i = 0; i < 7; i++) svar.push(await liten.http.get('/api/v1/kommuner').set(auth()));
      const siste = svar.at(-1)!;
      expect(siste.status).toBe(429);
      expect(siste.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(siste.headers['retry-after']).toBe('60');
      expect(siste.body).toMatchObject({ status: 429, code: 'FOR_MANGE' });
    } finally {
      await liten.stop();
    }
  });

  it('security headers are set and the framework is not announced', async () => {
    const res = await api.http.get('/api/v1/kommuner').set(auth()).expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toEqual(expect.stringContaining("default-src 'self'"));
    expect(res.headers['strict-transport-security']).toEqual(expect.any(String));
  });
});
