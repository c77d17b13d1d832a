import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { AVSLUTNING_HANDLING, kontrollerAvslutning, statsforvalterenMaaVarsles, type Klageavslutning, type Klagestatus } from './klageavslutning.js';
import { finnOvergang } from '../../domain/src/saksflyt/saksflyt.js';

const feilAv = (status: Klagestatus, utfall: Klageavslutning): DomeneFeil | null => {
  try {
    kontrollerAvslutning(status, utfall);
    return null;
  } catch (e) {
    return e as DomeneFeil;
  }
};

describe('kontrollerAvslutning', () => {
  it.each([
    ['mottatt', 'trukket'],
    ['oversendt', 'trukket'],
    ['mottatt', 'avvist'],
  ] as [Klagestatus, Klageavslutning][])('allows %s → %s', (status, utfall) => {
    expect(feilAv(status, utfall)).toBeNull();
  });

  it.each([
    ['oversendt', 'avvist', 'Klagen er allerede sendt til Statsforvalteren i Nordland, og da er det Statsforvalteren som avgjør om den skal avvises. Kontoret kan bare avvise en klage som har status «mottatt».'],
    ['omgjort', 'avvist', 'Klagen har status «omgjort av kontoret». Kontoret kan bare avvise en klage som har status «mottatt».'],
    ['avvist', 'avvist', 'Klagen har status «avvist». Kontoret kan bare avvise en klage som har status «mottatt».'],
    ['avgjort', 'trukket', 'Klagen har status «avgjort av Statsforvalteren» og kan ikke lenger trekkes. En klage kan trekkes mens den har status «mottatt» eller «oversendt Statsforvalteren».'],
    ['trukket', 'trukket', 'Klagen har status «trukket» og kan ikke lenger trekkes. En klage kan trekkes mens den har status «mottatt» eller «oversendt Statsforvalteren».'],
    ['omgjort', 'trukket', 'Klagen har status «omgjort av kontoret» og kan ikke lenger trekkes. En klage kan trekkes mens den har status «mottatt» eller «oversendt Statsforvalteren».'],
  ] as [Klagestatus, Klageavslutning, string][])('refuses %s → %s with 409 and says why', (status, utfall, melding) => {
    expect(feilAv(status, utfall)).toMatchObject({ kode: 'KLAGE_KAN_IKKE_AVSLUTTES', status: 409, message: melding });
  });

  it('each ending is a case step that is allowed from the case status the complaint implies, and returns the case to vedtatt', () => {
    // A complaint `mottatt` means the case is `klage_mottatt`; `oversendt` means `oversendt_statsforvalteren`.
    const saksstatus = { mottatt: 'klage_mottatt', oversendt: 'oversendt_statsforvalteren' } as const;
    for (const [utfall, handling] of Object.entries(AVSLUTNING_HANDLING) as [Klageavslutning, (typeof AVSLUTNING_HANDLING)[Klageavslutning]][]) {
      const overgang = finnOvergang(handling)!;
      expect(overgang.til).toBe('vedtatt');
      for (const status of ['mottatt', 'oversendt'] as const) {
        if (feilAv(status, utfall) === null) expect(overgang.fra).toContain(saksstatus[status]);
      }
    }
  });
});

describe('statsforvalterenMaaVarsles', () => {
  it('only for a withdrawn complaint that had been forwarded', () => {
    expect(statsforvalterenMaaVarsles({ status: 'trukket', oversendtDato: '2026-03-01' })).toBe(true);
    expect(statsforvalterenMaaVarsles({ status: 'trukket', oversendtDato: null })).toBe(false);
    expect(statsforvalterenMaaVarsles({ status: 'avvist', oversendtDato: null })).toBe(false);
    expect(statsforvalterenMaaVarsles({ status: 'oversendt', oversendtDato: '2026-03-01' })).toBe(false);
  });
});
