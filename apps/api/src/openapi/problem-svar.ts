import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { Problem } from '../http/problem.js';

/** What each error status means in this API: the description the document gives it. */
export const PROBLEMBESKRIVELSER: Record<number, string> = {
  400: 'Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode)',
  401: 'Mangler gyldig innlogging (bearer-token)',
  403: 'Rollen eller kommunetilgangen din tillater ikke handlingen',
  404: 'Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til',
  409: 'Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON)',
  412: 'If-Match stemmer ikke med ressursens versjon',
  413: 'Forespørselen er for stor',
  415: 'Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8)',
  422: 'Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel)',
  429: 'For mange forespørsler; Retry-After sier når du kan prøve igjen',
  500: 'Intern feil; oppgi correlationId ved henvendelse',
  503: 'Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen',
};

/** The one content of every error reply: RFC 9457 problem details. */
export const problemInnhold = () => ({ 'application/problem+json': { schema: { $ref: getSchemaPath(Problem) } } });

/**
 * Documents the error statuses a route gives beyond those every route can give (the document adds 400, 401,
 * 403, 413, 422, 429, 500 and 503 by itself where they apply): usually 404, 409 and 412. Each as
 * `application/problem+json` with the one Problem schema.
 */
export const ProblemSvar = (...statuser: (keyof typeof PROBLEMBESKRIVELSER)[]) =>
  applyDecorators(
    ApiExtraModels(Problem),
    ...statuser.map((status) => ApiResponse({ status, description: PROBLEMBESKRIVELSER[status]!, content: problemInnhold() })),
  );
