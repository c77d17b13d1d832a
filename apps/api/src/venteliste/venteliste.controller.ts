import { ProblemSvar } from '../openapi/problem-svar.js';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { VentelisteService } from '../../../../libs/vedtak/src/venteliste.service.js';
import { Roller } from '../http/auth.guard.js';
import { enAv } from '../http/meldinger.js';
import { VersjonDto } from '../soknader/soknad.dto.js';

export class VentelisteQuery {
  @ApiProperty({ example: '1860' }) @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' }) kommune: string;
}

export class AvsluttVentelisteDto extends VersjonDto {
  @ApiProperty({ enum: ['tildelt', 'fjernet'] }) @IsIn(['tildelt', 'fjernet'], enAv(['tildelt', 'fjernet'])) status: 'tildelt' | 'fjernet';
  @ApiProperty({ example: 'Tildelt langtidsplass ved Leknes sykehjem' }) @IsString() @IsNotEmpty() @MaxLength(500) grunn: string;
}

export class VentelisteplassSvar {
  @ApiProperty({ type: 'integer', minimum: 1 }) plass: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ format: 'uuid' }) vedtakId: string;
  @ApiProperty({ example: 'langtidsopphold' }) tjenestekode: string;
  @ApiProperty({ example: 3.5, description: 'Vurdert behov; høyere kommer først' }) behovsskaar: number;
  @ApiProperty({ type: String, format: 'date' }) oppfortDato: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) versjon: number;
  @ApiProperty({ example: '1860-2026-000042' }) saksnummer: string;
  @ApiProperty() personnavn: string;
  @ApiProperty({ type: 'integer' }) ventedager: number;
}

export class VentelisteSvar {
  @ApiProperty({ example: '1860' }) kommunenummer: string;
  @ApiProperty({ type: 'integer' }) lengde: number;
  @ApiProperty({ type: [VentelisteplassSvar] }) elementer: VentelisteplassSvar[];
}

export class AvsluttetVentelisteplassSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['tildelt', 'fjernet'] }) status: string;
  @ApiProperty({ type: String, format: 'date' }) avsluttetDato: string;
}

@ApiTags('venteliste')
@ApiBearerAuth()
@Controller('venteliste')
export class VentelisteController {
  constructor(private readonly venteliste: VentelisteService) {}

  @Get()
  @ApiOperation({ operationId: 'hentVenteliste', summary: 'Ventelisten for langtidsopphold i kommunen' })
  @Roller('saksbehandler', 'leder')
  @ApiOkResponse({ type: VentelisteSvar, description: 'Ventelisten for langtidsopphold i kommunen, etter vurdert behov og så dato' })
  list(@Query() q: VentelisteQuery) {
    return this.venteliste.list(q.kommune);
  }

  @Post(':id/avslutning')
  @ApiOperation({ operationId: 'avsluttVenteliste', summary: 'Ta en person av ventelisten (tildelt eller fjernet)' })
  @ApiOkResponse({ type: AvsluttetVentelisteplassSvar })
  @ProblemSvar(409)
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  avslutt(@Param('id') id: string, @Body() body: AvsluttVentelisteDto) {
    return this.venteliste.avslutt(id, body);
  }
}
