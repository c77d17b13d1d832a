import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ENKLE_HANDLINGER, OPPHORSGRUNNER, SAKSSTATUSER, type Opphorsgrunn } from '../../../../libs/domain/src/saksflyt/saksflyt.js';
import { TREKKMAATER, type Trekkmaate } from '../../../../libs/letters/src/brevdata.js';
import { FORELOEPIG_GRUNNER, type ForeloepigGrunn } from '../../../../libs/letters/src/brevtekster.js';
import { enAv, ErDato } from '../http/meldinger.js';
import { IplosDto } from './soknad.svar.js';

const KANALER = ['digital', 'papir', 'muntlig', 'registrert_av_saksbehandler'] as const;
const SOKERTYPER = ['selv', 'verge', 'fullmektig', 'parorende', 'forelder'] as const;
const REPRESENTANTROLLER = ['verge', 'fullmektig', 'forelder'] as const;
const tilBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class RepresentantDto {
  @ApiProperty({ example: 'Kari Nordmann' }) @IsString() @IsNotEmpty() @MaxLength(200) navn: string;
  @ApiProperty({ enum: REPRESENTANTROLLER }) @IsIn(REPRESENTANTROLLER, enAv(REPRESENTANTROLLER)) rolle: (typeof REPRESENTANTROLLER)[number];
  @ApiPropertyOptional({ example: 'Storgata 1, 8300 Svolvær' }) @IsOptional() @IsString() @MaxLength(300) adresse?: string;
  @ApiPropertyOptional({ example: '900 00 000' }) @IsOptional() @IsString() @MaxLength(40) telefon?: string;
}

export class PersonDto {
  @ApiProperty({ description: 'Fødselsnummer eller D-nummer (11 siffer). Returneres aldri, og står aldri i en URL.', example: '01817012345' })
  @IsString()
  @MaxLength(20)
  fodselsnummer: string;
  @ApiProperty({ example: 'Ola Nordmann' }) @IsString() @IsNotEmpty() @MaxLength(200) navn: string;
  @ApiPropertyOptional({ example: 'Fiskergata 3, 8390 Reine' }) @IsOptional() @IsString() @MaxLength(300) adresse?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) telefon?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) epost?: string;
  @ApiPropertyOptional({ enum: ['nb', 'nn'], description: 'Mottakers målform; ellers kommunens' }) @IsOptional() @IsIn(['nb', 'nn'], enAv(['nb', 'nn'])) maalform?: 'nb' | 'nn';
  @ApiPropertyOptional({ description: 'Strengt fortrolig adresse: adressen vises bare for navngitte saksbehandlere og aldri i brev' })
  @IsOptional()
  @IsBoolean()
  strengtFortrolig?: boolean;
  @ApiPropertyOptional({ type: RepresentantDto }) @IsOptional() @ValidateNested() @Type(() => RepresentantDto) representant?: RepresentantDto;
}

export class SoktOmDto {
  @ApiProperty({ example: 'praktisk-bistand', description: 'En av tjenestene i søknaden' }) @IsString() @MaxLength(40) tjenestekode: string;
  @ApiPropertyOptional({ example: 4, description: 'Omfanget det søkes om, i tjenestens enhet (timer per uke eller døgn)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10000)
  omfang?: number;
  @ApiPropertyOptional({ example: 'hver uke', description: 'Hvor ofte, med søkerens ord' }) @IsOptional() @IsString() @MaxLength(200) frekvens?: string;
}

export class RegistrerSoknadDto {
  @ApiProperty({ example: '1865', description: 'Ansvarlig kommune (der personen bor eller oppholder seg)' })
  @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' })
  kommunenummer: string;
  @ApiProperty({ example: '2026-11-02' }) @ErDato() mottattDato: string;
  @ApiProperty({ enum: KANALER, description: 'Muntlige søknader og papirsøknader er like gyldige og registreres av saksbehandler' })
  @IsIn(KANALER, enAv(KANALER))
  kanal: (typeof KANALER)[number];
  @ApiProperty({ enum: SOKERTYPER }) @IsIn(SOKERTYPER, enAv(SOKERTYPER)) sokerType: (typeof SOKERTYPER)[number];
  @ApiPropertyOptional({ description: 'Navn på den som søkte, når det ikke er personen selv' }) @IsOptional() @IsString() @MaxLength(200) sokerNavn?: string;
  @ApiProperty({ example: ['praktisk-bistand'], description: 'Tjenestekoder fra GET /tjenester' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Velg minst én tjeneste.' })
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tjenester: string[];
  @ApiPropertyOptional({ example: 'Trenger hjelp til rengjøring og handling etter hoftebrudd.' }) @IsOptional() @IsString() @MaxLength(10000) fritekst?: string;
  @ApiPropertyOptional({
    type: [SoktOmDto],
    description: 'Hva det søkes om per tjeneste (omfang, hyppighet), når det er kjent. Kan utelates, for eksempel ved en muntlig søknad. Står i vedtaksbrevet ved siden av det som innvilges.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => SoktOmDto)
  soktOm?: SoktOmDto[];
  @ApiPropertyOptional({ description: 'Øyeblikkelig hjelp er gitt; vedtak fattes i etterkant' }) @IsOptional() @IsBoolean() akutt?: boolean;
  @ApiProperty({ type: PersonDto }) @IsObject() @ValidateNested() @Type(() => PersonDto) person: PersonDto;
}

export class RegistrertSoknadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty({ format: 'date', example: '2026-11-30' }) fristDato: string;
  @ApiProperty({ type: 'integer', example: 1 }) versjon: number;
}

export class ArbeidslisteQuery {
  @ApiPropertyOptional({ example: '1865' }) @IsOptional() @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' }) kommune?: string;
  @ApiPropertyOptional({ description: 'Én eller flere statuser, kommaseparert', example: 'mottatt,under_kartlegging' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(SAKSSTATUSER, { each: true, message: `Må være en av: ${SAKSSTATUSER.join(', ')}.` })
  status?: string[];
  @ApiPropertyOptional({ example: 'praktisk-bistand' }) @IsOptional() @IsString() @MaxLength(40) tjeneste?: string;
  @ApiPropertyOptional({ description: 'Bruker-id, «meg» eller «ingen»' }) @IsOptional() @IsString() @MaxLength(200) saksbehandler?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(tilBool) @IsBoolean() forfalt?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(tilBool) @IsBoolean() snartForfall?: boolean;
  @ApiPropertyOptional({ enum: ['frist', 'mottatt', 'saksnummer'] }) @IsOptional() @IsIn(['frist', 'mottatt', 'saksnummer'], enAv(['frist', 'mottatt', 'saksnummer'])) sorter?: 'frist' | 'mottatt' | 'saksnummer';
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) side?: number;
  @ApiPropertyOptional({ example: 25, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) antall?: number;
}

export class VersjonDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 1, description: 'Versjonen du så; en eldre versjon gir 409' }) @IsInt() @Min(0) @Max(2147483647) versjon: number;
}

export class TildelingDto extends VersjonDto {
  @ApiProperty({ example: 'u-42' }) @IsString() @IsNotEmpty() @MaxLength(200) saksbehandlerId: string;
  @ApiProperty({ example: 'Siri Saksbehandler' }) @IsString() @IsNotEmpty() @MaxLength(200) saksbehandlerNavn: string;
}

export class HandlingDto extends VersjonDto {
  @ApiProperty({ enum: ENKLE_HANDLINGER, example: 'trekk', description: 'Steg som bare endrer status; vedtak, godkjenning og klager har egne endepunkter' })
  @IsIn(ENKLE_HANDLINGER, enAv(ENKLE_HANDLINGER))
  handling: (typeof ENKLE_HANDLINGER)[number];
  @ApiPropertyOptional({
    example: 'Du bor i Bodø og oppholder deg ikke i Vågan kommune.',
    maxLength: 4000,
    description: 'Kommentar i historikken. Påkrevd ved «avvis»: grunnen til avvisningen, som står i vedtaksbrevet (soknad_avvist) til søkeren.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  kommentar?: string;
  @ApiPropertyOptional({
    enum: TREKKMAATER,
    default: 'muntlig',
    description: 'Bare ved «trekk»: hvordan søkeren trakk søknaden. Står i bekreftelsesbrevet (trukket): «på telefon», «muntlig», «skriftlig», «digitalt».',
  })
  @IsOptional()
  @IsIn(TREKKMAATER, enAv(TREKKMAATER))
  trukketMaate?: Trekkmaate;
  @ApiPropertyOptional({
    enum: OPPHORSGRUNNER,
    description:
      'Bare ved «avslutt» av en tjeneste som er i gang, og da påkrevd: brukeren er død (dod) eller har flyttet fra kommunen (flyttet). Tjenesten avsluttes uten vedtak og uten brev; et journalnotat sier hvorfor. Skal tjenesten reduseres eller stanses av andre grunner: revurder, forhåndsvarsel og endringsvedtak.',
  })
  @IsOptional()
  @IsIn(OPPHORSGRUNNER, enAv(OPPHORSGRUNNER))
  opphorsgrunn?: Opphorsgrunn;
}

export class ForhandsvarselDto extends VersjonDto {
  @ApiProperty({ format: 'uuid', description: 'Vedtaket som er i kraft og som kontoret vurderer å endre' }) @IsUUID('all', { message: 'Må være en gyldig id.' }) vedtakId: string;
  @ApiProperty({ example: 'Du klarer nå å lage mat selv etter opptreningen, og vi vurderer å stanse matombringingen.', maxLength: 4000, description: 'Hva kontoret vurderer å endre og hvorfor; står i varselet' })
  @IsString()
  @MaxLength(4000)
  endring: string;
  @ApiProperty({ example: '2027-01-31', description: 'Fra når endringen skal gjelde (etter fristen for å uttale seg)' }) @ErDato() virkningsdato: string;
  @ApiProperty({ example: '2027-01-10', description: 'Frist for å uttale seg (etter i dag); vedtaket fattes etter den' }) @ErDato() uttalelsesfrist: string;
}

export class ForeloepigSvarDto extends VersjonDto {
  @ApiPropertyOptional({
    enum: FORELOEPIG_GRUNNER,
    description:
      'Hvorfor saken tar mer enn en måned; står i brevet i søkerens målform. kartlegging: behovet er ikke kartlagt ferdig; innhenting: saken venter på opplysninger kontoret har bedt om (hva og svarfristen står i brevet); godkjenning: vedtaket venter på godkjenning; utredning: saken trenger grundigere utredning; saksmengde: mange saker i kø. Utelatt: det saken venter på.',
  })
  @IsOptional()
  @IsIn(FORELOEPIG_GRUNNER, enAv(FORELOEPIG_GRUNNER))
  grunn?: ForeloepigGrunn;
  @ApiPropertyOptional({ example: '2027-01-15', description: 'Når kontoret regner med å svare (etter i dag). Utelatt: saksbehandlingsfristen, tidligst to uker fram og to uker etter svarfristen for opplysninger saken venter på.' })
  @IsOptional()
  @ErDato()
  forventetSvardato?: string;
}

export class InnhentingDto extends VersjonDto {
  @ApiProperty({ type: [String], example: ['Uttalelse fra fastlegen om helsetilstanden din', 'Epikrise fra sykehuset'], description: 'Hva kontoret trenger; står i brevet' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  opplysninger: string[];
  @ApiProperty({ example: '2026-12-20', description: 'Svarfristen (etter i dag)' }) @ErDato() svarfrist: string;
}

export class JournalnotatDto {
  @ApiProperty({ example: 'Ringte datteren for å avtale hjemmebesøk.' }) @IsString() @IsNotEmpty() @MaxLength(10000) tekst: string;
}

export class KommunebytteDto extends VersjonDto {
  @ApiProperty({ example: '1860' }) @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' }) tilKommunenummer: string;
  @ApiProperty({ example: 'Flyttet til Leknes 1. november.' }) @IsString() @IsNotEmpty() @MaxLength(2000) grunn: string;
}

export class KartleggingDto extends VersjonDto {
  @ApiProperty({ example: '2026-11-05' }) @ErDato() dato: string;
  @ApiProperty({ example: ['bruker', 'datter', 'saksbehandler'] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true }) deltakere: string[];
  @ApiProperty() @IsBoolean() hjemmebesok: boolean;
  @ApiProperty({ type: IplosDto, description: 'IPLOS-variablene, hver med skår 1–5 eller 9 (ikke relevant)' })
  @IsObject()
  iplos: Record<string, number>;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 9], example: 1 }) @IsInt() syn: number;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 9], example: 2 }) @IsInt() horsel: number;
  @ApiProperty() @IsBoolean() borAlene: boolean;
  @ApiProperty({ enum: ['ingen', 'noe', 'mye'] }) @IsIn(['ingen', 'noe', 'mye'], enAv(['ingen', 'noe', 'mye'])) hjelpFraFamilie: string;
  @ApiProperty() @IsBoolean() kognitivSvikt: boolean;
  @ApiPropertyOptional({ example: 6, description: 'Vurdert hjelpebehov i timer per uke (0–168)' }) @IsOptional() @Type(() => Number) @Min(0) @Max(168, { message: 'En uke har 168 timer.' }) vurdertTimebehovPerUke?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() utryggUtenHeldognstilbud?: boolean;
  @ApiPropertyOptional({ type: 'integer', example: 36 }) @IsOptional() @IsInt() @Min(0) @Max(1200) forventetVarighetMaaneder?: number;
  @ApiPropertyOptional({ type: 'integer', deprecated: true, description: 'Gammelt navn på forventetVarighetMaaneder; tas imot til neste API-versjon.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  forventetVarighetManeder?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) observasjoner?: string;
  @ApiPropertyOptional({ description: 'Søkerens eget syn, gjengis i vedtaket' }) @IsOptional() @IsString() @MaxLength(10000) sokersSyn?: string;
}
