import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IPLOS_GYLDIGE_SKAAR, IPLOS_VARIABLER, type IplosVariabel } from '../../../../libs/domain/index.js';
import { BISTANDSBEHOV } from '../../../../libs/domain/index.js';
import { SAKSSTATUSER } from '../../../../libs/domain/index.js';
import { NYE_FELTNAVN } from '../http/feltnavn.js';

/** The answers of the case routes, as named schemas: what a generated client reads. */

const dato = (example: string, description?: string) => ({ type: String, format: 'date', example, ...(description ? { description } : {}) });
const tidspunkt = { type: String, format: 'date-time', example: '2026-11-05T09:30:00.000Z' };
const versjon = { type: 'integer', minimum: 0, example: 3, description: 'Ressursens versjon etter endringen; send den med neste endring' } as const;

/** The IPLOS scores, one named property per variable (1–5, 9 = not relevant), by the API's names. */
export class IplosDto {}
for (const { kode, navn } of IPLOS_VARIABLER) {
  const nytt = (NYE_FELTNAVN as Record<string, string>)[kode];
  ApiProperty({ type: 'integer', enum: IPLOS_GYLDIGE_SKAAR, description: `${navn}: 1–5, 9 = ikke relevant`, example: 2 })(IplosDto.prototype, nytt ?? kode);
  if (nytt) {
    const beskrivelse = `Gammelt navn på ${nytt}; tas imot i forespørsler til neste API-versjon, aldri i svar.`;
    ApiPropertyOptional({ type: 'integer', enum: IPLOS_GYLDIGE_SKAAR, deprecated: true, description: beskrivelse })(IplosDto.prototype, kode);
  }
}

export class SoktOmSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) tjenestekode: string;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) omfang: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'hver uke' }) frekvens: string | null;
}

export class InnhentingSvar {
  @ApiProperty({ type: [String] }) opplysninger: string[];
  @ApiProperty(dato('2026-12-20')) svarfrist: string;
  @ApiProperty(dato('2026-11-20')) bestiltDato: string;
}

export class SakSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ enum: SAKSSTATUSER, example: 'under_kartlegging' }) status: string;
  @ApiProperty({ example: 'Under kartlegging' }) statusnavn: string;
  @ApiProperty(dato('2026-11-02')) mottattDato: string;
  @ApiProperty(dato('2026-12-02', 'Saksbehandlingsfristen')) fristDato: string;
  @ApiProperty() forfalt: boolean;
  @ApiProperty() snartForfall: boolean;
  @ApiProperty({ ...dato('2026-11-30'), nullable: true }) forelopigSvarDato: string | null;
  @ApiProperty({ type: [String], example: ['praktisk-bistand'] }) tjenester: string[];
  @ApiProperty({ example: 'Ola Nordmann' }) personnavn: string;
  @ApiProperty({ type: String, nullable: true }) saksbehandlerId: string | null;
  @ApiProperty({ type: String, nullable: true }) saksbehandlerNavn: string | null;
  @ApiProperty() akutt: boolean;
  @ApiProperty(versjon) versjon: number;
}

export class ArbeidslisteSvar {
  @ApiProperty({ type: [SakSvar] }) elementer: SakSvar[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 42, description: 'Treff, talt nøyaktig opptil 1000 etter sidens start' }) totalt: number;
  @ApiProperty({ description: 'Det er flere treff enn totalt (tellingen stoppet der)' }) totaltAvkortet: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) side: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 25 }) antall: number;
}

export class RepresentantSvar {
  @ApiProperty() navn: string;
  @ApiProperty({ example: 'verge' }) rolle: string;
  @ApiPropertyOptional({ type: String, nullable: true }) adresse?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) telefon?: string | null;
}

export class PersonSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Ola Nordmann' }) navn: string;
  @ApiProperty(dato('1970-01-01')) fodselsdato: string;
  @ApiProperty({ example: '010170*****', description: 'Bare fødselsdatoen; hele nummeret returneres aldri' }) fodselsnummerMaskert: string;
  @ApiProperty({ type: String, nullable: true }) adresse: string | null;
  @ApiProperty() adresseSkjermet: boolean;
  @ApiProperty({ type: String, nullable: true }) telefon: string | null;
  @ApiProperty({ type: String, nullable: true }) epost: string | null;
  @ApiProperty() strengtFortrolig: boolean;
  @ApiProperty({ type: RepresentantSvar, nullable: true }) representant: RepresentantSvar | null;
}

export class StatushistorikkSvar {
  @ApiProperty({ type: String, nullable: true }) fraStatus: string | null;
  @ApiProperty() tilStatus: string;
  @ApiProperty({ example: 'start_kartlegging' }) handling: string;
  @ApiProperty(tidspunkt) tidspunkt: string;
  @ApiProperty() brukerNavn: string;
  @ApiProperty({ type: String, nullable: true }) kommentar: string | null;
}

export class JournalnotatSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() tekst: string;
  @ApiProperty() opprettetAvNavn: string;
  @ApiProperty(tidspunkt) opprettet: string;
}

export class KartleggingSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(dato('2026-11-05')) dato: string;
  @ApiProperty({ type: [String] }) deltakere: string[];
  @ApiProperty() hjemmebesok: boolean;
  @ApiProperty({ type: IplosDto }) iplos: Record<IplosVariabel, number>;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 9] }) syn: number;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 9] }) horsel: number;
  @ApiProperty() borAlene: boolean;
  @ApiProperty({ enum: ['ingen', 'noe', 'mye'] }) hjelpFraFamilie: string;
  @ApiProperty() kognitivSvikt: boolean;
  @ApiProperty({ enum: BISTANDSBEHOV, description: 'Utledet av IPLOS-skårene' }) bistandsbehov: string;
  @ApiProperty({ type: Number, nullable: true }) vurdertTimebehovPerUke: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) utryggUtenHeldognstilbud: boolean | null;
  @ApiProperty({ type: 'integer', nullable: true }) forventetVarighetMaaneder: number | null;
  @ApiProperty({ type: String, nullable: true }) observasjoner: string | null;
  @ApiProperty({ type: String, nullable: true }) sokersSyn: string | null;
  @ApiProperty(tidspunkt) opprettet: string;
}

/** The assessment as its registration answers it: with the case's new version. */
export class RegistrertKartleggingSvar extends KartleggingSvar {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Sakens nye versjon: neste endring av saken gjøres på den' }) soknadVersjon: number;
}

export class SakensVedtakSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'vedtatt' }) status: string;
  @ApiProperty(dato('2026-11-20')) vedtaksdato: string;
  @ApiProperty({ type: 'integer' }) kriteriesettVersjon: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) erstatterVedtakId: string | null;
  @ApiProperty({ example: 'Praktisk bistand: innvilget – 12.03.2026', description: 'Vedtakets tjenester med utfall, og datoen' }) beskrivelse: string;
}

/** A late complaint taken up anyway (fvl. § 31): when, and why. */
export class FristoppreisningVisning {
  @ApiProperty(dato('2027-01-05')) dato: string;
  @ApiProperty() begrunnelse: string;
}

export class SakensKlageSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vedtakId: string;
  @ApiProperty({ example: 'Praktisk bistand: innvilget – 12.03.2026', description: 'Vedtaket det klages på, beskrevet som i vedtakslisten' }) vedtak: string;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty(dato('2026-11-25')) mottattDato: string;
  @ApiProperty(dato('2026-12-18')) klagefrist: string;
  @ApiProperty() innenFrist: boolean;
  @ApiProperty({ type: FristoppreisningVisning, nullable: true, description: 'En for sen klage tatt under behandling likevel (fvl. § 31)' }) fristoppreisning: FristoppreisningVisning | null;
  @ApiProperty({ ...dato('2027-01-10'), nullable: true }) avsluttetDato: string | null;
  @ApiProperty({ type: String, nullable: true }) avslutningsgrunn: string | null;
  @ApiProperty({ ...versjon, description: 'Klagens versjon' }) versjon: number;
}

export class SakensBrevSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'vedtak' }) brevtype: string;
  @ApiProperty({ example: 'sendt' }) status: string;
  @ApiProperty({ ...dato('2026-11-20'), nullable: true }) sendtDato: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) vedtakId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) klageId: string | null;
  @ApiProperty(tidspunkt) opprettet: string;
  @ApiProperty({ type: String, nullable: true, example: 'fil' }) leveransekanal: string | null;
  @ApiProperty({ type: String, nullable: true }) leveransestatus: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) leveransestatusTid: string | null;
  @ApiProperty({ type: String, nullable: true }) arkivJournalpostnummer: string | null;
}

/** The advance notice sent before a reduction or stop (fvl. § 16). */
export class ForhaandsvarselSvar {
  @ApiProperty({ format: 'uuid', description: 'Vedtaket som gjelder nå' }) vedtakId: string;
  @ApiProperty({ description: 'Hva kontoret vurderer å endre, og hvorfor' }) endring: string;
  @ApiProperty(dato('2026-12-20')) virkningsdato: string;
  @ApiProperty(dato('2026-12-10')) uttalelsesfrist: string;
  @ApiProperty(dato('2026-11-30')) sendtDato: string;
}

export class SakDetaljSvar extends SakSvar {
  @ApiProperty({ example: 'digital' }) kanal: string;
  @ApiProperty({ example: 'selv' }) sokerType: string;
  @ApiProperty({ type: String, nullable: true }) sokerNavn: string | null;
  @ApiProperty({ type: String, nullable: true }) fritekst: string | null;
  @ApiProperty({ type: [SoktOmSvar] }) soktOm: SoktOmSvar[];
  @ApiProperty({ type: InnhentingSvar, nullable: true }) innhenting: InnhentingSvar | null;
  @ApiProperty({ type: ForhaandsvarselSvar, nullable: true, description: 'Forhåndsvarsel før en reduksjon eller stans (fvl. § 16)' }) forhaandsvarsel: ForhaandsvarselSvar | null;
  @ApiProperty({ ...dato('2026-11-20'), nullable: true }) vedtattDato: string | null;
  @ApiProperty({ type: PersonSvar }) person: PersonSvar;
  @ApiProperty({ type: [String], example: ['start_kartlegging', 'trekk'] }) tillatteHandlinger: string[];
  @ApiProperty({ type: [StatushistorikkSvar] }) historikk: StatushistorikkSvar[];
  @ApiProperty({ type: [JournalnotatSvar] }) journal: JournalnotatSvar[];
  @ApiProperty({ type: [KartleggingSvar] }) kartlegginger: KartleggingSvar[];
  @ApiProperty({ type: [SakensVedtakSvar] }) vedtak: SakensVedtakSvar[];
  @ApiProperty({ type: [SakensKlageSvar] }) klager: SakensKlageSvar[];
  @ApiProperty({ type: [SakensBrevSvar] }) brev: SakensBrevSvar[];
  @ApiProperty({ type: String, nullable: true, example: '2026/123' }) arkivSaksnummer: string | null;
}

export class JournalnotatOpprettetSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
}
