/** Response shapes used by the views (the subset of the API's fields the app reads). */
export interface Kommune {
  kommunenummer: string;
  navn: string;
  maalform: 'nb' | 'nn';
  fireOyneTjenester: string[];
}

export interface Tjeneste {
  kode: string;
  navn: string;
  omfangsenhet: 'timer_per_uke' | 'dogn' | string;
  aktiv: boolean;
}

export interface Sakssammendrag {
  id: string;
  saksnummer: string;
  kommunenummer: string;
  status: string;
  statusnavn: string;
  mottattDato: string;
  fristDato: string;
  forfalt: boolean;
  snartForfall: boolean;
  tjenester: string[];
  personnavn: string;
  saksbehandlerId: string | null;
  saksbehandlerNavn: string | null;
  akutt: boolean;
  versjon: number;
}

export interface Side<T> {
  elementer: T[];
  totalt: number;
  /** More than `totalt` match: the server stops counting 1,000 past the page's start. */
  totaltAvkortet: boolean;
  side: number;
  antall: number;
}

export interface Kartlegging {
  id: string;
  dato: string;
  deltakere: string[];
  hjemmebesok: boolean;
  iplos: Record<string, number>;
  syn: number;
  horsel: number;
  borAlene: boolean;
  hjelpFraFamilie: string;
  kognitivSvikt: boolean;
  bistandsbehov: string;
  vurdertTimebehovPerUke: number | null;
  observasjoner: string | null;
  sokersSyn: string | null;
  opprettet: string;
}

export interface Sak extends Sakssammendrag {
  kanal: string;
  sokerType: string;
  sokerNavn: string | null;
  fritekst: string | null;
  /** What was applied for per service, when known. */
  soktOm?: { tjenestekode: string; omfang: number | null; frekvens: string | null }[];
  /** The open request for information (fvl. § 17), when one has been sent. */
  innhenting?: { opplysninger: string[]; svarfrist: string; bestiltDato: string } | null;
  /** Advance notice of a reduction or stop (fvl. § 16). */
  forhandsvarsel?: { vedtakId: string; endring: string; virkningsdato: string; uttalelsesfrist: string; sendtDato: string } | null;
  vedtattDato: string | null;
  person: {
    navn: string;
    fodselsdato: string;
    fodselsnummerMaskert: string;
    adresse: string | null;
    adresseSkjermet: boolean;
    telefon: string | null;
    strengtFortrolig: boolean;
    representant: { navn: string; rolle: string } | null;
  };
  tillatteHandlinger: string[];
  historikk: { fraStatus: string | null; tilStatus: string; handling: string; tidspunkt: string; brukerNavn: string; kommentar: string | null }[];
  journal: { id: string; tekst: string; opprettetAvNavn: string; opprettet: string }[];
  kartlegginger: Kartlegging[];
  vedtak?: { id: string; status: string }[];
  klager?: Klage[];
  brev: { id: string; brevtype: string; status: string; sendtDato: string | null; opprettet: string; leveransekanal: string | null; leveransestatus: string | null; arkivJournalpostnummer: string | null }[];
}

export interface Klage {
  id: string;
  vedtakId: string;
  status: 'mottatt' | 'omgjort' | 'oversendt' | 'avgjort' | 'trukket' | 'avvist';
  mottattDato: string;
  klagefrist: string;
  innenFrist: boolean;
  /** A late complaint the office took up anyway (fvl. § 31), with its reason. */
  fristoppreisning: { dato: string; begrunnelse: string } | null;
  /** When and why a complaint was withdrawn or dismissed. */
  avsluttetDato: string | null;
  avslutningsgrunn: string | null;
  versjon: number;
}

export interface Anbefalingslinje {
  tjenestekode: string;
  /** null: a discretionary service the criteria do not cover; the caseworker decides and gives the reasons. */
  utfall: string | null;
  skjonnsmessig?: boolean;
  omfang: { min: number; max: number; enhet: string } | null;
  regelId: string;
  lokaltAvvik: boolean;
  begrunnelser: { regelId: string; tekst: string; hjemmel: string }[];
}

export interface Anbefaling {
  kriteriesett: { navn: string; versjon: number };
  bistandsbehov: string;
  anbefalinger: Anbefalingslinje[];
  vurderingsutkast: string;
}

export interface Likebehandlingssignal {
  tjenestekode: string;
  omfang: number;
  sammenlignbare: number;
  p10: number;
  median: number;
  p90: number;
  melding: string;
}

export interface Brev {
  id: string;
  brevtype: string;
  status: string;
  feil: string | null;
  sendtDato: string | null;
}

/** A letter merged but not sent: a template with sample data, or a decision letter before the decision. */
export interface Brevforhandsvisning {
  avsender: string;
  tittel: string;
  seksjoner: { id: string; overskrift: string; tekst: string }[];
  merknad: string;
}

export interface Vedtak {
  id: string;
  soknadId: string;
  status: string;
  vedtaksdato: string | null;
  kreverGodkjenning: boolean;
  utkastAvNavn: string | null;
  vedtattAvNavn: string | null;
  vurdering: string | null;
  tjenester: {
    tjenestekode: string;
    utfall: string;
    omfang: number | null;
    omfangsenhet: string;
    anbefaltUtfall: string | null;
    avviker: boolean;
    avvikRetning: string | null;
    avvikKategori: string | null;
    avvikBegrunnelse: string | null;
  }[];
  brev: Brev[];
  likebehandling?: Likebehandlingssignal[];
}

export interface Rapportstatus {
  id: string;
  type: 'likebehandling' | 'anonymisert';
  status: 'bestilt' | 'ferdig' | 'feilet';
  aar: number;
  kommuner: string[];
  opprettet: string;
  ferdigTid: string | null;
  feil: string | null;
  lenker: Record<string, string>;
}

export interface Intervall {
  estimat: number;
  nedre: number;
  ovre: number;
}

export interface Funnel {
  tittel: string;
  p0: number;
  punkter: { n: number; nedre95: number; ovre95: number; nedre998: number; ovre998: number }[];
  enheter: { etikett: string; n: number; andel: number }[];
  /** What the horizontal axis counts (absent in reports made before it was added). */
  xTittel?: string;
}

export interface LikebehandlingRapport {
  type: 'likebehandling';
  aar: number;
  perKommune: {
    kommunenummer: string;
    kommunenavn: string;
    soknader: number;
    vedtak: number;
    vedtakPer1000Over67: number | null;
    innvilget: number;
    innvilgelsesandel: Intervall | null;
    innvilgelseJustert: { observert: number; forventet: number; forhold: Intervall | null; faaForventede: boolean; signal: string | null };
    timerForskjellMotForventet?: { forskjell: Intervall; signal: string | null } | null;
    behandlingstid: { n: number; medianDager: number | null; innenFireUker: Intervall | null } | null;
    klager: { paaklaget: number; andelPaaklaget: Intervall | null } | null;
  }[];
  rader: {
    kommunenavn: string;
    tjenestenavn: string;
    soknader: number;
    vedtak: number;
    innvilget: number;
    innvilgelsesandel: Intervall | null;
    innvilgelseJustert?: { signal: string | null };
    avvik: { antall: number; gunstigere: number; strengere: number };
    behandlingstid: { medianDager: number | null } | null;
  }[];
  samletTest: { tekst: string } | null;
  funnel: { innvilgelse: Funnel | null; innenFireUker: Funnel | null };
  flagg: { kommunenavn: string; tekst: string; retning: string }[];
  merknader: string[];
}

export interface AnonymisertRapport {
  type: 'anonymisert';
  aar: number;
  /** Absent in reports made before releases could be repeated. */
  utgave?: 'foreloepig' | 'endelig';
  tilOgMed?: string;
  k: number;
  enheter: string[];
  tabeller: { id: string; tittel: string; periode: string; kolonner: string[]; rader: (string | number)[][]; fotnote: string }[];
  merknader: string[];
}
