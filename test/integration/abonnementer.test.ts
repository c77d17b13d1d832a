import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifiserSignatur } from '../../libs/abonnementer/index.js';
import { lagKlient } from '../../libs/klient/src/klient.js';
import { syntetiskFnr } from '../support/factories.js';
import { helSak } from '../support/hel-sak.js';
import { ApiHarness, auth, lagBruker, MOSKENES, vent, VAGAN, WorkerHarness, type TestBruker } from '../support/harness.js';

type Hendelse = { id: number; type: string; kommunenummer: string; soknadId: string; saksnummer: string; handling: string; status: string; brevId?: string; tidspunkt: string };
type Leveranse = { id: string; hendelseId: number; hendelsestype: string; status: string; forsok: number; sisteHttpStatus: number | null; sisteFeil: string | null };
type Mottatt = { sti: string; hendelseId: string; leveranseId: string; signatur: string | undefined; kropp: string; svar: number };

/** A receiver as an integrator would run it: it answers `svar()` and records every request it gets. */
class Mottaker {
  readonly mottatt: Mottatt[] = [];
  svar = 200;
  private server: Server | null = null;

  async start(port = 0): Promise<number> {
    this.server = createServer((req: IncomingMessage, res) => {
      const deler: Buffer[] = [];
      req.on('data', (d: Buffer) => deler.push(d));
      req.on('end', () => {
        const h = (n: string) => req.headers[n] as string | undefined;
        this.mottatt.push({ sti: req.url ?? '', hendelseId: h('x-tk-hendelse-id') ?? '', leveranseId: h('x-tk-leveranse-id') ?? '', signatur: h('x-tk-signatur'), kropp: Buffer.concat(deler).toString('utf8'), svar: this.svar });
        res.writeHead(this.svar).end();
      });
    });
    await new Promise<void>((ok) => this.server!.listen(port, '127.0.0.1', ok));
    return (this.server.address() as AddressInfo).port;
  }

  async stopp(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
    this.server = null;
  }
}

describe('webhook subscriptions (/abonnementer): the API', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('creates a subscription for a fagadmin with the secret shown once, lists and shows it without, and deletes it', async () => {
    const fa = await lagBruker('fagadmin', [VAGAN]);
    const ny = await api.http
      .post('/api/v1/abonnementer')
      .set(auth(fa))
      .send({ kommunenummer: VAGAN, url: 'http://127.0.0.1:9/tk', hendelsestyper: ['vedtak.fattet', 'brev.sendt', 'vedtak.fattet'] })
      .expect(201);
    expect(ny.body).toMatchObject({ kommunenummer: VAGAN, url: 'http://127.0.0.1:9/tk', hendelsestyper: ['vedtak.fattet', 'brev.sendt'] });
    expect(ny.body.hemmelighet).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(ny.headers.location).toBe(`/api/v1/abonnementer/${ny.body.id}`);

    const liste = await api.http.get('/api/v1/abonnementer').set(auth(fa)).expect(200);
    expect(liste.body).toEqual([expect.objectContaining({ id: ny.body.id })]);
    expect(liste.body[0]).not.toHaveProperty('hemmelighet');
    const en = await api.http.get(`/api/v1/abonnementer/${ny.body.id}`).set(auth(fa)).expect(200);
    expect(en.body).not.toHaveProperty('hemmelighet');
    expect(JSON.stringify(en.body)).not.toContain(ny.body.hemmelighet);
    expect((await api.http.get(`/api/v1/abonnementer/${ny.body.id}/leveranser`).set(auth(fa)).expect(200)).body).toEqual([]);

    // Another municipality's fagadmin does not see it; a caseworker may not manage subscriptions at all.
    const annen = await lagBruker('fagadmin', [MOSKENES]);
    expect((await api.http.get('/api/v1/abonnementer').set(auth(annen)).expect(200)).body).toEqual([]);
    await api.http.get(`/api/v1/abonnementer/${ny.body.id}`).set(auth(annen)).expect(404);
    await api.http.delete(`/api/v1/abonnementer/${ny.body.id}`).set(auth(annen)).expect(404);
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    expect((await api.http.get('/api/v1/abonnementer').set(auth(sb))).body).toMatchObject({ status: 403, code: 'MANGLER_ROLLE' });

    await api.http.delete(`/api/v1/abonnementer/${ny.body.id}`).set(auth(fa)).expect(204);
    await api.http.get(`/api/v1/abonnementer/${ny.body.id}`).set(auth(fa)).expect(404);
    await api.http.get(`/api/v1/abonnementer/${ny.body.id}/leveranser`).set(auth(fa)).expect(404);
    await api.http.delete(`/api/v1/abonnementer/${ny.body.id}`).set(auth(fa)).expect(404);
  });

  it('refuses a bad URL, an unknown event type, a short secret and another municipality, naming the field', async () => {
    const fa = await lagBruker('fagadmin', [VAGAN]);
    const gyldig = { kommunenummer: VAGAN, url: 'https://mottaker.example/tk', hendelsestyper: ['sak.registrert'] };
    const felt = async (body: object, status = 400) => {
      const res = await api.http.post('/api/v1/abonnementer').set(auth(fa)).send(body);
      expect(res.status).toBe(status);
      return res.body as { code: string; errors?: { field: string }[] };
    };
    expect(await felt({ ...gyldig, url: 'ftp://mottaker.example/tk' })).toMatchObject({ code: 'UGYLDIG_ABONNEMENT', errors: [{ field: 'url' }] });
    expect(await felt({ ...gyldig, url: 'https://bruker:hemmelig@mottaker.example/tk' })).toMatchObject({ code: 'UGYLDIG_ABONNEMENT', errors: [{ field: 'url' }] });
    expect((await felt({ ...gyldig, hendelsestyper: ['sak.slettet'] })).errors!.map((e) => e.field)).toContain('hendelsestyper');
    expect((await felt({ ...gyldig, hendelsestyper: [] })).errors!.map((e) => e.field)).toContain('hendelsestyper');
    expect((await felt({ ...gyldig, hemmelighet: 'for-kort' })).errors!.map((e) => e.field)).toContain('hemmelighet');
    expect(await felt({ ...gyldig, kommunenummer: MOSKENES }, 403)).toMatchObject({ code: 'KOMMUNE_IKKE_TILGANG' });
    expect((await api.http.get('/api/v1/abonnementer').set(auth(fa)).expect(200)).body).toEqual([]);
  });
});

describe('webhook delivery: every event of a whole case, once per subscription, signed, after the receiver was away', () => {
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  const mottaker = new Mottaker();
  beforeAll(async () => {
    await api.start();
    await api.app.listen(0, '127.0.0.1');
    await worker.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await mottaker.stopp();
  });

  async function feed(bruker: TestBruker): Promise<Hendelse[]> {
    const ut: Hendelse[] = [];
    let etter = 0;
    for (;;) {
      const side = await api.http.get(`/api/v1/hendelser?etter=${etter}&antall=50`).set(auth(bruker)).expect(200);
      ut.push(...(side.body.hendelser as Hendelse[]));
      if (side.body.neste === etter) return ut;
      etter = side.body.neste as number;
    }
  }

  const leveranser = async (fa: TestBruker, id: string): Promise<Leveranse[]> => (await api.http.get(`/api/v1/abonnementer/${id}/leveranser`).set(auth(fa)).expect(200)).body as Leveranse[];

  it('delivers each event exactly once to each subscription with a valid signature, and the feed from cursor 0 replays them in order', async () => {
    // The receiver's port, with nothing listening on it yet: the first attempts are refused.
    const port = await mottaker.start();
    await mottaker.stopp();

    const fa = await lagBruker('fagadmin', [MOSKENES]);
    const egen = 'en-hemmelighet-som-mottakeren-valgte-selv-1234';
    const a = (await api.http.post('/api/v1/abonnementer').set(auth(fa)).send({ kommunenummer: MOSKENES, url: `http://127.0.0.1:${port}/a`, hendelsestyper: [...ALLE], hemmelighet: egen }).expect(201)).body as { id: string; hemmelighet: string };
    const b = (await api.http.post('/api/v1/abonnementer').set(auth(fa)).send({ kommunenummer: MOSKENES, url: `http://127.0.0.1:${port}/b`, hendelsestyper: ['vedtak.fattet', 'brev.sendt'] }).expect(201)).body as { id: string; hemmelighet: string };
    expect(a.hemmelighet).toBe(egen);
    // A subscription in another municipality gets nothing of this case.
    const faVagan = await lagBruker('fagadmin', [VAGAN]);
    const c = (await api.http.post('/api/v1/abonnementer').set(auth(faVagan)).send({ kommunenummer: VAGAN, url: `http://127.0.0.1:${port}/c`, hendelsestyper: [...ALLE] }).expect(201)).body as { id: string };

    const sb = await lagBruker('saksbehandler', [MOSKENES]);
    const { port: apiPort } = api.app.getHttpServer().address() as AddressInfo;
    const { saksnummer } = await helSak(lagKlient(`http://127.0.0.1:${apiPort}`, sb.token), MOSKENES, syntetiskFnr('1938-02-11'));
    // The letters go out in the worker; each is an event too. The story is whole when every letter is sent.
    const soknadId = (await feed(sb)).find((x) => x.saksnummer === saksnummer)!.soknadId;
    const saken = await vent(async () => {
      const brev = (await api.http.get(`/api/v1/soknader/${soknadId}`).set(auth(sb)).expect(200)).body.brev as { status: string }[];
      const h = (await feed(sb)).filter((x) => x.soknadId === soknadId);
      return brev.length && brev.every((x) => x.status === 'sendt') && h.filter((x) => x.type === 'brev.sendt').length === brev.length ? h : null;
    }, 60_000, 250);

    // While nobody listens, the log shows refused attempts (no HTTP status) and nothing delivered.
    await vent(async () => (await leveranser(fa, a.id)).some((l) => l.forsok >= 1 && l.sisteHttpStatus === null && l.status === 'venter'), 30_000, 200);
    expect(mottaker.mottatt).toEqual([]);

    // Back, but failing: 503 until the first attempt has seen it, then well.
    mottaker.svar = 503;
    await mottaker.start(port);
    await vent(async () => mottaker.mottatt.some((m) => m.svar === 503), 30_000, 100);
    mottaker.svar = 200;

    const ventetA = saken.length;
    const ventetB = saken.filter((h) => h.type === 'vedtak.fattet' || h.type === 'brev.sendt').length;
    await vent(async () => {
      const [la, lb] = [await leveranser(fa, a.id), await leveranser(fa, b.id)];
      return la.length === ventetA && lb.length === ventetB && [...la, ...lb].every((l) => l.status === 'levert');
    }, 120_000, 500);
    // Nothing more arrives once everything is delivered.
    await new Promise((r) => setTimeout(r, 1500));

    const godtatt = (sti: string) => mottaker.mottatt.filter((m) => m.sti === sti && m.svar === 200);
    for (const [sti, abonnement, hemmelighet, ventet] of [['/a', a.id, a.hemmelighet, saken], ['/b', b.id, b.hemmelighet, saken.filter((h) => h.type === 'vedtak.fattet' || h.type === 'brev.sendt')]] as const) {
      const alle = mottaker.mottatt.filter((m) => m.sti === sti);
      // Every request, the refused-with-503 ones too, is signed with this subscription's secret over the exact bytes.
      expect(alle.every((m) => verifiserSignatur(m.signatur, hemmelighet, m.kropp))).toBe(true);
      expect(alle.some((m) => verifiserSignatur(m.signatur, sti === '/a' ? b.hemmelighet : a.hemmelighet, m.kropp))).toBe(false);
      // Exactly once each: one accepted request per event, and its body is the event as the feed shows it.
      const mottatte = godtatt(sti).map((m) => JSON.parse(m.kropp) as Hendelse);
      expect(mottatte.map((h) => h.id).sort((x, y) => x - y)).toEqual(ventet.map((h) => h.id));
      expect([...mottatte].sort((x, y) => x.id - y.id)).toEqual(ventet);
      // The headers name the event and the delivery; a retry carries the same delivery id.
      const logg = await leveranser(fa, abonnement);
      for (const m of alle) expect(logg.find((l) => l.id === m.leveranseId)?.hendelseId).toBe(Number(m.hendelseId));
      expect(new Set(godtatt(sti).map((m) => m.leveranseId)).size).toBe(godtatt(sti).length);
      // The log: every delivery made, the last answer 200, and the ones that waited show their attempts; never a body.
      expect(logg.every((l) => l.status === 'levert' && l.sisteHttpStatus === 200 && l.sisteFeil === null)).toBe(true);
      expect(logg.some((l) => l.forsok > 1)).toBe(true);
      expect(logg.map((l) => l.hendelseId)).toEqual(ventet.map((h) => h.id).reverse());
      expect(Object.keys(logg[0]!).sort()).toEqual(['forsok', 'hendelseId', 'hendelsestype', 'id', 'levert', 'opprettet', 'sisteFeil', 'sisteForsok', 'sisteHttpStatus', 'status']);
    }
    expect(mottaker.mottatt.filter((m) => m.sti === '/c').map((m) => (JSON.parse(m.kropp) as Hendelse).saksnummer)).not.toContain(saksnummer);
    expect(c.id).toBeTruthy();

    // The case's whole story, in the feed's order (ids ascending), the letters included.
    expect(saken.map((h) => h.id)).toEqual([...saken.map((h) => h.id)].sort((x, y) => x - y));
    expect(new Set(saken.map((h) => h.type))).toEqual(new Set(ALLE));
    expect(saken.filter((h) => h.type === 'brev.sendt').every((h) => /^[0-9a-f-]{36}$/.test(h.brevId!) && h.handling === 'send_brev')).toBe(true);
  }, 240_000);
});

const ALLE = ['sak.registrert', 'sak.status_endret', 'vedtak.fattet', 'brev.sendt', 'klage.registrert', 'klage.avgjort'] as const;
