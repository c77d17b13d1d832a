import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { IdportenVerifier, type Innbygger } from '../../../../libs/auth/src/idporten.js';

/** The citizen's ID-porten token on the request: 401 without a valid one, 403 below `idporten-loa-high`. */
@Injectable()
export class IdportenGuard implements CanActivate {
  constructor(private readonly verifier: IdportenVerifier) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { innbygger?: Innbygger }>();
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(req.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException();
    req.innbygger = await this.verifier.verify(match[1]!);
    return true;
  }
}
