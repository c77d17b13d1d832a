import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEMKODER } from '../openapi/problemkoder.js';

export class FeltFeil {
  @ApiProperty({ example: 'person.fodselsnummer' }) field: string;
  @ApiProperty({ example: 'Fødselsnummeret har feil kontrollsiffer.' }) message: string;
}

/** RFC 9457 problem details, the shape of every error reply. */
export class Problem {
  @ApiProperty({ format: 'uri', example: 'https://tk-lofoten.no/problemer/ulovlig-overgang' }) type: string;
  @ApiProperty({ example: 'Konflikt med sakens tilstand' }) title: string;
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 409 }) status: number;
  @ApiProperty({ example: 'Saken har status «vedtatt».' }) detail: string;
  @ApiProperty({ example: '6f1c2a4e-2b1a-4d55-9d0e-1f8f0a6c9b21', description: 'Står i loggen; oppgi den ved henvendelse' }) correlationId: string;
  @ApiPropertyOptional({ enum: PROBLEMKODER, enumName: 'Problemkode', example: 'ULOVLIG_OVERGANG', description: 'Stabil kode for feilen; den samme i alle versjoner' })
  code?: string;
  @ApiPropertyOptional({ type: [FeltFeil], description: 'Feltene som er feil (ved 400 og 422)' }) errors?: FeltFeil[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Bare ved 503 fra /health/ready: hvilken avhengighet som ikke svarer' })
  details?: Record<string, unknown>;
}
