import type { components } from '../../../../libs/klient/index.js';

/** The API's answers as the views name them: the generated client's schemas (libs/klient), never copies. */
type Skjema = components['schemas'];

export type Kommune = Skjema['KommuneDto'];
export type Tjeneste = Skjema['TjenesteSvar'];
export type Sakssammendrag = Skjema['SakSvar'];
export type Arbeidsliste = Skjema['ArbeidslisteSvar'];
export type Kartlegging = Skjema['KartleggingSvar'];
export type Sak = Skjema['SakDetaljSvar'];
export type Klage = Skjema['SakensKlageSvar'];
export type Anbefalingslinje = Skjema['AnbefalingstjenesteSvar'];
export type Anbefaling = Skjema['AnbefalingSvar'];
export type Likebehandlingssignal = Skjema['LikebehandlingssignalSvar'];
/** A merged letter not sent: a decision letter before the decision, or a template with sample data. */
export type Brevforhandsvisning = Pick<Skjema['VedtaksbrevforhandsvisningSvar'] | Skjema['ForhandsvisningSvarDto'], 'avsender' | 'tittel' | 'seksjoner' | 'merknad'>;
export type Vedtak = Skjema['VedtakSvar'];
/** A decision as making it answers: with the equal-treatment signals of its scope. */
export type FattetVedtak = Skjema['FattetVedtakSvar'];
export type Rapportstatus = Skjema['RapportstatusDto'];
export type Dokument = Skjema['DokumentSvar'];
export type Sokeresultat = Skjema['SokSvar'];
export type Personoversikt = Skjema['PersonoversiktSvar'];
export type Innboksoppgave = Skjema['InnboksoppgaveSvar'];
export type Innboks = Skjema['InnboksSvar'];

/*
 * A report's content: the document describes it as a free-form object (its shape depends on the report
 * type and edition), so the fields the dashboard and the report view read are named here.
 */
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
