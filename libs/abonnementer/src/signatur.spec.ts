import { createHmac } from 'node:crypto';
import { signer, verifiserSignatur } from './signatur.js';

describe('the webhook signature (X-TK-Signatur)', () => {
  const hemmelighet = 'whsec_testhemmelighet_som_er_lang_nok';
  const kropp = JSON.stringify({ id: 7, type: 'vedtak.fattet', saksnummer: '1865-2026-000001' });
  const t = 1_764_000_000;

  it('is the HMAC-SHA256 of "<t>.<body>" in hex, with the time beside it', () => {
    const ventet = createHmac('sha256', hemmelighet).update(`${t}.${kropp}`).digest('hex');
    expect(signer(hemmelighet, kropp, t)).toBe(`t=${t},v1=${ventet}`);
  });

  it('verifies the bytes that were signed, within the time tolerance', () => {
    const hode = signer(hemmelighet, kropp, t);
    expect(verifiserSignatur(hode, hemmelighet, kropp, t + 10)).toBe(true);
    expect(verifiserSignatur(hode, hemmelighet, kropp, t - 299)).toBe(true);
  });

  it('refuses another body, another secret, an old or future time, and a malformed header', () => {
    const hode = signer(hemmelighet, kropp, t);
    expect(verifiserSignatur(hode, hemmelighet, kropp.replace('000001', '000002'), t)).toBe(false);
    expect(verifiserSignatur(hode, `${hemmelighet}x`, kropp, t)).toBe(false);
    expect(verifiserSignatur(hode, hemmelighet, kropp, t + 301)).toBe(false);
    expect(verifiserSignatur(hode, hemmelighet, kropp, t - 301)).toBe(false);
    // The time is signed: moving it forward breaks the signature.
    expect(verifiserSignatur(hode.replace(`t=${t}`, `t=${t + 5}`), hemmelighet, kropp, t + 5)).toBe(false);
    for (const feil of [undefined, '', 'v1=abc', `t=${t}`, `t=abc,v1=${'0'.repeat(64)}`, `t=${t},v1=${'z'.repeat(64)}`]) {
      expect(verifiserSignatur(feil, hemmelighet, kropp, t)).toBe(false);
    }
  });

  it('accepts the header when one of several v1 values matches (a receiver rotating secrets)', () => {
    const hode = signer(hemmelighet, kropp, t);
    expect(verifiserSignatur(`t=${t},v1=${'0'.repeat(64)},${hode.split(',')[1]}`, hemmelighet, kropp, t)).toBe(true);
  });
});
