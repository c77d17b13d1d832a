import { ApiProperty } from '@nestjs/swagger';
import { ROLLER, type Rolle } from '../../../../libs/domain/src/felles/typer.js';

export class OidcValgDto {
  @ApiProperty({ example: 'https://idp.lofoten.example/', description: 'Innloggingstjenesten (OIDC_ISSUER)' })
  issuer: string;

  @ApiProperty({ example: 'tk-lofoten-web', description: 'Nettappens offentlige klient-id (OIDC_WEB_CLIENT_ID)' })
  klientId: string;

  @ApiProperty({ example: 'openid profile' })
  scope: string;
}

export class InnloggingsvalgDto {
  @ApiProperty({ type: OidcValgDto, nullable: true, description: 'Innlogging med OIDC (kode + PKCE); null når den ikke er satt opp' })
  oidc: OidcValgDto | null;

  @ApiProperty({ description: 'Utviklingsinnloggingen (POST /dev/token) finnes; aldri i produksjon' })
  utviklingsinnlogging: boolean;
}

export class InnloggetBrukerDto {
  @ApiProperty({ example: 'idp-3f2a' }) sub: string;
  @ApiProperty({ example: 'Siri Saksbehandler' }) navn: string;
  @ApiProperty({ enum: ROLLER, isArray: true }) roller: Rolle[];
  @ApiProperty({ type: [String], example: ['1865', '1860'] }) kommuner: string[];
}
