import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UTFALL } from '../../../../libs/domain/src/felles/typer.js';
import { AVVIKSKATEGORIER } from '../../../../libs/vedtak/src/vedtaksregler.js';
import { enAv, ErDato, MaksDesimaler } from '../http/meldinger.js';
import { VersjonDto } from '../soknader/soknad.dto.js';

export class VedtakslinjeDto {
  @ApiProperty({ example: 'praktisk-bistand' }) @IsString() @MaxLength(40) tjenestekode: string;
  @ApiProperty({ enum: UTFALL, example: 'innvilget' }) @IsIn(UTFALL, enAv(UTFALL)) utfall: (typeof UTFALL)[number];
  @ApiPropertyOptional({ example: 2, description: 'Omfang i tjenestens enhet (timer per uke eller døgn)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaksDesimaler(2)
  @Min(0)
  @Max(10000)
  omfang?: number;
  @ApiPropertyOptional({ example: 'Rengjøring hver tredje uke og innkjøp en gang i uken.' }) @IsOptional() @IsString() @MaxLength(4000) innhold?: string;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @ErDato() startdato?: string;
  @ApiPropertyOptional({ example: '2027-05-31' }) @IsOptional() @ErDato() sluttdato?: string;
  @ApiPropertyOptional({ example: '2027-03-01' }) @IsOptional() @ErDato() evalueringsdato?: string;
  @ApiPropertyOptional({ enum: AVVIKSKATEGORIER }) @IsOptional() @IsIn(AVVIKSKATEGORIER, enAv(AVVIKSKATEGORIER)) avvikKategori?: string;
  @ApiPropertyOptional({ description: 'Påkrevd når vedtaket avviker fra kriterienes anbefaling' }) @IsOptional() @IsString() @MaxLength(4000) avvikBegrunnelse?: string;
  @ApiPropertyOptional({
    example: 'Du klarer lett husarbeid selv; vi har derfor innvilget 2 av de 4 timene du søkte om.',
    description: 'Hvorfor tjenesten er delvis innvilget eller avslått; står i brevet under «Vurdering og begrunnelse». Uten den brukes avviksbegrunnelsen eller kriterienes begrunnelse; finnes ingen av dem, svarer tjeneren 400.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  begrunnelse?: string;
}

export class TjenesteIMellomtidenDto {
  @ApiProperty({ example: 'Helsetjenester i hjemmet' }) @IsString() @IsNotEmpty() @MaxLength(200) tjeneste: string;
  @ApiProperty({ example: 'To besøk hver dag' }) @IsString() @IsNotEmpty() @MaxLength(200) omfang: string;
}

export class VedtakDto extends VersjonDto {
  @ApiProperty({ type: [VedtakslinjeDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => VedtakslinjeDto) tjenester: VedtakslinjeDto[];
  @ApiPropertyOptional({ description: 'Vurderingen (utkast fra kriterienes begrunnelser, redigert av saksbehandler)' }) @IsOptional() @IsString() @MaxLength(20000) vurdering?: string;
  @ApiProperty({ type: [String], example: ['Hjemmebesøk med deg og datteren din', 'Epikrise fra sykehuset'], description: 'Opplysningene vedtaket bygger på; minst én (står i brevet)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  innhentedeOpplysninger?: string[];
  @ApiPropertyOptional({ type: [TjenesteIMellomtidenDto], description: 'Venteliste: tjenestene søkeren får mens hun eller han venter (påkrevd når vedtaket ikke selv innvilger noen)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => TjenesteIMellomtidenDto)
  tjenesterIMellomtiden?: TjenesteIMellomtidenDto[];
  @ApiPropertyOptional({ example: 'Praktisk bistand har egenandel etter inntekt. Du får et eget brev om egenandelen.' }) @IsOptional() @IsString() @MaxLength(4000) egenandel?: string;
  @ApiPropertyOptional({
    example: '2027-01-15',
    description: 'Ved endring eller stans (erstatterVedtakId): dagen endringen gjelder fra. Gir vedtaket mindre enn før (redusert eller stanset mot søkerens ønske), tidligst 14 dager etter vedtaksdatoen (varsel).',
  })
  @IsOptional()
  @ErDato()
  virkningsdato?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Vedtaket som endres (et fattet vedtak endres aldri; det erstattes)' }) @IsOptional() @IsUUID('all', { message: 'Må være en gyldig id.' }) erstatterVedtakId?: string;
}

/** Approving a draft: with `versjon` (or If-Match) only if the decision is still the one the approver saw. */
export class GodkjenningDto extends VersjonDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 1, description: 'Vedtakets versjon du så; endret siden gir 409 (412 med If-Match). Utelatt: ingen kontroll.' })
  @IsOptional()
  declare versjon: number;
}
