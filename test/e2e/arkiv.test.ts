import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';
import { FiksArkivTeststed } from '../support/arkiv-teststed.js';
import { syntetiskFnr } from '../support/factories.js';
import { vedtattSak } from '../support/flyt.js';
import { ApiHarness, auth, lagBruker, settKommuneinnstilling, vent, VESTVAGOY, WorkerHarness } from '../support/harness.js';

const settArkivering = (verdi: string) => settKommuneinnstilling(VESTVAGOY, 'arkivering', verdi);

describe('cases archived through Fiks Arkiv (package outbox, a stand-in archive, api and worker together)', () => {
  const utboks = mkdtempSync(join(tmpdir(), 'tk-arkiv-'));
  const arkiv = new FiksArkivTeststed(utboks);
  const api = new ApiHarness();
  const worker = new WorkerHarness();

  beforeAll(async () => {
    await settArkivering('fiks_arkiv');
    const env = { ARKIV_OUTBOX_DIR: utboks, ARKIV_INTERVAL_MS: '500' };
    await api.start(env);
    await worker.start(env);
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await settArkivering('ingen');
    rmSync(utboks, { recursive: true, force: true });
  });

  it('a case with an application, two letters, a complaint and a journal note gives its saksmappe and journalposts, with the PDFs and their checksums; the archive ids come back', async () => {
    const sb = await lagBruker('saksbehandler', [VESTVAGOY], 'Siri Saksbehandler');
    const fnr = syntetiskFnr('1940-09-09');
    const { sak, vedtak } = await vedtattSak(api, sb, VESTVAGOY, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: fnr, navn: 'Per Arkivsen', adresse: 'Leknesveien 2, 8370 Leknes' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/journal`).set(auth(sb)).send({ tekst: 'Ringte datteren for å avtale hjemmebesøk.' }).expect(201);
    await vent(async () => ((await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.brev as { status: string }[]).every((b) => b.status === 'sendt'));
    const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const klage = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: vedtak.id, mottattDato: idagINorge(), begrunnelse: 'Jeg trenger mer hjelp.', versjon });
    expect(klage.status).toBe(201);
    await api.http.post(`/api/v1/klager/${klage.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: 'Kontoret finner ikke grunn til å endre vedtaket.', versjon: 1 }).expect(200);
    const brev = await vent(async () => {
      const b = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.brev as { id: string; brevtype: string; status: string }[];
      return b.length === 2 && b.every((x) => x.status === 'sendt') ? b : null;
    });

    // The archive integration picks up packages as the worker writes them, until the case is complete.
    const egne = () => arkiv.journalposter.filter((j) => j.mappeNoekkel === `soknad/${sak.id}`);
    await vent(async () => {
      arkiv.behandle(VESTVAGOY);
      return egne().length >= 5;
    }, 30_000, 250);
    expect(arkiv.avvist).toEqual([]);

    const [mappe, ...flere] = arkiv.mapper.filter((m) => m.eksternNoekkel === `soknad/${sak.id}`);
    expect(flere).toHaveLength(0);
    expect(mappe).toMatchObject({ partNavn: 'Per Arkivsen', personId: fnr, klasser: ['praktisk-bistand'], offentligTittel: 'Helse- og omsorgstjenester – *****', skjermingshjemmel: 'Offl. § 13, jf. fvl. § 13' });
    expect(mappe!.tittel).toContain('Per Arkivsen');

    const poster = egne();
    expect(poster.map((j) => `${j.journalposttype} ${j.tittel}`).sort()).toEqual(
      ['I Søknad om helse- og omsorgstjenester', 'U Vedtak om helse- og omsorgstjenester', 'I Klage på vedtak', 'U Klagen er sendt til Statsforvalteren', 'X Journalnotat'].sort(),
    );
    expect(poster.every((j) => j.skjermingshjemmel === 'Offl. § 13, jf. fvl. § 13')).toBe(true);
    expect(poster.find((j) => j.journalposttype === 'X')!.beskrivelse).toBe('Ringte datteren for å avtale hjemmebesøk.');
    // Each letter: its PDF/A as the dokumentobjekt, with the SHA-256 stored when it was rendered.
    for (const b of brev) {
      const post = poster.find((j) => j.eksternNoekkel === `brev/${b.id}`)!;
      const pdf = await api.http.get(`/api/v1/brev/${b.id}/pdf`).set(auth(sb)).buffer(true).parse((r, cb) => {
        const d: Buffer[] = [];
        r.on('data', (c: Buffer) => d.push(c));
        r.on('end', () => cb(null, Buffer.concat(d)));
      });
      expect(post.dokument).toMatchObject({ sjekksumAlgoritme: 'SHA-256', filnavn: `${sak.saksnummer}-${b.brevtype}.pdf`, sjekksum: createHash('sha256').update(pdf.body as Buffer).digest('hex') });
      expect(post.dokument!.innhold.equals(pdf.body as Buffer)).toBe(true);
      expect(post.korrespondansepart).toBe('Per Arkivsen');
    }

    // The archive's ids reach the case and its letters; every thing was archived once, though the worker kept passing.
    const etter = await vent(async () => {
      const s = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body;
      return s.arkivSaksnummer && s.brev.every((b: { arkivJournalpostnummer: string | null }) => b.arkivJournalpostnummer) ? s : null;
    });
    expect(etter.arkivSaksnummer).toMatch(/^2026\/\d+$/);
    expect(etter.brev.map((b: { arkivJournalpostnummer: string }) => b.arkivJournalpostnummer)).toEqual([expect.stringMatching(/^2026\/\d+$/), expect.stringMatching(/^2026\/\d+$/)]);
    await new Promise((r) => setTimeout(r, 1500));
    arkiv.behandle(VESTVAGOY);
    expect(egne()).toHaveLength(5);
    expect(new Set(egne().map((j) => j.eksternNoekkel)).size).toBe(5);
  });
});
