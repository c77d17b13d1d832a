import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InnboksService, type Innboks } from '../../../../libs/innboks/index.js';
import { Roller } from '../http/auth.guard.js';
import { medNyeNavn, type MedNyeNavn } from '../http/feltnavn.js';
import { InnboksSvar } from './innboks.svar.js';

@ApiTags('innboks')
@ApiBearerAuth()
@Controller('innboks')
export class InnboksController {
  constructor(private readonly innboks: InnboksService) {}

  @Get()
  @Roller('saksbehandler', 'leder')
  @ApiOperation({
    operationId: 'hentInnboks',
    summary: 'Saksbehandlerens startside: mine åpne saker, utkast til godkjenning (aldri egne), frister denne uken og passerte, evalueringer og utløpende vedtak innen 30 dager, foreløpige svar, klager og feilede brev (ledere)',
  })
  @ApiOkResponse({ type: InnboksSvar, description: 'Innboksen, del for del' })
  async hent(): Promise<MedNyeNavn<Innboks>> {
    return medNyeNavn(await this.innboks.hent());
  }
}
