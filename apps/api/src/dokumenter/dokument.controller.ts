import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DokumentService } from '../../../../libs/dokumenter/index.js';
import { Roller } from '../http/auth.guard.js';
import { Plassering } from '../http/idempotens.js';
import { Problem } from '../http/problem.js';
import { DokumentDto, DokumentSvar } from './dokument.dto.js';

@ApiTags('dokumenter')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: Problem, description: 'Saken eller dokumentet finnes ikke, eller hører til en kommune du ikke har tilgang til' })
@Controller()
export class DokumentController {
  constructor(private readonly dokumenter: DokumentService) {}

  @Post('soknader/:id/dokumenter')
  @Plassering('dokumenter/{id}/innhold')
  @Roller('saksbehandler', 'leder')
  @ApiOperation({ operationId: 'lastOppDokument', summary: 'Last opp et inngående dokument til saken (PDF, JPEG eller PNG, høyst 10 MB; typen leses av innholdet)' })
  @ApiCreatedResponse({ type: DokumentSvar })
  @ApiBadRequestResponse({ type: Problem, description: 'Innholdet er ikke PDF, JPEG eller PNG, eller ikke gyldig base64; errors navngir feltet' })
  @ApiPayloadTooLargeResponse({ type: Problem, description: 'Dokumentet er større enn 10 MB' })
  lastOpp(@Param('id') id: string, @Body() body: DokumentDto): Promise<DokumentSvar> {
    return this.dokumenter.lastOpp(id, body);
  }

  @Get('soknader/:id/dokumenter')
  @Roller('saksbehandler', 'leder')
  @ApiOperation({ operationId: 'listDokumenter', summary: 'Sakens inngående dokumenter, eldste først (uten innholdet)' })
  @ApiOkResponse({ type: DokumentSvar, isArray: true })
  liste(@Param('id') id: string): Promise<DokumentSvar[]> {
    return this.dokumenter.liste(id);
  }

  @Get('dokumenter/:id/innhold')
  @Roller('saksbehandler', 'leder')
  @ApiOperation({ operationId: 'hentDokumentinnhold', summary: 'Dokumentet som de nøyaktige bytene som ble lastet opp (som vedlegg, aldri vist av tjeneren)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({
    description: 'Filen; Digest-hodet har SHA-256 av innholdet',
    content: Object.fromEntries(['application/pdf', 'image/jpeg', 'image/png'].map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
  })
  async innhold(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const fil = await this.dokumenter.fil(id);
    res.setHeader('Content-Type', fil.innholdstype);
    // Always a download, in a sandbox: an uploaded file is never shown or run in the app's origin.
    res.setHeader('Content-Disposition', `attachment; filename="${fil.filnavn}"`);
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Digest', `sha-256=${Buffer.from(fil.sha256, 'hex').toString('base64')}`);
    return new StreamableFile(fil.innhold);
  }
}
