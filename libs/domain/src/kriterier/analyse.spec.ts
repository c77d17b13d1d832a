import fc from 'fast-check';
import { analyserRegler } from './analyse.js';
import { oppfylt } from './betingelse.js';
import type { Betingelse, Regel } from './typer.js';
import { lagVurderingsgrunnlag } from './vurdering.fabrikk.js';

/** Small random rule lists over facts of every kind, to check the analysis against brute evaluation. */
const blad: fc.Arbitrary<Betingelse> = fc.oneof(
  fc.record({ fakta: fc.constant('iplos.toalett'), operator: fc.constantFrom('lik' as const, 'ulik' as const, 'minst' as const, 'hoyst' as const), verdi: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ fakta: fc.constant('alder'), operator: fc.constantFrom('minst' as const, 'hoyst' as const), verdi: fc.constantFrom(18, 66, 67, 80) }),
  fc.record({ fakta: fc.constant('vurdertTimebehovPerUke'), operator: fc.constantFrom('minst' as const, 'hoyst' as const), verdi: fc.constantFrom(0, 10, 25, 32.5, 84, 168) }),
  fc.record({ fakta: fc.constant('borAlene'), operator: fc.constantFrom('lik' as const, 'ulik' as const), verdi: fc.boolean() }),
  fc.record({ fakta: fc.constant('bistandsbehov'), operator: fc.constantFrom('lik' as const, 'minst' as const, 'hoyst' as const), verdi: fc.constantFrom('noe_avgrenset', 'middels_til_stort', 'omfattende') }),
);
const betingelse: fc.Arbitrary<Betingelse> = fc.letrec<{ b: Betingelse }>((tie) => ({
  b: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    blad,
    fc.record({ alle: fc.array(tie('b'), { maxLength: 3 }) }),
    fc.record({ noen: fc.array(tie('b'), { maxLength: 3 }) }),
    fc.record({ ikke: tie('b') }),
  ),
})).b;
const regler: fc.Arbitrary<Regel[]> = fc
  .array(betingelse, { minLength: 1, maxLength: 5 })
  .map((bs) => bs.map((naar, i) => ({ id: `r${i}`, naar, utfall: 'avslag', begrunnelse: 'x', begrunnelseNn: 'x', hjemmel: 'x' })));

const vurdering = fc.record({
  toalett: fc.constantFrom(1, 2, 3, 4, 5, 9),
  alder: fc.constantFrom(0, 17, 18, 19, 65, 66, 67, 68, 79, 80, 81, 110),
  timer: fc.constantFrom(undefined, 0, 5, 10, 20, 25, 30, 32.5, 50, 84, 100, 168),
  borAlene: fc.boolean(),
  bistandsbehov: fc.constantFrom('noe_avgrenset' as const, 'middels_til_stort' as const, 'omfattende' as const),
});

describe('analyserRegler mot evaluering', () => {
  it('kaller aldri en regel uoppnåelig som slår til, og en godkjent oppsamlingsregel fanger alt', () => {
    fc.assert(
      fc.property(regler, fc.array(vurdering, { minLength: 50, maxLength: 50 }), (liste, vurderinger) => {
        const analyse = analyserRegler(liste, undefined);
        for (const v of vurderinger) {
          const grunnlag = lagVurderingsgrunnlag({ iplos: { toalett: v.toalett }, alder: v.alder, vurdertTimebehovPerUke: v.timer, borAlene: v.borAlene, bistandsbehov: v.bistandsbehov });
          const treff = liste.findIndex((r) => oppfylt(r.naar, { grunnlag }));
          if (treff >= 0 && !['naabar', 'ukjent'].includes(analyse.regler[treff].status)) {
            throw new Error(`regel ${treff} ble kalt ${analyse.regler[treff].status}, men slo til for ${JSON.stringify(v)}`);
          }
          if (analyse.sisteErOppsamling === true && !oppfylt(liste[liste.length - 1].naar, { grunnlag })) {
            throw new Error(`siste regel ble godkjent som oppsamlingsregel, men gjaldt ikke for ${JSON.stringify(v)}`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
