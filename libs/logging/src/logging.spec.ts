import { skrubb } from './logging.js';

describe('skrubb', () => {
  it('masks identity-number-shaped sequences in nested values and error messages', () => {
    const out = skrubb({ a: 'fnr 01019012345 her', b: [{ c: '12345678901' }], e: new Error('feil for 01019012345') });
    expect(JSON.stringify(out)).not.toMatch(/\d{11}/);
    expect(out).toEqual({ a: 'fnr *********** her', b: [{ c: '***********' }], e: { type: 'Error', message: 'feil for ***********' } });
  });

  it('keeps shorter and longer digit runs (case numbers, ids)', () => {
    expect(skrubb('1865-2026-000123 og 123456789012')).toBe('1865-2026-000123 og 123456789012');
  });
});
