import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A new signing secret: 32 random bytes, prefixed so it is recognised when it turns up where it should not. */
export const nyHemmelighet = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Signing secrets at rest: AES-256-GCM with a key derived from PERSON_DATA_KEY (its own HKDF label). The worker
 * needs the secret itself to sign, so it is encrypted rather than hashed; a database dump does not give it away.
 */
export class HemmelighetKrypto {
  private readonly nokkel: Buffer;

  constructor(personDataKeyBase64: string) {
    this.nokkel = Buffer.from(hkdfSync('sha256', Buffer.from(personDataKeyBase64, 'base64'), Buffer.alloc(0), 'tk-lofoten webhook-hemmelighet', 32));
  }

  krypter(hemmelighet: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.nokkel, iv);
    const data = Buffer.concat([c.update(hemmelighet, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), data.toString('base64')].join('.');
  }

  dekrypter(verdi: string): string {
    const [v, iv, tag, data] = verdi.split('.');
    if (v !== 'v1' || !iv || !tag || !data) throw new Error('Ukjent krypteringsformat');
    const d = createDecipheriv('aes-256-gcm', this.nokkel, Buffer.from(iv, 'base64'));
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(data, 'base64')), d.final()]).toString('utf8');
  }
}
