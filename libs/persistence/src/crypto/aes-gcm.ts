import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A 32-byte key for one purpose, derived from PERSON_DATA_KEY with HKDF and the purpose's own label. */
export const avledNokkel = (personDataKeyBase64: string, etikett: string): Buffer =>
  Buffer.from(hkdfSync('sha256', Buffer.from(personDataKeyBase64, 'base64'), Buffer.alloc(0), etikett, 32));

/** AES-256-GCM with a fresh IV, stored as `v1.<iv>.<tag>.<data>` (base64 parts). */
export function krypterGcm(nokkel: Buffer, klartekst: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', nokkel, iv);
  const data = Buffer.concat([c.update(klartekst, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), data.toString('base64')].join('.');
}

export function dekrypterGcm(nokkel: Buffer, verdi: string): string {
  const [v, iv, tag, data] = verdi.split('.');
  if (v !== 'v1' || !iv || !tag || !data) throw new Error('Ukjent krypteringsformat');
  const d = createDecipheriv('aes-256-gcm', nokkel, Buffer.from(iv, 'base64'));
  d.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([d.update(Buffer.from(data, 'base64')), d.final()]).toString('utf8');
}
