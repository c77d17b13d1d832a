import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';

/** A route that answers with a PDF's bytes: `application/pdf`, a binary body (its errors stay problem+json). */
export const PdfSvar = (description: string) =>
  applyDecorators(ApiProduces('application/pdf'), ApiOkResponse({ description, content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }));
