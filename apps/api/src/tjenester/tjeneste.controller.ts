import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Referansedata } from '../../../../libs/persistence/index.js';
import { Roller } from '../http/auth.guard.js';

export class TjenesteSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) kode: string;
  @ApiProperty({ example: 'Praktisk bistand' }) navn: string;
  @ApiProperty() navnNynorsk: string;
  @ApiProperty() hjemmel: string;
  @ApiProperty({ example: 'timer_per_uke' }) omfangsenhet: string;
  @ApiProperty() rettighet: boolean;
  @ApiProperty({ enum: ['pbrl_2_1_a', 'pbrl_2_1_d', 'pbrl_2_1_e', 'skjonn'] }) rettsgrunnlag: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Navn, hjemmel, plikt og rett på bokmål og nynorsk' }) tekster: Record<string, unknown>;
  @ApiProperty() egenandel: boolean;
  @ApiProperty() rapporteringskode: string;
  @ApiProperty() tjenestegruppe: string;
  @ApiProperty({ enum: ['statsforvalteren', 'kommunen'] }) klageinstans: string;
  @ApiProperty({ type: 'integer' }) behandlingsfristDager: number;
  @ApiProperty() aktiv: boolean;
}

@ApiTags('tjenester')
@ApiBearerAuth()
@Controller('tjenester')
export class TjenesteController {
  constructor(private readonly referanse: Referansedata) {}

  /** The service catalogue (data, not code): code, name, legal basis, unit, legal regime and complaint route, texts in both målformer, egenandel, reporting code. */
  @Get()
  @ApiOperation({ operationId: 'listTjenester', summary: 'Tjenestekatalogen med rettsgrunnlag, klagevei og tekster' })
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOkResponse({ type: [TjenesteSvar], description: 'Tjenestekatalogen, med rettsgrunnlag (pbrl_2_1_a, pbrl_2_1_d, pbrl_2_1_e eller skjonn), klageinstans og tekster (navn, hjemmel, plikt og rett) på bokmål og nynorsk' })
  list() {
    return this.referanse.tjenester();
  }
}
