import { Controller, Get, Inject, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { ROLLER } from '../../../../libs/domain/src/felles/typer.js';
import { RequestContext } from '../../../../libs/persistence/src/tenant/request-context.js';
import { DevTokenController } from '../dev/dev-token.controller.js';
import { Offentlig, Roller } from '../http/auth.guard.js';
import { InnloggetBrukerDto, InnloggingsvalgDto } from './innlogging.dto.js';

/**
 * What the web app's sign-in page needs, read at run time so that one build serves every deployment: the
 * identity provider and the web app's public client, and whether the development sign-in exists.
 */
@ApiTags('innlogging')
@Controller('innlogging')
export class InnloggingController implements OnModuleInit {
  private valg!: InnloggingsvalgDto;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduler: ModuleRef,
    private readonly context: RequestContext,
  ) {}

  onModuleInit(): void {
    const c = this.config;
    this.valg = {
      oidc: c.OIDC_ISSUER && c.OIDC_WEB_CLIENT_ID ? { issuer: c.OIDC_ISSUER, klientId: c.OIDC_WEB_CLIENT_ID, scope: c.OIDC_SCOPE } : null,
      // Asks whether the route is really registered, so the answer cannot drift from AppModule's condition.
      utviklingsinnlogging: finnes(this.moduler, DevTokenController),
    };
  }

  @Get()
  @Offentlig()
  @ApiOperation({ operationId: 'hentInnloggingsvalg', summary: 'Innloggingsmåtene nettappen skal tilby (uten innlogging)' })
  @ApiOkResponse({ type: InnloggingsvalgDto })
  hent(): InnloggingsvalgDto {
    return this.valg;
  }

  /** The caller as the API verified the token: the web app shows this, not claims it decoded itself. */
  @Get('meg')
  @Roller(...ROLLER)
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'hentInnloggetBruker', summary: 'Den innloggede brukeren slik API-et leser tokenet' })
  @ApiOkResponse({ type: InnloggetBrukerDto })
  meg(): InnloggetBrukerDto {
    const b = this.context.bruker;
    return { sub: b.id, navn: b.navn, roller: [...b.roller], kommuner: [...b.kommuner] };
  }
}

function finnes(moduler: ModuleRef, type: object): boolean {
  try {
    moduler.get(type as never, { strict: false });
    return true;
  } catch {
    return false;
  }
}
