import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../../config/src/config.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { UgyldigToken } from './token-verifier.js';

/** ID-porten's level for health data: the citizen signed in with e.g. BankID, not a lower level. */
export const IDPORTEN_HOYT_NIVAA = 'idporten-loa-high';

/** The citizen as ID-porten names them: only the identity number (`pid`), never used as a user id in logs. */
export interface Innbygger {
  fodselsnummer: string;
}

/**
 * Verifies an ID-porten access token for the citizens' form: signature by ID-porten's keys (asymmetric
 * algorithms only), issuer, audience and expiry, then the level. A bad token is 401; a good token below
 * `idporten-loa-high` is 403, since the form carries health data.
 */
export class IdportenVerifier {
  private readonly nokler: JWTVerifyGetKey;

  constructor(
    private readonly config: Pick<AppConfig, 'IDPORTEN_ISSUER' | 'IDPORTEN_AUDIENCE' | 'IDPORTEN_JWKS_URL'>,
    nokler?: JWTVerifyGetKey,
  ) {
    this.nokler = nokler ?? createRemoteJWKSet(new URL(config.IDPORTEN_JWKS_URL!));
  }

  async verify(token: string): Promise<Innbygger> {
    let payload: Record<string, unknown>;
    try {
      payload = (await jwtVerify(token, this.nokler, { algorithms: ['RS256', 'PS256', 'ES256'], issuer: this.config.IDPORTEN_ISSUER!, audience: this.config.IDPORTEN_AUDIENCE!, clockTolerance: 5, requiredClaims: ['exp'] })).payload;
    } catch (e) {
      throw new UgyldigToken(e instanceof Error && 'code' in e ? String((e as { code: string }).code) : 'ugyldig');
    }
    if (typeof payload.pid !== 'string' || !/^\d{11}$/.test(payload.pid)) throw new UgyldigToken('mangler pid');
    if (payload.acr !== IDPORTEN_HOYT_NIVAA) {
      throw new DomeneFeil('KREVER_HOYT_SIKKERHETSNIVAA', 'Du må logge inn på høyt sikkerhetsnivå (for eksempel BankID) for å sende en søknad om helse- og omsorgstjenester.', 403);
    }
    return { fodselsnummer: payload.pid };
  }
}
