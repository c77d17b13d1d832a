import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import {
  BrevmalDto, BrevmalQuery, BrevmalSammendragDto, EndreBrevmalDto, ForhandsvisningDto, ForhandsvisningSvarDto, NyBrevmalDto,
} from './brevmal.dto.js';
import { BrevmalService } from './brevmal.service.js';

@ApiTags('brevmaler')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: Problem, description: 'Brevmalen finnes ikke' })
@Controller('brevmaler')
export class BrevmalController {
  constructor(private readonly brevmaler: BrevmalService) {}

  @Get()
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOperation({ operationId: 'listBrevmaler', summary: 'Alle versjoner av brevmalene, uten tekstene; filtrer på brevtype, målform, status og iBruk' })
  @ApiOkResponse({ type: [BrevmalSammendragDto] })
  sok(@Query() q: BrevmalQuery) {
    return this.brevmaler.sok(q);
  }

  @Post()
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'opprettBrevmal', summary: 'Lag en ny versjon som utkast (versjon = høyeste for brevtype og målform + 1)' })
  @ApiCreatedResponse({ type: BrevmalDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Malen har feil; errors navngir hvert felt (ukjent eller udeklarert flettefelt, manglende påkrevd seksjon)' })
  opprett(@Body() body: NyBrevmalDto) {
    return this.brevmaler.opprett(body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'hentBrevmal', summary: 'Én versjon av en brevmal med tekstene' })
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOkResponse({ type: BrevmalDto })
  hent(@Param('id') id: string) {
    return this.brevmaler.hent(id);
  }

  @Put(':id')
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'endreBrevmal', summary: 'Endre innholdet i et utkast' })
  @ApiOkResponse({ type: BrevmalDto })
  @ApiBadRequestResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem, description: 'Versjonen er publisert eller trukket tilbake og kan ikke endres' })
  endre(@Param('id') id: string, @Body() body: EndreBrevmalDto) {
    return this.brevmaler.endre(id, body);
  }

  @Post(':id/publiser')
  @HttpCode(200)
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'publiserBrevmal', summary: 'Publiser et utkast: det blir versjonen nye brev bruker' })
  @ApiOkResponse({ type: BrevmalDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Malen har feil og kan ikke publiseres' })
  @ApiConflictResponse({ type: Problem, description: 'Ikke et utkast, eller en nyere versjon er allerede publisert' })
  publiser(@Param('id') id: string) {
    return this.brevmaler.publiser(id);
  }

  @Post(':id/trekk-tilbake')
  @HttpCode(200)
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'trekkTilbakeBrevmal', summary: 'Trekk tilbake et utkast eller en publisert versjon (endelig); forrige publiserte versjon tas i bruk igjen' })
  @ApiOkResponse({ type: BrevmalDto })
  @ApiConflictResponse({ type: Problem, description: 'Allerede trukket tilbake, eller den eneste publiserte versjonen' })
  trekkTilbake(@Param('id') id: string) {
    return this.brevmaler.trekkTilbake(id);
  }

  @Post(':id/forhandsvisning')
  @HttpCode(200)
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOperation({ operationId: 'forhandsvisBrevmal', summary: 'Flett malen med eksempeldata og kommunens brevhode; svarer med tekst, ikke PDF' })
  @ApiOkResponse({ type: ForhandsvisningSvarDto })
  forhandsvis(@Param('id') id: string, @Body() body: ForhandsvisningDto) {
    return this.brevmaler.forhandsvis(id, body);
  }
}
