import fc from 'fast-check';
import { DomeneFeil } from '../felles/typer.js';
import {
  dagerMellom,
  erGyldigIsoDato,
  erVirkedag,
  idagINorge,
  leggTilDager,
  leggTilMaaneder,
  paaskedag,
  ukedag,
} from './dato.js';
import {
  behandlingsfrist,
  behandlingsnormDager,
  foreloepigSvarFrist,
  foreloepigSvarPaakrevd,
  foreloepigSvarVarPaakrevd,
  forventetSvardato,
  forfalt,
  klageInnenFrist,
  klagefrist,
  snartForfall,
} from './frister.js';

describe('date arithmetic', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['05.01.2026', false],
  ])('erGyldigIsoDato(%s) = %s', (dato, gyldig) => {
    expect(erGyldigIsoDato(dato)).toBe(gyldig);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-01-31', -1, '2025-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
  ])('leggTilMaaneder(%s, %i) = %s', (dato, n, svar) => {
    expect(leggTilMaaneder(dato, n)).toBe(svar);
  });

  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2026-03-28', '2026-03-30', 2], // across the spring daylight-saving change in Norway
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-10', '2026-03-01', -9],
  ])('dagerMellom(%s, %s) = %i', (fra, til, dager) => {
    expect(dagerMellom(fra, til)).toBe(dager);
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
  ])('Easter Sunday %i is %s', (aar, dato) => {
    expect(paaskedag(aar)).toBe(dato);
  });

  it('knows weekdays and Norwegian holidays', () => {
    expect(ukedag('2026-01-01')).toBe(3);
    expect(erVirkedag('2026-03-04')).toBe(true);
    expect(erVirkedag('2026-03-07')).toBe(false); // Saturday
    expect(erVirkedag('2026-04-02')).toBe(false); // skjærtorsdag
    expect(erVirkedag('2026-05-14')).toBe(false); // Kristi himmelfartsdag
    expect(erVirkedag('2026-12-24')).toBe(true); // Christmas Eve is not a public holiday
  });

  it('answers a malformed date with a 400 domain error, not a wrong date', () => {
    expect(() => leggTilDager('2026-02-30', 1)).toThrow(DomeneFeil);
    try {
      leggTilDager('2026-02-30', 1);
    } catch (e) {
      expect((e as DomeneFeil).status).toBe(400);
      expect((e as DomeneFeil).kode).toBe('UGYLDIG_DATO');
    }
  });

  it('property: adding days and counting them back agree', () => {
    const dato = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dato, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        const ny = leggTilDager(d, n);
        expect(erGyldigIsoDato(ny)).toBe(true);
        expect(dagerMellom(d, ny)).toBe(n);
      }),
    );
  });
});

describe('behandlingsfrist', () => {
  it.each([
    ['2026-01-15', 28, '2026-02-12'],
    ['2026-12-10', 28, '2027-01-07'],
    ['2024-02-10', 28, '2024-03-09'],
    ['2026-02-10', 28, '2026-03-10'],
    ['2026-03-20', 14, '2026-04-03'],
  ])('received %s, norm %i days → due %s', (mottatt, norm, frist) => {
    expect(behandlingsfrist(mottatt, norm)).toBe(frist);
  });

  it('defaults to four weeks', () => {
    expect(behandlingsfrist('2026-01-15')).toBe('2026-02-12');
  });

  it.each([
    [['hjemmesykepleie'], 28],
    [['praktisk-bistand', 'korttidsopphold'], 14],
    [['trygghetsalarm'], 14],
    [[], 28],
    [['finnes-ikke'], 28],
  ])('norm for %j is %i days (the strictest service)', (tjenester, dager) => {
    expect(behandlingsnormDager(tjenester)).toBe(dager);
  });
});

describe('foreløpig svar (fvl. § 11 a)', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-31', '2027-01-31'],
  ])('received %s → one month ends %s', (mottatt, frist) => {
    expect(foreloepigSvarFrist(mottatt)).toBe(frist);
  });

  it.each<[string, string, string | undefined, boolean, boolean]>([
    ['2026-01-15', '2026-02-04', undefined, false, false],
    ['2026-01-15', '2026-02-05', undefined, false, true],
    ['2026-01-15', '2026-03-20', undefined, false, true],
    ['2026-01-31', '2026-02-20', undefined, false, false],
    ['2026-01-31', '2026-02-21', undefined, false, true],
    ['2026-01-15', '2026-03-20', undefined, true, false],
    ['2026-01-15', '2026-03-20', '2026-03-01', false, false],
    ['2026-01-15', '2026-02-10', '2026-02-10', false, false],
  ])('received %s, today %s, decided %s, interim sent %s → required %s (three weeks at the latest)', (mottatt, idag, vedtatt, sendt, paakrevd) => {
    expect(foreloepigSvarPaakrevd(mottatt, idag, vedtatt, sendt)).toBe(paakrevd);
  });

  it.each<[string, string, string, boolean]>([
    ['2026-01-15', '2026-01-20', '2026-02-15', false],
    ['2026-01-15', '2026-01-20', '2026-02-16', true],
    ['2026-01-31', '2026-02-02', '2026-03-01', true],
  ])('received %s, today %s, expected answer %s → required at once %s (as soon as more than a month is expected)', (mottatt, idag, forventet, paakrevd) => {
    expect(foreloepigSvarPaakrevd(mottatt, idag, undefined, false, forventet)).toBe(paakrevd);
  });

  it.each([
    ['2026-02-20', '2026-02-01', '2026-02-20'],
    ['2026-02-10', '2026-02-01', '2026-02-15'],
    ['2026-01-20', '2026-02-01', '2026-02-15'],
  ])('due %s, today %s: the interim reply promises %s', (frist, idag, forventet) => {
    expect(forventetSvardato(frist, idag)).toBe(forventet);
  });

  it.each([
    ['2026-01-15', '2026-02-15', false],
    ['2026-01-15', '2026-02-16', true],
    ['2026-01-31', '2026-03-01', true],
  ])('received %s, decided %s: interim reply was required = %s', (mottatt, vedtatt, svar) => {
    expect(foreloepigSvarVarPaakrevd(mottatt, vedtatt)).toBe(svar);
  });
});

describe('klagefrist (pbrl. § 7-5)', () => {
  it.each([
    ['2026-03-04', '2026-04-01'], // Wednesday → Wednesday four weeks later
    ['2026-03-05', '2026-04-07'], // ends on skjærtorsdag → after Easter
    ['2026-03-07', '2026-04-07'], // learned on a Saturday: ends Easter Saturday → Tuesday after 2. påskedag
    ['2024-02-10', '2024-03-11'], // leap February; ends on a Saturday → Monday
    ['2026-04-19', '2026-05-18'], // ends on 17 May (a Sunday)
    ['2026-12-10', '2027-01-07'],
  ])('learned of the decision %s → last day %s', (kjent, frist) => {
    expect(klagefrist(kjent)).toBe(frist);
  });

  it('can count plain days without moving to a working day', () => {
    expect(klagefrist('2026-03-05', { forlengTilVirkedag: false })).toBe('2026-04-02');
  });

  it('takes the length as a parameter (fvl. § 29: three weeks)', () => {
    expect(klagefrist('2026-03-04', { dager: 21 })).toBe('2026-03-25');
  });

  it.each([
    ['2026-03-05', '2026-04-02', true],
    ['2026-03-05', '2026-04-07', true],
    ['2026-03-05', '2026-04-08', false],
    ['2026-03-04', '2026-03-04', true],
  ])('learned %s, complaint received %s → in time %s', (kjent, mottatt, innenFrist) => {
    expect(klageInnenFrist(kjent, mottatt)).toBe(innenFrist);
  });

  it('without the working-day rule a complaint after Easter is late', () => {
    expect(klageInnenFrist('2026-03-05', '2026-04-07', { forlengTilVirkedag: false })).toBe(false);
  });
});

describe('work-list flags', () => {
  it.each([
    ['2026-03-10', '2026-03-09', false, true],
    ['2026-03-10', '2026-03-10', false, true],
    ['2026-03-10', '2026-03-11', true, false],
    ['2026-03-10', '2026-03-05', false, true],
    ['2026-03-10', '2026-03-04', false, false],
    ['2026-03-01', '2026-02-24', false, true], // five days across a month end (February 2026 has 28 days)
    ['2024-03-01', '2024-02-24', false, false], // six days in a leap year
  ])('due %s, today %s → overdue %s, due soon %s', (frist, idag, erForfalt, erSnart) => {
    expect(forfalt(frist, idag)).toBe(erForfalt);
    expect(snartForfall(frist, idag)).toBe(erSnart);
  });

  it('takes the due-soon window as a parameter', () => {
    expect(snartForfall('2026-03-10', '2026-03-01', 10)).toBe(true);
    expect(snartForfall('2026-03-10', '2026-03-01')).toBe(false);
  });
});

describe('today where the office is', () => {
  it.each([
    ['2026-11-23T22:59:59Z', '2026-11-23'], // 23:59:59 in Norway (winter, UTC+1)
    ['2026-11-23T23:30:00Z', '2026-11-24'], // 00:30 in Norway: already tomorrow, though UTC says otherwise
    ['2026-07-01T22:30:00Z', '2026-07-02'], // 00:30 in summer (UTC+2)
    ['2026-07-01T21:59:00Z', '2026-07-01'],
  ])('%s is %s', (utc, forventet) => {
    expect(idagINorge(new Date(utc))).toBe(forventet);
  });
});
