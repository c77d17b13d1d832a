import type { Maalform } from '../../domain/src/felles/typer.js';
import { erVedtaksbrev, type Brevtype } from './brevtyper.js';

/**
 * One thing a required section must contain: a wording (checked on the template text, so the
 * letter always says it) and/or placeholders (so the letter always carries the case's own data).
 */
export interface Innholdskrav {
  /** Bokmål, read by the template editor in the error message. */
  beskrivelse: string;
  tekst?: Readonly<Record<Maalform, RegExp>>;
  /** Shown in the message as what the text must say. */
  eksempel?: Readonly<Record<Maalform, string>>;
  flettefelt?: readonly string[];
  /** Only for these letter types (default: all that have the section). */
  gjelder?: readonly Brevtype[];
}

export interface PaakrevdSeksjon {
  id: string;
  formaal: string;
  gjelder?: readonly Brevtype[];
  krav: readonly Innholdskrav[];
}

const begge = (re: RegExp): Record<Maalform, RegExp> => ({ nb: re, nn: re });

/** The right to complain, the 4-week deadline and where to send it: in every letter that is a decision. */
const KLAGERETT: readonly Innholdskrav[] = [
  { beskrivelse: 'retten til å klage', tekst: begge(/klage/i), eksempel: { nb: 'klage', nn: 'klage' } },
  {
    beskrivelse: 'klagefristen på 4 uker',
    tekst: { nb: /\b(4|fire) uker\b/i, nn: /\b(4|fire) veker\b/i },
    eksempel: { nb: '4 uker', nn: '4 veker' },
  },
  { beskrivelse: 'hvor klagen skal sendes', flettefelt: ['brevhode.klageadresse'] },
];

const INNSYN: PaakrevdSeksjon = {
  id: 'innsyn',
  formaal: 'retten til å se sakens dokumenter (forvaltningsloven § 18)',
  krav: [
    {
      beskrivelse: 'innsynsretten etter forvaltningsloven § 18',
      tekst: begge(/innsyn[\s\S]*§ 18|§ 18[\s\S]*innsyn/i),
      eksempel: { nb: 'innsyn ... § 18', nn: 'innsyn ... § 18' },
    },
  ],
};

/** A dismissal (of an application or a complaint) can itself be complained about; Statsforvalteren decides. */
const KLAGE_PAA_AVVISNING: PaakrevdSeksjon = {
  id: 'klage',
  formaal: 'retten til å klage på avvisningen (forvaltningsloven § 27 tredje ledd)',
  krav: [
    ...KLAGERETT,
    {
      beskrivelse: 'at Statsforvalteren i Nordland avgjør klagen',
      tekst: { nb: /statsforvalteren i nordland/i, nn: /statsforvaltaren i nordland/i },
      eksempel: { nb: 'Statsforvalteren i Nordland', nn: 'Statsforvaltaren i Nordland' },
    },
  ],
};

/**
 * Sections every decision letter must have (see shared/DOMAIN.md, "What a decision letter must
 * contain"). The complaint section is required even when everything is granted.
 */
export const PAAKREVDE_SEKSJONER_VEDTAK: readonly PaakrevdSeksjon[] = [
  {
    id: 'vedtak',
    formaal: 'selve vedtaket per tjeneste',
    krav: [
      {
        beskrivelse: 'tjeneste, utfall og hjemmel for hver vedtakslinje',
        flettefelt: ['vedtak', 'vedtak.tjeneste', 'vedtak.utfall', 'vedtak.hjemmel'],
      },
      {
        beskrivelse: 'omfang, innhold og varighet (sluttdato eller «inntil videre» med evalueringsdato)',
        flettefelt: ['vedtak.omfang', 'vedtak.innhold', 'vedtak.varighet'],
        gjelder: ['vedtak_innvilget', 'vedtak_delvis_innvilget'],
      },
    ],
  },
  {
    id: 'venteliste',
    formaal: 'at vilkårene er oppfylt og at søkeren er satt på venteliste, og tjenester i mellomtiden',
    gjelder: ['vedtak_venteliste'],
    krav: [
      {
        beskrivelse: 'ventelisten etter kommunens forskrift og tjenestene i mellomtiden',
        flettefelt: ['venteliste.forskrift', 'venteliste.forskriftsdato', 'venteliste.registrertDato', 'tjenesterIMellomtiden'],
      },
    ],
  },
  {
    id: 'fakta',
    formaal: 'sakens faktiske forhold',
    krav: [
      { beskrivelse: 'hva det er søkt om og når', flettefelt: ['soknad.gjelder', 'soknad.mottattDato'] },
      {
        beskrivelse: 'kartleggingen (dato, hvem som deltok og hva den viste), innhentede opplysninger og partens eget syn',
        flettefelt: ['fakta.kartleggingsdato', 'fakta.kartleggingDeltakere', 'fakta.kartlagt', 'fakta.innhentedeOpplysninger', 'fakta.partensSyn'],
      },
    ],
  },
  {
    id: 'regelverk',
    formaal: 'reglene vedtaket bygger på (forvaltningsloven § 25 første ledd)',
    krav: [
      { beskrivelse: 'lovhjemlene', flettefelt: ['regler', 'regler.hjemmel'] },
      { beskrivelse: 'tildelingskriteriene med navn, versjon og ikrafttredelse', flettefelt: ['kriterier.navn', 'kriterier.versjon', 'kriterier.gyldigFra'] },
    ],
  },
  {
    id: 'vurdering',
    formaal: 'begrunnelsen (forvaltningsloven §§ 24–25)',
    krav: [
      { beskrivelse: 'saksbehandlerens vurdering', flettefelt: ['vurdering'] },
      {
        beskrivelse: 'begrunnelsen for hver tjeneste som er delvis innvilget eller avslått',
        flettefelt: ['vedtak.begrunnelse'],
        gjelder: ['vedtak_delvis_innvilget', 'vedtak_avslag'],
      },
    ],
  },
  {
    id: 'klage',
    formaal: 'klageretten, med klageveien for hvert rettsgrunnlag vedtaket dekker (pasient- og brukerrettighetsloven kapittel 7, forvaltningsloven §§ 28–29)',
    krav: [
      { beskrivelse: 'retten til å klage', tekst: begge(/klage/i), eksempel: { nb: 'klage', nn: 'klage' } },
      { beskrivelse: 'hvor klagen skal sendes', flettefelt: ['brevhode.klageadresse'] },
      { beskrivelse: 'klageveiene, én per rettsgrunnlag, med tjenestene og klagefristen', flettefelt: ['klageveier', 'klageveier.tjenester', 'klageveier.klagefrist'] },
      {
        beskrivelse: 'klageveien for rettighetene: 4 uker etter pasient- og brukerrettighetsloven § 7-5, kontoret vurderer saken på nytt og Statsforvalteren i Nordland avgjør',
        flettefelt: ['klageveier.statsforvalteren'],
        tekst: {
          nb: /(4|fire) uker[\s\S]*pasient- og brukerrettighetsloven § 7-5[\s\S]*på nytt[\s\S]*statsforvalteren i nordland/i,
          nn: /(4|fire) veker[\s\S]*pasient- og brukarrettslova § 7-5[\s\S]*på nytt[\s\S]*statsforvaltaren i nordland/i,
        },
        eksempel: {
          nb: '4 uker ... pasient- og brukerrettighetsloven § 7-5 ... på nytt ... Statsforvalteren i Nordland',
          nn: '4 veker ... pasient- og brukarrettslova § 7-5 ... på nytt ... Statsforvaltaren i Nordland',
        },
      },
      {
        beskrivelse: 'klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør',
        flettefelt: ['klageveier.kommunen', 'klageveier.kommunen.klageorgan'],
        tekst: { nb: /(3|tre) uker[\s\S]*forvaltningsloven § 29/i, nn: /(3|tre) veker[\s\S]*forvaltningslova § 29/i },
        eksempel: { nb: '3 uker ... forvaltningsloven § 29', nn: '3 veker ... forvaltningslova § 29' },
      },
      {
        beskrivelse: 'retten til å be om utsatt iverksetting',
        tekst: { nb: /utsatt iverksetting/i, nn: /utsett iverksetjing/i },
        eksempel: { nb: 'utsatt iverksetting', nn: 'utsett iverksetjing' },
      },
      {
        beskrivelse: 'hjelp fra kontoret og fra pasient- og brukerombudet',
        tekst: { nb: /hjelp[\s\S]*pasient- og brukerombud/i, nn: /hjelp[\s\S]*pasient- og brukarombod/i },
        eksempel: { nb: 'hjelp ... pasient- og brukerombudet', nn: 'hjelp ... pasient- og brukarombodet' },
      },
    ],
  },
  INNSYN,
  {
    id: 'kontakt',
    formaal: 'kontaktperson og plikten til å melde fra om endringer',
    krav: [
      { beskrivelse: 'kontaktperson', flettefelt: ['kontaktperson.navn', 'kontaktperson.telefon'] },
      { beskrivelse: 'plikten til å melde fra om endringer', tekst: begge(/endring/i), eksempel: { nb: 'endringer', nn: 'endringar' } },
    ],
  },
];

/**
 * Sections a letter dismissing a complaint must have. The dismissal is itself an individual decision
 * (fvl. § 2 tredje ledd): it needs reasons with the legal basis (fvl. §§ 24–25) and the right to complain
 * (fvl. § 27 tredje ledd), and the right to see the documents.
 */
export const PAAKREVDE_SEKSJONER_KLAGE_AVVIST: readonly PaakrevdSeksjon[] = [
  {
    id: 'avvisning',
    formaal: 'hvilken klage som er avvist, på hvilket vedtak, og at vedtaket står ved lag',
    krav: [
      { beskrivelse: 'når klagen kom og datoen for vedtaket den gjaldt', flettefelt: ['klageavvisning.mottattDato', 'klageavvisning.vedtaksdato'] },
      { beskrivelse: 'at klagen er avvist', tekst: begge(/avvist/i), eksempel: { nb: 'avvist', nn: 'avvist' } },
      { beskrivelse: 'at vedtaket står ved lag', tekst: begge(/står ved lag/i), eksempel: { nb: 'står ved lag', nn: 'står ved lag' } },
    ],
  },
  {
    id: 'begrunnelse',
    formaal: 'begrunnelsen og hjemmelen for avvisningen (forvaltningsloven §§ 24–25)',
    krav: [
      { beskrivelse: 'saksbehandlerens begrunnelse', flettefelt: ['klageavvisning.begrunnelse'] },
      {
        beskrivelse: 'hjemmelen (forvaltningsloven § 33 andre ledd)',
        tekst: { nb: /forvaltningsloven § 33/i, nn: /forvaltningslova § 33/i },
        eksempel: { nb: 'forvaltningsloven § 33 andre ledd', nn: 'forvaltningslova § 33 andre ledd' },
      },
    ],
  },
  KLAGE_PAA_AVVISNING,
  INNSYN,
];

/**
 * Sections a letter dismissing an application must have. Like a dismissed complaint, the dismissal is an
 * individual decision (fvl. § 2 tredje ledd): which application, that its content is not assessed, the
 * reasons (fvl. §§ 24–25), the right to complain (fvl. § 27 tredje ledd) and the right to see the documents.
 */
export const PAAKREVDE_SEKSJONER_SOKNAD_AVVIST: readonly PaakrevdSeksjon[] = [
  {
    id: 'avvisning',
    formaal: 'hvilken søknad som er avvist, og at innholdet ikke er vurdert',
    krav: [
      { beskrivelse: 'hva det er søkt om og når søknaden kom', flettefelt: ['soknad.gjelder', 'soknad.mottattDato'] },
      { beskrivelse: 'at søknaden er avvist', tekst: begge(/avvist/i), eksempel: { nb: 'avvist', nn: 'avvist' } },
      {
        beskrivelse: 'at innholdet i søknaden ikke er vurdert',
        tekst: { nb: /ikke (har )?vurdert/i, nn: /ikkje (har )?vurdert/i },
        eksempel: { nb: 'vi har ikke vurdert innholdet i søknaden', nn: 'vi har ikkje vurdert innhaldet i søknaden' },
      },
    ],
  },
  {
    id: 'begrunnelse',
    formaal: 'begrunnelsen og hjemmelen for avvisningen (forvaltningsloven §§ 24–25)',
    krav: [
      { beskrivelse: 'saksbehandlerens begrunnelse', flettefelt: ['soknadsavvisning.begrunnelse'] },
      {
        beskrivelse: 'at avvisningen er et enkeltvedtak (forvaltningsloven § 2 tredje ledd)',
        tekst: { nb: /forvaltningsloven § 2 tredje ledd/i, nn: /forvaltningslova § 2 tredje ledd/i },
        eksempel: { nb: 'forvaltningsloven § 2 tredje ledd', nn: 'forvaltningslova § 2 tredje ledd' },
      },
      {
        beskrivelse: 'begrunnelsesplikten (forvaltningsloven §§ 24 og 25)',
        tekst: begge(/§§ 24\s*(og|–|-|til)\s*25/i),
        eksempel: { nb: 'forvaltningsloven §§ 24 og 25', nn: 'forvaltningslova §§ 24 og 25' },
      },
    ],
  },
  KLAGE_PAA_AVVISNING,
  INNSYN,
];

/** The sections a letter type must have: decision letters and the two dismissals; others none. */
export function paakrevdeSeksjoner(brevtype: Brevtype): readonly PaakrevdSeksjon[] {
  if (erVedtaksbrev(brevtype)) return PAAKREVDE_SEKSJONER_VEDTAK;
  if (brevtype === 'klage_avvist') return PAAKREVDE_SEKSJONER_KLAGE_AVVIST;
  if (brevtype === 'soknad_avvist') return PAAKREVDE_SEKSJONER_SOKNAD_AVVIST;
  return [];
}
