import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BrevoppfolgingService } from '../../../../libs/brevproduksjon/src/brevoppfolging.service.js';
import { Roller } from '../http/auth.guard.js';

@ApiTags('brev')
@ApiBearerAuth()
@Controller('brev')
export class BrevController {
  constructor(private readonly oppfolging: BrevoppfolgingService) {}

  @Get('feilede')
  @Roller('leder')
  @ApiOkResponse({ description: 'Brev som ikke kunne lages etter alle forsøk' })
  feilede() {
    return this.oppfolging.feilede();
  }

  @Post(':id/ny-kjoring')
  @HttpCode(202)
  @Roller('leder')
  kjorPaaNytt(@Param('id') id: string) {
    return this.oppfolging.kjorPaaNytt(id);
  }
}
