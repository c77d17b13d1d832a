import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Problem } from '../http/problem.js';
import { medIdempotencyKey } from '../http/idempotens.js';
import { PROBLEMBESKRIVELSER, problemInnhold } from './problem-svar.js';

const METODER = ['get', 'put', 'post', 'delete', 'patch'] as const;
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ResponseObject = { description: string; content?: unknown };

/**
 * The error replies every route of its kind can give, so no route has to repeat them: 400 (a NUL character
 * or bad JSON is refused before the route), 401 and 403 behind the bearer token, 413 and 415 with a body,
 * 422 beside the Idempotency-Key of a POST, 429 (rate limit), 500 and 503 (database or queue down).
 */
function felles(op: OperationObject, metode: string, sti: string, dok: OpenAPIObject): number[] {
  if (!sti.startsWith('/api/')) return [];
  const medToken = (op.security?.length ?? 0) > 0;
  const medKropp = Boolean(op.requestBody);
  return [
    400,
    ...(medToken ? [401, 403] : []),
    ...(/\{[^}]+\}/.test(sti) ? [404] : []),
    ...(medKropp ? [413, 415] : []),
    ...(metode === 'post' ? [422] : []),
    ...(harVersjon(dok, kroppsskjema(op)) ? [412] : []),
    429,
    500,
    503,
  ];
}

type Skjemareferanse = { $ref?: string } | undefined;

const kroppsskjema = (op: OperationObject): Skjemareferanse =>
  (op.requestBody as { content?: Record<string, { schema?: Skjemareferanse }> } | undefined)?.content?.['application/json']?.schema;

/** The named schema has a `versjon`: a change at a version, or a resource that has one. */
function harVersjon(dok: OpenAPIObject, skjema: Skjemareferanse): boolean {
  const navn = skjema?.$ref?.split('/').pop();
  const egenskaper = navn ? (dok.components?.schemas?.[navn] as { properties?: Record<string, unknown> } | undefined)?.properties : undefined;
  return Boolean(egenskaper && 'versjon' in egenskaper);
}

/**
 * `versjon` as HTTP's validator (VersjonInterceptor): a change at a version takes `If-Match`, and a reply
 * with a `versjon` has it as its ETag.
 */
function medVersjon(dok: OpenAPIObject, op: OperationObject): void {
  if (harVersjon(dok, kroppsskjema(op))) {
    op.parameters = [
      ...(op.parameters ?? []),
      {
        name: 'If-Match',
        in: 'header',
        required: false,
        description: 'Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412.',
        schema: { type: 'string', pattern: '^"\\d+"$' },
      },
    ];
  }
  for (const [status, svar] of Object.entries(op.responses)) {
    const r = svar as ResponseObject & { headers?: Record<string, unknown> };
    const skjema = (r.content as Record<string, { schema?: Skjemareferanse }> | undefined)?.['application/json']?.schema;
    if (/^2/.test(status) && harVersjon(dok, skjema)) {
      r.headers = { ...(r.headers ?? {}), ETag: { description: 'Ressursens versjon («"3"»), til If-Match', schema: { type: 'string' } } };
      // Express answers a GET whose If-None-Match still holds with 304 and no body.
      if (status === '200' && !op.requestBody) op.responses['304'] ??= { description: 'Uendret siden versjonen i If-None-Match' };
    }
  }
}

/**
 * Every error status as `application/problem+json` with the one Problem schema, whatever the route's own
 * decorators said (a `type: Problem` response defaults to `application/json`, and a PDF route's to its PDF).
 */
function medProblemer(dok: OpenAPIObject): OpenAPIObject {
  for (const [sti, element] of Object.entries(dok.paths)) {
    for (const metode of METODER) {
      const op = element[metode];
      if (!op) continue;
      // Without the bearer token: said outright, so a reader does not take the document's default for it.
      op.security ??= [];
      medVersjon(dok, op);
      for (const status of felles(op, metode, sti, dok)) {
        op.responses[String(status)] ??= { description: PROBLEMBESKRIVELSER[status]! };
      }
      for (const [status, svar] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const r = svar as ResponseObject;
        r.description ||= PROBLEMBESKRIVELSER[Number(status)] ?? 'Feil';
        r.content = problemInnhold();
      }
    }
  }
  return dok;
}

/**
 * The OpenAPI document as served at /api/docs-json: what a client can be generated from. Its servers are
 * the API itself (relative, so the document holds wherever it is served); the development sign-in exists
 * only outside production, and so only there in the document.
 */
export function byggDokument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('TK Lofoten – saksbehandling for helse- og omsorgstjenester')
    .setDescription(
      'API for Felles tildelingskontor Lofoten: søknader, kartlegging, tildelingskriterier, vedtak, klager, brev og rapporter. ' +
        'Feil er application/problem+json (RFC 9457) med en stabil code.',
    )
    .setVersion('1')
    .setLicense('Lukket kildekode', 'https://tk-lofoten.no/lisens')
    .addServer('/', 'Denne tjenesten')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const dok = SwaggerModule.createDocument(app, config, { extraModels: [Problem] });
  return medProblemer(medIdempotencyKey(dok));
}
