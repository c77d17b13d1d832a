import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AbonnementService } from '../../../../libs/abonnementer/index.js';
import { Roller } from '../http/auth.guard.js';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { AbonnementSvar, LeveranserQuery, LeveranseSvar, NyttAbonnementDto, OpprettetAbonnementSvar } from './abonnement.dto.js';

const LEVERING =
  'Hver hendelse av typene abonnementet gjelder, i kommunen, sendes som POST med JSON-kroppen fra endringsstrømmen, ' +
  'signert i X-TK-Signatur (t=<unix-sekunder>,v1=<hex HMAC-SHA256 av "<t>.<kropp>">), med X-TK-Hendelse-Id og X-TK-Leveranse-Id ' +
  '(samme id ved et nytt forsøk: bruk den til å se bort fra en gjentakelse). Et svar som ikke er 2xx prøves igjen med økende ventetid.';

@ApiTags('abonnementer')
@ApiBearerAuth()
@Controller('abonnementer')
@Roller('fagadmin')
export class AbonnementController {
  constructor(private readonly abonnementer: AbonnementService) {}

  @Post()
  @ApiOperation({ operationId: 'opprettAbonnement', summary: 'Abonner på hendelser med webhook', description: LEVERING })
  @ApiCreatedResponse({ type: OpprettetAbonnementSvar, description: 'Abonnementet, med hemmeligheten (den eneste gangen den vises)' })
  opprett(@Body() body: NyttAbonnementDto) {
    return this.abonnementer.opprett(body);
  }

  @Get()
  @ApiOperation({ operationId: 'listAbonnementer', summary: 'Abonnementene i kommunene dine, uten hemmelighetene' })
  @ApiOkResponse({ type: [AbonnementSvar] })
  liste() {
    return this.abonnementer.liste();
  }

  @Get(':id')
  @ApiOperation({ operationId: 'hentAbonnement', summary: 'Ett abonnement, uten hemmeligheten' })
  @ApiOkResponse({ type: AbonnementSvar })
  @ProblemSvar(404)
  hent(@Param('id') id: string) {
    return this.abonnementer.hent(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'slettAbonnement', summary: 'Slett et abonnement og leveranseloggen; forsendelser som venter, blir ikke sendt' })
  @ApiNoContentResponse({ description: 'Slettet' })
  @ProblemSvar(404)
  async slett(@Param('id') id: string): Promise<void> {
    await this.abonnementer.slett(id);
  }

  @Get(':id/leveranser')
  @ApiOperation({ operationId: 'hentLeveranser', summary: 'Leveranseloggen: status, forsøk og siste HTTP-status per hendelse, nyeste først (aldri kroppen)' })
  @ApiOkResponse({ type: [LeveranseSvar] })
  @ProblemSvar(404)
  leveranser(@Param('id') id: string, @Query() q: LeveranserQuery) {
    return this.abonnementer.leveranser(id, q.antall ?? 100);
  }
}
