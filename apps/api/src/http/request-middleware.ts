import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { skrubb } from '../../../../libs/logging/src/logging.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';

const KORRELASJON = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Gives every request a correlation id (the caller's, when well-formed), opens its context and logs it:
 * method, path without query string (filters may carry names), status and time. Never the body.
 */
export function requestMiddleware(logger: Logger) {
  const http = pinoHttp({
    logger,
    genReqId: (req) => (req as Request & { id: string }).id,
    serializers: {
      // Serializers run after pino's log formatter, so the path is masked here (a client may put an identity number in it).
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: skrubb(String(req.url).split('?')[0]) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (req) => ({ correlationId: (req as Request & { id: string }).id }),
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-correlation-id'];
    // A caller's id is echoed in every reply and log line: never one that could be an identity number.
    const id = typeof incoming === 'string' && KORRELASJON.test(incoming) && !/\d{11}/.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = id;
    res.setHeader('x-correlation-id', id);
    http(req, res);
    next();
  };
}

/** Opens the request's context. Mounted after the body parser, whose stream callbacks would lose it. */
export function contextMiddleware(req: Request, _res: Response, next: NextFunction) {
  RequestContext.run((req as Request & { id: string }).id, next);
}
