import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomeneFeil } from '../../../../libs/domain/src/felles/typer.js';
import { UgyldigToken } from '../../../../libs/auth/src/token-verifier.js';
import { skrubb } from '../../../../libs/logging/src/logging.js';
import type { Problem } from './problem.js';
import { feltstiMedNyeNavn } from './feltnavn.js';

export class ValideringsFeil extends HttpException {
  constructor(readonly errors: { field: string; message: string }[]) {
    super('Ugyldig forespørsel', HttpStatus.BAD_REQUEST);
  }
}

const TITLER: Record<number, string> = {
  400: 'Ugyldig forespørsel',
  401: 'Ikke innlogget',
  403: 'Ingen tilgang',
  404: 'Ikke funnet',
  405: 'Metoden er ikke tillatt',
  409: 'Konflikt med sakens tilstand',
  413: 'For stor forespørsel',
  415: 'Ugyldig innholdstype',
  422: 'Kan ikke behandles',
  429: 'For mange forespørsler',
  500: 'Intern feil',
  503: 'Tjenesten er midlertidig utilgjengelig',
};

const slug = (s: string) => s.toLowerCase().replace(/_/g, '-');

const UTILGJENGELIG_KODER = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // PostgreSQL: shutting down, crashed, starting, too many connections, connection failures (class 08)
  '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006',
]);
// A connection that died under a transaction also surfaces as the pool's or TypeORM's own complaint
// (a query runner released by the broken connection), not only as a driver error.
const UTILGJENGELIG_MELDING =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|Query runner already released|Connection is closed|Stream isn't writeable/i;

/** Connection-level failures of PostgreSQL or Redis: the service is down, not the request wrong. */
export function erUtilgjengelig(e: unknown, dybde = 0): boolean {
  if (!e || typeof e !== 'object' || dybde > 3) return false;
  const code = (e as { code?: string }).code ?? (e as { driverError?: { code?: string } }).driverError?.code;
  const msg = e instanceof Error ? e.message : '';
  return (
    UTILGJENGELIG_KODER.has(code ?? '') ||
    (e as { name?: string }).name === 'QueryRunnerAlreadyReleasedError' ||
    UTILGJENGELIG_MELDING.test(msg) ||
    erUtilgjengelig((e as { cause?: unknown }).cause, dybde + 1)
  );
}

/** An unknown field is named in the reply: never by a name that could be an identity number. */
const maskerFelt = (f: { field: string; message: string }) => ({ field: String(skrubb(f.field)), message: f.message });

/**
 * Every error leaves as application/problem+json with the request's correlation id. Domain errors carry
 * their bokmål message; technical errors are logged with the correlation id and answered generically,
 * so no stack trace, SQL or personal data reaches a client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Feil');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const correlationId = String(res.getHeader('x-correlation-id') ?? req.id ?? 'ukjent');
    const problem = this.toProblem(exception, correlationId);
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({ correlationId, err: exception instanceof Error ? { type: exception.name, message: exception.message } : String(exception) }, 'Teknisk feil');
    }
    if (problem.status === 429) res.setHeader('Retry-After', '60');
    if (problem.status === 503) res.setHeader('Retry-After', '5');
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(e: unknown, correlationId: string): Problem {
    const base = (status: number, detail: string, code?: string): Problem => ({
      type: `https://tk-lofoten.no/problemer/${code ? slug(code) : status}`,
      title: TITLER[status] ?? 'Feil',
      status,
      detail,
      correlationId,
      ...(code ? { code } : {}),
    });
    if (e instanceof DomeneFeil) {
      // The domain names its fields by its own names; the reply uses the API's.
      const felt = e.felt.map((f) => maskerFelt({ ...f, field: feltstiMedNyeNavn(f.field) }));
      return { ...base(e.status, e.melding, e.kode), ...(felt.length ? { errors: felt } : {}) };
    }
    if (e instanceof ValideringsFeil) {
      return { ...base(400, 'Forespørselen har ugyldige felt.', 'VALIDERING'), errors: e.errors.map(maskerFelt) };
    }
    if (e instanceof UgyldigToken) return base(401, 'Tokenet er ugyldig eller utløpt.', 'UGYLDIG_TOKEN');
    // body-parser errors carry a status and a type, e.g. entity.too.large (413), entity.parse.failed (400).
    // Nest wraps them in an HttpException with the original as its cause.
    const bp = ((e instanceof HttpException && e.cause) || e) as { type?: string; status?: number; expose?: boolean; felt?: string };
    if (bp?.type === 'tegn.nul') {
      return { ...base(400, 'Forespørselen har ugyldige felt.', 'VALIDERING'), errors: [maskerFelt({ field: bp.felt ?? '(body)', message: 'Inneholder et NUL-tegn (U+0000), som ikke kan lagres.' })] };
    }
    if (bp?.type === 'entity.too.large') return base(413, 'Forespørselen er for stor.', 'FOR_STOR');
    if (bp?.type === 'entity.parse.failed') return base(400, 'Forespørselen er ikke gyldig JSON.', 'UGYLDIG_JSON');
    if (bp?.type === 'encoding.unsupported' || bp?.type === 'charset.unsupported') return base(415, 'Tegnsettet støttes ikke; bruk UTF-8.', 'UGYLDIG_TEGNSETT');
    if (bp?.type === 'encoding.invalid') return base(400, 'Forespørselen er ikke gyldig UTF-8.', 'UGYLDIG_TEGN');
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const body = e.getResponse() as { details?: unknown };
      // Readiness: keep which dependency is down (an RFC 9457 extension member), never more.
      if (status === 503 && body && typeof body === 'object' && 'details' in body) {
        return { ...base(503, 'PostgreSQL eller køen svarer ikke.', 'IKKE_KLAR'), details: body.details } as Problem;
      }
      if (status === 429) return base(429, 'For mange forespørsler. Vent litt og prøv igjen.', 'FOR_MANGE');
      const detail =
        status === 404 ? 'Ressursen finnes ikke.' : status === 401 ? 'Mangler gyldig innlogging.' : status === 403 ? 'Du har ikke tilgang til denne handlingen.' : (TITLER[status] ?? 'Feil');
      return base(status, detail);
    }
    if (erUtilgjengelig(e)) return base(503, 'Databasen eller køen svarer ikke akkurat nå. Prøv igjen om litt.', 'UTILGJENGELIG');
    return base(500, 'Det oppstod en intern feil. Oppgi korrelasjons-ID-en ved henvendelse.');
  }
}
