import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { BrevarkivService } from '../../../../libs/brevproduksjon/src/brevarkiv.service.js';
import { BrevoppfolgingService } from '../../../../libs/brevproduksjon/src/brevoppfolging.service.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { sendPdf } from './send-pdf.js';
import { PdfSvar } from '../openapi/pdf-svar.js';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { BrevetterslepSvar, FeiledeBrevSvar, NyKjoringSvar } from './brev.svar.js';

@ApiTags('brev')
@ApiBearerAuth()
@Controller('brev')
export class BrevController {
  constructor(
    private readonly oppfolging: BrevoppfolgingService,
    private readonly arkiv: BrevarkivService,
  ) {}

  @Get('feilede')
  @ApiOperation({ operationId: 'listFeiledeBrev', summary: 'Brev som ikke kunne lages eller sendes etter alle forsøk' })
  @Roller('leder')
  @ApiOkResponse({ type: FeiledeBrevSvar, description: 'Brev som ikke kunne lages etter alle forsøk' })
  feilede() {
    return this.oppfolging.feilede();
  }

  @Get('etterslep')
  @ApiOperation({ operationId: 'hentBrevetterslep', summary: 'Brev som venter, og alderen på det eldste, per kommune' })
  @Roller('leder')
  @ApiOkResponse({ type: BrevetterslepSvar, description: 'Bestilte brev som ikke er sendt (antall og alder på det eldste) og feilede brev, per kommune' })
  etterslep() {
    return this.oppfolging.etterslep();
  }

  @Get(':id/pdf')
  @ApiOperation({ operationId: 'hentBrevPdf', summary: 'Et brev som PDF/A, nøyaktig de bytene som ble sendt' })
  @Roller('saksbehandler', 'leder')
  @PdfSvar('Brevet som PDF/A, nøyaktig de bytene som ble sendt')
  @ApiConflictResponse({ type: Problem, description: 'Brevet er ikke laget ennå; svaret sier statusen' })
  async pdf(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return sendPdf(res, await this.arkiv.pdf(id));
  }

  @Post(':id/ny-kjoring')
  @ApiOperation({ operationId: 'kjorBrevPaaNytt', summary: 'Lag eller send et feilet brev på nytt' })
  @ApiAcceptedResponse({ type: NyKjoringSvar, description: 'Brevet er bestilt igjen' })
  @ProblemSvar(409)
  @HttpCode(202)
  @Roller('leder')
  kjorPaaNytt(@Param('id') id: string) {
    return this.oppfolging.kjorPaaNytt(id);
  }
}
