import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BISTANDSBEHOV } from '../../../../libs/domain/index.js';
import { UTFALL } from '../../../../libs/domain/index.js';
import { FlettetSeksjonDto } from '../brevmaler/brevmal.dto.js';

/** The answers of the recommendation and decision routes, as named schemas. */

const heltall = (example: number) => ({ type: 'integer', example }) as const;
const valgfriDato = { type: String, format: 'date', nullable: true } as const;

export class OmfangSvar {
  @ApiProperty({ example: 2 }) min: number;
  @ApiProperty({ example: 6 }) max: number;
  @ApiProperty({ example: 'timer_per_uke' }) enhet: string;
}

export class OmfangsintervallSvar {
  @ApiProperty({ example: 2 }) min: number;
  @ApiProperty({ example: 6 }) max: number;
}

export class BegrunnelseSvar {
  @ApiProperty({ example: 'pb-middels' }) regelId: string;
  @ApiProperty({ example: 'Du trenger noe hjelp til husarbeid.' }) tekst: string;
  @ApiPropertyOptional({ description: 'Teksten på nynorsk, der kriteriene har den' }) tekstNn?: string;
  @ApiProperty({ example: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b' }) hjemmel: string;
}

export class AnbefalingstjenesteSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) tjenestekode: string;
  @ApiProperty({ enum: UTFALL, nullable: true, description: 'null: tjenesten avgjøres etter skjønn (skjonnsmessig)' }) utfall: string | null;
  @ApiPropertyOptional({ enum: [true] }) skjonnsmessig?: true;
  @ApiProperty({ type: OmfangSvar, nullable: true }) omfang: OmfangSvar | null;
  @ApiProperty() regelId: string;
  @ApiProperty({ description: 'Regelen som slo til er et lokalt avvik' }) lokaltAvvik: boolean;
  @ApiProperty({ type: [BegrunnelseSvar] }) begrunnelser: BegrunnelseSvar[];
  @ApiProperty() kriteriesettNavn: string;
  @ApiProperty(heltall(3)) kriteriesettVersjon: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 6, description: 'Trinn i omsorgstrappen' }) omsorgstrappNivaa: number;
}

export class KriteriesettReferanseSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Felles tildelingskriterier 2026' }) navn: string;
  @ApiProperty(heltall(3)) versjon: number;
}

export class AnbefalingSvar {
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ type: String, format: 'date' }) dato: string;
  @ApiProperty({ type: KriteriesettReferanseSvar }) kriteriesett: KriteriesettReferanseSvar;
  @ApiProperty({ enum: BISTANDSBEHOV }) bistandsbehov: string;
  @ApiProperty({ type: [AnbefalingstjenesteSvar] }) anbefalinger: AnbefalingstjenesteSvar[];
  @ApiProperty({ description: 'Begrunnelsene samlet: utkastet til brevets vurdering' }) vurderingsutkast: string;
}

export class VedtakstjenesteSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) tjenestekode: string;
  @ApiProperty({ enum: UTFALL }) utfall: string;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) omfang: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'timer_per_uke' }) omfangsenhet: string | null;
  @ApiProperty({ type: String, nullable: true }) innhold: string | null;
  @ApiProperty(valgfriDato) startdato: string | null;
  @ApiProperty(valgfriDato) sluttdato: string | null;
  @ApiProperty(valgfriDato) evalueringsdato: string | null;
  @ApiProperty({ type: String, nullable: true }) hjemmel: string | null;
  @ApiProperty({ type: String, nullable: true }) anbefaltUtfall: string | null;
  @ApiProperty({ type: OmfangsintervallSvar, nullable: true, description: 'Enheten står i omfangsenhet' }) anbefaltOmfang: OmfangsintervallSvar | null;
  @ApiProperty() lokaltAvvik: boolean;
  @ApiProperty() avviker: boolean;
  @ApiProperty({ type: String, nullable: true }) avvikRetning: string | null;
  @ApiProperty({ type: String, nullable: true }) avvikKategori: string | null;
  @ApiProperty({ type: String, nullable: true }) avvikBegrunnelse: string | null;
  @ApiProperty({ type: String, nullable: true }) begrunnelse: string | null;
}

export class VedtaksbrevSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'vedtak' }) brevtype: string;
  @ApiProperty({ example: 'sendt' }) status: string;
  @ApiProperty({ type: String, nullable: true }) feil: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 av PDF-en, når den er laget' }) sha256: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) brevmalVersjon: number | null;
  @ApiProperty({ type: String, nullable: true }) rendererVersjon: string | null;
  @ApiProperty(valgfriDato) sendtDato: string | null;
  @ApiProperty(heltall(1)) forsok: number;
}

export class LikebehandlingssignalSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) tjenestekode: string;
  @ApiProperty({ example: 4 }) omfang: number;
  @ApiProperty(heltall(37)) sammenlignbare: number;
  @ApiProperty() p10: number;
  @ApiProperty() median: number;
  @ApiProperty() p90: number;
  @ApiProperty() melding: string;
}

export class TjenesteIMellomtidenSvar {
  @ApiProperty({ example: 'Hjemmesykepleie' }) tjeneste: string;
  @ApiProperty({ example: '5 timer per uke' }) omfang: string;
}

export class VedtakSvar {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) soknadId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ enum: ['utkast', 'vedtatt', 'erstattet'] }) status: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'Vedtakets versjon (også ETag): godkjenningen av et utkast tar den i If-Match eller versjon' }) versjon: number;
  @ApiProperty({ type: String, format: 'date' }) vedtaksdato: string;
  @ApiProperty({ example: 'Vågan kommune, ved Felles tildelingskontor Lofoten' }) paaVegneAv: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) erstatterVedtakId: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Ved endring: tidligere vedtaksdato og virkningsdato' }) endring: Record<string, unknown> | null;
  @ApiProperty({ type: [TjenesteIMellomtidenSvar], description: 'Tjenester gitt i ventetiden (ventelistevedtak)' }) tjenesterIMellomtiden: TjenesteIMellomtidenSvar[];
  @ApiProperty({ type: KriteriesettReferanseSvar }) kriteriesett: KriteriesettReferanseSvar;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Vurderingsgrunnlaget fra kartleggingen (IPLOS, bistandsbehov, alder …)' }) grunnlag: Record<string, unknown>;
  @ApiProperty({ type: [AnbefalingstjenesteSvar] }) anbefaling: AnbefalingstjenesteSvar[];
  @ApiProperty() vurdering: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) egenandel: Record<string, unknown> | null;
  @ApiProperty({ description: 'Vedtaket må godkjennes av en annen (fire øyne)' }) kreverGodkjenning: boolean;
  @ApiProperty() utkastAvNavn: string;
  @ApiProperty({ type: String, nullable: true }) vedtattAvNavn: string | null;
  @ApiProperty({ type: [VedtakstjenesteSvar] }) tjenester: VedtakstjenesteSvar[];
  @ApiProperty({ type: [VedtaksbrevSvar] }) brev: VedtaksbrevSvar[];
}

export class GodkjentVedtakSvar extends VedtakSvar {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Sakens nye versjon: neste endring av saken gjøres på den' }) soknadVersjon: number;
}

export class FattetVedtakSvar extends GodkjentVedtakSvar {
  @ApiProperty({ type: [LikebehandlingssignalSvar], description: 'Omfang som skiller seg fra sammenlignbare vedtak' }) likebehandling: LikebehandlingssignalSvar[];
}

export class VedtaksbrevforhandsvisningSvar {
  @ApiProperty({ example: 'vedtak' }) brevtype: string;
  @ApiProperty({ enum: ['nb', 'nn'] }) maalform: string;
  @ApiProperty(heltall(2)) brevmalVersjon: number;
  @ApiProperty() avsender: string;
  @ApiProperty() tittel: string;
  @ApiProperty({ type: [FlettetSeksjonDto] }) seksjoner: FlettetSeksjonDto[];
  @ApiProperty() tekst: string;
  @ApiProperty() merknad: string;
}
