import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, Matches } from 'class-validator';
import { MAALFORMER } from '../../../../libs/domain/src/felles/typer.js';
import { BREVTYPER } from '../../../../libs/letters/src/brevtyper.js';
import { enAv } from '../http/meldinger.js';

export const BREVMALSTATUSER = ['utkast', 'publisert', 'tilbaketrukket'] as const;
export type Brevmalstatus = (typeof BREVMALSTATUSER)[number];

const tilBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** OpenAPI description of a template's content; the content itself is checked by `validerBrevmal`. */
export class BrevmalseksjonSkjema {
  @ApiProperty({ example: 'klage', description: 'Stabil id (små bokstaver, tall og _). Vedtaksbrev må ha de påkrevde seksjonene.' }) id: string;
  @ApiProperty({ example: 'Du kan klage på vedtaket' }) overskrift: string;
  @ApiProperty({ example: 'Du kan klage innen 4 uker ... Send klagen til {{brevhode.klageadresse}}.', description: 'Mustache-tekst uten logikk' })
  tekst: string;
}

export class BrevmalinnholdSkjema {
  @ApiProperty({ enum: BREVTYPER, example: 'vedtak_innvilget' }) brevtype: string;
  @ApiProperty({ enum: MAALFORMER, example: 'nb' }) maalform: string;
  @ApiProperty({ example: 'Vedtak om {{soknad.gjelder}}' }) tittel: string;
  @ApiProperty({ type: [BrevmalseksjonSkjema] }) seksjoner: BrevmalseksjonSkjema[];
  @ApiProperty({ example: ['brevhode.klageadresse', 'soknad.gjelder'], description: 'Alle flettefelt malen bruker, deklarert' })
  flettefelt: string[];
}

export class NyBrevmalDto {
  @ApiProperty({ enum: BREVTYPER, example: 'vedtak_innvilget' }) @IsIn(BREVTYPER, enAv(BREVTYPER)) brevtype: string;
  @ApiProperty({ enum: MAALFORMER, example: 'nb' }) @IsIn(MAALFORMER, enAv(MAALFORMER)) maalform: 'nb' | 'nn';
  @ApiProperty({ type: BrevmalinnholdSkjema, description: 'Må ha samme brevtype og målform som feltene over' })
  @IsObject()
  innhold: Record<string, unknown>;
}

export class EndreBrevmalDto {
  @ApiProperty({ type: BrevmalinnholdSkjema, description: 'Hele det nye innholdet; brevtype og målform kan ikke endres' })
  @IsObject()
  innhold: Record<string, unknown>;
}

export class BrevmalQuery {
  @ApiPropertyOptional({ enum: BREVTYPER }) @IsOptional() @IsIn(BREVTYPER, enAv(BREVTYPER)) brevtype?: string;
  @ApiPropertyOptional({ enum: MAALFORMER }) @IsOptional() @IsIn(MAALFORMER, enAv(MAALFORMER)) maalform?: 'nb' | 'nn';
  @ApiPropertyOptional({ enum: BREVMALSTATUSER }) @IsOptional() @IsIn(BREVMALSTATUSER, enAv(BREVMALSTATUSER)) status?: Brevmalstatus;
  @ApiPropertyOptional({ description: 'Bare versjonene som brukes i nye brev (høyeste publiserte per brevtype og målform)' })
  @IsOptional()
  @Transform(tilBool)
  @IsBoolean()
  iBruk?: boolean;
}

export class ForhandsvisningDto {
  @ApiPropertyOptional({ example: '1865', description: 'Kommunen hvis brevhode brukes; ellers din første kommune' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' })
  kommunenummer?: string;
}

export class BrevmalSammendragDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BREVTYPER, example: 'vedtak_innvilget' }) brevtype: string;
  @ApiProperty({ enum: MAALFORMER, example: 'nb' }) maalform: string;
  @ApiProperty({ example: 2 }) versjon: number;
  @ApiProperty({ enum: BREVMALSTATUSER, example: 'utkast' }) status: Brevmalstatus;
  @ApiProperty({ description: 'Denne versjonen brukes i nye brev (høyeste publiserte for brevtype og målform)' }) iBruk: boolean;
  @ApiProperty({ example: 'Vedtak om {{soknad.gjelder}}' }) tittel: string;
  @ApiProperty({ example: 'u-42' }) opprettetAv: string;
  @ApiProperty({ format: 'date-time' }) opprettet: Date;
  @ApiPropertyOptional({ type: String, example: 'u-42', nullable: true }) publisertAv: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publisertTid: Date | null;
}

export class BrevmalDto extends BrevmalSammendragDto {
  @ApiProperty({ type: BrevmalinnholdSkjema }) innhold: BrevmalinnholdSkjema;
}

export class FlettetSeksjonDto {
  @ApiProperty({ example: 'klage' }) id: string;
  @ApiProperty({ example: 'Du kan klage på vedtaket' }) overskrift: string;
  @ApiProperty({ example: 'Du kan klage innen 4 uker fra du mottok dette brevet.' }) tekst: string;
}

export class ForhandsvisningSvarDto {
  @ApiProperty({ format: 'uuid' }) brevmalId: string;
  @ApiProperty({ example: 'vedtak_innvilget' }) brevtype: string;
  @ApiProperty({ example: 'nb' }) maalform: string;
  @ApiProperty({ example: 2 }) versjon: number;
  @ApiProperty({ enum: BREVMALSTATUSER }) status: Brevmalstatus;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ example: 'Vågan kommune, ved Felles tildelingskontor Lofoten', description: 'Brevhodets avsenderlinje' }) avsender: string;
  @ApiProperty({ example: 'Vedtak om praktisk bistand' }) tittel: string;
  @ApiProperty({ type: [FlettetSeksjonDto], description: 'Seksjoner som blir tomme med eksempeldataene, er utelatt (som i brevet)' })
  seksjoner: FlettetSeksjonDto[];
  @ApiProperty({ description: 'Avsenderlinje, tittel og seksjoner som ren tekst' }) tekst: string;
  @ApiProperty({ example: 'Flettet med eksempeldata (fiktiv person). Ikke et brev.' }) merknad: string;
}
