/**
 * The starting service catalogue (shared/DOMAIN.md). The catalogue is data: this list seeds the
 * `tjeneste` table and the initial criteria; the table, not this list, is what the running system reads.
 */
import type { Rettsgrunnlag, Tjenestetekstsett } from './rettsgrunnlag.js';

export type Omfangsenhet = 'timer_per_uke' | 'dogn' | 'ja_nei';

export interface Tjenestedefinisjon {
  kode: string;
  navn: string;
  navnNynorsk: string;
  hjemmel: string;
  omfangsenhet: Omfangsenhet;
  /** A statutory right for those who meet the conditions (e.g. BPA, long-term care when the only safe option). */
  rettighet: boolean;
  /** Where the right is written, or `skjonn`; the complaint route follows from it (see rettsgrunnlag.ts). */
  rettsgrunnlag: Rettsgrunnlag;
  /** Name, legal basis, duty and right in bokmål and nynorsk, as the letters print them. */
  tekster: Tjenestetekstsett;
  egenandel: boolean;
  /** Code in national reporting (KPR/IPLOS); local codes for discretionary services. */
  rapporteringskode: string;
  /** Service group used in anonymised reports (coarser than the service). */
  tjenestegruppe: 'hjemmetjenester' | 'institusjon' | 'avlastning_og_stotte' | 'velferdsteknologi' | 'bolig';
  /** Where a complaint goes: Statsforvalteren, or the municipality's own complaint body (discretionary services). */
  klageinstans: 'statsforvalteren' | 'kommunen';
  /** Default processing norm in days before the due date. */
  behandlingsfristDager: number;
}

const HOL = { nb: 'helse- og omsorgstjenesteloven', nn: 'helse- og omsorgstenestelova' };
const PBRL = { nb: 'pasient- og brukerrettighetsloven', nn: 'pasient- og brukarrettslova' };

/** The person's right, per regime, in plain words. */
const RETT_2_1_A = {
  nb: { hjemmel: `${PBRL.nb} § 2-1 a andre ledd`, tekst: 'Du har rett til nødvendige helse- og omsorgstjenester fra kommunen der du bor eller oppholder deg.' },
  nn: { hjemmel: `${PBRL.nn} § 2-1 a andre ledd`, tekst: 'Du har rett til naudsynte helse- og omsorgstenester frå kommunen der du bur eller oppheld deg.' },
};
const RETT_2_1_D = {
  nb: {
    hjemmel: `${PBRL.nb} § 2-1 d`,
    tekst: 'Er du under 67 år og har et langvarig og stort behov for personlig assistanse, har du rett til å få tjenestene organisert som brukerstyrt personlig assistanse. Retten gjelder når behovet varer mer enn to år og er på minst 32 timer per uke, eller minst 25 timer per uke med mindre det blir vesentlig dyrere for kommunen.',
  },
  nn: {
    hjemmel: `${PBRL.nn} § 2-1 d`,
    tekst: 'Er du under 67 år og har eit langvarig og stort behov for personleg assistanse, har du rett til å få tenestene organiserte som brukarstyrt personleg assistanse. Retten gjeld når behovet varer meir enn to år og er på minst 32 timar per veke, eller minst 25 timar per veke med mindre det blir vesentleg dyrare for kommunen.',
  },
};
const RETT_2_1_E = {
  nb: {
    hjemmel: `${PBRL.nb} § 2-1 e`,
    tekst: 'Du har rett til opphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester dersom dette etter en helse- og omsorgsfaglig vurdering er det eneste tilbudet som kan sikre deg nødvendige og forsvarlige helse- og omsorgstjenester.',
  },
  nn: {
    hjemmel: `${PBRL.nn} § 2-1 e`,
    tekst: 'Du har rett til opphald i sjukeheim eller tilsvarande bustad særskilt tilrettelagd for heildøgns tenester dersom dette etter ei helse- og omsorgsfagleg vurdering er det einaste tilbodet som kan sikre deg naudsynte og forsvarlege helse- og omsorgstenester.',
  },
};

interface Tekstgrunnlag {
  navn: string;
  /** The paragraph after the statute's short title, e.g. "§ 3-2 første ledd nr. 6 bokstav a" (the same in both målformer). */
  paragraf: string;
  plikt: string;
}

/** A service under hol. whose texts differ only in the wording of name and duty. */
function holTekster(nb: Tekstgrunnlag, nn: Tekstgrunnlag, rett: typeof RETT_2_1_A | null): Tjenestetekstsett {
  const en = (t: Tekstgrunnlag, m: 'nb' | 'nn') => ({
    navn: t.navn,
    hjemmel: `${HOL[m]} ${t.paragraf}`,
    plikt: { hjemmel: `${HOL[m]} ${t.paragraf}`, tekst: t.plikt },
    rett: rett ? rett[m] : null,
  });
  return { nb: en(nb, 'nb'), nn: en(nn, 'nn') };
}

const SKJONN_NB = 'Dette er ikke en tjeneste du har rett til etter loven. Kommunen tildeler den etter en skjønnsmessig vurdering av behovet ditt.';
const SKJONN_NN = 'Dette er ikkje ei teneste du har rett til etter lova. Kommunen tildeler ho etter ei skjønsmessig vurdering av behovet ditt.';

/** A discretionary service offered under the general duty of hol. § 3-1. */
function skjonnTekster(navnNb: string, navnNn: string): Tjenestetekstsett {
  return {
    nb: {
      navn: navnNb,
      hjemmel: `${HOL.nb} § 3-1 (skjønnsmessig tjeneste)`,
      plikt: { hjemmel: `${HOL.nb} § 3-1`, tekst: `Kommunen skal sørge for at personer som oppholder seg i kommunen, får tilbud om nødvendige helse- og omsorgstjenester. ${SKJONN_NB}` },
      rett: null,
    },
    nn: {
      navn: navnNn,
      hjemmel: `${HOL.nn} § 3-1 (skjønsmessig teneste)`,
      plikt: { hjemmel: `${HOL.nn} § 3-1`, tekst: `Kommunen skal sørgje for at personar som oppheld seg i kommunen, får tilbod om naudsynte helse- og omsorgstenester. ${SKJONN_NN}` },
      rett: null,
    },
  };
}

const NR_6_A = '§ 3-2 første ledd nr. 6 bokstav a';
const NR_6_B = '§ 3-2 første ledd nr. 6 bokstav b';
const NR_6_C = '§ 3-2 første ledd nr. 6 bokstav c';

export const TJENESTEKATALOG: readonly Tjenestedefinisjon[] = [
  {
    kode: 'hjemmesykepleie', navn: 'Helsetjenester i hjemmet (hjemmesykepleie)', navnNynorsk: 'Helsetenester i heimen (heimesjukepleie)', hjemmel: `${HOL.nb} ${NR_6_A}`, omfangsenhet: 'timer_per_uke', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: false, rapporteringskode: 'HJSP', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Helsetjenester i hjemmet (hjemmesykepleie)', paragraf: NR_6_A, plikt: 'Kommunen skal tilby helsetjenester i hjemmet til dem som trenger det.' },
      { navn: 'Helsetenester i heimen (heimesjukepleie)', paragraf: NR_6_A, plikt: 'Kommunen skal tilby helsetenester i heimen til dei som treng det.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'praktisk-bistand', navn: 'Praktisk bistand (hjemmehjelp) og opplæring', navnNynorsk: 'Praktisk bistand (heimehjelp) og opplæring', hjemmel: `${HOL.nb} ${NR_6_B}`, omfangsenhet: 'timer_per_uke', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: true, rapporteringskode: 'PRBI', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Praktisk bistand (hjemmehjelp) og opplæring', paragraf: NR_6_B, plikt: 'Kommunen skal tilby personlig assistanse, blant annet praktisk bistand og opplæring i dagliglivets gjøremål, til dem som trenger det.' },
      { navn: 'Praktisk bistand (heimehjelp) og opplæring', paragraf: NR_6_B, plikt: 'Kommunen skal tilby personleg assistanse, mellom anna praktisk bistand og opplæring i gjeremåla i dagleglivet, til dei som treng det.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'stottekontakt', navn: 'Støttekontakt', navnNynorsk: 'Støttekontakt', hjemmel: `${HOL.nb} ${NR_6_B}`, omfangsenhet: 'timer_per_uke', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: false, rapporteringskode: 'STKO', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Støttekontakt', paragraf: NR_6_B, plikt: 'Kommunen skal tilby personlig assistanse, blant annet støttekontakt, til dem som trenger det.' },
      { navn: 'Støttekontakt', paragraf: NR_6_B, plikt: 'Kommunen skal tilby personleg assistanse, mellom anna støttekontakt, til dei som treng det.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'bpa', navn: 'Brukerstyrt personlig assistanse (BPA)', navnNynorsk: 'Brukarstyrt personleg assistanse (BPA)', hjemmel: `${HOL.nb} § 3-8, ${PBRL.nb} § 2-1 d`, omfangsenhet: 'timer_per_uke', rettighet: true, rettsgrunnlag: 'pbrl_2_1_d', egenandel: false, rapporteringskode: 'BPA', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: {
      nb: { navn: 'Brukerstyrt personlig assistanse (BPA)', hjemmel: `${HOL.nb} § 3-8, ${PBRL.nb} § 2-1 d`, plikt: { hjemmel: `${HOL.nb} § 3-8`, tekst: 'Kommunen skal ha tilbud om personlig assistanse organisert som brukerstyrt personlig assistanse.' }, rett: RETT_2_1_D.nb },
      nn: { navn: 'Brukarstyrt personleg assistanse (BPA)', hjemmel: `${HOL.nn} § 3-8, ${PBRL.nn} § 2-1 d`, plikt: { hjemmel: `${HOL.nn} § 3-8`, tekst: 'Kommunen skal ha tilbod om personleg assistanse organisert som brukarstyrt personleg assistanse.' }, rett: RETT_2_1_D.nn },
    },
  },
  {
    kode: 'korttidsopphold', navn: 'Korttidsopphold i institusjon', navnNynorsk: 'Korttidsopphald i institusjon', hjemmel: `${HOL.nb} ${NR_6_C}`, omfangsenhet: 'dogn', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: true, rapporteringskode: 'KORT', tjenestegruppe: 'institusjon', klageinstans: 'statsforvalteren', behandlingsfristDager: 14,
    tekster: holTekster(
      { navn: 'Korttidsopphold i institusjon', paragraf: NR_6_C, plikt: 'Kommunen skal tilby plass i institusjon, også sykehjem, til dem som trenger det.' },
      { navn: 'Korttidsopphald i institusjon', paragraf: NR_6_C, plikt: 'Kommunen skal tilby plass i institusjon, òg sjukeheim, til dei som treng det.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'avlastning', navn: 'Avlastning i institusjon', navnNynorsk: 'Avlasting i institusjon', hjemmel: `${HOL.nb} ${NR_6_C} og § 3-6`, omfangsenhet: 'dogn', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: false, rapporteringskode: 'AVLI', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Avlastning i institusjon', paragraf: '§ 3-6 første ledd nr. 2', plikt: 'Kommunen skal tilby avlastning til personer og familier som har et særlig tyngende omsorgsarbeid.' },
      { navn: 'Avlasting i institusjon', paragraf: '§ 3-6 første ledd nr. 2', plikt: 'Kommunen skal tilby avlasting til personar og familiar som har eit særleg tyngjande omsorgsarbeid.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'langtidsopphold', navn: 'Langtidsopphold i sykehjem eller tilsvarende bolig med heldøgns tjenester', navnNynorsk: 'Langtidsopphald i sjukeheim eller tilsvarande bustad med heildøgns tenester', hjemmel: `${HOL.nb} § 3-2 a, ${PBRL.nb} § 2-1 e`, omfangsenhet: 'ja_nei', rettighet: true, rettsgrunnlag: 'pbrl_2_1_e', egenandel: true, rapporteringskode: 'LANG', tjenestegruppe: 'institusjon', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: {
      nb: {
        navn: 'Langtidsopphold i sykehjem eller tilsvarende bolig med heldøgns tjenester',
        hjemmel: `${HOL.nb} § 3-2 a, ${PBRL.nb} § 2-1 e`,
        plikt: { hjemmel: `${HOL.nb} § 3-2 a`, tekst: 'Kommunen skal tilby langtidsopphold i sykehjem eller tilsvarende bolig til dem som oppfyller vilkårene, og skal ha en forskrift med kriterier for slike opphold og for venteliste.' },
        rett: RETT_2_1_E.nb,
      },
      nn: {
        navn: 'Langtidsopphald i sjukeheim eller tilsvarande bustad med heildøgns tenester',
        hjemmel: `${HOL.nn} § 3-2 a, ${PBRL.nn} § 2-1 e`,
        plikt: { hjemmel: `${HOL.nn} § 3-2 a`, tekst: 'Kommunen skal tilby langtidsopphald i sjukeheim eller tilsvarande bustad til dei som oppfyller vilkåra, og skal ha ei forskrift med kriterium for slike opphald og for venteliste.' },
        rett: RETT_2_1_E.nn,
      },
    },
  },
  {
    kode: 'omsorgsstonad', navn: 'Omsorgsstønad', navnNynorsk: 'Omsorgsstønad', hjemmel: `${HOL.nb} § 3-6`, omfangsenhet: 'timer_per_uke', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: false, rapporteringskode: 'OMST', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Omsorgsstønad', paragraf: '§ 3-6 første ledd nr. 3', plikt: 'Kommunen skal ha tilbud om omsorgsstønad til personer som har et særlig tyngende omsorgsarbeid.' },
      { navn: 'Omsorgsstønad', paragraf: '§ 3-6 første ledd nr. 3', plikt: 'Kommunen skal ha tilbod om omsorgsstønad til personar som har eit særleg tyngjande omsorgsarbeid.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'dagaktivitet', navn: 'Dagaktivitetstilbud for personer med demens', navnNynorsk: 'Dagaktivitetstilbod for personar med demens', hjemmel: `${HOL.nb} § 3-2 første ledd nr. 7`, omfangsenhet: 'dogn', rettighet: true, rettsgrunnlag: 'pbrl_2_1_a', egenandel: true, rapporteringskode: 'DAGA', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28,
    tekster: holTekster(
      { navn: 'Dagaktivitetstilbud for personer med demens', paragraf: '§ 3-2 første ledd nr. 7', plikt: 'Kommunen skal tilby dagaktivitetstilbud til hjemmeboende personer med demens.' },
      { navn: 'Dagaktivitetstilbod for personar med demens', paragraf: '§ 3-2 første ledd nr. 7', plikt: 'Kommunen skal tilby dagaktivitetstilbod til heimebuande personar med demens.' },
      RETT_2_1_A,
    ),
  },
  {
    kode: 'trygghetsalarm', navn: 'Trygghetsalarm', navnNynorsk: 'Tryggleiksalarm', hjemmel: `${HOL.nb} § 3-1 (skjønnsmessig tjeneste)`, omfangsenhet: 'ja_nei', rettighet: false, rettsgrunnlag: 'skjonn', egenandel: true, rapporteringskode: 'TRAL', tjenestegruppe: 'velferdsteknologi', klageinstans: 'kommunen', behandlingsfristDager: 14,
    tekster: skjonnTekster('Trygghetsalarm', 'Tryggleiksalarm'),
  },
  {
    kode: 'matombringing', navn: 'Matombringing', navnNynorsk: 'Matombringing', hjemmel: `${HOL.nb} § 3-1 (skjønnsmessig tjeneste)`, omfangsenhet: 'ja_nei', rettighet: false, rettsgrunnlag: 'skjonn', egenandel: true, rapporteringskode: 'MATO', tjenestegruppe: 'hjemmetjenester', klageinstans: 'kommunen', behandlingsfristDager: 14,
    tekster: skjonnTekster('Matombringing', 'Matombringing'),
  },
  {
    kode: 'omsorgsbolig', navn: 'Omsorgsbolig uten heldøgns bemanning', navnNynorsk: 'Omsorgsbustad utan heildøgns bemanning', hjemmel: 'boligsosialloven og kommunens tildelingsregler for omsorgsboliger', omfangsenhet: 'ja_nei', rettighet: false, rettsgrunnlag: 'skjonn', egenandel: false, rapporteringskode: 'OMBO', tjenestegruppe: 'bolig', klageinstans: 'kommunen', behandlingsfristDager: 28,
    tekster: {
      nb: {
        navn: 'Omsorgsbolig uten heldøgns bemanning',
        hjemmel: 'boligsosialloven og kommunens tildelingsregler for omsorgsboliger',
        plikt: { hjemmel: 'boligsosialloven', tekst: `Kommunen skal gi individuelt tilpasset hjelp til personer som er vanskeligstilte på boligmarkedet. ${SKJONN_NB}` },
        rett: null,
      },
      nn: {
        navn: 'Omsorgsbustad utan heildøgns bemanning',
        hjemmel: 'bustadsosiallova og tildelingsreglane til kommunen for omsorgsbustader',
        plikt: { hjemmel: 'bustadsosiallova', tekst: `Kommunen skal gi individuelt tilpassa hjelp til personar som er vanskelegstilte på bustadmarknaden. ${SKJONN_NN}` },
        rett: null,
      },
    },
  },
];

export function finnTjeneste(kode: string): Tjenestedefinisjon | undefined {
  return TJENESTEKATALOG.find((t) => t.kode === kode);
}
