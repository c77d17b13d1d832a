import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PersonoversiktService, type Personoversikt } from '../../../../libs/personoversikt/index.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { PersonoversiktSvar } from './person.svar.js';

@ApiTags('personer')
@ApiBearerAuth()
@Controller('personer')
export class PersonController {
  constructor(private readonly oversikt: PersonoversiktService) {}

  @Get(':id')
  @Roller('saksbehandler', 'leder')
  @ApiOperation({
    operationId: 'hentPersonoversikt',
    summary: 'Alt om en person i kommunene du har tilgang til: søknader, løpende tjenester, vedtak, brev, klager, venteliste, journalnotater og dokumenter',
  })
  @ApiOkResponse({ type: PersonoversiktSvar, description: 'Personoversikten; vedtak, brev og klager beskrevet med tjeneste, utfall og dato' })
  @ApiNotFoundResponse({ type: Problem, description: 'Personen finnes ikke, eller er bare kjent i kommuner du ikke har tilgang til' })
  hent(@Param('id') id: string): Promise<Personoversikt> {
    return this.oversikt.hent(id);
  }
}
