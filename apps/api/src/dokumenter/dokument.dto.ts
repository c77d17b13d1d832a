import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A document in a request: the file as base64, checked from its content (PDF, JPEG or PNG, at most 10 MB). */
export class DokumentDto {
  @ApiProperty({ example: 'Legeerklæring', description: 'Hva dokumentet er' }) @IsString() @IsNotEmpty({ message: 'Skriv hva dokumentet er.' }) @MaxLength(200) tittel: string;
  @ApiProperty({ example: 'skann-0412.pdf', description: 'Filnavnet hos avsenderen (bare til visning; typen leses av innholdet)' }) @IsString() @IsNotEmpty() @MaxLength(255) filnavn: string;
  @ApiProperty({ description: 'Filen kodet som base64: PDF, JPEG eller PNG, høyst 10 MB' }) @IsString() @IsNotEmpty({ message: 'Velg en fil.' }) innholdBase64: string;
}

export class DokumentSvar {
  @ApiProperty() id: string;
  @ApiProperty() soknadId: string;
  @ApiProperty({ enum: ['inngaaende'], description: 'Inngående dokument i saken' }) retning: 'inngaaende';
  @ApiProperty({ enum: ['saksbehandler', 'innbygger'], description: 'Lastet opp av en saksbehandler, eller vedlagt av innbyggeren i det digitale skjemaet' }) kilde: 'saksbehandler' | 'innbygger';
  @ApiProperty({ example: 'Legeerklæring' }) tittel: string;
  @ApiProperty({ example: 'skann-0412.pdf' }) filnavn: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'], description: 'Typen lest av innholdet' }) innholdstype: 'application/pdf' | 'image/jpeg' | 'image/png';
  @ApiProperty({ example: 48213, description: 'Størrelse i byte' }) storrelse: number;
  @ApiProperty({ description: 'SHA-256 av innholdet, heksadesimalt' }) sha256: string;
  @ApiProperty() opprettetAvNavn: string;
  @ApiProperty({ format: 'date-time' }) opprettet: string;
}
