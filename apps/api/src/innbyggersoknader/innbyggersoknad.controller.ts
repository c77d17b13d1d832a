import { Body, Controller, createParamDecorator, Get, Inject, Param, Post, Res, UseGuards, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { IDPORTEN_HOYT_NIVAA, type Innbygger } from '../../../../libs/auth/src/idporten.js';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { InnbyggersoknadService } from '../../../../libs/saksbehandling/src/innbyggersoknad.service.js';
import { sendPdf } from '../brev/send-pdf.js';
import { Offentlig } from '../http/auth.guard.js';
import { Plassering } from '../http/idempotens.js';
import { Problem } from '../http/problem.js';
import { IdportenGuard } from './idporten.guard.js';
import { InnbyggerinnloggingDto, InnbyggersoknadDto, KvitteringDto, SkjemavalgDto } from './innbyggersoknad.dto.js';
import { PdfSvar } from '../openapi/pdf-svar.js';

const InnloggetInnbygger = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request & { innbygger: Innbygger }>().innbygger);

/**
 * The citizens' digital form: signed in with ID-porten (not the caseworkers' identity provider), so these routes
 * bypass the caseworkers' guard and check the ID-porten token themselves.
 */
@ApiTags('innbyggersoknader')
@Controller('innbyggersoknader')
export class InnbyggersoknadController {
  constructor(
    private readonly soknader: InnbyggersoknadService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('innlogging')
  @Offentlig()
  @ApiOperation({ operationId: 'hentInnbyggerinnlogging', summary: 'Hvordan skjemaet logger inn med ID-porten (uten innlogging)' })
  @ApiOkResponse({ type: InnbyggerinnloggingDto })
  innlogging(): InnbyggerinnloggingDto | null {
    const c = this.config;
    return c.IDPORTEN_ISSUER && c.IDPORTEN_CLIENT_ID ? { issuer: c.IDPORTEN_ISSUER, klientId: c.IDPORTEN_CLIENT_ID, scope: 'openid profile', acrValues: IDPORTEN_HOYT_NIVAA } : null;
  }

  @Get('skjema')
  @Offentlig()
  @ApiOperation({ operationId: 'hentSoknadsskjema', summary: 'Kommunene og tjenestene skjemaet tilbyr (uten innlogging)' })
  @ApiOkResponse({ type: SkjemavalgDto })
  skjema(): Promise<SkjemavalgDto> {
    return this.soknader.skjema();
  }

  @Post()
  @Offentlig()
  @UseGuards(IdportenGuard)
  // The new case is the caseworkers'; what the citizen can read of it is the receipt.
  @Plassering('innbyggersoknader/{id}/kvittering')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'sendInnbyggersoknad', summary: 'Send en søknad om helse- og omsorgstjenester (innbygger, ID-porten på høyt nivå)' })
  @ApiCreatedResponse({ type: KvitteringDto, description: 'Kvittering; kvitteringsbrevet lages og kan hentes fra lenken' })
  @ApiUnauthorizedResponse({ type: Problem, description: 'Mangler gyldig ID-porten-innlogging' })
  @ApiForbiddenResponse({ type: Problem, description: 'Innlogget på lavere nivå enn idporten-loa-high' })
  send(@InnloggetInnbygger() innbygger: Innbygger, @Body() body: InnbyggersoknadDto): Promise<KvitteringDto> {
    return this.soknader.send(innbygger, body);
  }

  @Get(':id/kvittering')
  @ApiOperation({ operationId: 'hentKvitteringsbrev', summary: 'Kvitteringsbrevet som PDF/A, for den som sendte søknaden' })
  @Offentlig()
  @UseGuards(IdportenGuard)
  @ApiBearerAuth()
  @PdfSvar('Kvitteringsbrevet som PDF/A, for den som sendte søknaden')
  @ApiConflictResponse({ type: Problem, description: 'Brevet er ikke laget ennå' })
  async kvittering(@InnloggetInnbygger() innbygger: Innbygger, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return sendPdf(res, await this.soknader.kvitteringsbrev(innbygger, id));
  }
}
