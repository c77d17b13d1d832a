import { bokmaalFunn } from '../../../../test/support/nynorsk.js';
import { begrunnelsestekst, evaluer, kriteriesettnavn } from './evaluering.js';
import { anvendLokaleAvvik } from './avvik.js';
import { FELLES_KRITERIER_2026, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
import { lagVurderingsgrunnlag } from './vurdering.fabrikk.js';

describe('the common criteria in both målformer', () => {
  const regler = [...Object.values(FELLES_KRITERIER_2026.tjenester).flatMap((t) => t.regler), ...LOKALE_AVVIK_EKSEMPEL.map((a) => a.regel)];

  it('every rule has its own nynorsk reason, free of bokmål forms', () => {
    const funn = regler.flatMap((r) => (r.begrunnelseNn.trim() && r.begrunnelseNn !== r.begrunnelse ? bokmaalFunn(r.begrunnelseNn).map((f) => `${r.id}: ${f}`) : [`${r.id}: mangler nynorsk`]));
    expect(funn).toEqual([]);
    const avvik = LOKALE_AVVIK_EKSEMPEL.flatMap((a) => bokmaalFunn(a.begrunnelseNn));
    expect(avvik).toEqual([]);
  });

  it('the published name exists in nynorsk, and a letter gets the name and reasons in its målform', () => {
    expect(kriteriesettnavn(FELLES_KRITERIER_2026, 'nn')).toBe('Felles tildelingskriterium for helse- og omsorgstenester i Lofoten');
    expect(kriteriesettnavn(FELLES_KRITERIER_2026, 'nb')).toBe('Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten');
    const [a] = evaluer(anvendLokaleAvvik(FELLES_KRITERIER_2026, LOKALE_AVVIK_EKSEMPEL, '1860'), lagVurderingsgrunnlag({ bistandsbehov: 'middels_til_stort', kognitivSvikt: true }), ['langtidsopphold']);
    expect(a!.lokaltAvvik).toBe(true);
    expect(begrunnelsestekst(a!, 'nn')).toBe(`${LOKALE_AVVIK_EKSEMPEL[0]!.regel.begrunnelseNn} Regelen er eit lokalt avvik frå dei felles tildelingskriteria: ${LOKALE_AVVIK_EKSEMPEL[0]!.begrunnelseNn}`);
    expect(bokmaalFunn(begrunnelsestekst(a!, 'nn'))).toEqual([]);
    expect(begrunnelsestekst(a!, 'nb')).toContain(LOKALE_AVVIK_EKSEMPEL[0]!.regel.begrunnelse);
  });

  it('a recommendation stored before the nynorsk texts existed keeps its bokmål reason rather than none', () => {
    expect(begrunnelsestekst({ begrunnelser: [{ regelId: 'x', tekst: 'Gammel tekst.', hjemmel: 'h' } as never] }, 'nn')).toBe('Gammel tekst.');
  });
});
