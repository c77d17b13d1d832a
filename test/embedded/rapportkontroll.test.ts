import { jest } from '@jest/globals';
import { Utgivelseskontroll } from '../../libs/rapporter/src/utgivelseskontroll.js';
import { registrerSoknad } from '../support/factories.js';
import { ApiHarness, auth, FLAKSTAD, lagBruker, MOSKENES, vent, VAGAN, VESTVAGOY, WorkerHarness } from '../support/harness.js';
import { seedVedtak } from '../support/rapportdata.js';

/**
 * On the embedded database every connection shares one session, so a transaction left open holds every other
 * request. The anonymised release's disclosure check (HiGHS, seconds on a real year) runs with no transaction
 * open: while it runs, caseworkers read and register as usual.
 */
describe('a report being checked on the embedded database', () => {
  const api = new ApiHarness();
  const worker = new WorkerHarness();
  beforeAll(async () => {
    await api.start();
    await worker.start();
  }, 120_000);
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('does not hold other requests while the release is checked', async () => {
    const AAR = 2036;
    for (const k of [VESTVAGOY, VAGAN, FLAKSTAD, MOSKENES]) await seedVedtak(k, AAR, 90);
    const tv = await lagBruker('tillitsvalgt', [VAGAN]);
    const sb = await lagBruker('saksbehandler', [VAGAN]);

    // Hold the release in its check (the real check runs once let go).
    const kontroll = worker.app!.get(Utgivelseskontroll);
    const ekte = kontroll.kontroller.bind(kontroll);
    let slipp!: () => void;
    const holdt = new Promise<void>((r) => (slipp = r));
    let iKontrollen!: () => void;
    const iKontroll = new Promise<void>((r) => (iKontrollen = r));
    const spion = jest.spyOn(kontroll, 'kontroller').mockImplementation(async (utgivelser, k) => {
      iKontrollen();
      await holdt;
      return ekte(utgivelser, k);
    });
    try {
      const bestilt = await api.http.post('/api/v1/rapporter').set(auth(tv)).send({ type: 'anonymisert', aar: AAR });
      expect(bestilt.status).toBe(202);
      await iKontroll;

      // During the check: a registration, the work list and the report's own status all answer.
      const sak = await registrerSoknad(api, sb, VAGAN);
      expect(sak.saksnummer).toMatch(/^1865-/);
      const liste = await api.http.get('/api/v1/soknader?saksbehandler=meg').set(auth(sb));
      expect(liste.status).toBe(200);
      expect((await api.http.get(`/api/v1/rapporter/${bestilt.body.id}`).set(auth(tv))).body.status).toBe('bestilt');

      slipp();
      const ferdig = await vent(async () => {
        const s = await api.http.get(`/api/v1/rapporter/${bestilt.body.id}`).set(auth(tv));
        return s.body.status === 'bestilt' ? null : (s.body.status as string);
      }, 120_000, 250);
      expect(ferdig).toBe('ferdig');
    } finally {
      slipp();
      spion.mockRestore();
    }
  }, 300_000);
});
