import { XMLBuilder } from 'fast-xml-parser';

/** Fiks Arkiv V1's namespaces: the message's own and Noark 5's metadata catalogue. */
export const NS_OPPRETT = 'https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1';
export const NS_MDK = 'https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1';
export const FAGSYSTEM = 'TK Lofoten';

/** Offl. § 13 with fvl. § 13: health and care cases are exempt from public access. */
export const SKJERMING = { tilgangsrestriksjon: '13', beskrivelse: 'Taushetsplikt', hjemmel: 'Offl. § 13, jf. fvl. § 13' } as const;

export interface Arkivperson {
  navn: string;
  /** Null for a representative, whose identity number this system does not hold. */
  fodselsnummer: string | null;
  /** Null for a protected address: it never leaves this system. */
  adresselinjer: string[] | null;
}

export interface Dokumentfil {
  tittel: string;
  dokumenttype: { kode: string; beskrivelse: string };
  filnavn: string;
  /** The file's name inside the package. */
  referanseDokumentfil: string;
  sha256: string;
  storrelse: number;
}

export interface Journalpostgrunnlag {
  /** The system's own id of what is journalled (letter, complaint, note): the archive's external key. */
  noekkel: string;
  sakNoekkel: string;
  /** The saksmappe's systemID once the archive has answered; until then the external key finds it. */
  sakSystemId: string | null;
  journalposttype: 'I' | 'U' | 'X';
  tittel: string;
  offentligTittel: string;
  dato: string;
  saksbehandler: string;
  korrespondansepart: Arkivperson | null;
  beskrivelse?: string;
  dokument?: Dokumentfil;
}

export interface Saksmappegrunnlag {
  noekkel: string;
  saksnummer: string;
  tittel: string;
  offentligTittel: string;
  mottattDato: string;
  saksbehandler: string;
  person: Arkivperson;
  /** Klassering by service: the office's service codes and names. */
  tjenester: { kode: string; navn: string }[];
}

const JOURNALPOSTTYPER = { I: 'Inngående dokument', U: 'Utgående dokument', X: 'Organinternt dokument uten oppfølging' } as const;

const kode = (k: string, beskrivelse?: string) => ({ 'n5mdk:kode': k, ...(beskrivelse ? { 'n5mdk:beskrivelse': beskrivelse } : {}) });
const eksternNoekkel = (noekkel: string) => ({ 'n5mdk:fagsystem': FAGSYSTEM, 'n5mdk:noekkel': noekkel });
const skjerming = () => ({ tilgangsrestriksjon: kode(SKJERMING.tilgangsrestriksjon, SKJERMING.beskrivelse), skjermingshjemmel: SKJERMING.hjemmel });
const tidspunkt = (dato: string) => `${dato}T12:00:00`;

function postadresse(linjer: string[] | null) {
  if (!linjer?.length) return {};
  const i = linjer.findIndex((l) => /^\d{4}\s+\S/.test(l));
  const gate = linjer.filter((_, j) => j !== i);
  const m = i >= 0 ? /^(\d{4})\s+(.+)$/.exec(linjer[i]!) : null;
  return { ...(gate.length ? { postadresse: gate } : {}), ...(m ? { postnummer: m[1], poststed: m[2] } : {}) };
}

function saksmappe(s: Saksmappegrunnlag) {
  return {
    '@_xsi:type': 'saksmappe',
    tittel: s.tittel,
    offentligTittel: s.offentligTittel,
    part: {
      partNavn: s.person.navn,
      partRolle: kode('SP', 'Sakspart'),
      ...(s.person.fodselsnummer ? { personID: { landkode: 'NO', identifikator: s.person.fodselsnummer } } : {}),
      ...postadresse(s.person.adresselinjer),
      erSkjermet: true,
      erPersonnavn: true,
    },
    skjerming: skjerming(),
    klassifikasjon: s.tjenester.map((t) => ({ klassifikasjonssystemID: 'TJENESTE', klasseID: t.kode, tittel: t.navn })),
    referanseEksternNoekkel: eksternNoekkel(s.noekkel),
    saksdato: s.mottattDato,
    administrativEnhet: { 'n5mdk:navn': 'Felles tildelingskontor Lofoten' },
    saksansvarlig: { 'n5mdk:navn': s.saksbehandler },
    saksstatus: kode('B', 'Under behandling'),
  };
}

function journalpost(j: Journalpostgrunnlag) {
  const d = j.dokument;
  return {
    '@_xsi:type': 'journalpost',
    referanseForelderMappe: { ...(j.sakSystemId ? { 'n5mdk:systemID': j.sakSystemId } : {}), 'n5mdk:referanseEksternNoekkel': eksternNoekkel(j.sakNoekkel) },
    skjerming: skjerming(),
    ...(d
      ? {
          dokumentbeskrivelse: {
            dokumenttype: kode(d.dokumenttype.kode, d.dokumenttype.beskrivelse),
            dokumentstatus: kode('F', 'Dokumentet er ferdigstilt'),
            tittel: d.tittel,
            tilknyttetRegistreringSom: kode('H', 'Hoveddokument'),
            dokumentnummer: 1,
            skjerming: skjerming(),
            dokumentobjekt: {
              versjonsnummer: 1,
              variantformat: kode('A', 'Arkivformat'),
              format: kode('fmt/477', 'PDF/A-2b'),
              mimeType: 'application/pdf',
              filnavn: d.filnavn,
              referanseDokumentfil: d.referanseDokumentfil,
              sjekksum: d.sha256,
              sjekksumAlgoritme: 'SHA-256',
              filstoerrelse: d.storrelse,
            },
          },
        }
      : {}),
    tittel: j.tittel,
    offentligTittel: j.offentligTittel,
    ...(j.beskrivelse ? { beskrivelse: j.beskrivelse } : {}),
    ...(j.korrespondansepart
      ? {
          korrespondansepart: {
            korrespondanseparttype: j.journalposttype === 'I' ? kode('EA', 'Avsender') : kode('EM', 'Mottaker'),
            korrespondansepartNavn: j.korrespondansepart.navn,
            ...(j.korrespondansepart.fodselsnummer ? { personid: j.korrespondansepart.fodselsnummer } : {}),
            ...postadresse(j.korrespondansepart.adresselinjer),
            saksbehandler: { 'n5mdk:navn': j.saksbehandler },
            erSkjermet: true,
            erPersonnavn: true,
          },
        }
      : {}),
    referanseEksternNoekkel: eksternNoekkel(j.noekkel),
    journalposttype: kode(j.journalposttype, JOURNALPOSTTYPER[j.journalposttype]),
    journalstatus: j.journalposttype === 'U' ? kode('E', 'Ekspedert') : kode('J', 'Journalført'),
    dokumentetsDato: j.dato,
    ...(j.journalposttype === 'I' ? { mottattDato: tidspunkt(j.dato) } : {}),
    ...(j.journalposttype === 'U' ? { sendtDato: tidspunkt(j.dato) } : {}),
  };
}

const bygger = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

/**
 * One `arkivmelding` (opprett): a saksmappe, a journalpost, or both (a new case with its application). The
 * journalpost names its saksmappe by the case's external key, so the archive finds it before it has answered.
 */
export function lagArkivmelding(m: { mappe?: Saksmappegrunnlag; registrering?: Journalpostgrunnlag; antallFiler: number }): string {
  const innhold = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    arkivmelding: {
      '@_xmlns': NS_OPPRETT,
      '@_xmlns:n5mdk': NS_MDK,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      system: FAGSYSTEM,
      antallFiler: m.antallFiler,
      ...(m.mappe ? { mappe: saksmappe(m.mappe) } : {}),
      ...(m.registrering ? { registrering: journalpost(m.registrering) } : {}),
    },
  };
  return bygger.build(innhold) as string;
}
