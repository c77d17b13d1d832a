import { randomBytes } from 'node:crypto';
import { avledNokkel, dekrypterGcm, krypterGcm } from '../../persistence/index.js';

/** A new signing secret: 32 random bytes, prefixed so it is recognised when it turns up where it should not. */
export const nyHemmelighet = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Signing secrets at rest: AES-256-GCM with a key derived from PERSON_DATA_KEY (its own HKDF label). The worker
 * needs the secret itself to sign, so it is encrypted rather than hashed; a database dump does not give it away.
 */
export class HemmelighetKrypto {
  private readonly nokkel: Buffer;

  constructor(personDataKeyBase64: string) {
    this.nokkel = avledNokkel(personDataKeyBase64, 'tk-lofoten webhook-hemmelighet');
  }

  krypter(hemmelighet: string): string {
    return krypterGcm(this.nokkel, hemmelighet);
  }

  dekrypter(verdi: string): string {
    return dekrypterGcm(this.nokkel, verdi);
  }
}
