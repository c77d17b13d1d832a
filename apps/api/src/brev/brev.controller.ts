import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BrevarkivService } from '../../../../libs/brevproduksjon/src/brevarkiv.service.js';
import { BrevoppfolgingService } from '../../../../libs/brevproduksjon/src/brevoppfolging.service.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { sendPdf } from './send-pdf.js';

@ApiTags('brev')
@ApiBearerAuth()
@Controller('brev')
export class BrevController {
  constructor(
    private readonly oppfolging: BrevoppfolgingService,
    private readonly arkiv: BrevarkivService,
  ) {}

  @Get('feilede')
  @Roller('leder')
  @ApiOkResponse({ description: 'Brev som ikke kunne lages etter alle forsøk' })
  feilede() {
    return this.oppfolging.feilede();
  }

  @Get('etterslep')
  @Roller('leder')
  @ApiOkResponse({ description: 'Bestilte brev som ikke er sendt (antall og alder på det eldste) og feilede brev, per kommune' })
  etterslep() {
    return this.oppfolging.etterslep();
  }

  @Get(':id/pdf')
  @Roller('saksbehandler', 'leder')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Brevet som PDF/A, nøyaktig de bytene som ble sendt' })
  @ApiConflictResponse({ type: Problem, description: 'Brevet er ikke laget ennå; svaret sier statusen' })
  async pdf(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return sendPdf(res, await this.arkiv.pdf(id));
  }

  @Post(':id/ny-kjoring')
  @HttpCode(202)
  @Roller('leder')
  kjorPaaNytt(@Param('id') id: string) {
    return this.oppfolging.kjorPaaNytt(id);
  }
}
