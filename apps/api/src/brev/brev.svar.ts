import { ApiProperty } from '@nestjs/swagger';

/** The answers of the letter follow-up routes, as named schemas. */
export class FeiletBrevSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ example: 'vedtak' }) brevtype: string;
  @ApiProperty({ type: String, nullable: true }) feil: string | null;
  @ApiProperty({ type: 'integer' }) forsok: number;
  @ApiProperty({ type: String, format: 'date-time' }) opprettet: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) vedtakId: string | null;
  @ApiProperty({ type: String, nullable: true }) leveransekanal: string | null;
  @ApiProperty({ type: String, nullable: true }) leveransestatus: string | null;
}

export class FeiledeBrevSvar {
  @ApiProperty({ type: [FeiletBrevSvar] }) elementer: FeiletBrevSvar[];
}

export class BrevetterslepKommuneSvar {
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ type: 'integer' }) bestilt: number;
  @ApiProperty({ type: 'integer', nullable: true }) eldsteSekunder: number | null;
  @ApiProperty({ type: 'integer' }) feilet: number;
}

export class BrevetterslepSvar {
  @ApiProperty({ type: [String], example: ['1860', '1865'] }) kommuner: string[];
  @ApiProperty({ type: 'integer', description: 'Bestilte brev som ikke er sendt' }) bestilt: number;
  @ApiProperty({ type: 'integer' }) feilet: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Alderen på det eldste bestilte brevet, i sekunder' }) eldsteSekunder: number | null;
  @ApiProperty({ type: [BrevetterslepKommuneSvar] }) perKommune: BrevetterslepKommuneSvar[];
}

export class NyKjoringSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['bestilt'] }) status: string;
}
