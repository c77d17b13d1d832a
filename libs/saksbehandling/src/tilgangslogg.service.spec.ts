import { DomeneFeil, lagSyntetiskFodselsnummer } from '../../domain/index.js';
import { LEDER, SAKSBEHANDLER, FalskPersonRepository, FalskTilgangslogg, lagSaksbehandling } from './testhjelp.js';
import { TilgangsloggService } from './tilgangslogg.service.js';

/* Who read a person's data: for the leader only, by identity number, and the search itself is logged. */

const FNR = lagSyntetiskFodselsnummer('1948-05-17', () => 0.3);

async function medSak() {
  const verden = lagSaksbehandling();
  await verden.soknader.registrer({ kommunenummer: '1865', mottattDato: '2026-01-05', kanal: 'papir', sokerType: 'selv', tjenester: ['trygghetsalarm'], person: { fodselsnummer: FNR, navn: 'Kari Nordmann' } });
  const logg = new TilgangsloggService(verden.tx, verden.tilgang, verden.personer, verden.audit, new FalskPersonRepository(verden.kartotek), new FalskTilgangslogg(verden.kartotek));
  return { ...verden, logg };
}

describe('the access log for a person', () => {
  it('shows the leader who touched the person, and logs the search as an access of its own', async () => {
    const { logg, kontekst, kartotek } = await medSak();
    kontekst.bruker = LEDER;
    const { rader } = await logg.sok(FNR);
    expect(rader.map((r) => [r.brukerNavn, r.handling, r.ressurs])).toEqual([
      [SAKSBEHANDLER.navn, 'opprett', 'soknad'],
      [SAKSBEHANDLER.navn, 'opprett', 'person'],
    ]);
    expect(kartotek.tilgangslogg.at(-1)).toMatchObject({ handling: 'sok', ressurs: 'tilgangslogg', personId: kartotek.personer[0]!.id, formaal: 'kontroll av tilgangslogg', brukerId: LEDER.id });
  });

  it('is for leaders only', async () => {
    const { logg } = await medSak();
    await expect(logg.sok(FNR)).rejects.toMatchObject({ kode: 'MANGLER_ROLLE', status: 403 });
  });

  it('refuses an invalid number without repeating it, and finds nothing (logging nothing) for an unknown one', async () => {
    const { logg, kontekst, kartotek } = await medSak();
    kontekst.bruker = LEDER;
    const feil = (await logg.sok('12345678901').catch((e: unknown) => e)) as DomeneFeil;
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect(feil).toMatchObject({ kode: 'UGYLDIG_FODSELSNUMMER', felt: [expect.objectContaining({ field: 'fodselsnummer' })] });
    expect(JSON.stringify(feil.felt) + feil.melding).not.toContain('12345678901');
    const antall = kartotek.tilgangslogg.length;
    expect(await logg.sok(lagSyntetiskFodselsnummer('1960-01-01', () => 0.5))).toEqual({ rader: [] });
    expect(kartotek.tilgangslogg).toHaveLength(antall);
  });
});
