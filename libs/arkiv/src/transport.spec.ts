import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PakkeUtboks } from './transport.js';

const NS = 'https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1';
const FEIL = 'https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/feilmelding/v1';
const ID = '0b6f3c0e-7f7c-4a55-9a55-1c1f0f1d2e3a';

describe('Fiks Arkiv package outbox', () => {
  let rot: string;
  beforeEach(() => {
    rot = mkdtempSync(join(tmpdir(), 'tk-utboks-'));
  });
  afterEach(() => rmSync(rot, { recursive: true, force: true }));

  it('writes a package whole under its name, and the same thing again replaces it', async () => {
    const utboks = new PakkeUtboks(rot);
    await utboks.send({ kommunenummer: '1860', navn: `brev-${ID}`, arkivmelding: '<a/>', filer: [{ navn: 'brev.pdf', innhold: Buffer.from('%PDF-1') }] });
    await utboks.send({ kommunenummer: '1860', navn: `brev-${ID}`, arkivmelding: '<b/>', filer: [{ navn: 'brev.pdf', innhold: Buffer.from('%PDF-2') }] });
    expect(readdirSync(join(rot, '1860', 'ut'))).toEqual([`brev-${ID}`]);
    expect(readFileSync(join(rot, '1860', 'ut', `brev-${ID}`, 'arkivmelding.xml'), 'utf8')).toBe('<b/>');
  });

  it('reads the archive\'s ids from a kvittering, and a refusal with its reason', async () => {
    const utboks = new PakkeUtboks(rot);
    mkdirSync(join(rot, '1860', 'inn'), { recursive: true });
    writeFileSync(
      join(rot, '1860', 'inn', `sak-${ID}.xml`),
      `<arkivmeldingKvittering xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><mappeKvittering xsi:type="saksmappeKvittering"><systemID>${ID}</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende><saksaar>2026</saksaar><sakssekvensnummer>17</sakssekvensnummer></mappeKvittering><registreringKvittering xsi:type="journalpostKvittering"><systemID>${ID}</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende><journalaar>2026</journalaar><journalsekvensnummer>301</journalsekvensnummer><journalpostnummer>1</journalpostnummer></registreringKvittering></arkivmeldingKvittering>`,
    );
    writeFileSync(join(rot, '1860', 'inn', `brev-${ID}.xml`), `<arkivmeldingKvittering xmlns="${NS}"><registreringFeilet><f:feilId xmlns:f="${FEIL}">1</f:feilId><f:feilmelding xmlns:f="${FEIL}">Ukjent arkivdel</f:feilmelding></registreringFeilet></arkivmeldingKvittering>`);
    const kvitteringer = await utboks.kvitteringer('1860');
    expect(kvitteringer).toEqual([
      { navn: `brev-${ID}`, mappe: null, registrering: null, feil: 'Ukjent arkivdel' },
      { navn: `sak-${ID}`, mappe: { systemId: ID, saksaar: 2026, sakssekvensnummer: 17 }, registrering: { systemId: ID, journalaar: 2026, journalsekvensnummer: 301, journalpostnummer: 1 }, feil: null },
    ]);
    await utboks.ferdig('1860', `sak-${ID}`);
    expect((await utboks.kvitteringer('1860')).map((k) => k.navn)).toEqual([`brev-${ID}`]);
    expect(utboks.les('x', '<annet/>').feil).toMatch(/ikke en arkivmeldingKvittering/);
  });
});
