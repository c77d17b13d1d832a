import { createHmac } from 'node:crypto';
import { avledNokkel, dekrypterGcm, krypterGcm } from './aes-gcm.js';

/**
 * Identity numbers at rest: AES-256-GCM for the value (so a letter can show it) and an HMAC for exact-match
 * search, both keyed from PERSON_DATA_KEY. The database never holds the number in clear text, so it cannot
 * leak through a dump, a log of SQL parameters or an error about a constraint.
 */
export class PersonnummerKrypto {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(personDataKeyBase64: string) {
    this.encKey = avledNokkel(personDataKeyBase64, 'tk-lofoten fnr kryptering');
    this.macKey = avledNokkel(personDataKeyBase64, 'tk-lofoten fnr sok');
  }

  /** Deterministic search key: the same number always gives the same hash. */
  sokenokkel(fnr: string): string {
    return createHmac('sha256', this.macKey).update(fnr).digest('hex');
  }

  krypter(fnr: string): string {
    return krypterGcm(this.encKey, fnr);
  }

  dekrypter(verdi: string): string {
    return dekrypterGcm(this.encKey, verdi);
  }
}
