import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { signDevToken } from '../../../../libs/auth/src/token-verifier.js';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { DomeneFeil } from '../../../../libs/domain/src/felles/typer.js';
import { Offentlig } from '../http/auth.guard.js';
import { KommuneService } from '../kommuner/kommune.service.js';
import { DevTokenDto, DevTokenSvarDto } from './dev-token.dto.js';

const STANDARDNAVN: Record<string, string> = {
  saksbehandler: 'Siri Saksbehandler',
  leder: 'Lars Leder',
  tillitsvalgt: 'Tove Tillitsvalgt',
  fagadmin: 'Frida Fagadmin',
};
const LEVETID_SEKUNDER = 8 * 3600;

/**
 * Development sign-in for the web app's user picker: signs the same HS256 token as `npm run token`.
 * Only registered by `AppModule` when NODE_ENV is not production and AUTH_JWT_SECRET is set, so the route does
 * not exist in production (where the secret is refused at boot anyway).
 */
@ApiTags('utvikling')
@Controller('dev')
export class DevTokenController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly kommuner: KommuneService,
  ) {}

  @Post('token')
  @HttpCode(200)
  @Offentlig()
  @ApiOperation({ operationId: 'lagUtviklingstoken', summary: 'Utviklingstoken for en demobruker (finnes ikke i produksjon)' })
  @ApiOkResponse({ type: DevTokenSvarDto })
  async token(@Body() body: DevTokenDto): Promise<DevTokenSvarDto> {
    const kjente = await this.kommuner.kommunenumre();
    const ukjente = body.kommuner.filter((k) => !kjente.has(k));
    if (ukjente.length) {
      throw new DomeneFeil('UKJENT_KOMMUNE', 'Ukjent kommune.', 400, ukjente.map(() => ({ field: 'kommuner', message: 'Ukjent kommunenummer.' })));
    }
    const kommuner = [...new Set(body.kommuner)].sort();
    const sub = `demo-${body.rolle}-${kommuner.join('-')}`;
    const navn = body.navn ?? STANDARDNAVN[body.rolle]!;
    const token = await signDevToken({ sub, name: navn, roles: [body.rolle], kommuner, ttlSeconds: LEVETID_SEKUNDER }, this.config.AUTH_JWT_SECRET!);
    return { token, sub, navn, utloper: new Date(Date.now() + LEVETID_SEKUNDER * 1000).toISOString() };
  }
}
