import { createHash } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata, StreamableFile } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { catchError, concatMap, from, type Observable, of, switchMap, throwError } from 'rxjs';
import { DomeneFeil } from '../../../../libs/domain/src/felles/typer.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';
import { IdempotensRepository, type Krav } from './idempotens.repository.js';

const PLASSERING = 'tk:plassering';

/**
 * Where a 201's new resource lives, relative to /api/v1: `{id}` is the new resource's id from the answer,
 * `:param` the route's own parameter. Without it the Location is the request's path plus `/{id}`.
 */
export const Plassering = (mal: string) => SetMetadata(PLASSERING, mal);

const NOKKEL = /^[\x21-\x7e]{1,200}$/;
const VENT_MS = 15_000;

/**
 * For every route at once (new routes included): `Location` on every 201, and `Idempotency-Key` on every
 * POST. The same user, key and request (method, path, body) within 24 hours gets the first answer, status
 * and body, without the work being done again; the same key with another request is 422. A second request
 * that arrives while the first still runs waits for its answer. Only successful answers are kept: after an
 * error the key is free, so the retry does the work.
 */
@Injectable()
export class IdempotensInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly lager: IdempotensRepository,
    private readonly context: RequestContext,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const status = (this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ?? (req.method === 'POST' ? 201 : 200)) as number;
    const mal = this.reflector.get<string | undefined>(PLASSERING, ctx.getHandler());
    const medLocation = (svar: unknown) => {
      const location = status === 201 ? plassering(req, svar, mal) : null;
      if (location) res.setHeader('Location', location);
      return location;
    };
    const nokkel = req.headers['idempotency-key'];
    if (req.method !== 'POST' || nokkel === undefined || !this.context.harBruker) {
      return next.handle().pipe(concatMap(async (svar) => (medLocation(svar), svar)));
    }
    if (typeof nokkel !== 'string' || !NOKKEL.test(nokkel)) {
      throw new DomeneFeil('UGYLDIG_IDEMPOTENCY_KEY', 'Idempotency-Key må være 1–200 synlige ASCII-tegn.', 400, [
        { field: 'Idempotency-Key', message: 'må være 1–200 synlige ASCII-tegn' },
      ]);
    }
    const brukerId = this.context.bruker.id;
    const hash = createHash('sha256').update(JSON.stringify([req.method, req.originalUrl.split('?')[0], req.body ?? null])).digest('hex');
    return from(this.vent(brukerId, nokkel, hash)).pipe(
      switchMap((krav) => {
        if (krav.type === 'ferdig') {
          if (krav.location) res.setHeader('Location', krav.location);
          res.setHeader('Idempotent-Replayed', 'true');
          return of(krav.svar);
        }
        return next.handle().pipe(
          concatMap(async (svar) => {
            // A file (a preview's PDF) is not kept: such a POST creates nothing, so doing it again is harmless.
            if (svar === undefined || svar instanceof StreamableFile || Buffer.isBuffer(svar)) await this.lager.slipp(brukerId, nokkel);
            else await this.lager.lagre(brukerId, nokkel, status, svar, medLocation(svar));
            return svar;
          }),
          catchError((e: unknown) => from(this.lager.slipp(brukerId, nokkel).catch(() => undefined)).pipe(concatMap(() => throwError(() => e)))),
        );
      }),
    );
  }

  /** The key's state, waiting while another request with it runs. */
  private async vent(brukerId: string, nokkel: string, hash: string): Promise<Extract<Krav, { type: 'ny' | 'ferdig' }>> {
    const slutt = Date.now() + VENT_MS;
    for (;;) {
      const krav = await this.lager.krev(brukerId, nokkel, hash);
      if (krav.type === 'annen') throw new DomeneFeil('IDEMPOTENCY_KEY_BRUKT', 'Idempotency-Key er allerede brukt til en annen forespørsel.', 422);
      if (krav.type !== 'underveis') return krav;
      if (Date.now() > slutt) throw new DomeneFeil('IDEMPOTENCY_KEY_UNDERVEIS', 'En forespørsel med samme Idempotency-Key er fortsatt under arbeid. Prøv igjen om litt.', 409);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function plassering(req: Request, svar: unknown, mal: string | undefined): string | null {
  const id = (svar as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  if (!mal) return `${req.originalUrl.split('?')[0].replace(/\/$/, '')}/${encodeURIComponent(String(id))}`;
  const sti = mal.replace('{id}', encodeURIComponent(String(id))).replace(/:([A-Za-z]+)/g, (_, p: string) => encodeURIComponent(String(req.params[p] ?? '')));
  return `/api/v1/${sti}`;
}

/** The OpenAPI document names the header on every POST, as the interceptor serves every POST. */
export function medIdempotencyKey(dok: OpenAPIObject): OpenAPIObject {
  for (const sti of Object.values(dok.paths)) {
    const post = sti.post;
    if (!post) continue;
    post.parameters = [
      ...(post.parameters ?? []),
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422.',
        schema: { type: 'string', maxLength: 200 },
      },
    ];
  }
  return dok;
}
