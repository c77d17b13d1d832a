import fc from 'fast-check';
import {
  BISTANDSBEHOV_NAVN,
  beregnBistandsbehov,
  gjeldendeKartlegging,
  validerKartlegging,
} from './bistandsbehov.js';
import { BISTANDSBEHOV, IPLOS_KODER, type Bistandsbehov, type IplosSkaar, type IplosVariabel } from './iplos.js';

function skaar(standard: IplosSkaar, unntak: Partial<Record<IplosVariabel, IplosSkaar>> = {}): Record<IplosVariabel, IplosSkaar> {
  return Object.fromEntries(IPLOS_KODER.map((k) => [k, unntak[k] ?? standard])) as Record<IplosVariabel, IplosSkaar>;
}

describe('beregnBistandsbehov', () => {
  it.each<[string, Record<IplosVariabel, IplosSkaar>, Bistandsbehov, number | null, number]>([
    ['no difficulties at all', skaar(1), 'noe_avgrenset', 1, 0],
    ['manages everything with difficulty', skaar(2), 'noe_avgrenset', 2, 0],
    ['nothing relevant (all 9)', skaar(9), 'noe_avgrenset', null, 0],
    // 11 × 2 + 4 × 3 = 34 / 15 ≈ 2.27
    [
      'some help with the household only',
      skaar(2, { alminneligHusarbeid: 3, skaffeVarerOgTjenester: 3, lageMat: 3, ivaretaEgenHelse: 3 }),
      'noe_avgrenset',
      34 / 15,
      0,
    ],
    // 8 × 2 + 7 × 3 = 37 / 15 ≈ 2.47: just below the threshold
    [
      'mean just below 2.5',
      skaar(2, { alminneligHusarbeid: 3, skaffeVarerOgTjenester: 3, lageMat: 3, ivaretaEgenHelse: 3, hukommelse: 3, sosialDeltakelse: 3, bevegeSegUtendors: 3 }),
      'noe_avgrenset',
      37 / 15,
      0,
    ],
    // Only two variables scored, mean exactly 2.5
    ['mean exactly 2.5, the rest not relevant', skaar(9, { lageMat: 2, alminneligHusarbeid: 3 }), 'middels_til_stort', 2.5, 0],
    ['needs some help with everything', skaar(3), 'middels_til_stort', 3, 0],
    // 14 × 1 + 4 = 18 / 15 = 1.2, but a helper must be present for toileting
    ['one heavy ADL activity, otherwise independent', skaar(1, { toalett: 4 }), 'middels_til_stort', 1.2, 1],
    ['two heavy ADL activities', skaar(2, { toalett: 5, spise: 4 }), 'middels_til_stort', (13 * 2 + 9) / 15, 2],
    // 12 × 1 + 3 × 4 = 24 / 15 = 1.6, but a helper must be present for three personal-care activities
    ['three heavy ADL activities', skaar(1, { toalett: 4, spise: 4, personligHygiene: 4 }), 'omfattende', 1.6, 3],
    // 9 × 3 + 6 × 4 = 51 / 15 = 3.4
    [
      'mean 3.4 without heavy ADL',
      skaar(3, { sosialDeltakelse: 4, beslutningerIDagliglivet: 4, styreAtferd: 4, alminneligHusarbeid: 4, lageMat: 4, hukommelse: 4 }),
      'middels_til_stort',
      3.4,
      0,
    ],
    ['mean exactly 3.5, the rest not relevant', skaar(9, { hukommelse: 4, kommunikasjon: 3 }), 'omfattende', 3.5, 0],
    ['cannot take part in anything', skaar(5), 'omfattende', 5, 5],
    ['a 9 in ADL does not count as heavy', skaar(1, { toalett: 9, spise: 9, personligHygiene: 9 }), 'noe_avgrenset', 1, 0],
  ])('%s', (_navn, iplos, gruppe, snitt, tungeAdl) => {
    const resultat = beregnBistandsbehov(iplos);
    expect(resultat.bistandsbehov).toBe(gruppe);
    if (snitt === null) expect(resultat.snitt).toBeNull();
    else expect(resultat.snitt).toBeCloseTo(snitt, 10);
    expect(resultat.antallTungeAdl).toBe(tungeAdl);
  });

  it('has a label for every group', () => {
    expect(BISTANDSBEHOV.map((b) => BISTANDSBEHOV_NAVN[b])).toEqual([
      'Noe/avgrenset bistandsbehov',
      'Middels til stort bistandsbehov',
      'Omfattende bistandsbehov',
    ]);
  });

  const skaarVektor = fc.tuple(...IPLOS_KODER.map(() => fc.constantFrom<IplosSkaar>(1, 2, 3, 4, 5, 9))).map(
    (verdier) => Object.fromEntries(IPLOS_KODER.map((k, i) => [k, verdier[i]])) as Record<IplosVariabel, IplosSkaar>,
  );
  const rang = (b: Bistandsbehov) => BISTANDSBEHOV.indexOf(b);

  it('property: every valid score vector gets exactly one need group', () => {
    fc.assert(
      fc.property(skaarVektor, (iplos) => {
        expect(BISTANDSBEHOV).toContain(beregnBistandsbehov(iplos).bistandsbehov);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: raising one score (within 1–5) never lowers the need group', () => {
    fc.assert(
      fc.property(skaarVektor, fc.constantFrom(...IPLOS_KODER), fc.integer({ min: 1, max: 4 }), (iplos, kode, okning) => {
        fc.pre(iplos[kode] !== 9 && iplos[kode] + okning <= 5);
        const hevet = { ...iplos, [kode]: (iplos[kode] + okning) as IplosSkaar };
        expect(rang(beregnBistandsbehov(hevet).bistandsbehov)).toBeGreaterThanOrEqual(rang(beregnBistandsbehov(iplos).bistandsbehov));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validerKartlegging', () => {
  const gyldig = {
    dato: '2026-03-02',
    deltakere: ['Søker', 'Datter', 'Saksbehandler'],
    hjemmebesok: true,
    iplos: skaar(2, { toalett: 4 }),
    syn: 2,
    horsel: 9,
    borAlene: true,
    hjelpFraFamilie: 'noe',
    kognitivSvikt: false,
    observasjoner: 'Trapp til soverom i andre etasje.',
  };

  it('accepts a complete assessment', () => {
    const resultat = validerKartlegging(gyldig, { idag: '2026-03-02' });
    expect(resultat).toEqual({ ok: true, kartlegging: gyldig });
  });

  it.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['a missing IPLOS variable', { iplos: { ...skaar(2), toalett: undefined } }, [{ field: 'iplos.toalett', message: 'Toalett mangler skår.' }]],
    [
      'an IPLOS score of 6',
      { iplos: { ...skaar(2), personligHygiene: 6 } },
      [{ field: 'iplos.personligHygiene', message: 'Personlig hygiene må ha skår 1, 2, 3, 4, 5 eller 9 (ikke relevant).' }],
    ],
    [
      'an IPLOS score of 0',
      { iplos: { ...skaar(2), avOgPakledning: 0 } },
      [{ field: 'iplos.avOgPakledning', message: 'Av- og påkledning må ha skår 1, 2, 3, 4, 5 eller 9 (ikke relevant).' }],
    ],
    [
      'an IPLOS score given as text',
      { iplos: { ...skaar(2), spise: '3' } },
      [{ field: 'iplos.spise', message: 'Spise må ha skår 1, 2, 3, 4, 5 eller 9 (ikke relevant).' }],
    ],
    ['an unknown IPLOS variable', { iplos: { ...skaar(2), synsevne: 2 } }, [{ field: 'iplos.synsevne', message: 'Ukjent IPLOS-variabel.' }]],
    ['sight scored 5 (its scale ends at 4)', { syn: 5 }, [{ field: 'syn', message: 'Syn må ha skår 1, 2, 3, 4 eller 9 (ikke relevant).' }]],
    ['hearing missing', { horsel: undefined }, [{ field: 'horsel', message: 'Hørsel mangler skår.' }]],
    ['no participants', { deltakere: [] }, [{ field: 'deltakere', message: 'Oppgi hvem som deltok i kartleggingen (minst én).' }]],
    ['an impossible date', { dato: '2026-02-30' }, [{ field: 'dato', message: 'Dato for kartleggingen må være en gyldig dato (ÅÅÅÅ-MM-DD).' }]],
    ['a date in the future', { dato: '2026-03-03' }, [{ field: 'dato', message: 'Dato for kartleggingen kan ikke være frem i tid.' }]],
    ['lives alone as text', { borAlene: 'ja' }, [{ field: 'borAlene', message: 'Bor alene må besvares med ja eller nei.' }]],
    [
      'help from family outside the list',
      { hjelpFraFamilie: 'daglig' },
      [{ field: 'hjelpFraFamilie', message: 'Hjelp fra familie må være «ingen», «noe» eller «mye».' }],
    ],
  ])('%s', (_navn, endring, feil) => {
    expect(validerKartlegging({ ...gyldig, ...endring }, { idag: '2026-03-02' })).toEqual({ ok: false, feil });
  });

  it('reports every broken field at once', () => {
    const resultat = validerKartlegging({ ...gyldig, iplos: {}, syn: 0 });
    expect(resultat.ok).toBe(false);
    const felt = resultat.ok ? [] : resultat.feil.map((f) => f.field);
    expect(felt).toEqual([...IPLOS_KODER.map((k) => `iplos.${k}`), 'syn']);
  });

  it('rejects something that is not an assessment', () => {
    expect(validerKartlegging(null)).toEqual({ ok: false, feil: [{ field: '', message: 'Kartleggingen mangler eller har feil format.' }] });
  });
});

describe('gjeldendeKartlegging', () => {
  it('the newest assessment applies; on the same date the one recorded last', () => {
    const a = { id: 'a', dato: '2026-01-10' };
    const b = { id: 'b', dato: '2026-03-01' };
    const c = { id: 'c', dato: '2026-02-15' };
    const d = { id: 'd', dato: '2026-03-01' };
    expect(gjeldendeKartlegging([a, b, c])?.id).toBe('b');
    expect(gjeldendeKartlegging([a, b, c, d])?.id).toBe('d');
    expect(gjeldendeKartlegging([])).toBeUndefined();
  });
});
