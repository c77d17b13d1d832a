import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { TjenesteEntity } from '../../../../libs/persistence/src/entities/tjeneste.entity.js';
import { Roller } from '../http/auth.guard.js';

@ApiTags('tjenester')
@ApiBearerAuth()
@Controller('tjenester')
export class TjenesteController {
  constructor(private readonly dataSource: DataSource) {}

  /** The service catalogue (data, not code): code, name, legal basis, unit, right, egenandel, reporting code. */
  @Get()
  @Roller('saksbehandler', 'leder', 'fagadmin')
  @ApiOkResponse({ description: 'Tjenestekatalogen' })
  list() {
    return this.dataSource.getRepository(TjenesteEntity).find({ order: { kode: 'ASC' } });
  }
}
