import { registrerSoknad } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { ApiHarness, auth, lagBruker, VAGAN, VESTVAGOY, type TestBruker } from '../support/harness.js';

type Hendelse = { id: number; type: string; kommunenummer: string; soknadId: string; saksnummer: string; handling: string; status: string; tidspunkt: string };

describe('the change feed (GET /hendelser)', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  /** Every event after the cursor, page by page as a client would read them. */
  async function alle(bruker: TestBruker, etter = 0, antall = 3): Promise<Hendelse[]> {
    const ut: Hendelse[] = [];
    for (;;) {
      const side = await api.http.get(`/api/v1/hendelser?etter=${etter}&antall=${antall}`).set(auth(bruker)).expect(200);
      ut.push(...(side.body.hendelser as Hendelse[]));
      if (side.body.neste === etter) return ut;
      etter = side.body.neste as number;
    }
  }

  it('replays a case from cursor 0 in order, with ids and case numbers only, for its municipality only', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const { sak, vedtak } = await vedtattSak(api, sb, VAGAN);
    const fattet = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    await api.http
      .post(`/api/v1/soknader/${sak.id}/klage`)
      .set(auth(sb))
      .send({ versjon: fattet.body.versjon, vedtakId: vedtak.id, mottattDato: new Date().toISOString().slice(0, 10), begrunnelse: 'Jeg trenger mer hjelp.' })
      .expect(201);

    const saken = (await alle(sb)).filter((h) => h.soknadId === sak.id);
    expect(saken.map((h) => `${h.type} ${h.handling} ${h.status}`)).toEqual([
      'sak.registrert registrer mottatt',
      'sak.status_endret start_kartlegging under_kartlegging',
      'vedtak.fattet fatt_vedtak vedtatt',
      'klage.registrert registrer_klage klage_mottatt',
    ]);
    expect(saken.every((h) => h.saksnummer === sak.saksnummer && h.kommunenummer === VAGAN)).toBe(true);
    expect(saken.map((h) => h.id)).toEqual([...saken.map((h) => h.id)].sort((a, b) => a - b));
    // Nothing about the person: the event's fields are these and no others.
    expect(Object.keys(saken[0]!).sort()).toEqual(['handling', 'id', 'kommunenummer', 'saksnummer', 'soknadId', 'status', 'tidspunkt', 'type']);

    // From the last event on there is nothing new, and the cursor stays.
    const siste = saken.at(-1)!.id;
    const etter = await api.http.get(`/api/v1/hendelser?etter=${siste}`).set(auth(sb)).expect(200);
    expect((etter.body.hendelser as Hendelse[]).filter((h) => h.soknadId === sak.id)).toEqual([]);

    // Another municipality's caseworker sees none of it.
    const annen = await lagBruker('saksbehandler', [VESTVAGOY]);
    expect((await alle(annen, 0, 100)).filter((h) => h.soknadId === sak.id)).toEqual([]);
  });

  it('writes no event for a change that is refused', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN);
    const foer = (await alle(sb, 0, 100)).filter((h) => h.soknadId === sak.id);
    await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ versjon: sak.versjon + 5, handling: 'start_kartlegging' }).expect(409);
    expect((await alle(sb, 0, 100)).filter((h) => h.soknadId === sak.id)).toEqual(foer);
  });

  it('refuses a cursor that is not a whole number, naming it', async () => {
    const sb = await lagBruker('leder', [VAGAN]);
    const res = await api.http.get('/api/v1/hendelser?etter=abc').set(auth(sb));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('etter');
  });
});
