import { clopperPearsonIntervall, forholdIntervall, poissonIntervall, wilsonIntervall } from './intervaller.js';

const avrund = (x: number, d = 4): number => Number(x.toFixed(d));

describe('intervals (figures a reader sees, issue 6 golden values)', () => {
  it('Wilson 95 % for 3/20 is 0.0524–0.3604', () => {
    const i = wilsonIntervall(3, 20);
    expect([avrund(i.nedre), avrund(i.ovre)]).toEqual([0.0524, 0.3604]);
    expect(i.estimat).toBe(0.15);
  });

  it('Clopper–Pearson 95 % for 3/20 is 0.0321–0.3789', () => {
    const i = clopperPearsonIntervall(3, 20);
    expect([avrund(i.nedre), avrund(i.ovre)]).toEqual([0.0321, 0.3789]);
  });

  it('exact Poisson 95 % for 10 is 4.795–18.39', () => {
    const i = poissonIntervall(10);
    expect(Number(i.nedre.toFixed(3))).toBe(4.795);
    expect(Number(i.ovre.toFixed(2))).toBe(18.39);
  });

  it('exact Poisson for 0 starts at 0 and reaches 3.689', () => {
    const i = poissonIntervall(0);
    expect(i.nedre).toBe(0);
    expect(Number(i.ovre.toFixed(3))).toBe(3.689);
  });

  it('O/E divides the Poisson limits by E', () => {
    const i = forholdIntervall(10, 20);
    expect(i.estimat).toBe(0.5);
    expect(Number(i.nedre.toFixed(4))).toBe(Number((4.795389 / 20).toFixed(4)));
    expect(i.ovre).toBeLessThan(1);
  });

  it('edges: 0/n and n/n stay inside [0, 1]; the 99 % interval is wider', () => {
    expect(clopperPearsonIntervall(0, 10).nedre).toBe(0);
    expect(clopperPearsonIntervall(10, 10).ovre).toBe(1);
    expect(wilsonIntervall(0, 10).nedre).toBe(0);
    const i95 = wilsonIntervall(5, 10);
    const i99 = wilsonIntervall(5, 10, 0.99);
    expect(i99.ovre - i99.nedre).toBeGreaterThan(i95.ovre - i95.nedre);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonIntervall(21, 20)).toThrow(RangeError);
    expect(() => clopperPearsonIntervall(1, 0)).toThrow(RangeError);
    expect(() => poissonIntervall(-1)).toThrow(RangeError);
    expect(() => forholdIntervall(3, 0)).toThrow(RangeError);
  });
});
