import { SignJWT, generateKeyPair } from 'jose';
import { syntetiskFnr } from '../support/factories.js';
import { ApiHarness, auth, FLAKSTAD, lagBruker, queryForKommuner, vent, VAGAN, WorkerHarness } from '../support/harness.js';
import { IDPORTEN_AUDIENCE, IdportenStandIn } from '../support/idporten.js';
import { forventPdfA, lesPdf } from '../support/pdf.js';

const KARI = syntetiskFnr('1944-04-04');
const VERGE = syntetiskFnr('1970-07-07');
const PER = syntetiskFnr('1950-05-05');

const skjema = (overrides: Record<string, unknown> = {}) => ({
  kommunenummer: VAGAN,
  tjenester: ['praktisk-bistand'],
  hvaSokesOm: 'Hjelp til rengjøring og handling.',
  situasjon: 'Jeg har brukket hoften og bor alene.',
  samtykkeInnhenting: true,
  bekreftet: true,
  navn: 'Kari Digital',
  adresse: 'Storgata 1, 8300 Svolvær',
  telefon: '900 00 000',
  ...overrides,
});

const somBuffer = (r: import('supertest').Test) =>
  r.buffer(true).parse((res, cb) => {
    const d: Buffer[] = [];
    res.on('data', (c: Buffer) => d.push(c));
    res.on('end', () => cb(null, Buffer.concat(d)));
  });

describe('citizens apply through the digital form, signed in with ID-porten (oidc-provider standing in)', () => {
  const idporten = new IdportenStandIn({
    kari: { pid: KARI, acr: 'idporten-loa-high' },
    vera: { pid: VERGE, acr: 'idporten-loa-high' },
    per: { pid: PER, acr: 'idporten-loa-substantial' },
  });
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  const digitaleSaker = async (kommune: string) => (await queryForKommuner<{ n: number }>([kommune], `select count(*)::int as n from soknad where kanal = 'digital'`))[0]!.n;

  beforeAll(async () => {
    await idporten.start();
    await api.start(idporten.env);
    await worker.start(idporten.env);
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await idporten.stopp();
  });

  it('an application arrives as a digital case of the chosen municipality, with a receipt as JSON and as a PDF/A letter', async () => {
    const token = await idporten.token('kari');
    const res = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${token}`).send(skjema());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ saksnummer: expect.stringMatching(/^1865-\d{4}-\d{6}$/), kommunenummer: VAGAN, kanal: 'digital', mottaker: 'Vågan kommune, ved Felles tildelingskontor Lofoten', tjenester: [{ kode: 'praktisk-bistand', navn: expect.any(String) }] });
    expect(JSON.stringify(res.body)).not.toContain(KARI);

    // The office sees it in Vågan's work list as a digital application, unassigned; another municipality does not.
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await api.http.get(`/api/v1/soknader/${res.body.id}`).set(auth(sb));
    expect(sak.status).toBe(200);
    expect(sak.body).toMatchObject({ kanal: 'digital', sokerType: 'selv', status: 'mottatt', fritekst: 'Hjelp til rengjøring og handling.', person: { navn: 'Kari Digital' } });
    expect((await api.http.get(`/api/v1/soknader/${res.body.id}`).set(auth(await lagBruker('saksbehandler', [FLAKSTAD])))).status).toBe(404);
    const rad = await queryForKommuner<{ situasjon: string; samtykke_innhenting: boolean; saksbehandler_id: string | null }>([VAGAN], `select situasjon, samtykke_innhenting, saksbehandler_id from soknad where id = $1`, [res.body.id]);
    expect(rad).toEqual([{ situasjon: 'Jeg har brukket hoften og bor alene.', samtykke_innhenting: true, saksbehandler_id: null }]);

    // The receipt letter, for the one who sent it, as the same PDF/A as every letter.
    const pdf = await vent(async () => {
      const r = await somBuffer(api.http.get(res.body.kvitteringsbrev.lenke).set('Authorization', `Bearer ${token}`));
      return r.status === 200 ? (r.body as Buffer) : null;
    });
    const lest = lesPdf(pdf);
    const tekst = lest.tekst.replace(/\s+/g, ' ');
    expect(tekst).toContain('Vi har mottatt søknaden din');
    expect(tekst).toContain(res.body.saksnummer);
    expect(tekst).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    expect(tekst).not.toContain('Innbygger (ID-porten)');
    forventPdfA(lest);

    // Someone else signed in at the high level does not find it.
    const vera = await idporten.token('vera');
    expect((await api.http.get(res.body.kvitteringsbrev.lenke).set('Authorization', `Bearer ${vera}`)).status).toBe(404);
  });

  it('in nynorsk, the receipt names the services in nynorsk, on the screen and in the letter', async () => {
    const token = await idporten.token('kari');
    const res = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${token}`).send(skjema({ maalform: 'nn', tjenester: ['praktisk-bistand', 'trygghetsalarm'] }));
    expect(res.status).toBe(201);
    expect(res.body.tjenester).toEqual([
      { kode: 'praktisk-bistand', navn: 'Praktisk bistand (heimehjelp) og opplæring' },
      { kode: 'trygghetsalarm', navn: 'Tryggleiksalarm' },
    ]);
    const pdf = await vent(async () => {
      const r = await somBuffer(api.http.get(res.body.kvitteringsbrev.lenke).set('Authorization', `Bearer ${token}`));
      return r.status === 200 ? (r.body as Buffer) : null;
    });
    const tekst = lesPdf(pdf).tekst.replace(/\s+/g, ' ');
    expect(tekst).toContain('om praktisk bistand (heimehjelp) og opplæring og tryggleiksalarm');
    expect(tekst.toLowerCase()).not.toContain('trygghetsalarm');
    expect(tekst).not.toContain('hjemmehjelp');
  });

  it('without a valid ID-porten token: 401; signed in below idporten-loa-high: 403; no case either way', async () => {
    const foer = await digitaleSaker(VAGAN);
    expect((await api.http.post('/api/v1/innbyggersoknader').send(skjema())).status).toBe(401);
    const { privateKey } = await generateKeyPair('RS256');
    const falsk = await new SignJWT({ pid: KARI, acr: 'idporten-loa-high' }).setProtectedHeader({ alg: 'RS256', kid: 'idporten-test-1' }).setIssuer(idporten.issuer).setAudience(IDPORTEN_AUDIENCE).setExpirationTime('5m').sign(privateKey);
    const res401 = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${falsk}`).send(skjema());
    expect(res401.status).toBe(401);
    expect(res401.headers['content-type']).toMatch(/application\/problem\+json/);
    // A caseworker's token is not an ID-porten login.
    expect((await api.http.post('/api/v1/innbyggersoknader').set(auth(await lagBruker('saksbehandler', [VAGAN]))).send(skjema())).status).toBe(401);

    const res403 = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${await idporten.token('per')}`).send(skjema());
    expect(res403.status).toBe(403);
    expect(res403.body.detail).toMatch(/høyt sikkerhetsnivå/);
    expect(JSON.stringify(res403.body)).not.toContain(PER);
    expect(await digitaleSaker(VAGAN)).toBe(foer);
  });

  it('bad input is a 400 naming the field, and nothing is stored', async () => {
    const token = await idporten.token('kari');
    const foer = await digitaleSaker(VAGAN);
    const res = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${token}`).send(skjema({ bekreftet: false, tjenester: [] }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['bekreftet', 'tjenester']);
    const ukjent = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${token}`).send(skjema({ kommunenummer: '0301' }));
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([expect.objectContaining({ field: 'kommunenummer' })]);
    expect(await digitaleSaker(VAGAN)).toBe(foer);
  });

  it('the same submission sent again with the same Idempotency-Key gives one case and the first receipt', async () => {
    const token = await idporten.token('kari');
    const foer = await digitaleSaker(VAGAN);
    const send = () => api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${token}`).set('Idempotency-Key', 'skjema-innsending-1').send(skjema({ hvaSokesOm: 'Hjelp til dusj.' }));
    // Two at once (a double tap) and one after (a retry when the answer was lost).
    const [a, b] = await Promise.all([send(), send()]);
    const c = await send();
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(new Set([a.body.saksnummer, b.body.saksnummer, c.body.saksnummer]).size).toBe(1);
    expect(a.headers.location).toBe(`/api/v1/innbyggersoknader/${a.body.id}/kvittering`);
    expect(await digitaleSaker(VAGAN)).toBe(foer + 1);
    // Another citizen's identical key is theirs alone.
    const vera = await api.http.post('/api/v1/innbyggersoknader').set('Authorization', `Bearer ${await idporten.token('vera')}`).set('Idempotency-Key', 'skjema-innsending-1').send(skjema({ hvaSokesOm: 'Hjelp til dusj.' }));
    expect(vera.status).toBe(201);
    expect(vera.body.saksnummer).not.toBe(a.body.saksnummer);
  });

  it('a guardian applies for the person they represent: the case is the person\'s, the guardian the applicant', async () => {
    const person = syntetiskFnr('1931-01-31');
    const res = await api.http
      .post('/api/v1/innbyggersoknader')
      .set('Authorization', `Bearer ${await idporten.token('vera')}`)
      .send(skjema({ kommunenummer: FLAKSTAD, navn: 'Vera Verge', paaVegneAv: { fodselsnummer: person, navn: 'Olga Omsorg', adresse: 'Ramberg 1, 8380 Ramberg', rolle: 'verge' } }));
    expect(res.status).toBe(201);
    const sak = await api.http.get(`/api/v1/soknader/${res.body.id}`).set(auth(await lagBruker('saksbehandler', [FLAKSTAD])));
    expect(sak.body).toMatchObject({ kommunenummer: FLAKSTAD, kanal: 'digital', sokerType: 'verge', sokerNavn: 'Vera Verge', person: { navn: 'Olga Omsorg' } });
  });
});
