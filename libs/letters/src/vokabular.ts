import type { Brevtype } from './brevtyper.js';

/**
 * The merge-data vocabulary: every placeholder a template may use, as a tree.
 * It is also the whitelist for rendering: only fields named here are copied from the merge data
 * into what the template engine sees.
 */
export type Felt = Verdifelt | Objektfelt | Listefelt;

export interface Verdifelt {
  /**
   * `dato` is printed as "1. april 2025"; `utfall` as the outcome and `trekkmaate` as how a withdrawal came
   * ("på telefon", "muntlig" …), both in the letter's målform.
   */
  type: 'tekst' | 'dato' | 'utfall' | 'trekkmaate';
  /** May be null or absent; a template should wrap it in `{{#felt}}...{{/felt}}`. */
  valgfri?: true;
  /** Computed by the library from other fields, never taken from the merge data. */
  avledet?: true;
}

export interface Objektfelt {
  type: 'objekt';
  felt: Readonly<Record<string, Felt>>;
  valgfri?: true;
}

export interface Listefelt {
  type: 'liste';
  /** `'tekst'`: a list of strings, printed with `{{.}}`. */
  element: Readonly<Record<string, Felt>> | 'tekst';
  valgfri?: true;
}

const tekst: Verdifelt = { type: 'tekst' };
const valgfriTekst: Verdifelt = { type: 'tekst', valgfri: true };
const dato: Verdifelt = { type: 'dato' };
const valgfriDato: Verdifelt = { type: 'dato', valgfri: true };

export const FLETTEFELT_SKJEMA: Readonly<Record<string, Felt>> = {
  brevhode: {
    type: 'objekt',
    felt: {
      kommunenavn: tekst,
      kommunenummer: tekst,
      /** "<kommune> kommune, ved Felles tildelingskontor Lofoten" */
      avsender: { type: 'tekst', avledet: true },
      adresselinjer: { type: 'liste', element: 'tekst' },
      organisasjonsnummer: tekst,
      telefon: tekst,
      epost: tekst,
      klageadresse: tekst,
    },
  },
  saksnummer: tekst,
  dato,
  part: { type: 'objekt', felt: { navn: tekst } },
  verge: { type: 'objekt', valgfri: true, felt: { navn: tekst, rolle: tekst } },
  saksbehandler: { type: 'objekt', felt: { navn: tekst, tittel: tekst } },
  kontaktperson: { type: 'objekt', felt: { navn: tekst, telefon: tekst, epost: valgfriTekst } },
  soknad: { type: 'objekt', felt: { gjelder: tekst, mottattDato: dato } },
  vedtak: {
    type: 'liste',
    element: {
      tjeneste: tekst,
      utfall: { type: 'utfall' },
      omfang: valgfriTekst,
      innhold: valgfriTekst,
      startdato: valgfriDato,
      sluttdato: valgfriDato,
      evalueringsdato: valgfriDato,
      /** "Fra 1. april 2025 til 30. juni 2025." or "Fra 1. april 2025 inntil videre. ..." */
      varighet: { type: 'tekst', valgfri: true, avledet: true },
      hjemmel: tekst,
      /** What was applied for of this service (scope, frequency), when known: printed beside what was granted. */
      soktOm: valgfriTekst,
      /** Why this line is partly granted or refused (fvl. §§ 24–25): printed under «Vurdering og begrunnelse». */
      begrunnelse: valgfriTekst,
    },
  },
  /**
   * One complaint route per legal regime the decision covers (a decision on services of two regimes has two):
   * exactly one of `statsforvalteren` (pbrl. § 7-5: 4 weeks, Statsforvalteren i Nordland decides) and `kommunen`
   * (fvl. § 29: 3 weeks, the municipality's own complaint body decides) is present, so the template words each
   * route in its own målform.
   */
  klageveier: {
    type: 'liste',
    element: {
      tjenester: tekst,
      klagefrist: dato,
      statsforvalteren: { type: 'objekt', valgfri: true, felt: {} },
      kommunen: { type: 'objekt', valgfri: true, felt: { klageorgan: tekst } },
    },
  },
  /** A change or stop of an earlier decision: that decision's date and the day this one takes effect. */
  endring: { type: 'objekt', valgfri: true, felt: { tidligereVedtaksdato: dato, virkningsdato: dato } },
  fakta: {
    type: 'objekt',
    felt: {
      kartleggingsdato: dato,
      kartleggingDeltakere: tekst,
      /** What the assessment found that matters: IPLOS areas, living situation, help from family. */
      kartlagt: { type: 'liste', element: { beskrivelse: tekst } },
      innhentedeOpplysninger: { type: 'liste', element: { beskrivelse: tekst } },
      partensSyn: tekst,
    },
  },
  regler: { type: 'liste', element: { hjemmel: tekst, tekst } },
  kriterier: { type: 'objekt', felt: { navn: tekst, versjon: tekst, gyldigFra: valgfriDato } },
  vurdering: tekst,
  egenandel: valgfriTekst,
  klagefrist: dato,
  venteliste: {
    type: 'objekt',
    felt: { forskrift: tekst, forskriftsdato: valgfriDato, registrertDato: dato, nyVurderingDato: valgfriDato },
  },
  tjenesterIMellomtiden: { type: 'liste', element: { tjeneste: tekst, omfang: tekst } },
  foreloepigSvar: { type: 'objekt', felt: { grunn: tekst, forventetSvardato: dato } },
  innhenting: {
    type: 'objekt',
    felt: { opplysninger: { type: 'liste', element: { beskrivelse: tekst } }, svarfrist: dato },
  },
  trukket: { type: 'objekt', felt: { trukketDato: dato, maate: { type: 'trekkmaate' } } },
  soknadsavvisning: { type: 'objekt', felt: { begrunnelse: tekst } },
  klage: { type: 'objekt', felt: { mottattDato: dato, vedtaksdato: dato, kontoretsVurdering: tekst } },
  klageavvisning: { type: 'objekt', felt: { mottattDato: dato, vedtaksdato: dato, begrunnelse: tekst } },
  klagetrekking: { type: 'objekt', felt: { mottattDato: dato, vedtaksdato: dato, trukketDato: dato, oversendtDato: valgfriDato } },
  forhandsvarsel: { type: 'objekt', felt: { tidligereVedtaksdato: dato, endring: tekst, virkningsdato: dato, uttalelsesfrist: dato } },
};

const FELLES = ['brevhode', 'saksnummer', 'dato', 'part', 'verge', 'saksbehandler', 'kontaktperson'] as const;
const VEDTAK = [...FELLES, 'soknad', 'vedtak', 'endring', 'fakta', 'regler', 'kriterier', 'vurdering', 'egenandel', 'klagefrist', 'klageveier'] as const;

/** Which top-level groups of the vocabulary each letter type may use. */
export const FLETTEFELT_PER_BREVTYPE: Readonly<Record<Brevtype, readonly string[]>> = {
  vedtak_innvilget: VEDTAK,
  vedtak_delvis_innvilget: VEDTAK,
  vedtak_avslag: VEDTAK,
  vedtak_venteliste: [...VEDTAK, 'venteliste', 'tjenesterIMellomtiden'],
  foreloepig_svar: [...FELLES, 'soknad', 'foreloepigSvar'],
  innhenting_opplysninger: [...FELLES, 'soknad', 'innhenting'],
  trukket: [...FELLES, 'soknad', 'trukket'],
  soknad_avvist: [...FELLES, 'soknad', 'soknadsavvisning', 'klagefrist'],
  klage_oversendt: [...FELLES, 'soknad', 'klage', 'klageveier'],
  klage_avvist: [...FELLES, 'soknad', 'klageavvisning', 'klagefrist'],
  klage_trukket: [...FELLES, 'soknad', 'klagetrekking'],
  kvittering: [...FELLES, 'soknad'],
  forhandsvarsel: [...FELLES, 'soknad', 'forhandsvarsel'],
};

/** The vocabulary a letter type may use, as a tree. */
export function skjemaForBrevtype(brevtype: Brevtype): Record<string, Felt> {
  const skjema: Record<string, Felt> = {};
  for (const navn of FLETTEFELT_PER_BREVTYPE[brevtype]) {
    const felt = FLETTEFELT_SKJEMA[navn];
    if (felt) skjema[navn] = felt;
  }
  return skjema;
}

/** All placeholder paths (dotted, list items without brackets) a letter type may use. */
export function flettefeltstier(brevtype: Brevtype): string[] {
  const stier: string[] = [];
  const gaa = (felt: Readonly<Record<string, Felt>>, prefiks: string): void => {
    for (const [navn, f] of Object.entries(felt)) {
      const sti = prefiks ? `${prefiks}.${navn}` : navn;
      stier.push(sti);
      if (f.type === 'objekt') gaa(f.felt, sti);
      if (f.type === 'liste' && f.element !== 'tekst') gaa(f.element, sti);
    }
  };
  gaa(skjemaForBrevtype(brevtype), '');
  return stier;
}
