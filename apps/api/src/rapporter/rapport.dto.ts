import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { enAv } from '../http/meldinger.js';

export const RAPPORTTYPER = ['likebehandling', 'anonymisert'] as const;
export const RAPPORTFORMATER = ['json', 'csv', 'pdf'] as const;

export class RapportbestillingDto {
  @ApiProperty({ enum: RAPPORTTYPER, example: 'likebehandling', description: 'likebehandling (bare leder) eller anonymisert' })
  @IsIn(RAPPORTTYPER, enAv(RAPPORTTYPER))
  type: (typeof RAPPORTTYPER)[number];

  @ApiProperty({ example: 2026, description: 'Kalenderåret rapporten gjelder' })
  @IsInt({ message: 'Må være et heltall.' })
  @Min(2000)
  @Max(2100)
  aar: number;
}

export class RapportlisteQuery {
  @ApiPropertyOptional({ enum: RAPPORTTYPER }) @IsOptional() @IsIn(RAPPORTTYPER, enAv(RAPPORTTYPER)) type?: (typeof RAPPORTTYPER)[number];
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'Må være et heltall.' }) @Min(2000) @Max(2100) aar?: number;
  @ApiPropertyOptional({ example: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'Må være et heltall.' }) @Min(1) @Max(200) antall?: number;
}

export class RapportstatusDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RAPPORTTYPER }) type: string;
  @ApiProperty({ enum: ['bestilt', 'ferdig', 'feilet'], example: 'ferdig' }) status: string;
  @ApiProperty({ example: 2026 }) aar: number;
  @ApiProperty({ example: ['1865'], description: 'Kommunene rapporten gjelder' }) kommuner: string[];
  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' }) opprettet: string;
  @ApiProperty({ nullable: true, type: String }) ferdigTid: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Hvorfor rapporten ikke kunne lages' }) feil: string | null;
  @ApiProperty({ example: { json: '/api/v1/rapporter/…/innhold?format=json', csv: '/api/v1/rapporter/…/innhold?format=csv', pdf: '/api/v1/rapporter/…/innhold?format=pdf' } })
  lenker: Record<string, string>;
}
