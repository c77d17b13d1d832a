import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { STATSFORVALTERENS_UTFALL } from '../../../../libs/domain/src/saksflyt/saksflyt.js';
import { KlageService } from '../../../../libs/klage/src/klage.service.js';
import { Roller } from '../http/auth.guard.js';
import { enAv, ErDato } from '../http/meldinger.js';
import { VersjonDto } from '../soknader/soknad.dto.js';

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

@ApiTags('klager')
@ApiBearerAuth()
@Controller()
export class KlageController {
  constructor(private readonly klager: KlageService) {}

  @Post('soknader/:id/klage')
  @Roller('saksbehandler')
  @ApiCreatedResponse({ description: 'Klagen, med frist og om den kom innen fristen' })
  registrer(@Param('id') id: string, @Body() body: KlageDto) {
    return this.klager.registrer(id, body);
  }

  @Post('klager/:id/vurdering')
  @HttpCode(200)
  @Roller('saksbehandler')
  vurder(@Param('id') id: string, @Body() body: KlagevurderingDto) {
    return this.klager.vurder(id, body);
  }

  @Post('klager/:id/statsforvalteren')
  @HttpCode(200)
  @Roller('saksbehandler')
  statsforvalteren(@Param('id') id: string, @Body() body: StatsforvalterenDto) {
    return this.klager.statsforvalteren(id, body);
  }
}
