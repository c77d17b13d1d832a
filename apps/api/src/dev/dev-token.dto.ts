import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLLER, type Rolle } from '../../../../libs/domain/src/felles/typer.js';
import { enAv } from '../http/meldinger.js';

export class DevTokenDto {
  @ApiProperty({ enum: ROLLER, example: 'saksbehandler' })
  @IsIn(ROLLER, enAv(ROLLER))
  rolle: Rolle;

  @ApiProperty({ type: [String], example: ['1865', '1860'], description: 'Kommunenumre brukeren kan handle for' })
  @IsArray({ message: 'Må være en liste.' })
  @ArrayMinSize(1, { message: 'Må ha minst én kommune.' })
  @ArrayMaxSize(10)
  @Matches(/^\d{4}$/, { each: true, message: 'Må være et kommunenummer med fire siffer.' })
  kommuner: string[];

  @ApiProperty({ required: false, example: 'Siri Saksbehandler' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  navn?: string;
}

export class DevTokenSvarDto {
  @ApiProperty() token: string;
  @ApiProperty({ example: 'demo-saksbehandler-1865' }) sub: string;
  @ApiProperty({ example: 'Siri Saksbehandler' }) navn: string;
  @ApiProperty({ example: '2026-11-23T18:00:00.000Z' }) utloper: string;
}
