import { HttpException, HttpStatus, RequestMethod, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { rateLimit } from 'express-rate-limit';
import { AppLogger } from '../../../libs/logging/src/app-logger.js';
import { contextMiddleware, requestMiddleware } from './http/request-middleware.js';
import { foresporselsteller } from './http/foresporselsteller.js';
import { StatiskeFiler } from './http/statiske-filer.js';
import { DOKUMENT_BODY_LIMIT } from '../../../libs/dokumenter/index.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { AppModule } from './app.module.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { lagValidationPipe } from './http/validation.js';
import { byggDokument } from './openapi/dokument.js';

/**
 * Builds the HTTP application. Used by `main.ts` and by the tests, so both run the same pipeline:
 * security headers, body limit, problem replies, validation, `/api/v1` prefix, OpenAPI.
 */
class TooManyRequestsException extends HttpException {
  constructor() {
    super('For mange forespørsler', HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * The web app (`npm run build:web` → apps/web/dist), served by this same process when the folder exists:
 * static files first, then index.html for any other GET outside /api and /health, so client-side routes
 * survive a reload; under /soknad the citizens' form (soknad.html) instead. Its only script is the bundled, self-hosted file, which helmet's `script-src 'self'` allows.
 * Files are served compressed (brotli or gzip) from memory; the content-hashed files under /assets/ are cached for a
 * year as immutable, the pages are asked for again each time.
 */
const WEB_DIST = resolve(process.cwd(), 'apps/web/dist');

function serveWebApp(app: NestExpressApplication): void {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) return;
  const filer = new StatiskeFiler(WEB_DIST);
  app.use((req: { method: string; path: string; headers: Record<string, string | string[] | undefined> }, res: Parameters<StatiskeFiler['send']>[2], next: () => void) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api') || req.path.startsWith('/health')) return next();
    if (filer.har(req.path) && req.path !== '/index.html') return filer.send(req.path, req, res);
    // The citizens' form is its own small page, not the caseworkers' app.
    filer.send(/^\/soknad(\/|$)/.test(req.path) && filer.har('/soknad.html') ? '/soknad.html' : '/index.html', req, res);
  });
}

/** Where a request body may carry documents: a case's upload, and the citizens' form with attachments. */
const DOKUMENTRUTER = /^\/api\/v1\/(soknader\/[^/?]+\/dokumenter|innbyggersoknader)\/?(\?|$)/;

/** The body parser would decode invalid UTF-8 to U+FFFD and store the mangled text: refuse it instead. */
function kunUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw Object.assign(new Error('Ugyldig UTF-8'), { status: 400, type: 'encoding.invalid' });
}

/**
 * The path of the first string holding U+0000, which PostgreSQL cannot store in text (`tekst`,
 * `tjenester[1]`). Iterative and depth-bounded: absurd nesting is left to validation, which refuses it.
 */
export function stiTilNul(rot: unknown, maksDybde = 32): string | null {
  const stabel: { verdi: unknown; sti: string; dybde: number }[] = [{ verdi: rot, sti: '', dybde: 0 }];
  while (stabel.length) {
    const { verdi, sti, dybde } = stabel.pop()!;
    if (typeof verdi === 'string') {
      if (verdi.includes('\u0000')) return sti || '(body)';
    } else if (verdi && typeof verdi === 'object' && dybde < maksDybde) {
      if (!Array.isArray(verdi) && Object.keys(verdi).some((k) => k.includes('\u0000'))) return sti || '(body)';
      const barn = Array.isArray(verdi) ? verdi.map((v, i) => [`${sti}[${i}]`, v] as const) : Object.entries(verdi).map(([k, v]) => [sti ? `${sti}.${k}` : k, v] as const);
      for (let i = barn.length - 1; i >= 0; i--) stabel.push({ verdi: barn[i][1], sti: barn[i][0], dybde: dybde + 1 });
    }
  }
  return null;
}

export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const logger = new AppLogger(config.LOG_LEVEL, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false });
  const filter = new ProblemDetailsFilter();
  const answer = (err: unknown, req: unknown, res: unknown) =>
    filter.catch(err, { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as never);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestMiddleware(logger.pino));
  // The web app signs in with OIDC (authorization code + PKCE): its token request goes to the issuer.
  // The sign-ins' discovery and token requests go from the browser to the caseworkers' provider and to ID-porten.
  const connectSrc = ["'self'", ...[config.OIDC_ISSUER, config.IDPORTEN_ISSUER].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin)];
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'connect-src': connectSrc } } }));
  const teller = foresporselsteller(config);
  (app.getHttpServer() as Server).once('close', teller.lukk);
  app.use(
    rateLimit({
      windowMs: 60_000,
      limit: config.RATE_LIMIT_PER_MINUTE,
      store: teller.store,
      // Redis out of reach: requests pass (the limit protects capacity; it is not an access control), and the limiter logs it.
      passOnStoreError: true,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      skip: (req) => req.path.startsWith('/health'),
      handler: (req, res) => answer(new TooManyRequestsException(), req, res),
    }),
  );
  // Nest's type leaves out `verify` (its rawBody option uses it); we do not use rawBody, so body-parser gets ours.
  const jsonValg = { limit: config.HTTP_BODY_LIMIT, type: ['application/json', 'application/*+json'], verify: kunUtf8 };
  // The routes that carry documents (base64) take a larger body; the document itself is then held to its own limit.
  const dokumentValg = { ...jsonValg, limit: DOKUMENT_BODY_LIMIT, type: (req: { url?: string; headers: Record<string, unknown> }) => DOKUMENTRUTER.test(req.url ?? '') && /^application\/(.+\+)?json/i.test(String(req.headers['content-type'] ?? '')) };
  app.useBodyParser('json', dokumentValg as unknown as Omit<typeof jsonValg, 'verify'>);
  app.useBodyParser('json', jsonValg as Omit<typeof jsonValg, 'verify'>);
  // Replies from the API hold personal data: no browser or proxy may keep them.
  app.use((req: { path: string }, res: { setHeader: (n: string, v: string) => void }, next: () => void) => {
    if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // A NUL character would reach PostgreSQL and fail there as a 500: refuse it here, naming the field.
  app.use((req: { body?: unknown; query?: unknown }, _res: unknown, next: (e?: unknown) => void) => {
    // A query parameter is named by itself (`kommune`), even when it is repeated.
    const felt = stiTilNul(req.body) ?? stiTilNul(req.query)?.replace(/\[\d+\]$/, '') ?? null;
    next(felt ? Object.assign(new Error('NUL-tegn'), { status: 400, type: 'tegn.nul', felt }) : undefined);
  });
  app.use(contextMiddleware);
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health/live', method: RequestMethod.GET }, { path: 'health/ready', method: RequestMethod.GET }] });
  app.useGlobalPipes(lagValidationPipe());
  serveWebApp(app);
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => byggDokument(app), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  await app.init();
  // Errors thrown by Express middleware (body parser: 413, bad JSON) bypass Nest's filters: answer them the same way.
  app.use((err: unknown, req: unknown, res: unknown, _next: unknown) => answer(err, req, res));
  // Node answers a request it cannot parse (a URL or headers over 16 KB: 431; a broken request line: 400) by
  // itself, with an empty body. Answer those as problem replies too, with a correlation id.
  (app.getHttpServer() as Server).on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const detail = status === 431 ? 'Adressen eller hodene i forespørselen er for store.' : status === 408 ? 'Forespørselen tok for lang tid.' : 'Forespørselen kunne ikke leses.';
    const body = JSON.stringify({ type: `https://tk-lofoten.no/problemer/${status}`, title: STATUS_CODES[status], status, detail, correlationId: randomUUID() });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  return app;
}
