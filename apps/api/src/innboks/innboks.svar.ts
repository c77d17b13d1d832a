import { ApiProperty } from '@nestjs/swagger';
import { SAKSSTATUSER } from '../../../../libs/domain/index.js';

/** One task of the inbox: the case it belongs to, the date that makes it due, and what is due. */
export class InnboksoppgaveSvar {
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ example: 'Kari Nordhus' }) personnavn: string;
  @ApiProperty({ enum: SAKSSTATUSER }) status: string;
  @ApiProperty({ example: 'Under kartlegging' }) statusnavn: string;
  @ApiProperty({ type: String, format: 'date', example: '2026-12-10', description: 'Fristen, evalueringsdatoen, sluttdatoen eller klagens dato' }) dato: string;
  @ApiProperty({ example: 'Evaluering: Praktisk bistand' }) beskrivelse: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Vedtaket, klagen eller brevet oppgaven gjelder' }) gjelderId: string | null;
}

const del = (description: string) => ({ type: InnboksoppgaveSvar, isArray: true, description });

/** The caseworker's start page, part by part. */
export class InnboksSvar {
  @ApiProperty({ type: String, format: 'date', example: '2026-12-03' }) idag: string;
  @ApiProperty(del('Mine saker som venter på vedtak, tidligste frist først')) mineSaker: InnboksoppgaveSvar[];
  @ApiProperty(del('Vedtaksutkast som venter på min godkjenning (aldri mine egne)')) tilGodkjenning: InnboksoppgaveSvar[];
  @ApiProperty(del('Frister som er passert eller kommer innen en uke')) frister: InnboksoppgaveSvar[];
  @ApiProperty(del('Evalueringsdatoer for løpende tjenester innen 30 dager')) evalueringer: InnboksoppgaveSvar[];
  @ApiProperty(del('Tidsbegrensede vedtak som løper ut innen 30 dager')) utloper: InnboksoppgaveSvar[];
  @ApiProperty(del('Saker som trenger foreløpig svar innen en uke')) forelopigeSvar: InnboksoppgaveSvar[];
  @ApiProperty(del('Klager kontoret ikke har vurdert, med fristen')) klager: InnboksoppgaveSvar[];
  @ApiProperty(del('Brev som feilet for godt (bare ledere)')) feiledeBrev: InnboksoppgaveSvar[];
}
