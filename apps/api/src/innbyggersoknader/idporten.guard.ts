import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { IdportenVerifier, type Innbygger } from '../../../../libs/auth/src/idporten.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';
import { PersonService } from '../../../../libs/saksbehandling/src/person.service.js';

/**
 * The citizen's ID-porten token on the request: 401 without a valid one, 403 below `idporten-loa-high`. The
 * citizen becomes the request's user under the identity number's search key (never the number itself), so the
 * common Idempotency-Key handling keeps each citizen's keys apart.
 */
@Injectable()
export class IdportenGuard implements CanActivate {
  constructor(
    private readonly verifier: IdportenVerifier,
    private readonly personer: PersonService,
    private readonly context: RequestContext,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { innbygger?: Innbygger }>();
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(req.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException();
    req.innbygger = await this.verifier.verify(match[1]!);
    this.context.settBruker({ id: `innbygger:${this.personer.sokenokkel(req.innbygger.fodselsnummer)}`, navn: 'Innbygger (ID-porten)', roller: [], kommuner: [] });
    return true;
  }
}
