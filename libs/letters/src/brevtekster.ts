import type { IsoDato, Maalform } from '../../domain/src/felles/typer.js';
import { klagefrist } from '../../domain/src/frister/frister.js';
import { klageveier, type Rettsgrunnlag } from '../../domain/src/tjenester/rettsgrunnlag.js';
import type { Klagevei } from './brevdata.js';
import type { Bistandsbehov, HjelpFraFamilie, IplosVariabel } from '../../domain/src/kartlegging/iplos.js';

/**
 * The short texts a decision letter fills into its template, in both målformer. Everything a nynorsk letter
 * prints comes from here, the catalogue (`tjeneste.tekster`) or the nynorsk template, never from bokmål.
 */
export interface Brevtekster {
  /** Unit of scope: [singular, plural]. */
  enhet: Readonly<Record<string, readonly [string, string]>>;
  /** A yes/no service that is granted. */
  tildelt: string;
  etterBehov: string;
  /** The need group and what it means, in plain words. */
  bistandsbehov: Readonly<Record<Bistandsbehov, { navn: string; forklaring: string }>>;
  bistandsbehovSetning: (navn: string, forklaring: string) => string;
  iplosNavn: Readonly<Record<IplosVariabel, string>>;
  /** What an IPLOS score of 2–5 means. */
  iplosNivaa: Readonly<Record<2 | 3 | 4 | 5, string>>;
  borAlene: { ja: string; nei: string };
  hjelpFraFamilie: Readonly<Record<HjelpFraFamilie, string>>;
  kognitivSvikt: string;
  utryggUtenHeldognstilbud: string;
  ingenUttalelse: string;
  /** The signatory's title. */
  saksbehandler: string;
  /** Why an interim reply is sent: chosen by the caseworker, or from what the case waits for. */
  foreloepigGrunn: Readonly<Record<Exclude<ForeloepigGrunn, 'innhenting'>, string>> & {
    /** Waiting for requested information: what was asked for (in running text) and its reply deadline. */
    innhenting: (opplysninger: string, svarfrist: string) => string;
  };
  /** Joins a list in running text: "a, b og c". */
  og: string;
}

/** Why an interim reply is sent (fvl. § 11 a): the caseworker chooses one, or it follows from what the case waits for. */
export const FORELOEPIG_GRUNNER = ['kartlegging', 'innhenting', 'godkjenning', 'utredning', 'saksmengde'] as const;
export type ForeloepigGrunn = (typeof FORELOEPIG_GRUNNER)[number];

export const BREVTEKSTER: Readonly<Record<Maalform, Brevtekster>> = {
  nb: {
    enhet: { timer_per_uke: ['time per uke', 'timer per uke'], dogn: ['døgn', 'døgn'] },
    tildelt: 'Tildelt',
    etterBehov: 'etter behov',
    bistandsbehov: {
      noe_avgrenset: { navn: 'noe/avgrenset', forklaring: 'Det betyr at du klarer de fleste dagligdagse gjøremål selv, men trenger hjelp til noen av dem.' },
      middels_til_stort: { navn: 'middels til stort', forklaring: 'Det betyr at du trenger hjelp til flere dagligdagse gjøremål, og til noen av dem må den som hjelper deg, være til stede.' },
      omfattende: { navn: 'omfattende', forklaring: 'Det betyr at du trenger mye hjelp til de fleste dagligdagse gjøremål, og at den som hjelper deg, må være til stede.' },
    },
    bistandsbehovSetning: (navn, forklaring) => `Ut fra kartleggingen er bistandsbehovet ditt vurdert som ${navn}. ${forklaring}`,
    iplosNavn: {
      sosialDeltakelse: 'Sosial deltakelse', beslutningerIDagliglivet: 'Beslutninger i dagliglivet', styreAtferd: 'Styre atferd', alminneligHusarbeid: 'Alminnelig husarbeid',
      skaffeVarerOgTjenester: 'Skaffe seg varer og tjenester', lageMat: 'Lage mat', ivaretaEgenHelse: 'Ivareta egen helse', personligHygiene: 'Personlig hygiene',
      avOgPakledning: 'Av- og påkledning', spise: 'Spise', toalett: 'Toalett', bevegeSegInnendors: 'Bevege seg innendørs', bevegeSegUtendors: 'Bevege seg utendørs',
      hukommelse: 'Hukommelse', kommunikasjon: 'Kommunikasjon',
    },
    iplosNivaa: { 2: 'du klarer det selv, men med besvær', 3: 'du trenger noe hjelp', 4: 'du trenger mye hjelp, og den som hjelper, må være til stede', 5: 'du klarer ikke å delta' },
    borAlene: { ja: 'Du bor alene.', nei: 'Du bor sammen med andre.' },
    hjelpFraFamilie: { ingen: 'Du får ikke hjelp fra familie eller andre nære.', noe: 'Du får noe hjelp fra familie eller andre nære.', mye: 'Du får mye hjelp fra familie eller andre nære.' },
    kognitivSvikt: 'Du har kognitiv svikt.',
    utryggUtenHeldognstilbud: 'Du er ikke trygg uten tilbud hele døgnet.',
    ingenUttalelse: 'Du har ikke uttalt deg ut over det som står i søknaden.',
    saksbehandler: 'Saksbehandler',
    foreloepigGrunn: {
      kartlegging: 'Vi har ikke fått kartlagt behovet ditt ferdig ennå.',
      godkjenning: 'Vedtaket er skrevet og venter på godkjenning.',
      utredning: 'Saken din trenger en grundigere utredning, for eksempel et nytt hjemmebesøk eller en vurdering fra helsepersonell.',
      saksmengde: 'Vi har mange saker til behandling nå, og saken din står i kø.',
      innhenting: (opplysninger, svarfrist) => `Vi venter på opplysninger vi har bedt om: ${opplysninger}. Svarfristen er ${svarfrist}.`,
    },
    og: 'og',
  },
  nn: {
    enhet: { timer_per_uke: ['time per veke', 'timar per veke'], dogn: ['døgn', 'døgn'] },
    tildelt: 'Tildelt',
    etterBehov: 'etter behov',
    bistandsbehov: {
      noe_avgrenset: { navn: 'noko/avgrensa', forklaring: 'Det tyder at du klarer dei fleste daglegdagse gjeremåla sjølv, men treng hjelp til nokre av dei.' },
      middels_til_stort: { navn: 'middels til stort', forklaring: 'Det tyder at du treng hjelp til fleire daglegdagse gjeremål, og til nokre av dei må den som hjelper deg, vere til stades.' },
      omfattende: { navn: 'omfattande', forklaring: 'Det tyder at du treng mykje hjelp til dei fleste daglegdagse gjeremåla, og at den som hjelper deg, må vere til stades.' },
    },
    bistandsbehovSetning: (navn, forklaring) => `Ut frå kartlegginga er hjelpebehovet ditt vurdert som ${navn}. ${forklaring}`,
    iplosNavn: {
      sosialDeltakelse: 'Sosial deltaking', beslutningerIDagliglivet: 'Avgjerder i dagleglivet', styreAtferd: 'Styre åtferd', alminneligHusarbeid: 'Alminneleg husarbeid',
      skaffeVarerOgTjenester: 'Skaffe seg varer og tenester', lageMat: 'Lage mat', ivaretaEgenHelse: 'Ta vare på eiga helse', personligHygiene: 'Personleg hygiene',
      avOgPakledning: 'Av- og påkledning', spise: 'Ete', toalett: 'Toalett', bevegeSegInnendors: 'Bevege seg innandørs', bevegeSegUtendors: 'Bevege seg utandørs',
      hukommelse: 'Minne', kommunikasjon: 'Kommunikasjon',
    },
    iplosNivaa: { 2: 'du klarer det sjølv, men med strev', 3: 'du treng noko hjelp', 4: 'du treng mykje hjelp, og den som hjelper, må vere til stades', 5: 'du klarer ikkje å delta' },
    borAlene: { ja: 'Du bur åleine.', nei: 'Du bur saman med andre.' },
    hjelpFraFamilie: { ingen: 'Du får ikkje hjelp frå familie eller andre nære.', noe: 'Du får noko hjelp frå familie eller andre nære.', mye: 'Du får mykje hjelp frå familie eller andre nære.' },
    kognitivSvikt: 'Du har kognitiv svikt.',
    utryggUtenHeldognstilbud: 'Du er ikkje trygg utan tilbod heile døgnet.',
    ingenUttalelse: 'Du har ikkje uttalt deg ut over det som står i søknaden.',
    saksbehandler: 'Sakshandsamar',
    foreloepigGrunn: {
      kartlegging: 'Vi har ikkje fått kartlagt behovet ditt ferdig enno.',
      godkjenning: 'Vedtaket er skrive og ventar på godkjenning.',
      utredning: 'Saka di treng ei grundigare utgreiing, til dømes eit nytt heimebesøk eller ei vurdering frå helsepersonell.',
      saksmengde: 'Vi har mange saker til handsaming no, og saka di står i kø.',
      innhenting: (opplysninger, svarfrist) => `Vi ventar på opplysningar vi har bede om: ${opplysninger}. Svarfristen er ${svarfrist}.`,
    },
    og: 'og',
  },
};

const tall = (n: number) => String(n).replace('.', ',');

/** "6 timer per uke" / "6 timar per veke"; null when there is no number. */
export function omfangMedEnhet(omfang: number | null, enhet: string, m: Maalform): string | null {
  if (omfang === null) return null;
  const e = BREVTEKSTER[m].enhet[enhet];
  return `${tall(omfang)} ${e ? e[omfang === 1 ? 0 : 1] : ''}`.trim();
}

/** "a, b og c" in the letter's målform. */
export function somListe(deler: readonly string[], m: Maalform): string {
  if (deler.length <= 1) return deler.join('');
  return `${deler.slice(0, -1).join(', ')} ${BREVTEKSTER[m].og} ${deler[deler.length - 1]}`;
}

/** What the needs assessment found that a decision rests on, as the letter lists it (scores 2–5 only). */
export function kartlagteForhold(
  k: { iplos: Partial<Record<IplosVariabel, number>>; borAlene: boolean; hjelpFraFamilie: HjelpFraFamilie; kognitivSvikt: boolean; utryggUtenHeldognstilbud: boolean },
  m: Maalform,
): { beskrivelse: string }[] {
  const t = BREVTEKSTER[m];
  const ut: string[] = [];
  for (const [variabel, skaar] of Object.entries(k.iplos) as [IplosVariabel, number][]) {
    if (skaar >= 2 && skaar <= 5) ut.push(`${t.iplosNavn[variabel] ?? variabel}: ${t.iplosNivaa[skaar as 2 | 3 | 4 | 5]}.`);
  }
  ut.push(k.borAlene ? t.borAlene.ja : t.borAlene.nei);
  ut.push(t.hjelpFraFamilie[k.hjelpFraFamilie]);
  if (k.kognitivSvikt) ut.push(t.kognitivSvikt);
  if (k.utryggUtenHeldognstilbud) ut.push(t.utryggUtenHeldognstilbud);
  return ut.map((beskrivelse) => ({ beskrivelse }));
}

/**
 * The complaint routes a letter states: one per legal regime among the decided services, each naming its
 * services and its own deadline counted from `kjentDato`. Both the decision letter and the forwarding letter
 * use it, so they never disagree about where a complaint goes.
 */
export function klageveierIBrev(
  tjenester: readonly { navn: string; rettsgrunnlag: Rettsgrunnlag }[],
  klageorgan: string,
  kjentDato: IsoDato,
  m: Maalform,
): Klagevei[] {
  return klageveier(tjenester).map((v) => ({
    tjenester: somListe(v.tjenester.map((t) => t.navn.toLowerCase()), m),
    klagefrist: klagefrist(kjentDato, { dager: v.fristDager }),
    statsforvalteren: v.klagevei === 'statsforvalteren' ? {} : null,
    kommunen: v.klagevei === 'kommunen' ? { klageorgan } : null,
  }));
}
