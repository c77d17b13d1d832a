/**
 * How the demo's caseworkers decide: on the criteria's recommendation, with a scope drawn inside the
 * recommended range and a few justified deviations either way. One municipality has a PLANTED DIFFERENCE in
 * practice: for the same assessed need it refuses home services more often and grants fewer hours than the
 * criteria recommend, always with a written justification. The leader report must find it.
 */
import type { components } from '../../libs/klient/index.js';
import type { Demosak } from './saksmengde.js';

export const PLANTET_KOMMUNE = '1865';
export const PLANTET_KOMMUNENAVN = 'Vågan';

/** The criteria's recommendation for one service, and one service of a decision, as the API names them. */
export type Anbefaling = components['schemas']['AnbefalingstjenesteSvar'];
export type Vedtakslinje = components['schemas']['VedtakslinjeDto'];
type Utfall = Vedtakslinje['utfall'];
type Avvikskategori = NonNullable<Vedtakslinje['avvikKategori']>;

const TILDELER: readonly string[] = ['innvilget', 'delvis_innvilget'];
/** Home services measured in hours per week: where the planted practice shows. */
export const TIMETJENESTER = ['hjemmesykepleie', 'praktisk-bistand'];
/** Services a caseworker may plausibly deviate on (not the statutory rights, not long-term care). */
const SKJONNSTJENESTER = ['hjemmesykepleie', 'praktisk-bistand', 'trygghetsalarm', 'matombringing'];
/** Unit of each service's scope (as in the catalogue): hours per week, days, or none. */
const ENHET: Record<string, 'timer_per_uke' | 'dogn' | 'ja_nei'> = {
  hjemmesykepleie: 'timer_per_uke', 'praktisk-bistand': 'timer_per_uke', stottekontakt: 'timer_per_uke', bpa: 'timer_per_uke', omsorgsstonad: 'timer_per_uke',
  korttidsopphold: 'dogn', avlastning: 'dogn', dagaktivitet: 'dogn',
  langtidsopphold: 'ja_nei', trygghetsalarm: 'ja_nei', matombringing: 'ja_nei', omsorgsbolig: 'ja_nei',
};

const INNHOLD: Record<string, string> = {
  hjemmesykepleie: 'Legemiddelhåndtering og personlig stell etter tiltaksplan.',
  'praktisk-bistand': 'Rengjøring hver tredje uke og hjelp til ukentlig innkjøp.',
  trygghetsalarm: 'Trygghetsalarm med responstjeneste hele døgnet.',
  matombringing: 'Middag levert fem dager i uken.',
  korttidsopphold: 'Korttidsopphold for opptrening og vurdering.',
  avlastning: 'Avlastningsopphold etter avtale med pårørende.',
  dagaktivitet: 'Dagaktivitetstilbud med transport.',
  stottekontakt: 'Støttekontakt til fritidsaktiviteter.',
  omsorgsstonad: 'Omsorgsstønad til pårørende.',
  bpa: 'Brukerstyrt personlig assistanse etter arbeidsplan.',
  langtidsopphold: 'Langtidsopphold i sykehjem.',
};

const PLANTET_AVSLAG = [
  'Etter en individuell vurdering kan behovet dekkes av familien og frivillige i en periode; søker kan søke på nytt ved endring.',
  'Behovet er vurdert som forbigående etter opptrening; tjenesten innvilges ikke nå.',
];
const PLANTET_REDUSERT = [
  'Omfanget er satt lavere enn anbefalt etter en individuell vurdering av hva som er nødvendig hjelp nå; ny vurdering ved evaluering.',
  'Familien bidrar med deler av hjelpen, og omfanget er derfor redusert.',
];

const rundHalv = (x: number) => Math.max(0.5, Math.round(x * 2) / 2);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const om = (idag: Date, dager: number) => iso(new Date(idag.getTime() + dager * 86400_000));

function perioder(idag: Date, sak: Demosak, kode: string) {
  const start = 3 + Math.floor(sak.trekk.omfang * 12);
  if (kode === 'korttidsopphold' || kode === 'avlastning') return { startdato: om(idag, start), sluttdato: om(idag, start + 60), evalueringsdato: om(idag, start + 45) };
  return { startdato: om(idag, start), evalueringsdato: om(idag, 90 + Math.floor(sak.trekk.avvikType * 275)) };
}

/** How strong the planted practice is: shares of the home services the criteria would grant. */
export interface PlantetStyrke {
  /** Refused instead of granted. */
  avslag: number;
  /** Of the hours services, granted with half the minimum hours (drawn after the refusals). */
  redusert: number;
}
export const STANDARD_STYRKE: PlantetStyrke = { avslag: 0.25, redusert: 0.45 };

/** The decision lines for one case, given the criteria's recommendations. */
export function vedtakslinjer(sak: Demosak, anbefalinger: Anbefaling[], idag: Date, styrke: PlantetStyrke = STANDARD_STYRKE): Vedtakslinje[] {
  const plantet = sak.kommunenummer === PLANTET_KOMMUNE;
  return anbefalinger.map((anbefaling) => {
    const { utfall } = anbefaling;
    // The demo's services are all covered by the criteria; a discretionary one would need the caseworker's own reasons.
    if (utfall === null) throw new Error(`Kriteriene anbefalte ikke noe utfall for ${anbefaling.tjenestekode}.`);
    const a = { ...anbefaling, utfall };
    const enhet = ENHET[a.tjenestekode] ?? 'ja_nei';
    const tildel = (utfall: Utfall, omfang: number | null, avvik?: { kategori: Avvikskategori; begrunnelse: string }): Vedtakslinje => ({
      tjenestekode: a.tjenestekode,
      utfall,
      ...(TILDELER.includes(utfall) ? { ...(omfang !== null && enhet !== 'ja_nei' ? { omfang } : {}), innhold: INNHOLD[a.tjenestekode], ...perioder(idag, sak, a.tjenestekode) } : {}),
      ...(avvik ? { avvikKategori: avvik.kategori, avvikBegrunnelse: avvik.begrunnelse } : {}),
    });
    let anbefaltOmfang: number | null = null;
    if (a.omfang) {
      const x = a.omfang.min + sak.trekk.omfang * (a.omfang.max - a.omfang.min);
      anbefaltOmfang = enhet === 'dogn' ? Math.round(x) : Math.min(a.omfang.max, rundHalv(x));
      if (anbefaltOmfang < a.omfang.min) anbefaltOmfang = a.omfang.min;
    } else if (enhet !== 'ja_nei' && TILDELER.includes(a.utfall)) {
      anbefaltOmfang = 1;
    }
    const { avvik, avvikType } = sak.trekk;

    // The planted practice: the same need, less help. By default refuses a quarter of the home services the
    // criteria would grant, and gives half the minimum hours in almost half of the rest.
    if (plantet && TILDELER.includes(a.utfall) && SKJONNSTJENESTER.includes(a.tjenestekode)) {
      if (avvik < styrke.avslag) return tildel('avslag', null, { kategori: 'individuell_vurdering', begrunnelse: PLANTET_AVSLAG[avvikType < 0.5 ? 0 : 1] });
      if (avvik < styrke.avslag + styrke.redusert && a.omfang && TIMETJENESTER.includes(a.tjenestekode)) {
        const lavt = Math.max(0.25, Math.round(a.omfang.min * 0.5 * 100) / 100);
        return tildel(a.utfall, lavt, { kategori: avvikType < 0.6 ? 'individuell_vurdering' : 'familiens_situasjon', begrunnelse: PLANTET_REDUSERT[avvikType < 0.6 ? 0 : 1] });
      }
    }

    // Ordinary justified deviations everywhere: rare, in both directions, only on discretionary home services.
    if (SKJONNSTJENESTER.includes(a.tjenestekode) && avvik > 0.965) {
      if (a.utfall === 'avslag') {
        return tildel('innvilget', enhet === 'ja_nei' ? null : 1, { kategori: 'helsetilstand_endret', begrunnelse: 'Nylig utskrevet fra sykehus; trenger hjelp i en overgangsperiode selv om kartleggingen ellers ikke tilsier det.' });
      }
      if (anbefaltOmfang !== null && a.omfang && avvikType < 0.5) {
        return tildel(a.utfall, rundHalv(a.omfang.max + 1), { kategori: 'bolig_og_omgivelser', begrunnelse: 'Lang vei til butikk og ingen kollektivtransport; behovet for hjelp er større enn kriteriene forutsetter.' });
      }
      return tildel('avslag', null, { kategori: 'familiens_situasjon', begrunnelse: 'Ektefellen har flyttet inn igjen og dekker behovet; søker er enig.' });
    }
    return tildel(a.utfall, anbefaltOmfang);
  });
}
