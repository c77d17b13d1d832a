import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Referansedata } from '../../../../libs/persistence/src/referansedata.js';
import { Roller } from '../http/auth.guard.js';

@ApiTags('tjenester')
@ApiBearerAuth()
@Controller('tjenester')
export class TjenesteController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referanse: Referansedata,
  ) {}

  /** The service catalogue (data, not code): code, name, legal basis, unit, legal regime and complaint route, texts in both målformer, egenandel, reporting code. */
  @Get()
  @ApiOperation({ operationId: 'listTjenester', summary: 'Tjenestekatalogen med rettsgrunnlag, klagevei og tekster' })
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOkResponse({ description: 'Tjenestekatalogen, med rettsgrunnlag (pbrl_2_1_a, pbrl_2_1_d, pbrl_2_1_e eller skjonn), klageinstans og tekster (navn, hjemmel, plikt og rett) på bokmål og nynorsk' })
  list() {
    return this.referanse.tjenester(this.dataSource.manager);
  }
}
