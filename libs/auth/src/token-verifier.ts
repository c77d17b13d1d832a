import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AppConfig } from '../../config/src/config.js';
import type { Bruker } from '../../domain/src/felles/bruker.js';
import { ROLLER } from '../../domain/src/felles/typer.js';

/** Issuer and audience of development tokens (HS256); production tokens come from the OIDC provider. */
export const DEV_ISSUER = 'tk-lofoten-dev';
export const DEV_AUDIENCE = 'tk-lofoten';

const claims = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLLER)).min(1),
  kommuner: z.array(z.string().regex(/^\d{4}$/)).max(400).default([]),
  iat: z.number().optional(),
});

export class UgyldigToken extends Error {
  constructor(readonly grunn: string) {
    super(grunn);
    this.name = 'UgyldigToken';
  }
}

/**
 * Verifies a bearer token and turns its claims into a `Bruker`. HS256 with the shared secret outside
 * production; in production only the OIDC provider's keys (JWKS), so the shared secret is never enough.
 * Pinning the algorithm list defeats `alg: none` and HS/RS confusion.
 */
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly algorithms: string[];
  private readonly issuer: string;
  private readonly audience: string;

  constructor(
    config: AppConfig,
    private readonly kjenteKommuner: ReadonlySet<string>,
  ) {
    if (config.NODE_ENV !== 'production' && config.AUTH_JWT_SECRET) {
      // A key object made once: jose would otherwise import the raw secret again on every request.
      this.key = createSecretKey(Buffer.from(config.AUTH_JWT_SECRET, 'utf8'));
      this.algorithms = ['HS256'];
      this.issuer = DEV_ISSUER;
      this.audience = DEV_AUDIENCE;
    } else {
      this.key = createRemoteJWKSet(new URL(config.OIDC_JWKS_URL!));
      this.algorithms = ['RS256', 'PS256', 'ES256'];
      this.issuer = config.OIDC_ISSUER!;
      this.audience = config.OIDC_AUDIENCE!;
    }
  }

  async verify(token: string): Promise<Bruker> {
    let payload: JWTPayload;
    try {
      const result =
        typeof this.key !== 'function'
          ? await jwtVerify(token, this.key, { algorithms: this.algorithms, issuer: this.issuer, audience: this.audience, clockTolerance: 5, requiredClaims: ['exp'] })
          : await jwtVerify(token, this.key, { algorithms: this.algorithms, issuer: this.issuer, audience: this.audience, clockTolerance: 5, requiredClaims: ['exp'] });
      payload = result.payload;
    } catch (e) {
      throw new UgyldigToken(e instanceof Error && 'code' in e ? String((e as { code: string }).code) : 'ugyldig');
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw new UgyldigToken('mangler eller ugyldige claims: ' + parsed.error.issues.map((i) => i.path.join('.')).join(', '));
    const c = parsed.data;
    if (c.iat !== undefined && c.iat > Date.now() / 1000 + 60) throw new UgyldigToken('utstedt i fremtiden');
    const ukjent = c.kommuner.filter((k) => !this.kjenteKommuner.has(k));
    if (ukjent.length) throw new UgyldigToken('ukjent kommune i token');
    return { id: c.sub, navn: c.name, roller: c.roles, kommuner: [...new Set(c.kommuner)] };
  }
}

export interface DevTokenInput {
  sub: string;
  name: string;
  roles: string[];
  kommuner: string[];
  /** Seconds until expiry (default 8 hours, a working day). */
  ttlSeconds?: number;
}

/** Signs a development token (HS256). Never used in production, where the secret is refused at boot. */
export function signDevToken(input: DevTokenInput, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ name: input.name, roles: input.roles, kommuner: input.kommuner })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (input.ttlSeconds ?? 8 * 3600))
    .sign(new TextEncoder().encode(secret));
}
