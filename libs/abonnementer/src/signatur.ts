import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a delivery's signature travels in. */
export const SIGNATURHODE = 'X-TK-Signatur';

/** How far a signature's time may lie from the receiver's clock before the receiver should refuse it. */
export const SIGNATUR_TOLERANSE_SEK = 300;

const hmac = (hemmelighet: string, tidspunkt: number, kropp: string) => createHmac('sha256', hemmelighet).update(`${tidspunkt}.${kropp}`, 'utf8').digest('hex');

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the subscription's secret>`. The time is
 * part of what is signed, so a recorded delivery cannot be replayed later with a fresh time.
 */
export function signer(hemmelighet: string, kropp: string, tidspunkt = Math.floor(Date.now() / 1000)): string {
  return `t=${tidspunkt},v1=${hmac(hemmelighet, tidspunkt, kropp)}`;
}

/**
 * What a receiver does with the header: true only when it is well-formed, its time is within the tolerance
 * of `naa` and one of its `v1` values is the HMAC of exactly the bytes received (compared in constant time).
 */
export function verifiserSignatur(hode: string | undefined, hemmelighet: string, kropp: string, naa = Math.floor(Date.now() / 1000), toleranseSek = SIGNATUR_TOLERANSE_SEK): boolean {
  if (!hode) return false;
  const deler = hode.split(',').map((d) => d.trim().split('=', 2) as [string, string | undefined]);
  const t = deler.find(([k]) => k === 't')?.[1];
  if (!t || !/^\d{1,12}$/.test(t)) return false;
  const tidspunkt = Number(t);
  if (Math.abs(naa - tidspunkt) > toleranseSek) return false;
  const ventet = Buffer.from(hmac(hemmelighet, tidspunkt, kropp), 'hex');
  return deler.some(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v) && timingSafeEqual(Buffer.from(v, 'hex'), ventet));
}
