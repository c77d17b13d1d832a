import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, ApiOperation } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TilgangsloggService } from '../../../../libs/saksbehandling/src/tilgangslogg.service.js';
import { Roller } from '../http/auth.guard.js';
import { ErDato } from '../http/meldinger.js';

export class TilgangsloggSokDto {
  @ApiProperty({ description: 'Fødselsnummer eller D-nummer. Står i kroppen, aldri i URL-en.', example: '01817012345' })
  @IsString()
  @MaxLength(20)
  fodselsnummer: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @ErDato() fra?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @ErDato() til?: string;
}

export class TilgangsloggRadSvar {
  @ApiProperty({ type: String, format: 'date-time' }) tidspunkt: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty() brukerId: string;
  @ApiProperty() brukerNavn: string;
  @ApiProperty({ type: [String], example: ['saksbehandler'] }) roller: string[];
  @ApiProperty({ example: 'les' }) handling: string;
  @ApiProperty({ example: 'soknad' }) ressurs: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) soknadId: string | null;
  @ApiProperty({ example: 'saksbehandling' }) formaal: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'object', properties: { fra: {}, til: {} } }, description: 'Feltene som ble endret, fra og til' })
  endringer: Record<string, { fra: unknown; til: unknown }> | null;
}

export class TilgangsloggSvar {
  @ApiProperty({ type: [TilgangsloggRadSvar] }) rader: TilgangsloggRadSvar[];
}

@ApiTags('tilgangslogg')
@ApiBearerAuth()
@Controller('tilgangslogg')
export class TilgangsloggController {
  constructor(private readonly logg: TilgangsloggService) {}

  @Post('sok')
  @ApiOperation({ operationId: 'sokITilgangslogg', summary: 'Hvem som har lest eller endret en persons opplysninger' })
  @HttpCode(200)
  @Roller('leder')
  @ApiOkResponse({ type: TilgangsloggSvar, description: 'Hvem som har lest eller endret personens opplysninger, nyeste først' })
  sok(@Body() body: TilgangsloggSokDto) {
    return this.logg.sok(body.fodselsnummer, body.fra, body.til);
  }
}
