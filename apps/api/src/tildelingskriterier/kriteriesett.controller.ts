import { Plassering } from '../http/idempotens.js';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
} from '@nestjs/swagger';
import { KRITERIEDOKUMENT_SKJEMA } from '../../../../libs/domain/src/kriterier/index.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { KriteriesettDto, KriteriesettQuery, PubliserDto, KriteriesettSammendragDto, KriteriesettUtkastDto, SammenligningQuery } from './kriteriesett.dto.js';
import { KriteriesettService } from './kriteriesett.service.js';

const LES = ['saksbehandler', 'leder', 'fagadmin'] as const;

@ApiTags('tildelingskriterier')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: Problem, description: 'Versjonen finnes ikke' })
@Controller('tildelingskriterier')
export class KriteriesettController {
  constructor(private readonly kriterier: KriteriesettService) {}

  @Get()
  @Roller(...LES)
  @ApiOperation({ operationId: 'listKriteriesett', summary: 'Alle versjoner av tildelingskriteriene, nyeste først, uten innholdet; filtrer på status' })
  @ApiOkResponse({ type: [KriteriesettSammendragDto] })
  sok(@Query() q: KriteriesettQuery) {
    return this.kriterier.sok(q.status);
  }

  @Get('skjema')
  @Roller(...LES)
  @ApiOperation({ operationId: 'hentKriterieskjema', summary: 'JSON Schema for innholdet i et kriteriesett (det tjeneren validerer mot)' })
  @ApiOkResponse({ description: 'JSON Schema (draft-07)', schema: { type: 'object', additionalProperties: true } })
  skjema() {
    return this.kriterier.skjema();
  }

  @Post()
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'opprettKriteriesett', summary: 'Lag en ny versjon som utkast (versjon = høyeste + 1); innhold og lokale avvik valideres fullt' })
  @ApiCreatedResponse({ type: KriteriesettDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Settet har feil; errors navngir hver regel og feil (ukjent fakta, regel som aldri slår til, hull eller overlapp i nivåer, manglende oppsamlingsregel)' })
  opprett(@Body() body: KriteriesettUtkastDto) {
    return this.kriterier.opprett(body);
  }

  @Post('import')
  @Plassering('tildelingskriterier/{id}')
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'importerKriteriesett', summary: 'Lag et utkast fra en eksportfil (GET /tildelingskriterier/{id}/eksport); navn og gyldighet hentes fra filen' })
  @ApiBody({ schema: { type: 'object', description: 'Eksportfilen slik den ble lastet ned', properties: { $schema: { type: 'string', example: KRITERIEDOKUMENT_SKJEMA.$id }, formatversjon: { type: 'integer', example: 1 }, kriteriesett: { type: 'object' }, lokaleAvvik: { type: 'array', items: { type: 'object' } } }, required: ['kriteriesett', 'lokaleAvvik'] } })
  @ApiCreatedResponse({ type: KriteriesettDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Filen har feil; errors navngir feltet i filen' })
  importer(@Body() dokument: Record<string, unknown>) {
    return this.kriterier.importer(dokument);
  }

  @Get(':id')
  @Roller(...LES)
  @ApiOperation({ operationId: 'hentKriteriesett', summary: 'Én versjon med innhold og lokale avvik' })
  @ApiOkResponse({ type: KriteriesettDto })
  hent(@Param('id') id: string) {
    return this.kriterier.hent(id);
  }

  @Put(':id')
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'endreKriteriesett', summary: 'Erstatt et utkast (navn, gyldighet, innhold, lokale avvik); bare utkast kan endres' })
  @ApiOkResponse({ type: KriteriesettDto })
  @ApiBadRequestResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem, description: 'Versjonen er publisert eller trukket tilbake og kan ikke endres' })
  endre(@Param('id') id: string, @Body() body: KriteriesettUtkastDto) {
    return this.kriterier.endre(id, body);
  }

  @Post(':id/publiser')
  @HttpCode(200)
  @Roller('fagadmin')
  @ApiOperation({
    operationId: 'publiserKriteriesett',
    summary: 'Publiser et utkast',
    description:
      'Valideres på nytt. Publiserte versjoner kan ikke overlappe i tid, og en publisert versjon endres aldri: trekk tilbake den gamle først, eller gi utkastet en periode som begynner etter at den gamle slutter.',
  })
  @ApiBody({ type: PubliserDto, required: false })
  @ApiOkResponse({ type: KriteriesettDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Settet har feil og kan ikke publiseres' })
  @ApiConflictResponse({ type: Problem, description: 'Ikke et utkast, eller perioden overlapper en publisert versjon (errors navngir den)' })
  publiser(@Param('id') id: string, @Body() body: PubliserDto) {
    return this.kriterier.publiser(id, body.erstatter ?? []);
  }

  @Post(':id/trekk-tilbake')
  @HttpCode(200)
  @Roller('fagadmin')
  @ApiOperation({ operationId: 'trekkTilbakeKriteriesett', summary: 'Trekk tilbake en publisert versjon (eller forkast et utkast); endelig. Vedtak fattet etter versjonen beholder den.' })
  @ApiOkResponse({ type: KriteriesettDto })
  @ApiConflictResponse({ type: Problem, description: 'Allerede trukket tilbake' })
  trekkTilbake(@Param('id') id: string) {
    return this.kriterier.trekkTilbake(id);
  }

  @Get(':id/sammenligning')
  @Roller(...LES)
  @ApiOperation({ operationId: 'sammenlignKriteriesett', summary: 'Én kommunes lokale avvik side om side med de felles reglene, regel for regel' })
  @ApiOkResponse({ description: 'Per tjeneste: radene i den rekkefølgen kommunen prøver reglene, med endring uendret | erstattet | lagt_til', schema: { type: 'object', additionalProperties: true } })
  @ApiBadRequestResponse({ type: Problem, description: 'Ukjent kommune' })
  sammenlign(@Param('id') id: string, @Query() q: SammenligningQuery) {
    return this.kriterier.sammenlign(id, q.kommune);
  }

  @Get(':id/eksport')
  @Roller(...LES)
  @ApiProduces('application/json')
  @ApiOperation({ operationId: 'eksporterKriteriesett', summary: 'Last ned versjonen som fil (kriteriesett og lokale avvik), til gjennomgang utenfor systemet og import' })
  @ApiOkResponse({ description: 'JSON-dokument med fast nøkkelrekkefølge; to eksporter av samme versjon er like', schema: { type: 'object', additionalProperties: true } })
  async eksport(@Param('id') id: string) {
    const { filnavn, innhold } = await this.kriterier.eksport(id);
    return new StreamableFile(Buffer.from(innhold, 'utf8'), { type: 'application/json; charset=utf-8', disposition: `attachment; filename="${filnavn}"` });
  }
}
