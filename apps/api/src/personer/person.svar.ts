import { ApiProperty } from '@nestjs/swagger';
import { SAKSSTATUSER } from '../../../../libs/domain/index.js';
import { DokumentSvar } from '../dokumenter/dokument.dto.js';

const dato = (example: string, nullable = false) => ({ type: String, format: 'date', example, ...(nullable ? { nullable: true } : {}) });
const id = { format: 'uuid' };

class OversiktPersonSvar {
  @ApiProperty(id) id: string;
  @ApiProperty({ example: 'Kari Nordhus' }) navn: string;
  @ApiProperty(dato('1938-02-14')) fodselsdato: string;
  @ApiProperty({ example: '140238*****' }) fodselsnummerMaskert: string;
  @ApiProperty({ type: String, nullable: true, description: 'Tom når adressen er strengt fortrolig og du ikke står på noen av personens saker' }) adresse: string | null;
  @ApiProperty() adresseSkjermet: boolean;
  @ApiProperty() strengtFortrolig: boolean;
  @ApiProperty({ type: [String], example: ['1865'], description: 'Kommunene blant dine der personen er kjent' }) kommuner: string[];
}

class PersonensSoknadSvar {
  @ApiProperty(id) id: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: '1865' }) kommunenummer: string;
  @ApiProperty({ enum: SAKSSTATUSER }) status: string;
  @ApiProperty({ example: 'Vedtatt' }) statusnavn: string;
  @ApiProperty({ type: [String], example: ['praktisk-bistand'] }) tjenester: string[];
  @ApiProperty(dato('2026-11-02')) mottattDato: string;
  @ApiProperty(dato('2026-12-02')) fristDato: string;
  @ApiProperty({ type: String, nullable: true }) saksbehandlerNavn: string | null;
}

class VedtakslinjeVisningSvar {
  @ApiProperty({ example: 'praktisk-bistand' }) tjenestekode: string;
  @ApiProperty({ example: 'Praktisk bistand (hjemmehjelp) og opplæring' }) tjenestenavn: string;
  @ApiProperty({ example: 'innvilget' }) utfall: string;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) omfang: number | null;
  @ApiProperty({ example: 'timer_per_uke' }) omfangsenhet: string;
  @ApiProperty(dato('2026-11-20', true)) startdato: string | null;
  @ApiProperty(dato('2027-05-20', true)) sluttdato: string | null;
  @ApiProperty(dato('2027-05-01', true)) evalueringsdato: string | null;
}

class LopendeTjenesteSvar extends VedtakslinjeVisningSvar {
  @ApiProperty(id) vedtakId: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty(dato('2026-11-20')) vedtaksdato: string;
}

class PersonensVedtakSvar {
  @ApiProperty(id) id: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: 'vedtatt' }) status: string;
  @ApiProperty(dato('2026-11-20')) vedtaksdato: string;
  @ApiProperty({ example: 'Praktisk bistand: innvilget – 20.11.2026' }) beskrivelse: string;
  @ApiProperty({ type: VedtakslinjeVisningSvar, isArray: true }) linjer: VedtakslinjeVisningSvar[];
}

class PersonensBrevSvar {
  @ApiProperty(id) id: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty({ example: 'vedtak' }) brevtype: string;
  @ApiProperty({ example: 'Vedtak om helse- og omsorgstjenester' }) tittel: string;
  @ApiProperty({ example: 'sendt' }) status: string;
  @ApiProperty(dato('2026-11-20', true)) sendtDato: string | null;
  @ApiProperty({ example: 'Vedtak: Praktisk bistand: innvilget – 20.11.2026' }) beskrivelse: string;
}

class PersonensKlageSvar {
  @ApiProperty(id) id: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty(id) vedtakId: string;
  @ApiProperty({ example: 'Praktisk bistand: innvilget – 20.11.2026' }) vedtak: string;
  @ApiProperty({ example: 'mottatt' }) status: string;
  @ApiProperty(dato('2026-11-25')) mottattDato: string;
  @ApiProperty(dato('2026-12-18')) klagefrist: string;
  @ApiProperty({ example: 'Klage på Praktisk bistand: innvilget – 20.11.2026' }) beskrivelse: string;
}

class PersonensVentelisteplassSvar {
  @ApiProperty(id) id: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty({ example: 'langtidsopphold' }) tjenestekode: string;
  @ApiProperty({ example: 'Langtidsopphold i sykehjem' }) tjenestenavn: string;
  @ApiProperty(dato('2026-11-20')) oppfortDato: string;
  @ApiProperty({ example: 'venter' }) status: string;
}

class PersonensJournalnotatSvar {
  @ApiProperty(id) id: string;
  @ApiProperty(id) soknadId: string;
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
  @ApiProperty() tekst: string;
  @ApiProperty() opprettetAvNavn: string;
  @ApiProperty({ type: String, format: 'date-time' }) opprettet: string;
}

class PersonensDokumentSvar extends DokumentSvar {
  @ApiProperty({ example: '1865-2026-000123' }) saksnummer: string;
}

/** Everything about one person across the caller's municipalities. */
export class PersonoversiktSvar {
  @ApiProperty({ type: OversiktPersonSvar }) person: OversiktPersonSvar;
  @ApiProperty({ type: PersonensSoknadSvar, isArray: true }) soknader: PersonensSoknadSvar[];
  @ApiProperty({ type: LopendeTjenesteSvar, isArray: true, description: 'Innvilgede linjer i vedtak som gjelder nå' }) lopendeTjenester: LopendeTjenesteSvar[];
  @ApiProperty({ type: PersonensVedtakSvar, isArray: true }) vedtak: PersonensVedtakSvar[];
  @ApiProperty({ type: PersonensBrevSvar, isArray: true }) brev: PersonensBrevSvar[];
  @ApiProperty({ type: PersonensKlageSvar, isArray: true }) klager: PersonensKlageSvar[];
  @ApiProperty({ type: PersonensVentelisteplassSvar, isArray: true }) venteliste: PersonensVentelisteplassSvar[];
  @ApiProperty({ type: PersonensJournalnotatSvar, isArray: true }) journal: PersonensJournalnotatSvar[];
  @ApiProperty({ type: PersonensDokumentSvar, isArray: true }) dokumenter: PersonensDokumentSvar[];
}
