import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ROLLER } from '../../../../libs/domain/src/felles/typer.js';
import { Roller } from '../http/auth.guard.js';
import { KommuneDto, KommuneinnstillingerDto } from './kommune.dto.js';
import { KommuneService } from './kommune.service.js';

@ApiTags('kommuner')
@ApiBearerAuth()
@Controller('kommuner')
export class KommuneController {
  constructor(private readonly kommuner: KommuneService) {}

  @Get()
  @ApiOperation({ operationId: 'listKommuner', summary: 'De fire kommunene og innstillingene deres' })
  @Roller(...ROLLER)
  @ApiOkResponse({ type: [KommuneDto], description: 'De fire kommunene og innstillingene deres' })
  list(): Promise<KommuneDto[]> {
    return this.kommuner.list();
  }

  @Put(':kommunenummer/innstillinger')
  @ApiOperation({ operationId: 'endreKommuneinnstillinger', summary: 'Endre kommunens klageorgan og forskrift om langtidsopphold' })
  @Roller('fagadmin')
  @ApiOkResponse({ type: KommuneDto, description: 'Kommunens klageorgan og forskrift om langtidsopphold, slik brevene siterer dem' })
  endreInnstillinger(@Param('kommunenummer') kommunenummer: string, @Body() body: KommuneinnstillingerDto): Promise<KommuneDto> {
    return this.kommuner.endreInnstillinger(kommunenummer, body);
  }
}
