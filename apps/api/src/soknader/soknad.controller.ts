import { Plassering } from '../http/idempotens.js';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { KartleggingService } from '../../../../libs/saksbehandling/src/kartlegging.service.js';
import { SoknadService } from '../../../../libs/saksbehandling/src/soknad.service.js';
import { Roller } from '../http/auth.guard.js';
import { Problem } from '../http/problem.js';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { kartleggingSvar, kartleggingInn, sakSvar } from './sak-svar.js';
import { ArbeidslisteSvar, JournalnotatOpprettetSvar, RegistrertKartleggingSvar, SakDetaljSvar, SakSvar } from './soknad.svar.js';
import {
  ArbeidslisteQuery, ForeloepigSvarDto, ForhandsvarselDto, HandlingDto, InnhentingDto, JournalnotatDto, KartleggingDto, KommunebytteDto, RegistrerSoknadDto, RegistrertSoknadDto, TildelingDto,
} from './soknad.dto.js';

@ApiTags('søknader')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: Problem, description: 'Saken finnes ikke, eller hører til en kommune du ikke har tilgang til' })
@Controller('soknader')
export class SoknadController {
  constructor(
    private readonly soknader: SoknadService,
    private readonly kartlegging: KartleggingService,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'registrerSoknad', summary: 'Registrer en søknad (digital, papir eller muntlig)' })
  @Roller('saksbehandler')
  @ApiCreatedResponse({ type: RegistrertSoknadDto })
  registrer(@Body() body: RegistrerSoknadDto) {
    return this.soknader.registrer(body);
  }

  @Get()
  @ApiOperation({ operationId: 'hentArbeidsliste', summary: 'Arbeidslisten, sidevis, med filtre' })
  @Roller('saksbehandler', 'leder')
  @ApiOkResponse({ type: ArbeidslisteSvar, description: 'Arbeidslisten, sidevis' })
  async arbeidsliste(@Query() q: ArbeidslisteQuery) {
    const side = await this.soknader.arbeidsliste(q);
    return { ...side, elementer: side.elementer.map(sakSvar) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'hentSak', summary: 'Saken med person, historikk, journal, kartlegginger, vedtak, klager og brev' })
  @Roller('saksbehandler', 'leder')
  @ApiOkResponse({ type: SakDetaljSvar, description: 'Saken med person, historikk, journal og kartlegginger' })
  async hent(@Param('id') id: string) {
    return sakSvar(await this.soknader.hent(id));
  }

  @Post(':id/kartlegging')
  @ApiOperation({ operationId: 'registrerKartlegging', summary: 'Registrer kartleggingen (IPLOS); bistandsbehovet utledes' })
  @Plassering('soknader/:id')
  @Roller('saksbehandler')
  @ApiCreatedResponse({ type: RegistrertKartleggingSvar, description: 'Kartleggingen med utledet bistandsbehov' })
  @ApiConflictResponse({ type: Problem })
  async registrerKartlegging(@Param('id') id: string, @Body() body: KartleggingDto) {
    return kartleggingSvar(await this.kartlegging.registrer(id, kartleggingInn(body)));
  }

  @Post(':id/tildeling')
  @ApiOperation({ operationId: 'tildelSaksbehandler', summary: 'Tildel saken til en saksbehandler' })
  @ApiOkResponse({ type: SakSvar, description: 'Saken med ny saksbehandler' })
  @ProblemSvar(409)
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  async tildel(@Param('id') id: string, @Body() body: TildelingDto) {
    return sakSvar(await this.soknader.tildel(id, body));
  }

  @Post(':id/handlinger')
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  @ApiOperation({
    operationId: 'utforHandling',
    summary: 'Et steg som bare endrer status (start kartlegging, iverksett, revurder, avslutt, trekk, avvis)',
    description:
      'trekk: søkeren har trukket søknaden; bekreftelsesbrevet trukket bestilles i samme transaksjon (trukketMaate sier hvordan, standard muntlig). ' +
      'avvis: søknaden avvises uten realitetsbehandling; avvisningen er et vedtak, og brevet soknad_avvist med kommentar som begrunnelse og klageretten bestilles i samme transaksjon. kommentar er da påkrevd.',
  })
  @ApiOkResponse({ type: SakSvar, description: 'Saken i sin nye status' })
  @ApiBadRequestResponse({ type: Problem, description: 'Ugyldige felt; errors navngir feltet (f.eks. kommentar mangler ved avvis, ukjent trukketMaate)' })
  @ApiConflictResponse({ type: Problem, description: 'Handlingen er ikke tillatt i sakens status, eller versjonen er utdatert' })
  async handling(@Param('id') id: string, @Body() body: HandlingDto) {
    return sakSvar(await this.soknader.utforHandling(id, body));
  }

  @Post(':id/innhenting')
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOperation({
    operationId: 'beOmOpplysninger',
    summary: 'Be om opplysninger (forvaltningsloven § 17)',
    description: 'Brevet innhenting_opplysninger med hva kontoret trenger og svarfristen bestilles i samme transaksjon; saken viser at den venter på opplysningene (innhenting). Bare før vedtak.',
  })
  @ApiOkResponse({ type: SakDetaljSvar, description: 'Saken, som nå venter på opplysningene' })
  @ApiBadRequestResponse({ type: Problem, description: 'Ingen opplysninger, eller svarfristen er ikke etter i dag' })
  @ApiConflictResponse({ type: Problem, description: 'Saken har vedtak, eller versjonen er utdatert' })
  async innhenting(@Param('id') id: string, @Body() body: InnhentingDto) {
    return sakSvar(await this.soknader.bestillInnhenting(id, body));
  }

  @Post(':id/foreloepig-svar')
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOperation({
    operationId: 'sendForeloepigSvar',
    summary: 'Send foreløpig svar (forvaltningsloven § 11 a)',
    description:
      'Så snart saken ventes å ta mer enn en måned: brevet foreloepig_svar med grunnen (valgt, eller det saken venter på) og datoen kontoret regner med å svare, bestilt i samme transaksjon. Én per sak; den planlagte runden sender ikke et til.',
  })
  @ApiOkResponse({ type: SakDetaljSvar, description: 'Saken, med forelopigSvarDato satt' })
  @ApiBadRequestResponse({ type: Problem, description: 'Ukjent grunn, innhenting uten at saken venter på opplysninger, eller en dato som ikke er etter i dag' })
  @ApiConflictResponse({ type: Problem, description: 'Saken har fått foreløpig svar, har vedtak, eller versjonen er utdatert' })
  async foreloepigSvar(@Param('id') id: string, @Body() body: ForeloepigSvarDto) {
    return sakSvar(await this.soknader.sendForeloepigSvar(id, body));
  }

  @Post(':id/forhandsvarsel')
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOperation({
    operationId: 'sendForhandsvarsel',
    summary: 'Send forhåndsvarsel før en tjeneste reduseres eller stanses (forvaltningsloven § 16)',
    description:
      'Under revurdering: brevet forhandsvarsel med hva kontoret vurderer å endre, fra når, og fristen for å uttale seg, bestilt i samme transaksjon. Et endringsvedtak som gir mindre enn vedtaket i kraft, kan først fattes når fristen er ute.',
  })
  @ApiOkResponse({ type: SakDetaljSvar, description: 'Saken, med forhaandsvarsel' })
  @ApiBadRequestResponse({ type: Problem, description: 'Tom endring, en frist som ikke er etter i dag, en virkningsdato før fristen, eller et vedtak som ikke er fattet i saken' })
  @ApiConflictResponse({ type: Problem, description: 'Saken er ikke under revurdering, eller versjonen er utdatert' })
  async forhandsvarsel(@Param('id') id: string, @Body() body: ForhandsvarselDto) {
    return sakSvar(await this.soknader.sendForhandsvarsel(id, body));
  }

  @Post(':id/journal')
  @ApiOperation({ operationId: 'skrivJournalnotat', summary: 'Skriv et journalnotat i saken' })
  @ApiCreatedResponse({ type: JournalnotatOpprettetSvar, description: 'Notatets id; Location er saken' })
  @Plassering('soknader/:id')
  @Roller('saksbehandler', 'leder')
  journal(@Param('id') id: string, @Body() body: JournalnotatDto) {
    return this.soknader.journalfor(id, body.tekst);
  }

  @Post(':id/kommunebytte')
  @ApiOperation({ operationId: 'byttKommune', summary: 'Flytt saken til en annen av de fire kommunene' })
  @ApiOkResponse({ type: SakSvar, description: 'Saken i den nye kommunen' })
  @ProblemSvar(409)
  @HttpCode(200)
  @Roller('saksbehandler', 'leder')
  async kommunebytte(@Param('id') id: string, @Body() body: KommunebytteDto) {
    return sakSvar(await this.soknader.byttKommune(id, body));
  }
}
