import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { enAv } from '../http/meldinger.js';
import { DokumentDto } from '../dokumenter/dokument.dto.js';

const ROLLER = ['verge', 'forelder', 'fullmektig'] as const;

export class PaaVegneAvDto {
  @ApiProperty({ description: 'Fødselsnummeret til den du søker for (11 siffer). Returneres aldri.', example: '01817012345' }) @IsString() @MaxLength(20) fodselsnummer: string;
  @ApiProperty({ example: 'Ola Nordmann' }) @IsString() @IsNotEmpty() @MaxLength(200) navn: string;
  @ApiPropertyOptional({ example: 'Fiskergata 3, 8390 Reine' }) @IsOptional() @IsString() @MaxLength(300) adresse?: string;
  @ApiProperty({ enum: ROLLER, description: 'Hvorfor du søker for personen' }) @IsIn(ROLLER, enAv(ROLLER)) rolle: (typeof ROLLER)[number];
}

export class InnbyggersoknadDto {
  @ApiProperty({ example: '1865', description: 'Kommunen der den som trenger hjelp bor eller oppholder seg' })
  @Matches(/^\d{4}$/, { message: 'Velg kommunen du bor i.' })
  kommunenummer: string;
  @ApiProperty({ example: ['praktisk-bistand'], description: 'Tjenestekoder fra tjenestekatalogen' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Velg minst én tjeneste.' })
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tjenester: string[];
  @ApiProperty({ example: 'Hjelp til rengjøring og handling.', description: 'Hva du søker om, med dine ord' }) @IsString() @IsNotEmpty({ message: 'Skriv hva du søker om.' }) @MaxLength(5000) hvaSokesOm: string;
  @ApiPropertyOptional({ example: 'Jeg har brukket hoften og bor alene.', description: 'Situasjonen din' }) @IsOptional() @IsString() @MaxLength(10000) situasjon?: string;
  @ApiProperty({ description: 'Samtykke til at kontoret henter opplysninger (fastlege, hjemmesykepleie) i stedet for å be deg om dem' })
  @IsBoolean({ message: 'Svar ja eller nei.' })
  samtykkeInnhenting: boolean;
  @ApiProperty({ description: 'Du bekrefter at opplysningene er riktige', example: true }) @Equals(true, { message: 'Bekreft at opplysningene er riktige.' }) bekreftet: true;
  @ApiProperty({ example: 'Kari Nordmann', description: 'Navnet ditt' }) @IsString() @IsNotEmpty({ message: 'Skriv navnet ditt.' }) @MaxLength(200) navn: string;
  @ApiPropertyOptional({ example: 'Storgata 1, 8300 Svolvær' }) @IsOptional() @IsString() @MaxLength(300) adresse?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) telefon?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) epost?: string;
  @ApiPropertyOptional({ enum: ['nb', 'nn'], description: 'Målformen du vil ha brev på' }) @IsOptional() @IsIn(['nb', 'nn'], enAv(['nb', 'nn'])) maalform?: 'nb' | 'nn';
  @ApiPropertyOptional({ type: PaaVegneAvDto, description: 'Når du søker for en annen (som verge, forelder eller fullmektig)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PaaVegneAvDto)
  paaVegneAv?: PaaVegneAvDto;
  @ApiPropertyOptional({ type: DokumentDto, isArray: true, description: 'Vedlegg (PDF, JPEG eller PNG), høyst 5, til sammen høyst 10 MB; registreres som inngående dokumenter i saken' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'Legg ved høyst 5 filer.' })
  @ValidateNested({ each: true })
  @Type(() => DokumentDto)
  vedlegg?: DokumentDto[];
}

export class KvitteringDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ example: 'Vågan kommune, ved Felles tildelingskontor Lofoten' }) mottaker: string;
  @ApiProperty({ example: '2026-11-02' }) mottattDato: string;
  @ApiProperty({ enum: ['digital'] }) kanal: 'digital';
  @ApiProperty({ example: [{ kode: 'praktisk-bistand', navn: 'Praktisk bistand' }] }) tjenester: { kode: string; navn: string }[];
  @ApiProperty({ description: 'Kvitteringsbrevet (PDF/A); kan leses når det er laget', example: { id: '…', lenke: '/api/v1/innbyggersoknader/…/kvittering' } })
  kvitteringsbrev: { id: string; lenke: string };
}

export class InnbyggerinnloggingDto {
  @ApiProperty({ example: 'https://idporten.no' }) issuer: string;
  @ApiProperty() klientId: string;
  @ApiProperty({ example: 'openid profile' }) scope: string;
  @ApiProperty({ example: 'idporten-loa-high' }) acrValues: string;
}

export class SkjemavalgDto {
  @ApiProperty({ example: [{ kommunenummer: '1865', navn: 'Vågan' }] }) kommuner: { kommunenummer: string; navn: string }[];
  @ApiProperty({ example: [{ kode: 'praktisk-bistand', navn: 'Praktisk bistand', navnNynorsk: 'Praktisk bistand' }] }) tjenester: { kode: string; navn: string; navnNynorsk: string }[];
}
