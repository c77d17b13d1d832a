import type { Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import type { Forhandsvarselregistrering, Innhentingsforesporsel, SoktOm } from '../../persistence/src/entities/soknad.entity.js';

/** What a caseworker sees of a case. The protected address is replaced before it gets here. */
export interface PersonVisning {
  id: string;
  navn: string;
  fodselsdato: string;
  /** Birth date part only, e.g. `010190*****`: the full number is never returned. */
  fodselsnummerMaskert: string;
  adresse: string | null;
  adresseSkjermet: boolean;
  telefon: string | null;
  epost: string | null;
  strengtFortrolig: boolean;
  representant: { navn: string; rolle: string; adresse?: string | null; telefon?: string | null } | null;
}

export interface StatushistorikkVisning {
  fraStatus: string | null;
  tilStatus: string;
  handling: string;
  tidspunkt: string;
  brukerNavn: string;
  kommentar: string | null;
}

export interface JournalnotatVisning {
  id: string;
  tekst: string;
  opprettetAvNavn: string;
  opprettet: string;
}

export interface SoknadSammendrag {
  id: string;
  saksnummer: string;
  kommunenummer: string;
  status: Saksstatus;
  statusnavn: string;
  mottattDato: string;
  fristDato: string;
  forfalt: boolean;
  snartForfall: boolean;
  foreloepigSvarDato: string | null;
  tjenester: string[];
  personnavn: string;
  saksbehandlerId: string | null;
  saksbehandlerNavn: string | null;
  akutt: boolean;
  versjon: number;
}

export interface SoknadDetalj extends SoknadSammendrag {
  kanal: string;
  sokerType: string;
  sokerNavn: string | null;
  fritekst: string | null;
  /** What was applied for per service (scope, frequency), when known. */
  soktOm: SoktOm[];
  /** The open request for information: the case waits for it until `svarfrist`. */
  innhenting: Innhentingsforesporsel | null;
  /** Advance notice of a reduction or stop (fvl. § 16): the change decision waits until its deadline has passed. */
  forhandsvarsel: Forhandsvarselregistrering | null;
  vedtattDato: string | null;
  person: PersonVisning;
  tillatteHandlinger: string[];
  historikk: StatushistorikkVisning[];
  journal: JournalnotatVisning[];
  kartlegginger: import('./kartlegging.service.js').KartleggingVisning[];
  /** The case's decisions (drafts, decided, replaced), oldest first. */
  vedtak: { id: string; status: string; vedtaksdato: string; kriteriesettVersjon: number; erstatterVedtakId: string | null }[];
  klager: { id: string; vedtakId: string; status: string; mottattDato: string; klagefrist: string; innenFrist: boolean; /** A late complaint taken up anyway (fvl. § 31). */ fristoppreisning: { dato: string; begrunnelse: string } | null; avsluttetDato: string | null; avslutningsgrunn: string | null; versjon: number }[];
  /** Every letter of the case (decisions, interim replies, complaints), oldest first; the bytes are read one at a time. */
  brev: {
    id: string;
    brevtype: string;
    status: string;
    sendtDato: string | null;
    vedtakId: string | null;
    klageId: string | null;
    opprettet: string;
    /** `fil` or `svarut`, once sent; with SvarUt the status it last reported (sendt, levert_digitalt, sendt_print, printet, lest, feilet, manuelt_handtert). */
    leveransekanal: string | null;
    leveransestatus: string | null;
    leveransestatusTid: string | null;
    /** The letter's journalpost number in the municipality's archive, once the archive has answered. */
    arkivJournalpostnummer: string | null;
  }[];
  /** The case's saksmappe in the municipality's archive (saksår/sekvensnummer), once the archive has answered. */
  arkivSaksnummer: string | null;
}

export interface Side<T> {
  elementer: T[];
  /** Matching cases, counted exactly up to 1,000 past the page's start; see `totaltAvkortet`. */
  totalt: number;
  /** True when there are more than `totalt` matching cases (the count stopped there). */
  totaltAvkortet: boolean;
  side: number;
  antall: number;
}
