import { createHash } from 'node:crypto';
import { ApiHarness, auth, lagBruker, MOSKENES, settKommuneinnstilling, vent, WorkerHarness } from '../support/harness.js';
import { syntetiskFnr } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { lesPdf } from '../support/pdf.js';
import { SvarutTestserver } from '../support/svarut-testserver.js';

const AVSENDER = 'tk-lofoten-moskenes';
const PASSORD = 'servicepassord-moskenes';

const settKanal = (verdi: string) => settKommuneinnstilling(MOSKENES, 'leveransekanal', verdi);

/** The case's letters as the case page shows them. */
async function brevPaaSaken(api: ApiHarness, token: { token: string }, soknadId: string) {
  const res = await api.http.get(`/api/v1/soknader/${soknadId}`).set(auth(token));
  return res.body.brev as { id: string; brevtype: string; status: string; leveransekanal: string | null; leveransestatus: string | null }[];
}

describe('letters through KS SvarUt (a stand-in SvarUt, api and worker together)', () => {
  const svarut = new SvarutTestserver({ [AVSENDER]: PASSORD });
  const api = new ApiHarness();
  const worker = new WorkerHarness();

  beforeAll(async () => {
    await svarut.start();
    // Moskenes sends through SvarUt; the others keep the file drop.
    await settKanal('svarut');
    const env = { SVARUT_URL: svarut.url, [`SVARUT_AVSENDER_${MOSKENES}`]: AVSENDER, [`SVARUT_PASSORD_${MOSKENES}`]: PASSORD, SVARUT_STATUS_INTERVAL_MS: '1000' };
    await api.start(env);
    await worker.start(env);
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await svarut.stopp();
    await settKanal('fil');
  });

  const forsendelserFor = (brevId: string) => svarut.forsendelser.filter((f) => f.forsendelse.eksternReferanse === brevId);

  it('a decision letter reaches SvarUt once, for the person, as the stored PDF/A, and the case follows its status to read', async () => {
    const sb = await lagBruker('saksbehandler', [MOSKENES], 'Siri Saksbehandler');
    const fnr = syntetiskFnr('1938-02-14');
    const { sak } = await vedtattSak(api, sb, MOSKENES, { person: { fodselsnummer: fnr, navn: 'Kari Nordhus', adresse: 'Fiskergata 3, 8390 Reine' } });

    const brev = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.status === 'sendt'));
    expect(brev).toMatchObject({ leveransekanal: 'svarut', leveransestatus: 'sendt' });
    const [f, ...flere] = forsendelserFor(brev.id);
    expect(flere).toHaveLength(0);
    expect(f!.avsender).toBe(AVSENDER);
    expect(f!.forsendelse).toMatchObject({
      eksternReferanse: brev.id,
      krevNiva4Innlogging: true,
      taushetsbelagtPost: true,
      kunDigitalLevering: false,
      mottaker: { digitalAdresse: { fodselsNummer: fnr }, postAdresse: { navn: 'Kari Nordhus', adresse1: 'Fiskergata 3', postNummer: '8390', postSted: 'Reine' } },
      dokumenter: [{ mimeType: 'application/pdf', inneholderPersonsensitivInformasjon: true }],
    });
    // The title shows in notifications: the kind of letter and the case, never the person.
    expect(f!.forsendelse.tittel).toContain(sak.saksnummer);
    expect(f!.forsendelse.tittel).not.toContain('Nordhus');

    // The bytes SvarUt got are the archived letter's.
    const pdf = await api.http.get(`/api/v1/brev/${brev.id}/pdf`).set(auth(sb)).buffer(true).parse((r, cb) => {
      const d: Buffer[] = [];
      r.on('data', (c: Buffer) => d.push(c));
      r.on('end', () => cb(null, Buffer.concat(d)));
    });
    expect(createHash('sha256').update(f!.filer[0]!.innhold).digest('hex')).toBe(createHash('sha256').update(pdf.body as Buffer).digest('hex'));
    expect(lesPdf(f!.filer[0]!.innhold).tekst).toContain('Moskenes kommune, ved Felles tildelingskontor Lofoten');

    svarut.settStatus(f!.id, 'SENDT_DIGITALT');
    await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.id === brev.id && b.leveransestatus === 'levert_digitalt'));
    svarut.settStatus(f!.id, 'LEST');
    const lest = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.id === brev.id && b.leveransestatus === 'lest'));
    expect(lest.status).toBe('sendt');
  });

  it('when SvarUt makes the forsendelse but its answer is lost, the retry finds it by the letter id and sends nothing again', async () => {
    const sb = await lagBruker('saksbehandler', [MOSKENES]);
    svarut.mistNesteSvar(1);
    const { sak } = await vedtattSak(api, sb, MOSKENES);
    const brev = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.status === 'sendt'));
    const forsendelser = forsendelserFor(brev.id);
    expect(forsendelser).toHaveLength(1);
    expect(svarut.kall.filter((k) => k.endsWith(`/eksternref/${brev.id}`)).length).toBeGreaterThanOrEqual(2);
  });

  it('while SvarUt is down, letters wait and retry; when it is back each reaches it exactly once', async () => {
    const sb = await lagBruker('saksbehandler', [MOSKENES]);
    await svarut.stopp();
    // Several decisions while it is away, as on a working day.
    const saker = await Promise.all([1, 2, 3, 4].map(() => vedtattSak(api, sb, MOSKENES)));
    await new Promise((r) => setTimeout(r, 3000));
    const underveis = await Promise.all(saker.map(async ({ sak }) => (await brevPaaSaken(api, sb, sak.id))[0]));
    expect(underveis.every((b) => b && b.status !== 'sendt' && b.status !== 'feilet')).toBe(true);
    await svarut.start();
    for (const { sak } of saker) {
      const brev = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.status === 'sendt'), 45_000);
      expect(forsendelserFor(brev.id)).toHaveLength(1);
    }
  }, 90_000);

  it('a forsendelse SvarUt could not deliver is listed for leaders beside failed renders, and goes again as a new forsendelse when a leader asks', async () => {
    const sb = await lagBruker('saksbehandler', [MOSKENES]);
    const leder = await lagBruker('leder', [MOSKENES]);
    const { sak } = await vedtattSak(api, sb, MOSKENES);
    const brev = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.status === 'sendt'));
    svarut.settStatus(forsendelserFor(brev.id)[0]!.id, 'IKKE_LEVERT');
    await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.leveransestatus === 'feilet'));
    const liste = await api.http.get('/api/v1/brev/feilede').set(auth(leder));
    expect(liste.status).toBe(200);
    expect(liste.body.elementer).toEqual(expect.arrayContaining([expect.objectContaining({ id: brev.id, saksnummer: sak.saksnummer, leveransekanal: 'svarut', leveransestatus: 'feilet' })]));

    // The leader sends it again: a new forsendelse under the attempt's own reference, with the same bytes.
    const igjen = await api.http.post(`/api/v1/brev/${brev.id}/ny-kjoring`).set(auth(leder));
    expect(igjen.status).toBe(202);
    expect(igjen.body).toEqual({ id: brev.id, status: 'ferdig', leveranseforsok: 2 });
    const ny = await vent(async () => svarut.forsendelser.find((f) => f.forsendelse.eksternReferanse === `${brev.id}-2`));
    expect(ny.filer[0]!.innhold.equals(forsendelserFor(brev.id)[0]!.filer[0]!.innhold)).toBe(true);
    const etter = await vent(async () => (await brevPaaSaken(api, sb, sak.id)).find((b) => b.id === brev.id && b.status === 'sendt' && b.leveransestatus === 'sendt'));
    expect(etter.leveransekanal).toBe('svarut');
    expect(forsendelserFor(brev.id)).toHaveLength(1);
    const listeEtter = await api.http.get('/api/v1/brev/feilede').set(auth(leder));
    expect(listeEtter.body.elementer.map((e: { id: string }) => e.id)).not.toContain(brev.id);
    // A letter whose delivery went through is not sent again.
    const tredje = await api.http.post(`/api/v1/brev/${brev.id}/ny-kjoring`).set(auth(leder));
    expect(tredje.status).toBe(409);
    expect(tredje.body.code).toBe('BREV_IKKE_FEILET');
  });
});
