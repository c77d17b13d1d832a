import { spawn, type ChildProcess } from 'node:child_process';
import request from 'supertest';
import { lagBruker, vent, VAGAN, type TestBruker } from '../support/harness.js';
import { kartleggingBody, soknadBody, syntetiskFnr } from '../support/factories.js';
import { ledigPort } from '../support/tjenester.js';
import { ELLEVE_SIFFER } from './felles.js';

/**
 * The API runs as its own process, exactly as in production, with LOG_LEVEL=info and its stdout and
 * stderr captured. The test sends every kind of request that carries an identity number (registrations,
 * reads, access-log searches, the caseworkers' search, invalid numbers, numbers in the wrong places: the URL, the query string,
 * a header, malformed JSON, an oversize body) and then scans every log line and every reply (status
 * line, headers and body) for the numbers used and for any 11-digit run.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe('identity numbers never reach a log line or a reply', () => {
  let proc: ChildProcess;
  let url: string;
  const logg: string[] = [];
  const svar: string[] = [];
  const brukte = new Set<string>();
  let sb: TestBruker;
  let leder: TestBruker;

  beforeAll(async () => {
    const port = await ledigPort();
    url = `http://127.0.0.1:${port}`;
    proc = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
      env: { ...process.env, LOG_LEVEL: 'info', HTTP_PORT: String(port), RATE_LIMIT_PER_MINUTE: '100000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout!.on('data', (b: Buffer) => logg.push(b.toString('utf8')));
    proc.stderr!.on('data', (b: Buffer) => logg.push(b.toString('utf8')));
    await vent(async () => (await request(url).get('/health/live').catch(() => ({ status: 0 }))).status === 200, 60_000, 200);
    sb = await lagBruker('saksbehandler', [VAGAN], 'Logg Saksbehandler');
    leder = await lagBruker('leder', [VAGAN], 'Logg Leder');
  });
  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      await new Promise<void>((r) => {
        proc.once('exit', () => r());
        proc.kill('SIGTERM');
      });
    }
  });

  const fnr = (dato?: string) => {
    const f = syntetiskFnr(dato);
    brukte.add(f);
    return f;
  };
  const http = () => request(url);
  const ta = async (p: request.Test) => {
    const res = await p;
    svar.push(`${res.status} ${JSON.stringify(res.headers)} ${res.text ?? ''}`);
    return res;
  };
  const a = (b: TestBruker) => ({ Authorization: `Bearer ${b.token}` });

  it('sends identity numbers every way a client can, then finds none in the logs or replies', async () => {
    // A registration, a read, an assessment and a search: the happy path
    const f1 = fnr('1939-01-02');
    const sak = (await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { person: { fodselsnummer: f1, navn: 'Logg Person' } })))).body;
    expect(sak.id).toEqual(expect.any(String));
    const les = await ta(http().get(`/api/v1/soknader/${sak.id}`).set(a(sb)));
    expect(les.status).toBe(200);
    expect(les.text).not.toContain(f1);
    await ta(http().post(`/api/v1/soknader/${sak.id}/kartlegging`).set(a(sb)).send(kartleggingBody(sak.versjon)));
    const sok = await ta(http().post('/api/v1/tilgangslogg/sok').set(a(leder)).send({ fodselsnummer: f1 }));
    expect(sok.status).toBe(200);
    // The caseworker's search by identity number, and a number one digit short
    const personsok = await ta(http().post('/api/v1/sok').set(a(sb)).send({ q: f1 }));
    expect(personsok.body.treff).toHaveLength(1);
    await ta(http().post('/api/v1/sok').set(a(sb)).send({ q: f1.slice(0, 10) }));
    await ta(http().post('/api/v1/sok').set(a(sb)).send({ q: `${f1.slice(0, 6)} ${f1.slice(6)}` }));

    // Invalid numbers: wrong check digits, wrong length, letters
    const feilKontroll = f1.slice(0, 10) + String((Number(f1[10]) + 1) % 10);
    brukte.add(feilKontroll);
    const r1 = await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { person: { fodselsnummer: feilKontroll, navn: 'Feil Kontroll' } })));
    expect(r1.status).toBe(400);
    expect(r1.body.errors?.map((e: { field: string }) => e.field)).toContain('person.fodselsnummer');
    for (const ugyldig of [f1.slice(0, 10), `${f1}9`, `${f1.slice(0, 6)} ${f1.slice(6)}`, `${f1.slice(0, 5)}x${f1.slice(6)}`]) {
      await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { person: { fodselsnummer: ugyldig, navn: 'Ugyldig' } })));
      await ta(http().post('/api/v1/tilgangslogg/sok').set(a(leder)).send({ fodselsnummer: ugyldig }));
    }
    await ta(http().post('/api/v1/tilgangslogg/sok').set(a(leder)).send({ fodselsnummer: feilKontroll }));

    // A valid number next to another invalid field, and in a field where it does not belong
    const f2 = fnr('1950-07-30');
    await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { mottattDato: '2026-02-30', person: { fodselsnummer: f2, navn: 'Annen Feil' } })));
    await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { kommunenummer: f2, person: { fodselsnummer: f2, navn: 'Feil Felt' } })));
    await ta(http().post('/api/v1/soknader').set(a(sb)).send({ ...soknadBody(VAGAN), fodselsnummer: f2 }));
    await ta(http().post(`/api/v1/soknader/${sak.id}/journal`).set(a(sb)).send({ tekst: 123, [f2]: f2 }));

    // Numbers where a careless client puts them: the path, the query string, a header
    const f3 = fnr('1944-12-24');
    await ta(http().get(`/api/v1/soknader/${f3}`).set(a(sb)));
    await ta(http().get('/api/v1/soknader').query({ saksbehandler: f3, tjeneste: f3 }).set(a(sb)));
    await ta(http().get(`/api/v1/tilgangslogg/sok/${f3}`).set(a(leder)));
    await ta(http().get(`/api/v1/${f3}`).set(a(sb)));
    const korr = await ta(http().get('/api/v1/kommuner').set(a(sb)).set('x-correlation-id', f3));
    expect(korr.headers['x-correlation-id']).not.toBe(f3);
    await ta(http().get('/api/v1/kommuner').set('Authorization', `Bearer ${f3}`));

    // Malformed and oversize bodies that carry a number; a tillitsvalgt searching
    const f4 = fnr('1960-02-29');
    await ta(http().post('/api/v1/soknader').set(a(sb)).set('Content-Type', 'application/json').send(`{"person":{"fodselsnummer":"${f4}"`));
    await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { fritekst: `${f4} `.repeat(30_000), person: { fodselsnummer: f4, navn: 'Stor' } })));
    await ta(http().post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN, { fritekst: `Fnr ${f4} i fritekst`, person: { fodselsnummer: f4, navn: 'Fritekst' } })));
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    await ta(http().post('/api/v1/tilgangslogg/sok').set(a(tv)).send({ fodselsnummer: f4 }));
    await ta(http().post('/api/v1/tilgangslogg/sok').set(a(sb)).send({ fodselsnummer: f4 }));

    // Give pino a moment to flush, then scan
    await new Promise((r) => setTimeout(r, 500));
    const logtekst = logg.join('');
    const linjer = logtekst.split('\n').filter(Boolean);
    expect(linjer.length).toBeGreaterThan(20);
    const iLogg = [...brukte].filter((n) => logtekst.includes(n));
    const iSvar = [...brukte].filter((n) => svar.some((s) => s.includes(n)));
    // Free text the client stored is returned to the client who wrote it; it is not a leak and is not in this scan.
    const elleveILogg = linjer.filter((l) => (l.replace(UUID, '').match(ELLEVE_SIFFER) ?? []).length > 0);
    const elleveISvar = svar.filter((s) => (s.replace(UUID, '').match(ELLEVE_SIFFER) ?? []).length > 0);
    console.log(`security/identitetsnummer: ${brukte.size} identity numbers sent in ${svar.length} requests; scanned ${linjer.length} log lines and ${svar.length} replies: ${iLogg.length + iSvar.length + elleveILogg.length + elleveISvar.length} hits`);
    expect({ iLogg, elleveILogg: elleveILogg.slice(0, 3) }).toEqual({ iLogg: [], elleveILogg: [] });
    expect({ iSvar, elleveISvar: elleveISvar.slice(0, 3).map((s) => s.slice(s.indexOf('{"type"'), s.indexOf('{"type"') + 500)) }).toEqual({ iSvar: [], elleveISvar: [] });
  });
});
