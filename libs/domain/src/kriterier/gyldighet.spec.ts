import { DomeneFeil } from '../felles/typer.js';
import { evaluer } from './evaluering.js';
import { FELLES_KRITERIER_2026 } from './fellesKriterier2026.js';
import { gyldighetskonflikter, overlapperGyldighet, velgGjeldendeSett } from './gyldighet.js';
import type { Gyldighet, Kriteriesett, KriteriesettStatus } from './typer.js';
import { lagVurderingsgrunnlag } from './vurdering.fabrikk.js';

const g = (gyldigFra: string, gyldigTil: string | null): Gyldighet => ({ gyldigFra, gyldigTil });

describe('overlapperGyldighet', () => {
  it.each<[Gyldighet, Gyldighet, boolean]>([
    [g('2026-01-01', '2026-06-30'), g('2026-07-01', null), false],
    [g('2026-01-01', '2026-07-01'), g('2026-07-01', null), true],
    [g('2026-01-01', null), g('2027-01-01', null), true],
    [g('2026-01-01', null), g('2025-01-01', '2025-12-31'), false],
    [g('2026-03-01', '2026-03-31'), g('2026-01-01', '2026-12-31'), true],
    [g('2026-03-01', '2026-03-01'), g('2026-03-01', '2026-03-01'), true],
  ])('%j og %j: %s', (a, b, forventet) => {
    expect(overlapperGyldighet(a, b)).toBe(forventet);
    expect(overlapperGyldighet(b, a)).toBe(forventet);
  });
});

type Lagret = Kriteriesett & { status: KriteriesettStatus };
const v1: Lagret = { ...FELLES_KRITERIER_2026, versjon: 1, gyldigFra: '2026-01-01', gyldigTil: '2026-06-30', status: 'publisert' };
const v2: Lagret = {
  ...structuredClone(FELLES_KRITERIER_2026),
  versjon: 2,
  gyldigFra: '2026-07-01',
  gyldigTil: null,
  status: 'publisert',
};
// Version 2 raises the scope of practical help for the middels group.
v2.tjenester['praktisk-bistand'].regler[2].omfang = { min: 1.5, max: 3.5, enhet: 'timer_per_uke' };
const utkast: Lagret = { ...v2, versjon: 3, gyldigFra: '2026-01-01', status: 'utkast' };

describe('velgGjeldendeSett', () => {
  it.each([
    ['2025-12-31', null],
    ['2026-01-01', 1],
    ['2026-06-30', 1],
    ['2026-07-01', 2],
    ['2030-01-01', 2],
  ])('vedtaksdato %s gir versjon %s', (dato, versjon) => {
    expect(velgGjeldendeSett([utkast, v2, v1], dato)?.versjon ?? null).toBe(versjon);
  });

  it('et tilbaketrukket sett gjelder ikke', () => {
    expect(velgGjeldendeSett([{ ...v1, status: 'tilbaketrukket' }], '2026-03-01')).toBeNull();
  });

  it('to publiserte sett for samme dato er en feil som navngir begge', () => {
    expect(() => velgGjeldendeSett([v1, { ...v2, gyldigFra: '2026-06-01' }], '2026-06-15')).toThrow(
      new DomeneFeil('KRITERIER_OVERLAPPENDE_GYLDIGHET', 'Flere publiserte kriteriesett gjelder 2026-06-15: versjon 1 (2026-01-01–2026-06-30) og versjon 2 (2026-06-01–(løpende)).'),
    );
  });

  it('et vedtak fattet under versjon 1 viser fortsatt versjon 1 etter at versjon 2 er publisert', () => {
    const grunnlag = lagVurderingsgrunnlag({ bistandsbehov: 'middels_til_stort', iplos: { lageMat: 3 } });
    const vedtaksdato = '2026-05-10';
    const foer = evaluer(velgGjeldendeSett([v1], vedtaksdato)!, grunnlag, ['praktisk-bistand'])[0];
    const etter = evaluer(velgGjeldendeSett([v1, v2], vedtaksdato)!, grunnlag, ['praktisk-bistand'])[0];
    expect(etter).toEqual(foer);
    expect(etter).toMatchObject({ kriteriesettVersjon: 1, omfang: { min: 1, max: 3 } });
    expect(evaluer(velgGjeldendeSett([v1, v2], '2026-08-01')!, grunnlag, ['praktisk-bistand'])[0]).toMatchObject({ kriteriesettVersjon: 2, omfang: { min: 1.5, max: 3.5 } });
  });
});

describe('gyldighetskonflikter', () => {
  it('publisering med overlappende periode navngir versjonen den overlapper', () => {
    expect(gyldighetskonflikter(g('2026-06-01', null), [v1])).toEqual([
      {
        field: 'gyldigFra',
        message: 'Gyldighetsperioden 2026-06-01–(løpende) overlapper publisert versjon 1 (2026-01-01–2026-06-30). Avslutt den gjeldende versjonen (gyldigTil) før den nye begynner.',
      },
    ]);
    expect(gyldighetskonflikter(g('2026-07-01', null), [v1])).toEqual([]);
  });
});
