import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { HENDELSESTYPER } from '../../../../libs/hendelser/index.js';
import { HendelseService } from '../../../../libs/hendelser/index.js';
import { Roller } from '../http/auth.guard.js';

export class HendelserQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'Markøren: id-en til den siste hendelsen du har sett (0 fra begynnelsen)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  etter?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) antall?: number;
}

export class HendelseSvar {
  @ApiProperty({ type: 'integer', example: 42, description: 'Stigende; markøren for neste henting' }) id: number;
  @ApiProperty({ enum: HENDELSESTYPER }) type: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: 'fatt_vedtak', description: 'Steget i saksflyten' }) handling: string;
  @ApiProperty({ example: 'vedtatt', description: 'Sakens status etter steget' }) status: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bare på brev.sendt: brevet som ble sendt' }) brevId?: string;
  @ApiProperty({ type: String, format: 'date-time' }) tidspunkt: string;
}

export class HendelsesideSvar {
  @ApiProperty({ type: [HendelseSvar] }) hendelser: HendelseSvar[];
  @ApiProperty({ type: 'integer', description: 'Send som etter neste gang (den samme når ingenting nytt har skjedd)' }) neste: number;
}

@ApiTags('hendelser')
@ApiBearerAuth()
@Controller('hendelser')
export class HendelseController {
  constructor(private readonly hendelser: HendelseService) {}

  @Get()
  @Roller('saksbehandler', 'leder')
  @ApiOperation({
    operationId: 'hentHendelser',
    summary: 'Endringsstrømmen: hendelser i sakene etter markøren, eldste først',
    description:
      'Sak registrert, status endret, vedtak fattet, brev sendt, klage registrert og klage avgjort, i kommunene du har tilgang til. Bare id-er og saksnummer, aldri personopplysninger. ' +
      'Hendelsen skrives i samme transaksjon som endringen, og id-ene deles ut i den rekkefølgen endringene ble lagret: en markør hopper aldri over en hendelse.',
  })
  @ApiOkResponse({ type: HendelsesideSvar })
  les(@Query() q: HendelserQuery) {
    return this.hendelser.les(q.etter ?? 0, q.antall ?? 100);
  }
}
