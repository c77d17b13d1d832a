import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { SokService, type Soketype } from '../../../../libs/sok/index.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';

export class SokDto {
  @ApiProperty({ example: 'Sára Nilsen', description: 'Et navn (starten av for- eller etternavn), hele fødselsnummeret (11 siffer) eller et saksnummer' })
  @IsString()
  @MaxLength(200)
  q: string;
}

class SokesakSvar {
  @ApiProperty() id: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty({ example: 'Mottatt' }) statusnavn: string;
  @ApiProperty({ example: ['praktisk-bistand'] }) tjenester: string[];
  @ApiProperty({ example: '2026-03-12' }) mottattDato: string;
}

class SoketreffSvar {
  @ApiProperty() personId: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty() navn: string;
  @ApiProperty({ example: '1941-03-12' }) fodselsdato: string;
  @ApiProperty({ example: '120341*****', description: 'Bare fødselsdatoen; hele nummeret returneres aldri' }) fodselsnummerMaskert: string;
  @ApiProperty() strengtFortrolig: boolean;
  @ApiProperty({ type: SokesakSvar, isArray: true }) saker: SokesakSvar[];
}

export class SokSvar {
  @ApiProperty({ enum: ['fodselsnummer', 'saksnummer', 'navn'], description: 'Hva søket ble tolket som' }) soketype: Soketype;
  @ApiProperty({ type: SoketreffSvar, isArray: true }) treff: SoketreffSvar[];
  @ApiProperty({ description: 'Flere enn 50 personer passet; skriv mer av navnet' }) flereTreff: boolean;
}

/** Search is a POST: an identity number or a name never goes into a URL (nor into access logs of proxies). */
@ApiTags('søk')
@ApiBearerAuth()
@Controller('sok')
export class SokController {
  constructor(private readonly sok: SokService) {}

  @Post()
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  @ApiOperation({ operationId: 'sokPersonerOgSaker', summary: 'Søk etter personer og saker i kommunene dine, på navn, fødselsnummer eller saksnummer' })
  @ApiOkResponse({ type: SokSvar })
  @ApiBadRequestResponse({ type: Problem, description: 'Søket er for kort, eller har siffer uten å være et helt fødselsnummer eller et saksnummer' })
  sokEtter(@Body() body: SokDto): Promise<SokSvar> {
    return this.sok.sok(body.q);
  }
}
