import { DomeneFeil, type Utfall } from '../felles/typer.js';
import { evaluer } from './evaluering.js';
import { FELLES_KRITERIER_2026 as FELLES } from './fellesKriterier2026.js';
import type { Omfang } from './typer.js';
import { lagVurderingsgrunnlag, type Vurderingsendringer } from './vurdering.fabrikk.js';

type Rad = [beskrivelse: string, vurdering: Vurderingsendringer, utfall: Utfall, omfang: [number, number] | null, regelId: string];

function kjoer(tjenestekode: string, rader: Rad[]) {
  describe(tjenestekode, () => {
    it.each(rader)('%s', (_b, vurdering, utfall, omfang, regelId) => {
      const [a] = evaluer(FELLES, lagVurderingsgrunnlag(vurdering), [tjenestekode]);
      expect({ utfall: a.utfall, omfang: a.omfang && [a.omfang.min, a.omfang.max], regelId: a.regelId }).toEqual({ utfall, omfang, regelId });
    });
  });
}

describe('evaluer med forslag til felles kriterier 2026', () => {
  kjoer('trygghetsalarm', [
    ['bor alene, 80 år (grense)', { borAlene: true, alder: 80 }, 'innvilget', null, 'ta-innvilget'],
    ['bor alene, 79 år, ingen funksjonssvikt', { borAlene: true, alder: 79 }, 'avslag', null, 'ta-avslag'],
    ['bor alene, 60 år, trenger hjelp innendørs', { borAlene: true, alder: 60, iplos: { bevegeSegInnendors: 3 } }, 'innvilget', null, 'ta-innvilget'],
    ['bor alene, skår 9 (ikke relevant) teller ikke', { borAlene: true, alder: 60, iplos: { bevegeSegInnendors: 9, ivaretaEgenHelse: 9 } }, 'avslag', null, 'ta-avslag'],
    ['bor sammen med andre, 90 år', { borAlene: false, alder: 90 }, 'avslag', null, 'ta-avslag'],
    ['kognitiv svikt med hukommelse 4: kan ikke bruke alarmen', { borAlene: true, alder: 85, kognitivSvikt: true, iplos: { hukommelse: 4 } }, 'avslag', null, 'ta-kan-ikke-bruke'],
    ['kognitiv svikt med hukommelse 3', { borAlene: true, alder: 85, kognitivSvikt: true, iplos: { hukommelse: 3 } }, 'innvilget', null, 'ta-innvilget'],
  ]);

  kjoer('praktisk-bistand', [
    ['ingen vansker', {}, 'avslag', null, 'pb-avslag'],
    ['husarbeid 2: klarer med besvær', { iplos: { alminneligHusarbeid: 2 } }, 'avslag', null, 'pb-avslag'],
    ['husarbeid 3, noe/avgrenset: rengjøring hver tredje uke', { borAlene: true, iplos: { alminneligHusarbeid: 3 } }, 'innvilget', [0.5, 1], 'pb-avgrenset'],
    ['lage mat 3, middels til stort', { bistandsbehov: 'middels_til_stort', iplos: { lageMat: 3 } }, 'innvilget', [1, 3], 'pb-middels'],
    ['husarbeid 3, omfattende (maks 3 gir middels)', { bistandsbehov: 'omfattende', iplos: { alminneligHusarbeid: 3 } }, 'innvilget', [1, 3], 'pb-middels'],
    ['husarbeid 4, omfattende', { bistandsbehov: 'omfattende', iplos: { alminneligHusarbeid: 4 } }, 'innvilget', [3, 6], 'pb-omfattende'],
    ['husstand gir mye hjelp', { borAlene: false, hjelpFraFamilie: 'mye', bistandsbehov: 'omfattende', iplos: { alminneligHusarbeid: 4 } }, 'delvis_innvilget', [0.5, 1], 'pb-husstand'],
    ['alle praktiske variabler 9', { iplos: { alminneligHusarbeid: 9, skaffeVarerOgTjenester: 9, lageMat: 9 } }, 'avslag', null, 'pb-avslag'],
  ]);

  kjoer('matombringing', [
    ['kan ikke lage mat, ingen familiehjelp', { iplos: { lageMat: 3 } }, 'innvilget', null, 'mo-innvilget'],
    ['kan ikke lage mat, noe familiehjelp', { hjelpFraFamilie: 'noe', iplos: { lageMat: 5 } }, 'innvilget', null, 'mo-innvilget'],
    ['kan ikke lage mat, mye familiehjelp', { hjelpFraFamilie: 'mye', iplos: { lageMat: 5 } }, 'delvis_innvilget', null, 'mo-delvis'],
    ['lager mat med besvær', { iplos: { lageMat: 2 } }, 'avslag', null, 'mo-avslag'],
    ['lage mat ikke relevant (9)', { iplos: { lageMat: 9 } }, 'avslag', null, 'mo-avslag'],
  ]);

  kjoer('stottekontakt', [
    ['trenger hjelp til sosial deltakelse, bor alene', { borAlene: true, iplos: { sosialDeltakelse: 3 } }, 'innvilget', [1, 3], 'sk-behov'],
    ['bor med andre, ingen familiehjelp', { hjelpFraFamilie: 'ingen', iplos: { sosialDeltakelse: 4 } }, 'innvilget', [1, 3], 'sk-behov'],
    ['bor med andre som hjelper mye', { hjelpFraFamilie: 'mye', iplos: { sosialDeltakelse: 4 } }, 'delvis_innvilget', [0.5, 1], 'sk-delvis'],
    ['deltar med besvær', { borAlene: true, iplos: { sosialDeltakelse: 2 } }, 'avslag', null, 'sk-avslag'],
  ]);

  kjoer('hjemmesykepleie', [
    ['ingen vansker', {}, 'avslag', null, 'hs-avslag'],
    ['ivareta egen helse 3, noe/avgrenset', { iplos: { ivaretaEgenHelse: 3 } }, 'innvilget', [0.5, 2], 'hs-avgrenset'],
    ['personlig hygiene 4, middels til stort', { bistandsbehov: 'middels_til_stort', iplos: { personligHygiene: 4 } }, 'innvilget', [2, 5], 'hs-middels'],
    ['ivareta egen helse 5, omfattende', { bistandsbehov: 'omfattende', iplos: { ivaretaEgenHelse: 5 } }, 'innvilget', [5, 15], 'hs-omfattende'],
    ['personlig hygiene 3: hjelp til dusj', { iplos: { personligHygiene: 3, ivaretaEgenHelse: 2 } }, 'delvis_innvilget', [0.5, 1], 'hs-delvis-stell'],
    ['omfattende behovsgruppe alene gir ikke hjemmesykepleie', { bistandsbehov: 'omfattende', iplos: { personligHygiene: 2, ivaretaEgenHelse: 2 } }, 'avslag', null, 'hs-avslag'],
    ['skår 9 på helse og hygiene', { iplos: { personligHygiene: 9, ivaretaEgenHelse: 9 } }, 'avslag', null, 'hs-avslag'],
  ]);

  kjoer('bpa', [
    ['40 år, 40 t/uke, 36 mnd: rett', { alder: 40, vurdertTimebehovPerUke: 40, forventetVarighetManeder: 36 }, 'innvilget', [32, 84], 'bpa-rett'],
    ['32 t/uke og 25 mnd (grenser): rett', { alder: 40, vurdertTimebehovPerUke: 32, forventetVarighetManeder: 25 }, 'innvilget', [32, 84], 'bpa-rett'],
    ['31,5 t/uke: rett med kostnadsforbehold', { alder: 40, vurdertTimebehovPerUke: 31.5, forventetVarighetManeder: 36 }, 'delvis_innvilget', [25, 32], 'bpa-25-til-32'],
    ['25 t/uke (grense)', { alder: 40, vurdertTimebehovPerUke: 25, forventetVarighetManeder: 36 }, 'delvis_innvilget', [25, 32], 'bpa-25-til-32'],
    ['24,5 t/uke', { alder: 40, vurdertTimebehovPerUke: 24.5, forventetVarighetManeder: 36 }, 'avslag', null, 'bpa-under-25'],
    ['66 år: rett', { alder: 66, vurdertTimebehovPerUke: 40, forventetVarighetManeder: 36 }, 'innvilget', [32, 84], 'bpa-rett'],
    ['67 år: ingen rett', { alder: 67, vurdertTimebehovPerUke: 40, forventetVarighetManeder: 36 }, 'avslag', null, 'bpa-over-67'],
    ['varighet 24 mnd: ikke over to år', { alder: 40, vurdertTimebehovPerUke: 40, forventetVarighetManeder: 24 }, 'avslag', null, 'bpa-kortvarig'],
    ['84 t/uke (12 t/døgn): vurder heldøgns tilbud', { alder: 40, vurdertTimebehovPerUke: 84, forventetVarighetManeder: 36 }, 'delvis_innvilget', [32, 84], 'bpa-84-og-over'],
    ['168 t/uke', { alder: 30, vurdertTimebehovPerUke: 168, forventetVarighetManeder: 120 }, 'delvis_innvilget', [32, 84], 'bpa-84-og-over'],
    ['varighet ikke vurdert', { alder: 40, vurdertTimebehovPerUke: 40 }, 'avslag', null, 'bpa-avslag'],
    ['timebehov ikke vurdert', { alder: 40, forventetVarighetManeder: 36 }, 'avslag', null, 'bpa-avslag'],
  ]);

  kjoer('korttidsopphold', [
    ['utrygt uten heldøgns tilbud', { utryggUtenHeldognstilbud: true }, 'innvilget', [7, 21], 'ko-utrygg'],
    ['omfattende og midlertidig (3 mnd)', { bistandsbehov: 'omfattende', forventetVarighetManeder: 3 }, 'innvilget', [7, 21], 'ko-midlertidig'],
    ['omfattende, 4 mnd, kognitiv svikt: utredning', { bistandsbehov: 'omfattende', forventetVarighetManeder: 4, kognitivSvikt: true }, 'delvis_innvilget', [7, 14], 'ko-utredning'],
    ['omfattende uten varighet eller kognitiv svikt', { bistandsbehov: 'omfattende' }, 'avslag', null, 'ko-avslag'],
    ['middels, midlertidig', { bistandsbehov: 'middels_til_stort', forventetVarighetManeder: 2 }, 'avslag', null, 'ko-avslag'],
    ['vurdert trygt hjemme', { utryggUtenHeldognstilbud: false }, 'avslag', null, 'ko-avslag'],
  ]);

  kjoer('avlastning', [
    ['ingen pårørende gir hjelp', { hjelpFraFamilie: 'ingen', bistandsbehov: 'omfattende' }, 'avslag', null, 'av-ingen-omsorgsyter'],
    ['mye hjelp, omfattende', { hjelpFraFamilie: 'mye', bistandsbehov: 'omfattende' }, 'innvilget', [4, 8], 'av-tyngende'],
    ['mye hjelp, middels', { hjelpFraFamilie: 'mye', bistandsbehov: 'middels_til_stort' }, 'innvilget', [2, 4], 'av-middels'],
    ['noe hjelp, omfattende', { hjelpFraFamilie: 'noe', bistandsbehov: 'omfattende' }, 'delvis_innvilget', [1, 2], 'av-noe'],
    ['noe hjelp, middels', { hjelpFraFamilie: 'noe', bistandsbehov: 'middels_til_stort' }, 'avslag', null, 'av-avslag'],
    ['mye hjelp, noe/avgrenset', { hjelpFraFamilie: 'mye', bistandsbehov: 'noe_avgrenset' }, 'avslag', null, 'av-avslag'],
  ]);

  kjoer('omsorgsstonad', [
    ['ingen pårørende', { hjelpFraFamilie: 'ingen', bistandsbehov: 'omfattende' }, 'avslag', null, 'os-ingen-omsorgsyter'],
    ['mye hjelp, omfattende', { hjelpFraFamilie: 'mye', bistandsbehov: 'omfattende' }, 'innvilget', [3, 8], 'os-tyngende'],
    ['mye hjelp, middels, 10 t/uke (grense)', { hjelpFraFamilie: 'mye', bistandsbehov: 'middels_til_stort', vurdertTimebehovPerUke: 10 }, 'delvis_innvilget', [1, 3], 'os-middels'],
    ['mye hjelp, middels, 9,5 t/uke', { hjelpFraFamilie: 'mye', bistandsbehov: 'middels_til_stort', vurdertTimebehovPerUke: 9.5 }, 'avslag', null, 'os-avslag'],
    ['mye hjelp, middels, timebehov ikke vurdert', { hjelpFraFamilie: 'mye', bistandsbehov: 'middels_til_stort' }, 'avslag', null, 'os-avslag'],
  ]);

  kjoer('dagaktivitet', [
    ['demens, hukommelse 3', { kognitivSvikt: true, iplos: { hukommelse: 3 } }, 'innvilget', [1, 3], 'da-demens'],
    ['demens, trenger hjelp til sosial deltakelse', { kognitivSvikt: true, iplos: { sosialDeltakelse: 3 } }, 'innvilget', [1, 3], 'da-demens'],
    ['kognitiv svikt, ellers klarer seg', { kognitivSvikt: true }, 'delvis_innvilget', [1, 1], 'da-demens-lett'],
    ['ingen kognitiv svikt registrert', { kognitivSvikt: false, iplos: { hukommelse: 4 } }, 'avslag', null, 'da-avslag'],
  ]);

  kjoer('langtidsopphold', [
    ['utrygt og omfattende: eneste forsvarlige', { utryggUtenHeldognstilbud: true, bistandsbehov: 'omfattende' }, 'innvilget', null, 'lt-eneste-forsvarlige'],
    ['utrygt og kognitiv svikt', { utryggUtenHeldognstilbud: true, kognitivSvikt: true }, 'innvilget', null, 'lt-eneste-forsvarlige'],
    ['omfattende, 84 t/uke (12 t/døgn)', { bistandsbehov: 'omfattende', vurdertTimebehovPerUke: 84, utryggUtenHeldognstilbud: false }, 'venteliste', null, 'lt-over-12-timer'],
    ['omfattende og kognitiv svikt', { bistandsbehov: 'omfattende', kognitivSvikt: true }, 'venteliste', null, 'lt-venteliste'],
    ['omfattende og personlig hygiene 4', { bistandsbehov: 'omfattende', iplos: { personligHygiene: 4 } }, 'venteliste', null, 'lt-venteliste'],
    ['utrygt, middels, uten kognitiv svikt', { utryggUtenHeldognstilbud: true, bistandsbehov: 'middels_til_stort' }, 'venteliste', null, 'lt-utrygg'],
    ['middels og kognitiv svikt (felles regel)', { bistandsbehov: 'middels_til_stort', kognitivSvikt: true }, 'avslag', null, 'lt-avslag'],
    ['omfattende, 83,5 t/uke, ADL høyst 3', { bistandsbehov: 'omfattende', vurdertTimebehovPerUke: 83.5, iplos: { personligHygiene: 3 } }, 'avslag', null, 'lt-avslag'],
  ]);
});

describe('anbefalingen slik saksbehandleren ser den', () => {
  it('har begrunnelse og hjemmel fra regelen som slo til, og navngir kriteriesettet og versjonen', () => {
    const [a] = evaluer(FELLES, lagVurderingsgrunnlag({ bistandsbehov: 'middels_til_stort', iplos: { lageMat: 3 } }), ['praktisk-bistand']);
    expect(a).toEqual({
      tjenestekode: 'praktisk-bistand',
      utfall: 'innvilget',
      omfang: { min: 1, max: 3, enhet: 'timer_per_uke' } satisfies Omfang,
      regelId: 'pb-middels',
      lokaltAvvik: false,
      begrunnelser: [
        {
          regelId: 'pb-middels',
          tekst: expect.stringContaining('rengjøring om lag hver tredje uke, hjelp til enkle måltider og ukentlig innkjøp'),
          tekstNn: expect.stringContaining('reingjering om lag kvar tredje veke, hjelp til enkle måltid og innkjøp av daglegvarer kvar veke'),
          hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b, jf. pasient- og brukerrettighetsloven § 2-1 a andre ledd',
        },
      ],
      kriteriesettNavn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten',
      kriteriesettVersjon: 1,
      omsorgstrappNivaa: 2,
    });
  });

  it('gir én anbefaling per tjeneste i rekkefølgen de ble bedt om, også når en kode gjentas', () => {
    const a = evaluer(FELLES, lagVurderingsgrunnlag(), ['langtidsopphold', 'trygghetsalarm', 'langtidsopphold']);
    expect(a.map((x) => x.tjenestekode)).toEqual(['langtidsopphold', 'trygghetsalarm']);
  });

  it('avviser en tjeneste kriteriesettet ikke dekker, med en melding som navngir den', () => {
    const kall = () => evaluer(FELLES, lagVurderingsgrunnlag(), ['omsorgsbolig']);
    expect(kall).toThrow(DomeneFeil);
    expect(kall).toThrow('Kriteriesettet «Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten» versjon 1 har ingen kriterier for tjenesten «omsorgsbolig».');
  });

  it('endrer ikke kriteriesettet når anbefalingen endres', () => {
    const [a] = evaluer(FELLES, lagVurderingsgrunnlag({ bistandsbehov: 'omfattende', iplos: { alminneligHusarbeid: 4 } }), ['praktisk-bistand']);
    a.omfang!.max = 100;
    expect(FELLES.tjenester['praktisk-bistand'].regler[1].omfang).toEqual({ min: 3, max: 6, enhet: 'timer_per_uke' });
  });
});
