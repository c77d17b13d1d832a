import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ErDato } from '../http/meldinger.js';

export class KommuneDto {
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ example: 'Vågan' }) navn: string;
  @ApiProperty({ enum: ['nb', 'nn'], example: 'nb' }) maalform: string;
  @ApiProperty({ example: 'Vågan kommune, ved Felles tildelingskontor Lofoten' }) brevhode: string;
  @ApiProperty({ example: 9800 }) innbyggere: number;
  @ApiProperty({ example: 2150 }) innbyggere67Pluss: number;
  @ApiProperty({ example: 640 }) innbyggere80Pluss: number;
  @ApiProperty({ example: '940443374' }) organisasjonsnummer: string;
  @ApiProperty({ example: 'Postboks 848, 8305 Svolvær' }) postadresse: string;
  @ApiProperty({ example: '76 06 60 00' }) telefon: string;
  @ApiProperty({ example: 'postmottak@vagan.kommune.no' }) epost: string;
  @ApiProperty({ example: 'Felles tildelingskontor Lofoten, Postboks 203, 8376 Leknes' }) klageadresse: string;
  @ApiProperty({ type: [String], example: ['langtidsopphold', 'bpa'], description: 'Tjenester som krever godkjenning av en annen (fire øyne)' })
  fireOyneTjenester: string[];
  @ApiProperty({ example: 'Klagenemnda i Vågan kommune', description: 'Kommunens eget klageorgan: avgjør klager på skjønnsmessige tjenester (forvaltningsloven § 28 andre ledd)' })
  klageorgan: string;
  @ApiProperty({ example: 'Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vågan kommune, Nordland', description: 'Kommunens forskrift om langtidsopphold og venteliste (helse- og omsorgstjenesteloven § 3-2 a): fullt navn' })
  langtidsforskrift: string;
  @ApiProperty({ example: '2017-06-20', description: 'Datoen forskriften ble vedtatt' }) langtidsforskriftDato: string;
  @ApiProperty({ enum: ['fil', 'svarut'], example: 'fil', description: 'Hvordan brevene sendes: filavlevering eller KS SvarUt (digital post, utskrift som reserve)' })
  leveransekanal: string;
  @ApiProperty({ enum: ['ingen', 'fiks_arkiv'], example: 'ingen', description: 'Om saker, brev, klager og journalnotater arkiveres gjennom Fiks Arkiv' })
  arkivering: string;
}

/** The legal settings fagadmin maintains: letters cite them by name, never by a number. */
export class KommuneinnstillingerDto {
  @ApiProperty({ example: 'Klagenemnda i Vågan kommune' }) @IsString() @IsNotEmpty() @MaxLength(200) klageorgan: string;
  @ApiProperty({ example: 'Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vågan kommune, Nordland' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  langtidsforskrift: string;
  @ApiProperty({ example: '2017-06-20' }) @ErDato() langtidsforskriftDato: string;
}
