import fc from 'fast-check';
import { UTFALL } from '../felles/typer.js';
import { BISTANDSBEHOV, IPLOS_GYLDIGE_SKAAR, IPLOS_KODER, type IplosSkaar, type IplosVariabel, type Vurderingsgrunnlag } from '../kartlegging/iplos.js';
import { anvendLokaleAvvik } from './avvik.js';
import { oppfylt } from './betingelse.js';
import { evaluer } from './evaluering.js';
import { FELLES_KRITERIER_2026 as FELLES, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
import type { EffektivtKriteriesett, Kriteriesett } from './typer.js';

const TJENESTER = Object.keys(FELLES.tjenester);

/** The whole valid score space: every IPLOS vector in {1..5, 9}, every need group, ages 0–110, every boolean, facts present or not. */
const vurdering: fc.Arbitrary<Vurderingsgrunnlag> = fc.record(
  {
    iplos: fc.record(Object.fromEntries(IPLOS_KODER.map((k) => [k, fc.constantFrom(...IPLOS_GYLDIGE_SKAAR)])) as Record<IplosVariabel, fc.Arbitrary<IplosSkaar>>),
    syn: fc.constantFrom(1, 2, 3, 4, 9),
    horsel: fc.constantFrom(1, 2, 3, 4, 9),
    bistandsbehov: fc.constantFrom(...BISTANDSBEHOV),
    borAlene: fc.boolean(),
    hjelpFraFamilie: fc.constantFrom('ingen', 'noe', 'mye'),
    kognitivSvikt: fc.boolean(),
    alder: fc.integer({ min: 0, max: 110 }),
    // Whole and half hours, plus the exact thresholds the criteria use, so the edges are hit often.
    vurdertTimebehovPerUke: fc.oneof(fc.integer({ min: 0, max: 336 }).map((h) => h / 2), fc.constantFrom(0, 10, 25, 32, 84, 168)),
    utryggUtenHeldognstilbud: fc.boolean(),
    forventetVarighetManeder: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(3, 24, 25)),
  },
  { requiredKeys: ['iplos', 'syn', 'horsel', 'bistandsbehov', 'borAlene', 'hjelpFraFamilie', 'kognitivSvikt', 'alder'] },
) as fc.Arbitrary<Vurderingsgrunnlag>;

const sett: [string, Kriteriesett | EffektivtKriteriesett][] = [
  ['felles sett', FELLES],
  ['Vestvågøy med lokalt avvik', anvendLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL, '1860')],
];

describe.each(sett)('evaluering over hele skårrommet (%s)', (_navn, k) => {
  it('gir nøyaktig én anbefaling per tjeneste, fra den første regelen som gjelder', () => {
    // Plain checks inside the property (jest's expect is slow in a hot loop); fast-check shrinks and reports the assessment.
    fc.assert(
      fc.property(vurdering, fc.shuffledSubarray(TJENESTER, { minLength: 1 }), (g, koder) => {
        const anbefalinger = evaluer(k, g, koder);
        if (anbefalinger.map((a) => a.tjenestekode).join() !== koder.join()) throw new Error(`ikke én anbefaling per tjeneste: ${anbefalinger.map((a) => a.tjenestekode).join()}`);
        for (const a of anbefalinger) {
          const { regler, nivaaer } = k.tjenester[a.tjenestekode];
          const treff = regler.filter((r) => oppfylt(r.naar, { grunnlag: g, nivaaer }));
          if (treff.length === 0 || a.regelId !== treff[0].id) throw new Error(`${a.tjenestekode}: ${a.regelId} er ikke første regel som gjelder`);
          if (a.utfall === null || !UTFALL.includes(a.utfall)) throw new Error(`ukjent utfall ${a.utfall}`);
          if (a.omfang && a.omfang.min > a.omfang.max) throw new Error(`${a.regelId}: omfang min > max`);
          if (!a.begrunnelser[0]?.tekst) throw new Error(`${a.regelId}: mangler begrunnelse`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('er deterministisk og endrer ikke vurderingen', () => {
    fc.assert(
      fc.property(vurdering, (g) => {
        const kopi = structuredClone(g);
        const foerste = JSON.stringify(evaluer(k, g, TJENESTER));
        return JSON.stringify(evaluer(k, kopi, TJENESTER)) === foerste && JSON.stringify(g) === JSON.stringify(kopi);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lokalt avvik over hele skårrommet', () => {
  it('endrer bare langtidsopphold, og bare der den lokale regelen slår til', () => {
    const [, vestvagoy] = sett[1];
    fc.assert(
      fc.property(vurdering, (g) => {
        const felles = evaluer(FELLES, g, TJENESTER);
        const lokal = evaluer(vestvagoy, g, TJENESTER);
        return lokal.every((a, i) =>
          a.lokaltAvvik ? a.tjenestekode === 'langtidsopphold' && a.regelId === 'lt-venteliste-1860' && a.utfall === 'venteliste' : JSON.stringify(a) === JSON.stringify(felles[i]),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
