import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, map, type Observable, throwError } from 'rxjs';
import { DomeneFeil } from '../../../../libs/domain/index.js';
import { VersjonDto } from '../soknader/soknad.dto.js';

const IF_MATCH = /^\s*"(\d{1,10})"\s*$/;

/** The route's body is a change at a version (its DTO extends VersjonDto). */
function tarVersjon(ctx: ExecutionContext): boolean {
  const typer = (Reflect.getMetadata('design:paramtypes', ctx.getClass().prototype, ctx.getHandler().name) ?? []) as unknown[];
  return typer.some((t) => typeof t === 'function' && (t === VersjonDto || t.prototype instanceof VersjonDto));
}

/**
 * `versjon` as HTTP's validator, for every route at once. A reply that carries a `versjon` (the case, a
 * complaint) has it as its ETag (`"3"`), so a GET with If-None-Match gets 304. A change sent with
 * `If-Match: "3"` is made at that version: the header stands in for the body's `versjon` (both given, they
 * must agree), and when the resource has moved on the answer is 412 instead of 409.
 */
@Injectable()
export class VersjonInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const ifMatch = req.headers['if-match'];
    const medForutsetning = ifMatch !== undefined && tarVersjon(ctx);
    if (medForutsetning) {
      const treff = IF_MATCH.exec(ifMatch);
      if (!treff) throw new DomeneFeil('UGYLDIG_IF_MATCH', 'If-Match må være én versjon i anførselstegn, for eksempel "3".', 400, [{ field: 'If-Match', message: 'Må være en versjon i anførselstegn, for eksempel "3".' }]);
      const versjon = Number(treff[1]);
      // A change whose body is optional (approving a draft) may come with If-Match alone.
      if (req.body === undefined || req.body === null) req.body = {};
      const kropp = req.body as Record<string, unknown> | undefined;
      if (kropp && typeof kropp === 'object' && !Array.isArray(kropp)) {
        if (kropp.versjon === undefined) kropp.versjon = versjon;
        else if (kropp.versjon !== versjon) {
          throw new DomeneFeil('UGYLDIG_IF_MATCH', 'If-Match og versjon i kroppen er ulike.', 400, [{ field: 'versjon', message: 'Må være den samme versjonen som i If-Match.' }]);
        }
      }
    }
    return next.handle().pipe(
      map((svar: unknown) => {
        const versjon = (svar as { versjon?: unknown } | null)?.versjon;
        if (Number.isInteger(versjon) && !res.headersSent) res.setHeader('ETag', `"${String(versjon)}"`);
        return svar;
      }),
      catchError((e: unknown) =>
        throwError(() => (medForutsetning && e instanceof DomeneFeil && e.kode === 'UTDATERT_VERSJON' ? new DomeneFeil(e.kode, e.melding, 412, e.felt) : e)),
      ),
    );
  }
}
