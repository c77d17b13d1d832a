import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { HENDELSESTYPER, type Hendelsestype } from '../../../../libs/domain/index.js';

export class NyttAbonnementDto {
  @ApiProperty({ example: '1865', description: 'Kommunen hendelsene gjelder (én av kommunene i tokenet ditt)' })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'kommunenummer må være fire sifre' })
  kommunenummer: string;

  @ApiProperty({ example: 'https://mottaker.example/tk-hendelser', maxLength: 2000, description: 'Mottakerens adresse: https (http bare utenfor produksjon)' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: HENDELSESTYPER, isArray: true, example: ['vedtak.fattet', 'brev.sendt'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(HENDELSESTYPER.length)
  @IsIn(HENDELSESTYPER, { each: true, message: `hendelsestyper må være blant ${HENDELSESTYPER.join(', ')}` })
  hendelsestyper: Hendelsestype[];

  @ApiPropertyOptional({ minLength: 32, maxLength: 200, description: 'Din egen hemmelighet til signaturen; utelatt lages en. Vises bare i svaret på dette kallet.' })
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'hemmelighet må være minst 32 tegn' })
  @MaxLength(200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'hemmelighet må være synlige ASCII-tegn uten mellomrom' })
  hemmelighet?: string;
}

export class AbonnementSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ example: 'https://mottaker.example/tk-hendelser' }) url: string;
  @ApiProperty({ enum: HENDELSESTYPER, isArray: true }) hendelsestyper: string[];
  @ApiProperty({ type: String, format: 'date-time' }) opprettet: Date;
}

export class OpprettetAbonnementSvar extends AbonnementSvar {
  @ApiProperty({ example: 'whsec_q2W…', description: 'Signaturhemmeligheten. Vises bare her: ta vare på den.' }) hemmelighet: string;
}

export class LeveranserQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) antall?: number;
}

export class LeveranseSvar {
  @ApiProperty({ format: 'uuid', description: 'Også X-TK-Leveranse-Id i forsendelsen' }) id: string;
  @ApiProperty({ type: 'integer', example: 42 }) hendelseId: number;
  @ApiProperty({ enum: HENDELSESTYPER }) hendelsestype: string;
  @ApiProperty({ enum: ['venter', 'levert', 'feilet'], description: 'venter: ikke levert ennå (nye forsøk kommer); feilet: alle forsøk brukt' }) status: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) forsok: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 503, description: 'HTTP-statusen mottakeren svarte sist; null når den ikke svarte' }) sisteHttpStatus: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Mottakeren svarte 503' }) sisteFeil: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sisteForsok: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) levert: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) opprettet: Date;
}
