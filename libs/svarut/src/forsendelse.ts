import { brevtittel } from '../../letters/src/brevtitler.js';
import type { Leveransestatus } from '../../persistence/src/entities/brev.entity.js';

/** SvarUt's forsendelse (the fields this system sets), as in KS's `forsendelse.json`. */
export interface SvarutForsendelse {
  tittel: string;
  mottaker: { digitalAdresse?: { fodselsNummer: string }; postAdresse?: SvarutPostadresse };
  svarSendesTil?: { digitalAdresse: { organisasjonsNummer: string } };
  avgivendeSystem: string;
  eksternReferanse: string;
  krevNiva4Innlogging: boolean;
  taushetsbelagtPost: boolean;
  kryptert: boolean;
  kunDigitalLevering: boolean;
  utskriftsKonfigurasjon: { utskriftMedFarger: boolean; tosidig: boolean };
  metadataFraAvleverendeSystem?: { saksAar: number; saksSekvensNummer: number; journalPostType: string; tittel: string; dokumentetsDato: number };
  dokumenter: { filnavn: string; mimeType: string; inneholderPersonsensitivInformasjon: boolean; skalSigneres: boolean; ekskluderesFraUtskrift: boolean }[];
}

export interface SvarutPostadresse {
  navn: string;
  adresse1?: string | null;
  adresse2?: string | null;
  adresse3?: string | null;
  postNummer?: string | null;
  postSted: string;
  land?: string | null;
}

export interface Brevmottaker {
  navn: string;
  /** Only for the person themself: SvarUt delivers digitally to this number, or prints. */
  fodselsnummer: string | null;
  /** Lines as the letter shows them, the last "NNNN Sted"; null for a protected address. */
  adresselinjer: string[] | null;
}

export interface Forsendelsesgrunnlag {
  /** The letter's id, or for a new delivery of a failed forsendelse the id with the attempt's number. */
  eksternReferanse: string;
  brevtype: string;
  saksnummer: string;
  dato: string;
  kommunenavn: string;
  organisasjonsnummer: string;
  mottaker: Brevmottaker;
  filnavn: string;
  avgivendeSystem: string;
}

/**
 * The forsendelse for one letter. The title names the kind of letter and the case number, never the person
 * (it shows in notifications). These letters hold health data: level-4 login (`krevNiva4Innlogging`),
 * `taushetsbelagtPost` and the document marked person-sensitive. The person gets it digitally with print as
 * the fallback; a representative (whose identity number this system does not hold) gets it on paper.
 */
export function lagForsendelse(g: Forsendelsesgrunnlag): SvarutForsendelse {
  const [aar, lopenummer] = g.saksnummer.split('-').slice(1).map(Number);
  const tittel = `${brevtittel(g.brevtype)} – sak ${g.saksnummer}`;
  const postAdresse = g.mottaker.adresselinjer ? postadresse(g.mottaker.navn, g.mottaker.adresselinjer) : null;
  return {
    tittel,
    mottaker: {
      ...(g.mottaker.fodselsnummer ? { digitalAdresse: { fodselsNummer: g.mottaker.fodselsnummer } } : {}),
      ...(postAdresse ? { postAdresse } : {}),
    },
    svarSendesTil: { digitalAdresse: { organisasjonsNummer: g.organisasjonsnummer } },
    avgivendeSystem: g.avgivendeSystem,
    eksternReferanse: g.eksternReferanse,
    krevNiva4Innlogging: true,
    taushetsbelagtPost: true,
    kryptert: false,
    kunDigitalLevering: false,
    utskriftsKonfigurasjon: { utskriftMedFarger: false, tosidig: true },
    ...(aar && lopenummer ? { metadataFraAvleverendeSystem: { saksAar: aar, saksSekvensNummer: lopenummer, journalPostType: 'U', tittel, dokumentetsDato: Date.parse(`${g.dato}T12:00:00Z`) } } : {}),
    dokumenter: [{ filnavn: g.filnavn, mimeType: 'application/pdf', inneholderPersonsensitivInformasjon: true, skalSigneres: false, ekskluderesFraUtskrift: false }],
  };
}

/** A Norwegian postal address from the letter's lines: the line "NNNN Sted" gives postnummer and poststed. */
export function postadresse(navn: string, linjer: string[]): SvarutPostadresse | null {
  const i = linjer.findIndex((l) => /^\d{4}\s+\S/.test(l));
  if (i < 0) return null;
  const [, postNummer, postSted] = /^(\d{4})\s+(.+)$/.exec(linjer[i]!)!;
  const gate = linjer.filter((_, j) => j !== i).slice(0, 3);
  return { navn, adresse1: gate[0] ?? null, adresse2: gate[1] ?? null, adresse3: gate[2] ?? null, postNummer: postNummer!, postSted: postSted!, land: 'Norge' };
}

/** SvarUt's statuses in this system's words. */
const STATUS: Record<string, Leveransestatus> = {
  MOTTATT: 'sendt',
  AKSEPTERT: 'sendt',
  KLAR_FOR_MOTTAK: 'levert_digitalt',
  VARSLET: 'levert_digitalt',
  SENDT_DIGITALT: 'levert_digitalt',
  SENDT_SDP: 'levert_digitalt',
  LEVERT_SDP: 'levert_digitalt',
  SENDT_PRINT: 'sendt_print',
  PRINTET: 'printet',
  LEST: 'lest',
  AVVIST: 'feilet',
  IKKE_LEVERT: 'feilet',
  MANUELT_HANDTERT: 'manuelt_handtert',
};

export function leveransestatus(svarutStatus: string): Leveransestatus | null {
  return STATUS[svarutStatus] ?? null;
}

/** Statuses after which SvarUt reports nothing more that matters: polling stops. */
export const AAPNE_LEVERANSESTATUSER: readonly Leveransestatus[] = ['sendt', 'levert_digitalt', 'sendt_print'];
