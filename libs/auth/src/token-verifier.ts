import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
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

/** One way a token may be signed: its key and what it must say. Each kind is checked only against its own. */
interface Sti {
  key: KeyObject | JWTVerifyGetKey;
  algorithms: string[];
  issuer: string;
  audience: string;
}

/**
 * Verifies a bearer token and turns its claims into a `Bruker`. HS256 with the shared secret outside
 * production; the OIDC provider's keys (JWKS) whenever OIDC is configured; in production only the latter, so
 * the shared secret is never enough. With both, the token's own (unverified) `iss` only picks which kind to
 * check it as: each kind pins its algorithms, key, issuer and audience, so an HS256 token claiming the
 * provider's issuer, or a provider-signed token claiming the development issuer, is refused.
 * Pinning the algorithm list defeats `alg: none` and HS/RS confusion.
 */
export class TokenVerifier {
  private readonly dev: Sti | null;
  private readonly oidc: Sti | null;

  /** `oidcNokler` replaces the provider's JWKS endpoint (tests with a local key set). */
  constructor(
    config: AppConfig,
    private readonly kjenteKommuner: ReadonlySet<string>,
    oidcNokler?: JWTVerifyGetKey,
  ) {
    this.dev =
      config.NODE_ENV !== 'production' && config.AUTH_JWT_SECRET
        ? // A key object made once: jose would otherwise import the raw secret again on every request.
          { key: createSecretKey(Buffer.from(config.AUTH_JWT_SECRET, 'utf8')), algorithms: ['HS256'], issuer: DEV_ISSUER, audience: DEV_AUDIENCE }
        : null;
    this.oidc =
      config.OIDC_ISSUER && config.OIDC_AUDIENCE && (config.OIDC_JWKS_URL || oidcNokler)
        ? { key: oidcNokler ?? createRemoteJWKSet(new URL(config.OIDC_JWKS_URL!)), algorithms: ['RS256', 'PS256', 'ES256'], issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }
        : null;
    if (!this.dev && !this.oidc) throw new Error('TokenVerifier: verken AUTH_JWT_SECRET (utenfor produksjon) eller OIDC er satt opp');
  }

  /** Which kind of token this claims to be; only a choice of checks, never trusted by itself. */
  private velg(token: string): Sti {
    if (!this.dev || !this.oidc) return (this.dev ?? this.oidc)!;
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new UgyldigToken('ugyldig');
    }
    if (iss === this.dev.issuer) return this.dev;
    if (iss === this.oidc.issuer) return this.oidc;
    throw new UgyldigToken('ukjent utsteder');
  }

  async verify(token: string): Promise<Bruker> {
    const sti = this.velg(token);
    const valg = { algorithms: sti.algorithms, issuer: sti.issuer, audience: sti.audience, clockTolerance: 5, requiredClaims: ['exp'] };
    let payload: JWTPayload;
    try {
      const result = typeof sti.key !== 'function' ? await jwtVerify(token, sti.key, valg) : await jwtVerify(token, sti.key, valg);
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
