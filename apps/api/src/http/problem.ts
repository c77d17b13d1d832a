import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FeltFeil {
  @ApiProperty({ example: 'fodselsnummer' }) field: string;
  @ApiProperty({ example: 'Fødselsnummeret har feil kontrollsiffer.' }) message: string;
}

/** RFC 9457 problem details, the shape of every error reply. */
export class Problem {
  @ApiProperty({ example: 'https://tk-lofoten.no/problemer/ulovlig-overgang' }) type: string;
  @ApiProperty({ example: 'Handlingen er ikke tillatt i sakens status' }) title: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty({ example: 'Saken har status «vedtatt».' }) detail: string;
  @ApiProperty({ example: '6f1c2a4e-2b1a-4d55-9d0e-1f8f0a6c9b21' }) correlationId: string;
  @ApiPropertyOptional({ example: 'ULOVLIG_OVERGANG' }) code?: string;
  @ApiPropertyOptional({ type: [FeltFeil] }) errors?: FeltFeil[];
}
