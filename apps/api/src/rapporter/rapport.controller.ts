import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { RapportService } from '../../../../libs/rapporter/src/rapport.service.js';
import { DomeneFeil } from '../../../../libs/domain/src/felles/typer.js';
import { Roller } from '../http/auth.guard.js';
import { RAPPORTFORMATER, RapportbestillingDto, RapportlisteQuery, RapportstatusDto } from './rapport.dto.js';

@ApiTags('rapporter')
@ApiBearerAuth()
@Controller('rapporter')
export class RapportController {
  constructor(private readonly rapporter: RapportService) {}

  @Post()
  @ApiOperation({ operationId: 'bestillRapport', summary: 'Bestill en likebehandlingsrapport (lages i bakgrunnen)' })
  @HttpCode(202)
  @Roller('leder', 'tillitsvalgt')
  @ApiAcceptedResponse({ type: RapportstatusDto, description: 'Rapporten er bestilt og lages i bakgrunnen' })
  @ApiForbiddenResponse({ description: 'Tillitsvalgte kan bare bestille den anonymiserte rapporten' })
  bestill(@Body() body: RapportbestillingDto) {
    return this.rapporter.bestill(body.type, body.aar);
  }

  @Get()
  @ApiOperation({ operationId: 'listRapporter', summary: 'De nyeste rapportene du kan se, uten innhold' })
  @Roller('leder', 'tillitsvalgt')
  @ApiOkResponse({ type: RapportstatusDto, isArray: true, description: 'De nyeste rapportene du kan se, uten innhold: dine egne bestillinger, og for ledere de anonymiserte og de som gjelder bare egne kommuner' })
  liste(@Query() q: RapportlisteQuery) {
    return this.rapporter.liste(q);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'hentRapport', summary: 'Én rapports status' })
  @Roller('leder', 'tillitsvalgt')
  @ApiOkResponse({ type: RapportstatusDto })
  @ApiNotFoundResponse({ description: 'Finnes ikke, eller du har ikke tilgang' })
  hent(@Param('id') id: string) {
    return this.rapporter.hent(id);
  }

  @Get(':id/innhold')
  @ApiOperation({ operationId: 'hentRapportinnhold', summary: 'Rapporten som JSON, CSV eller PDF' })
  @Roller('leder', 'tillitsvalgt')
  @ApiQuery({ name: 'format', enum: RAPPORTFORMATER, required: false })
  @ApiOkResponse({
    description: 'Rapporten som JSON, CSV (semikolon, UTF-8) eller PDF',
    content: {
      'application/json': { schema: { type: 'object', additionalProperties: true } },
      'text/csv': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async innhold(@Param('id') id: string, @Query('format') format: string | undefined, @Res({ passthrough: true }) res: Response) {
    const f = format ?? 'json';
    if (!(RAPPORTFORMATER as readonly string[]).includes(f)) {
      throw new DomeneFeil('UGYLDIG_FORMAT', 'Ukjent format.', 400, [{ field: 'format', message: `Må være en av: ${RAPPORTFORMATER.join(', ')}.` }]);
    }
    const { type, data, filnavn } = await this.rapporter.innhold(id, f as (typeof RAPPORTFORMATER)[number]);
    if (f === 'json') return data;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `${f === 'pdf' ? 'inline' : 'attachment'}; filename="${filnavn}"`);
    return new StreamableFile(typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer));
  }
}
