import { Plassering } from '../http/idempotens.js';
import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { AnbefalingService, VedtakService, VedtaksbrevService, VedtaksvisningService } from '../../../../libs/vedtak/index.js';
import { sendPdf } from '../brev/send-pdf.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { GodkjenningDto, VedtakDto } from './vedtak.dto.js';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { PdfSvar } from '../openapi/pdf-svar.js';
import { AnbefalingSvar, FattetVedtakSvar, GodkjentVedtakSvar, VedtakSvar, VedtaksbrevforhandsvisningSvar } from './vedtak.svar.js';

@ApiTags('vedtak')
@ApiBearerAuth()
@Controller()
export class VedtakController {
  constructor(
    private readonly vedtak: VedtakService,
    private readonly anbefaling: AnbefalingService,
    private readonly vedtaksbrev: VedtaksbrevService,
    private readonly visning: VedtaksvisningService,
  ) {}

  @Get('soknader/:id/anbefaling')
  @ApiOperation({ operationId: 'hentAnbefaling', summary: 'Kriterienes anbefaling per tjeneste, med begrunnelser' })
  @Roller('saksbehandler', 'leder')
  @ApiOkResponse({ type: AnbefalingSvar, description: 'Kriterienes anbefaling per tjeneste, med begrunnelsene som slo til' })
  hentAnbefaling(@Param('id') id: string) {
    return this.anbefaling.forSoknad(id);
  }

  @Post('soknader/:id/vedtak')
  @ApiOperation({ operationId: 'fattVedtak', summary: 'Fatt vedtak (eller skriv utkast der fire øyne gjelder)' })
  @Plassering('vedtak/{id}')
  @Roller('saksbehandler')
  @ApiCreatedResponse({ type: FattetVedtakSvar, description: 'Vedtaket (eller utkastet, der fire øyne gjelder), med likebehandlingssignal' })
  @ApiConflictResponse({ type: Problem })
  fatt(@Param('id') id: string, @Body() body: VedtakDto) {
    return this.vedtak.fatt(id, body);
  }

  @Post('soknader/:id/vedtak/forhandsvisning')
  @ApiOperation({ operationId: 'forhandsvisVedtaksbrev', summary: 'Vedtaksbrevet slik det blir, uten at noe lagres' })
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOkResponse({ type: VedtaksbrevforhandsvisningSvar, description: 'Vedtaksbrevet slik det blir om vedtaket fattes nå med disse feltene: tekst, ikke PDF. Ingenting lagres.' })
  @ProblemSvar(409)
  @ApiBadRequestResponse({ type: Problem, description: 'Feltene er ugyldige (samme kontroll som vedtaket)' })
  forhandsvisBrev(@Param('id') id: string, @Body() body: VedtakDto) {
    return this.vedtaksbrev.forhandsvis(id, body);
  }

  @Post('vedtak/:id/godkjenning')
  @ApiOperation({ operationId: 'godkjennVedtak', summary: 'Godkjenn et vedtaksutkast (fire øyne)' })
  @ApiOkResponse({ type: GodkjentVedtakSvar, description: 'Det fattede vedtaket' })
  @ProblemSvar(409, 412)
  @ApiBody({ type: GodkjenningDto, required: false })
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  godkjenn(@Param('id') id: string, @Body() body: GodkjenningDto = new GodkjenningDto()) {
    return this.vedtak.godkjenn(id, body?.versjon);
  }

  @Get('vedtak/:id')
  @ApiOperation({ operationId: 'hentVedtak', summary: 'Vedtaket med tjenester, grunnlag og brev' })
  @ApiOkResponse({ type: VedtakSvar })
  @Roller('saksbehandler', 'leder')
  hent(@Param('id') id: string) {
    return this.visning.hent(id);
  }

  @Get('vedtak/:id/brev')
  @ApiOperation({ operationId: 'hentVedtaksbrev', summary: 'Vedtaksbrevet som PDF/A' })
  @Roller('saksbehandler', 'leder')
  @PdfSvar('Brevet som PDF/A, nøyaktig de bytene som ble sendt')
  @ApiConflictResponse({ type: Problem, description: 'Brevet er ikke laget ennå; svaret sier statusen' })
  async brev(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return sendPdf(res, await this.visning.brevPdf(id));
  }
}
