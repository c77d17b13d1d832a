import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Identity numbers at rest: AES-256-GCM for the value (so a letter can show it) and an HMAC for exact-match
 * search, both keyed from PERSON_DATA_KEY. The database never holds the number in clear text, so it cannot
 * leak through a dump, a log of SQL parameters or an error about a constraint.
 */
export class PersonnummerKrypto {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(personDataKeyBase64: string) {
    const master = Buffer.from(personDataKeyBase64, 'base64');
    this.encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'tk-lofoten fnr kryptering', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'tk-lofoten fnr sok', 32));
  }

  /** Deterministic search key: the same number always gives the same hash. */
  sokenokkel(fnr: string): string {
    return createHmac('sha256', this.macKey).update(fnr).digest('hex');
  }

  krypter(fnr: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([cipher.update(fnr, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join('.');
  }

  dekrypter(verdi: string): string {
    const [v, iv, tag, data] = verdi.split('.');
    if (v !== 'v1' || !iv || !tag || !data) throw new Error('Ukjent krypteringsformat');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
