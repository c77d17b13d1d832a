import { funnelGrenserAndel, funnelGrenserForhold, funnelPunkterAndel, vurderIFunnel } from './funnel.js';

describe('funnel plot limits (Spiegelhalter 2005)', () => {
  it('exact 95 % limits around 0.8 at n = 20 are 0.584–0.938 (issue 6)', () => {
    const g = funnelGrenserAndel(0.8, 20, 0.95);
    expect([Number(g.nedre.toFixed(3)), Number(g.ovre.toFixed(3))]).toEqual([0.584, 0.938]);
  });

  it('99.8 % limits are wider than 95 % and the funnel narrows with n', () => {
    const g95 = funnelGrenserAndel(0.8, 20, 0.95);
    const g998 = funnelGrenserAndel(0.8, 20, 0.998);
    expect(g998.nedre).toBeLessThan(g95.nedre);
    expect(g998.ovre).toBeGreaterThan(g95.ovre);
    const stor = funnelGrenserAndel(0.8, 2000, 0.95);
    expect(stor.ovre - stor.nedre).toBeLessThan(g95.ovre - g95.nedre);
    // For large n the exact limits approach p0 ± 1.96·√(p0(1 − p0)/n).
    expect(stor.nedre).toBeCloseTo(0.8 - 1.96 * Math.sqrt(0.16 / 2000), 2);
  });

  it('gives points for drawing, ordered by n, including both ends', () => {
    const punkter = funnelPunkterAndel(0.8, 5, 400, 30);
    expect(punkter[0].n).toBe(5);
    expect(punkter[punkter.length - 1].n).toBe(400);
    for (let i = 1; i < punkter.length; i++) expect(punkter[i].n).toBeGreaterThan(punkter[i - 1].n);
    for (const p of punkter) {
      expect(p.nedre998).toBeLessThanOrEqual(p.nedre95);
      expect(p.ovre998).toBeGreaterThanOrEqual(p.ovre95);
    }
  });

  it('flags a unit outside 99.8 % and one outside 95 % only', () => {
    expect(vurderIFunnel(40, 100, 0.8)).toMatchObject({ plassering: 'utenfor_998', retning: 'lav' });
    // 70/100 against 0.8: outside 95 % (≈0.72) but inside 99.8 % (≈0.67).
    expect(vurderIFunnel(70, 100, 0.8)).toMatchObject({ plassering: 'utenfor_95', retning: 'lav' });
    expect(vurderIFunnel(16, 20, 0.8)).toMatchObject({ plassering: 'innenfor', retning: null });
  });

  it('Poisson funnel for O/E is centred near 1 and narrows with E', () => {
    const liten = funnelGrenserForhold(5);
    const stor = funnelGrenserForhold(500);
    expect(liten.nedre).toBeLessThan(1);
    expect(liten.ovre).toBeGreaterThan(1);
    expect(stor.ovre - stor.nedre).toBeLessThan(liten.ovre - liten.nedre);
  });
});

describe('vurderIFunnel at the edge of the range', () => {
  it('does not put a unit at 100 % outside 99.8 % when 100 % is not that rare for the target (p0 = 0.98, n = 200)', () => {
    // P(X = 200 | 0.98) = 0.98^200 ≈ 0.018: beyond 95 % (two-sided 0.025), well inside 99.8 % (0.001).
    expect(vurderIFunnel(200, 200, 0.98)).toMatchObject({ plassering: 'utenfor_95', retning: 'hoy' });
    expect(vurderIFunnel(100, 100, 0.99).plassering).toBe('innenfor'); // 0.99^100 ≈ 0.37
  });

  it('still flags a unit far above the target', () => {
    expect(vurderIFunnel(200, 200, 0.9)).toMatchObject({ plassering: 'utenfor_998', retning: 'hoy' });
  });

  it('still flags a unit far below the target', () => {
    expect(vurderIFunnel(120, 200, 0.8)).toMatchObject({ plassering: 'utenfor_998', retning: 'lav' });
  });
});
