import { lagSyntetiskFodselsnummer } from '../../domain/index.js';
import type { PersonEntity, SoknadEntity, TenantManager } from '../../persistence/index.js';
import { LEDER, lagSaksbehandling, type Kartotek } from '../../saksbehandling/src/testhjelp.js';
import type { Personsok, SokRepository } from './sok.repository.js';
import { SOK_MAKS_TREFF, SokService } from './sok.service.js';

/* Search as a caseworker meets it: what the text is taken to be, what is never echoed, and that every person found is logged. */

/** The name search's rule (every word starts a word of the name) over the kept rows; the SQL is the integration tier's. */
class FalskSokRepository implements Record<keyof SokRepository, unknown> {
  constructor(private readonly k: Kartotek) {}

  async finnPersoner(_tm: TenantManager, sok: Personsok, maks: number): Promise<PersonEntity[]> {
    const ord = (navn: string) => navn.toLowerCase().split(/[\s-]+/);
    const treff = this.k.personer.filter((p) =>
      sok.type === 'fodselsnummer' ? p.fnrSokenokkel === sok.sokenokkel : sok.type === 'navn' ? sok.ord.every((o) => ord(p.navn).some((w) => w.startsWith(o.toLowerCase()))) : this.k.soknader.some((s) => s.personId === p.id && s.saksnummer.startsWith(sok.saksnummerstart)),
    );
    return treff.sort((a, b) => a.navn.localeCompare(b.navn)).slice(0, maks);
  }

  async sakerForPersoner(_tm: TenantManager, personIder: readonly string[]): Promise<SoknadEntity[]> {
    return this.k.soknader.filter((s) => personIder.includes(s.personId));
  }
}

const FNR = lagSyntetiskFodselsnummer('1948-05-17', () => 0.3);

async function medPersoner(antall = 2) {
  const verden = lagSaksbehandling();
  for (let i = 0; i < antall; i++) {
    const fodselsnummer = i === 0 ? FNR : lagSyntetiskFodselsnummer(`1950-01-${String((i % 28) + 1).padStart(2, '0')}`, () => (i * 0.37) % 1);
    await verden.soknader.registrer({ kommunenummer: '1865', mottattDato: '2026-01-05', kanal: 'papir', sokerType: 'selv', tjenester: ['trygghetsalarm'], person: { fodselsnummer, navn: i === 0 ? 'Anne-Lise Hansen' : `Ola Nordmann ${i}` } });
  }
  verden.kartotek.tilgangslogg.length = 0;
  const sok = new SokService(verden.tx, verden.tilgang, verden.audit, verden.personer, new FalskSokRepository(verden.kartotek) as unknown as SokRepository);
  return { ...verden, sok };
}

describe('search', () => {
  it('finds a person by a word of the name and logs the find with what was searched by', async () => {
    const { sok, kartotek } = await medPersoner();
    const svar = await sok.sok('lise');
    expect(svar).toMatchObject({ soketype: 'navn', flereTreff: false, treff: [expect.objectContaining({ navn: 'Anne-Lise Hansen', saker: [expect.objectContaining({ statusnavn: 'Mottatt' })] })] });
    expect(svar.treff[0]!.fodselsnummerMaskert).not.toContain(FNR);
    expect(kartotek.tilgangslogg).toEqual([expect.objectContaining({ handling: 'sok', ressurs: 'person', personId: svar.treff[0]!.personId, formaal: 'søk på navn' })]);
  });

  it('finds by the whole identity number, spaces allowed, through its search key', async () => {
    const { sok, kartotek } = await medPersoner();
    const svar = await sok.sok(`${FNR.slice(0, 6)} ${FNR.slice(6)}`);
    expect(svar.soketype).toBe('fodselsnummer');
    expect(svar.treff.map((t) => t.navn)).toEqual(['Anne-Lise Hansen']);
    expect(kartotek.tilgangslogg[0]).toMatchObject({ formaal: 'søk på fodselsnummer' });
  });

  it('refuses part of a number without echoing it, and a single letter', async () => {
    const { sok, kartotek } = await medPersoner();
    const feil = await sok.sok(FNR.slice(0, 8)).catch((e: { kode: string; melding: string; felt: unknown }) => e);
    expect(feil).toMatchObject({ kode: 'UGYLDIG_SOK', felt: [expect.objectContaining({ field: 'q' })] });
    expect(JSON.stringify(feil)).not.toContain(FNR.slice(0, 8));
    await expect(sok.sok('a')).rejects.toMatchObject({ kode: 'UGYLDIG_SOK', felt: [{ field: 'q', message: 'Skriv minst to bokstaver av navnet.' }] });
    expect(kartotek.tilgangslogg).toHaveLength(0);
  });

  it(`returns at most ${SOK_MAKS_TREFF} persons and says there were more, logging only those returned`, async () => {
    const { sok, kartotek } = await medPersoner(SOK_MAKS_TREFF + 2);
    const svar = await sok.sok('ola');
    expect(svar.treff).toHaveLength(SOK_MAKS_TREFF);
    expect(svar.flereTreff).toBe(true);
    expect(kartotek.tilgangslogg).toHaveLength(SOK_MAKS_TREFF);
  });

  it('is for caseworkers and leaders', async () => {
    const { sok, kontekst } = await medPersoner(1);
    kontekst.bruker = LEDER;
    await expect(sok.sok('hansen')).resolves.toMatchObject({ treff: [expect.anything()] });
    kontekst.bruker = { ...LEDER, roller: ['tillitsvalgt'] };
    await expect(sok.sok('hansen')).rejects.toMatchObject({ kode: 'MANGLER_ROLLE', status: 403 });
  });
});
