import { Plassering } from '../http/idempotens.js';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { STATSFORVALTERENS_UTFALL } from '../../../../libs/domain/src/saksflyt/saksflyt.js';
import { KlageService } from '../../../../libs/klage/src/klage.service.js';
import { KLAGEAVSLUTNINGER, type Klageavslutning } from '../../../../libs/klage/src/klageavslutning.js';
import { Roller } from '../http/auth.guard.js';
import { enAv, ErDato } from '../http/meldinger.js';
import { VersjonDto } from '../soknader/soknad.dto.js';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { KlageSvar, RegistrertKlageSvar } from './klage.svar.js';
import { FristoppreisningVisning } from '../soknader/soknad.svar.js';

export class KlageDto extends VersjonDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'Må være en gyldig id.' }) vedtakId: string;
  @ApiProperty({ example: '2026-11-20' }) @ErDato() mottattDato: string;
  @ApiPropertyOptional({ example: '2026-11-05', description: 'Når parten fikk vite om vedtaket; ellers brevets sendedato' }) @IsOptional() @ErDato() kjentDato?: string;
  @ApiProperty({ example: 'Jeg trenger mer hjelp enn vedtaket gir.' }) @IsString() @IsNotEmpty() @MaxLength(20000) begrunnelse: string;
}

export class KlagevurderingDto extends VersjonDto {
  @ApiProperty({ enum: ['omgjort', 'opprettholdt'] }) @IsIn(['omgjort', 'opprettholdt'], enAv(['omgjort', 'opprettholdt'])) vurdering: 'omgjort' | 'opprettholdt';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20000) begrunnelse: string;
}

export class StatsforvalterenDto extends VersjonDto {
  @ApiProperty({ enum: STATSFORVALTERENS_UTFALL }) @IsIn(STATSFORVALTERENS_UTFALL, enAv(STATSFORVALTERENS_UTFALL)) utfall: (typeof STATSFORVALTERENS_UTFALL)[number];
  @ApiProperty({ example: '2027-02-01' }) @ErDato() dato: string;
}

export class KlageavslutningDto extends VersjonDto {
  @ApiProperty({ enum: KLAGEAVSLUTNINGER, description: 'trukket: klageren har trukket klagen; avvist: kontoret avviser klagen (bare før den er oversendt)' })
  @IsIn(KLAGEAVSLUTNINGER, enAv(KLAGEAVSLUTNINGER))
  utfall: Klageavslutning;

  @ApiProperty({ example: 'Klagen kom sju uker etter klagefristen, og klageren har ikke oppgitt noen grunn til at den kom for sent.', maxLength: 20000, description: 'Ved avvisning står begrunnelsen i brevet til klageren' })
  @IsString()
  // Also refuses blanks only: the reason is printed in the dismissal letter.
  @Matches(/\S/, { message: 'Må fylles ut.' })
  @MaxLength(20000)
  begrunnelse: string;
}

export class FristoppreisningDto extends VersjonDto {
  @ApiProperty({ example: 'Klageren lå på sykehus da vedtaket kom og kunne ikke klage i tide.', maxLength: 20000, description: 'Hvorfor kontoret likevel behandler den sene klagen (forvaltningsloven § 31)' })
  @IsString()
  @Matches(/\S/, { message: 'Må fylles ut: skriv hvorfor klagen likevel behandles.' })
  @MaxLength(20000)
  begrunnelse: string;
}

/** The complaint after it was taken up despite the deadline. */
export class FristoppreisningSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: false }) innenFrist: boolean;
  @ApiProperty({ example: 'Klagen kom etter klagefristen. Kontoret tok den likevel under behandling 2026-12-03 (forvaltningsloven § 31).', nullable: true, type: String }) merknad: string | null;
  @ApiProperty({ type: FristoppreisningVisning }) fristoppreisning: FristoppreisningVisning;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty({ example: 2 }) versjon: number;
}

@ApiTags('klager')
@ApiBearerAuth()
@Controller()
export class KlageController {
  constructor(private readonly klager: KlageService) {}

  @Post('soknader/:id/klage')
  @ApiOperation({ operationId: 'registrerKlage', summary: 'Registrer en klage på et vedtak' })
  @Plassering('soknader/:id')
  @Roller('saksbehandler')
  @ApiCreatedResponse({ type: RegistrertKlageSvar, description: 'Klagen, med frist og om den kom innen fristen' })
  @ProblemSvar(409)
  registrer(@Param('id') id: string, @Body() body: KlageDto) {
    return this.klager.registrer(id, body);
  }

  @Post('klager/:id/vurdering')
  @ApiOperation({ operationId: 'vurderKlage', summary: 'Kommunens vurdering av klagen: omgjort eller opprettholdt (og oversendt)' })
  @ApiOkResponse({ type: KlageSvar })
  @ProblemSvar(409)
  @HttpCode(200)
  @Roller('saksbehandler')
  vurder(@Param('id') id: string, @Body() body: KlagevurderingDto) {
    return this.klager.vurder(id, body);
  }

  @Post('klager/:id/avslutning')
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOperation({
    operationId: 'avsluttKlage',
    summary: 'Registrer at klagen er trukket, eller avvis den',
    description:
      'trukket: mens klagen er mottatt eller oversendt (er den oversendt, må Statsforvalteren få beskjed: statsforvalterenMaaVarsles). ' +
      'avvist: bare mens klagen er mottatt (forvaltningsloven §§ 31 og 33 andre ledd); avvisningen er et vedtak, og brevet klage_avvist bestilles i samme transaksjon. ' +
      'Trekking gir et bekreftelsesbrev (klage_trukket). Saken går tilbake til status vedtatt.',
  })
  @ApiOkResponse({ type: KlageSvar, description: 'Klagen med status trukket eller avvist, avsluttetDato og avslutningsgrunn' })
  @ApiConflictResponse({ description: 'Klagen kan ikke avsluttes slik i sin status, eller versjonen er utdatert' })
  @ApiNotFoundResponse({ description: 'Ukjent klage, eller en klage i en kommune du ikke har tilgang til' })
  avslutt(@Param('id') id: string, @Body() body: KlageavslutningDto) {
    return this.klager.avslutt(id, body);
  }

  @Post('klager/:id/fristoppreisning')
  @HttpCode(200)
  @Roller('saksbehandler')
  @ApiOperation({
    operationId: 'taOppSenKlage',
    summary: 'Ta en klage som kom for sent under behandling likevel (forvaltningsloven § 31)',
    description: 'Bare for en klage etter fristen som ennå ikke er vurdert. Begrunnelsen registreres på klagen; deretter kan kontoret vurdere den. Alternativet er å avvise den (avslutning med avvist).',
  })
  @ApiOkResponse({ type: FristoppreisningSvar })
  @ApiConflictResponse({ description: 'Klagen kom innen fristen, er allerede tatt opp eller vurdert, eller versjonen er utdatert' })
  @ApiNotFoundResponse({ description: 'Ukjent klage, eller en klage i en kommune du ikke har tilgang til' })
  taOppSenKlage(@Param('id') id: string, @Body() body: FristoppreisningDto) {
    return this.klager.taOppTrossFrist(id, body);
  }

  @Post('klager/:id/statsforvalteren')
  @ApiOperation({ operationId: 'registrerStatsforvalterensAvgjorelse', summary: 'Registrer Statsforvalterens avgjørelse i klagesaken' })
  @ApiOkResponse({ type: KlageSvar })
  @ProblemSvar(409)
  @HttpCode(200)
  @Roller('saksbehandler')
  statsforvalteren(@Param('id') id: string, @Body() body: StatsforvalterenDto) {
    return this.klager.statsforvalteren(id, body);
  }
}
