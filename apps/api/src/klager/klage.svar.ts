import { ApiProperty } from '@nestjs/swagger';
import { FristoppreisningVisning } from '../soknader/soknad.svar.js';

/** A complaint as the complaint routes answer it. */
export class KlageSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ format: 'uuid' }) vedtakId: string;
  @ApiProperty({ type: String, format: 'date' }) mottattDato: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) kjentDato: string | null;
  @ApiProperty({ type: String, format: 'date' }) klagefrist: string;
  @ApiProperty() innenFrist: boolean;
  @ApiProperty({ type: FristoppreisningVisning, nullable: true, description: 'En for sen klage tatt under behandling likevel (fvl. § 31)' }) fristoppreisning: FristoppreisningVisning | null;
  @ApiProperty({ type: String, nullable: true, description: 'Ved for sen klage: hva kontoret kan gjøre (forvaltningsloven § 31)' }) merknad: string | null;
  @ApiProperty({ enum: ['statsforvalteren', 'kommunen'] }) klagevei: string;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty({ type: String, nullable: true, enum: ['omgjort', 'opprettholdt'] }) kontoretsVurdering: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) oversendtDato: string | null;
  @ApiProperty({ type: String, nullable: true }) statsforvalterensUtfall: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) avsluttetDato: string | null;
  @ApiProperty({ type: String, nullable: true }) avslutningsgrunn: string | null;
  @ApiProperty({ description: 'Klagen ble trukket etter oversendelse: Statsforvalteren må få beskjed' }) statsforvalterenMaaVarsles: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Klagens versjon; send den med neste klagesteg' }) versjon: number;
}

/** A new complaint: with the case's new version, beside the complaint's own. */
export class RegistrertKlageSvar extends KlageSvar {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Sakens nye versjon: neste endring av saken gjøres på den' }) soknadVersjon: number;
}
