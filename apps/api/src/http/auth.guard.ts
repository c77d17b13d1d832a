import { CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { TokenVerifier } from '../../../../libs/auth/src/token-verifier.js';
import { harRolle } from '../../../../libs/domain/src/felles/bruker.js';
import { DomeneFeil, type Rolle } from '../../../../libs/domain/src/felles/typer.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest's reflector takes handlers and classes as Function
type Handler = Function;

const OFFENTLIG = 'tk:offentlig';
const ROLLER = 'tk:roller';

/** No authentication (health checks, API docs). */
export const Offentlig = () => SetMetadata(OFFENTLIG, true);

/** Roles allowed to call the route. A route without it is closed to everyone: forgetting it fails safe. */
export const Roller = (...roller: Rolle[]) => SetMetadata(ROLLER, roller);

export function rollerFor(reflector: Reflector, handler: Handler, klass: Handler): Rolle[] | undefined {
  return reflector.getAllAndOverride(ROLLER, [handler, klass]) as Rolle[] | undefined;
}

export function erOffentlig(reflector: Reflector, handler: Handler, klass: Handler): boolean {
  return (reflector.getAllAndOverride(OFFENTLIG, [handler, klass]) as boolean | undefined) === true;
}

/**
 * Global guard: bearer token → user in the request context, then the route's roles. 401 for a missing
 * or bad token, 403 for a role that may not do this kind of thing.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly context: RequestContext,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const handler = ctx.getHandler();
    const klass = ctx.getClass();
    if (erOffentlig(this.reflector, handler, klass)) return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match) throw new UnauthorizedException();
    const bruker = await this.verifier.verify(match[1]!);
    this.context.settBruker(bruker);
    const roller = rollerFor(this.reflector, handler, klass) ?? [];
    if (!harRolle(bruker, ...roller)) {
      throw new DomeneFeil('MANGLER_ROLLE', 'Din rolle har ikke tilgang til denne handlingen.', 403);
    }
    return true;
  }
}
