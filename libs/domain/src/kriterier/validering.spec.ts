import { FELLES_KRITERIER_2026 as FELLES, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
import type { Betingelse, Kriteriesett, Regel } from './typer.js';
import { validerKriteriesett, validerLokaleAvvik } from './validering.js';

function kopi(): Kriteriesett {
  return structuredClone(FELLES);
}

const meldinger = (sett: unknown) => validerKriteriesett(sett).map((f) => f.message);

describe('validerKriteriesett', () => {
  it('godtar forslaget til felles kriterier og eksempelavviket', () => {
    expect(validerKriteriesett(FELLES)).toEqual([]);
    expect(validerLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL)).toEqual([]);
  });

  it('ukjent variabel: navngir regelen og foreslår riktig navn', () => {
    const k = kopi();
    k.tjenester['praktisk-bistand'].regler[2].naar = { alle: [{ fakta: 'iplos.personligHygeine', operator: 'minst', verdi: 3 }] };
    expect(validerKriteriesett(k)).toEqual([
      {
        field: 'tjenester.praktisk-bistand.regler[2].naar.alle[0].fakta',
        message:
          'tjenester.praktisk-bistand.regler[2] (id "pb-middels"): ukjent fakta «iplos.personligHygeine» – mente du «iplos.personligHygiene»? (regler kan bare bruke faktaene i vurderingsgrunnlaget og de avledede IPLOS-faktaene)',
      },
    ]);
  });

  it('ukjent variabel uten noe nærliggende navn', () => {
    const k = kopi();
    k.tjenester.matombringing.regler[0].naar = { fakta: 'inntekt', operator: 'hoyst', verdi: 300000 };
    expect(meldinger(k)).toEqual([
      'tjenester.matombringing.regler[0] (id "mo-innvilget"): ukjent fakta «inntekt» (regler kan bare bruke faktaene i vurderingsgrunnlaget og de avledede IPLOS-faktaene)',
    ]);
  });

  it('uoppnåelig regel: etter en oppsamlingsregel', () => {
    const k = kopi();
    const regler = k.tjenester.matombringing.regler;
    regler.push({ ...regler[0], id: 'mo-for-sent' });
    expect(meldinger(k)).toEqual([
      'tjenester.matombringing.regler[3] (id "mo-for-sent"): regelen kan aldri nås fordi regel «mo-avslag» foran den er en oppsamlingsregel som fanger alle tilfeller',
    ]);
  });

  it('uoppnåelig regel: umulige betingelser på samme fakta', () => {
    const k = kopi();
    k.tjenester['praktisk-bistand'].regler[1].naar = {
      alle: [
        { fakta: 'iplos.toalett', operator: 'minst', verdi: 4 },
        { fakta: 'bistandsbehov', operator: 'lik', verdi: 'omfattende' },
        { fakta: 'iplos.toalett', operator: 'hoyst', verdi: 2 },
      ],
    };
    expect(meldinger(k)).toEqual([
      'tjenester.praktisk-bistand.regler[1] (id "pb-omfattende"): regelen kan aldri slå til: iplos.toalett minst 4 og iplos.toalett høyst 2 kan ikke gjelde samtidig (iplos.toalett)',
    ]);
  });

  it('uoppnåelig regel: alle tilfeller er tatt av tidligere regler', () => {
    const k = kopi();
    const regler = k.tjenester.hjemmesykepleie.regler;
    regler.splice(3, 0, { ...regler[2], id: 'hs-dekket', naar: { fakta: 'iplos.ivaretaEgenHelse', operator: 'mellom', verdi: [3, 4] } });
    expect(meldinger(k)).toEqual([
      'tjenester.hjemmesykepleie.regler[3] (id "hs-dekket"): regelen kan aldri nås: alle tilfeller den gjelder (iplos.ivaretaEgenHelse mellom 3 og 4), fanges allerede av tidligere regler («hs-omfattende», «hs-middels», «hs-avgrenset»)',
    ]);
  });

  it('mangler oppsamlingsregel', () => {
    const k = kopi();
    k.tjenester.stottekontakt.regler.pop();
    expect(validerKriteriesett(k)).toEqual([
      {
        field: 'tjenester.stottekontakt.regler[1]',
        message:
          'tjenester.stottekontakt.regler[1] (id "sk-delvis"): mangler oppsamlingsregel: siste regel gjelder bare når iplos.sosialDeltakelse minst 3; reglene må slutte med en regel som alltid gjelder (naar: { "alle": [] }), slik at hver vurdering gir nøyaktig én anbefaling',
      },
    ]);
  });

  it('en siste regel som ser ut som en oppsamlingsregel, men ikke gjelder når timebehovet mangler', () => {
    const k = kopi();
    k.tjenester.omsorgsstonad.regler[3].naar = {
      noen: [
        { fakta: 'vurdertTimebehovPerUke', operator: 'minst', verdi: 10 },
        { fakta: 'vurdertTimebehovPerUke', operator: 'hoyst', verdi: 10 },
      ],
    };
    expect(meldinger(k)).toEqual([expect.stringContaining('tjenester.omsorgsstonad.regler[3] (id "os-avslag"): mangler oppsamlingsregel')]);
  });

  it('hull i nivåene navngir nivået og det udekkede området', () => {
    const k = kopi();
    k.tjenester.bpa.nivaaer!.inndeling[1].fra = 26;
    expect(validerKriteriesett(k)).toEqual([
      {
        field: 'tjenester.bpa.nivaaer.inndeling[1]',
        message: 'tjenester.bpa.nivaaer.inndeling[1] (id "25-til-32"): hull i nivåene: [25, 26) mellom nivå «under-25» og «25-til-32» er ikke dekket',
      },
    ]);
  });

  it('overlapp i nivåene navngir begge nivåene', () => {
    const k = kopi();
    k.tjenester.bpa.nivaaer!.inndeling[3].fra = 80;
    expect(meldinger(k)).toEqual(['tjenester.bpa.nivaaer.inndeling[3] (id "84-og-over"): overlapp i nivåene: [80, 168] overlapper nivå «32-til-84» [32, 84)']);
  });

  it('nivåer som ikke når toppen av domenet, og nivåer ingen regel bruker', () => {
    const k = kopi();
    k.tjenester.bpa.nivaaer!.inndeling[3].til = 168;
    k.tjenester.bpa.nivaaer!.inndeling.push({ id: 'ubrukt', fra: 168, til: null });
    expect(meldinger(k)).toEqual(['tjenester.bpa.nivaaer.inndeling[4] (id "ubrukt"): nivået brukes ikke av noen regel, og kan derfor aldri gi en anbefaling']);
    k.tjenester.bpa.nivaaer!.inndeling.pop();
    expect(meldinger(k)).toEqual(['tjenester.bpa.nivaaer.inndeling[3] (id "84-og-over"): hull i nivåene: [168, 168] er ikke dekket (sett til: null på øverste nivå)']);
  });

  it('regel som viser til et ukjent nivå', () => {
    const k = kopi();
    k.tjenester.bpa.regler[4].naar = { alle: [{ nivaa: '32-84' }] };
    expect(meldinger(k)).toEqual([
      'tjenester.bpa.regler[4] (id "bpa-rett"): ukjent nivå «32-84» (kjente nivåer: under-25, 25-til-32, 32-til-84, 84-og-over)',
      'tjenester.bpa.nivaaer.inndeling[2] (id "32-til-84"): nivået brukes ikke av noen regel, og kan derfor aldri gi en anbefaling',
    ]);
  });

  it.each<[string, Betingelse, string]>([
    ['IPLOS-skår over 5', { fakta: 'iplos.toalett', operator: 'minst', verdi: 6 }, 'verdien 6 er utenfor domenet til iplos.toalett (1–5, eller 9 for ikke relevant)'],
    ['IPLOS-skår 7', { fakta: 'iplos.toalett', operator: 'lik', verdi: 7 }, 'verdien 7 er utenfor domenet til iplos.toalett (1–5, eller 9 for ikke relevant)'],
    ['skår 9 med minst', { fakta: 'iplos.toalett', operator: 'minst', verdi: 9 }, 'skår 9 betyr «ikke relevant» og kan ikke brukes med minst, hoyst eller mellom (iplos.toalett)'],
    ['negativ alder', { fakta: 'alder', operator: 'hoyst', verdi: -1 }, 'verdien -1 er utenfor domenet til alder (et helt tall fra 0 til 130)'],
    ['timebehov over 168', { fakta: 'vurdertTimebehovPerUke', operator: 'minst', verdi: 200 }, 'verdien 200 er utenfor domenet til vurdertTimebehovPerUke (et tall fra 0 til 168)'],
    ['ukjent behovsgruppe', { fakta: 'bistandsbehov', operator: 'lik', verdi: 'stort' }, 'verdien "stort" er utenfor domenet til bistandsbehov (en av noe_avgrenset, middels_til_stort, omfattende)'],
    ['minst på ja/nei', { fakta: 'borAlene', operator: 'minst', verdi: true }, 'operatoren «minst» kan ikke brukes på borAlene (ja/nei); bruk lik eller ulik'],
    ['mellom baklengs', { fakta: 'alder', operator: 'mellom', verdi: [66, 18] }, 'mellom 66 og 18: fra er større enn til'],
    ['tom en_av', { fakta: 'hjelpFraFamilie', operator: 'en_av', verdi: [] }, 'operatoren en_av trenger en ikke-tom liste med verdier'],
  ])('verdi utenfor domenet: %s', (_n, naar, problem) => {
    const k = kopi();
    k.tjenester.matombringing.regler[0].naar = naar;
    expect(meldinger(k)).toEqual([`tjenester.matombringing.regler[0] (id "mo-innvilget"): ${problem}`]);
  });

  it.each<[string, (r: Regel) => void, string]>([
    ['min større enn max', (r) => (r.omfang = { min: 4, max: 2, enhet: 'timer_per_uke' }), 'omfang.min (4) er større enn omfang.max (2)'],
    ['over 168 timer per uke', (r) => (r.omfang = { min: 100, max: 200, enhet: 'timer_per_uke' }), 'omfang.max 200 timer per uke er mer enn en uke har (168)'],
    ['feil enhet', (r) => (r.omfang = { min: 1, max: 2, enhet: 'dogn' }), 'omfang for Praktisk bistand (hjemmehjelp) og opplæring oppgis i timer per uke (enhet «timer_per_uke»), ikke «dogn»'],
    ['innvilget uten omfang', (r) => delete r.omfang, 'mangler omfang: et vedtak om Praktisk bistand (hjemmehjelp) og opplæring må ha omfang i timer per uke'],
    ['avslag med omfang', (r) => (r.utfall = 'avslag'), 'utfallet «avslag» kan ikke ha omfang'],
  ])('omfang: %s', (_n, endre, problem) => {
    const k = kopi();
    endre(k.tjenester['praktisk-bistand'].regler[2]);
    expect(meldinger(k)).toEqual([`tjenester.praktisk-bistand.regler[2] (id "pb-middels"): ${problem}`]);
  });

  it('omfang på en ja/nei-tjeneste', () => {
    const k = kopi();
    k.tjenester.trygghetsalarm.regler[1].omfang = { min: 1, max: 1, enhet: 'timer_per_uke' };
    expect(meldinger(k)).toEqual(['tjenester.trygghetsalarm.regler[1] (id "ta-innvilget"): Trygghetsalarm tildeles uten omfang (ja/nei); fjern omfang']);
  });

  it('ukjent tjenestekode og gjenbrukt regel-id', () => {
    const k = kopi();
    k.tjenester.hjemmehjelp = structuredClone(k.tjenester.trygghetsalarm);
    k.tjenester.hjemmehjelp.regler = k.tjenester.hjemmehjelp.regler.slice(1);
    expect(meldinger(k)).toEqual([
      'tjenester.hjemmehjelp: ukjent tjenestekode «hjemmehjelp»: finnes ikke i tjenestekatalogen',
      'tjenester.hjemmehjelp.regler[0] (id "ta-innvilget"): regel-id «ta-innvilget» er allerede brukt av tjenester.trygghetsalarm.regler[1]',
      'tjenester.hjemmehjelp.regler[1] (id "ta-avslag"): regel-id «ta-avslag» er allerede brukt av tjenester.trygghetsalarm.regler[2]',
    ]);
  });

  it('skjemafeil på bokmål, med regelen navngitt', () => {
    const k = kopi() as unknown as { tjenester: Record<string, { regler: Record<string, unknown>[] }> };
    k.tjenester.avlastning.regler[1].utfall = 'ja';
    delete k.tjenester.avlastning.regler[2].hjemmel;
    k.tjenester.avlastning.regler[3].naar = { fakta: 'alder', operator: 'storre_enn', verdi: 3 };
    expect(validerKriteriesett(k)).toEqual([
      { field: 'tjenester.avlastning.regler[1].utfall', message: 'tjenester.avlastning.regler[1] (id "av-tyngende"): må være en av: innvilget, delvis_innvilget, avslag, venteliste' },
      { field: 'tjenester.avlastning.regler[2].hjemmel', message: 'tjenester.avlastning.regler[2] (id "av-middels"): mangler feltet «hjemmel»' },
      { field: 'tjenester.avlastning.regler[3].naar.operator', message: 'tjenester.avlastning.regler[3] (id "av-noe"): må være en av: lik, ulik, minst, hoyst, mellom, en_av' },
    ]);
  });

  it('skjemafeil på settet', () => {
    expect(validerKriteriesett({ navn: '', versjon: 1.5, gyldigFra: '1.1.2026', tjenester: {} })).toEqual([
      { field: 'gyldigTil', message: 'kriteriesettet: mangler feltet «gyldigTil»' },
      { field: 'navn', message: 'navn: kan ikke være tom' },
      { field: 'versjon', message: 'versjon: må være et helt tall' },
      { field: 'gyldigFra', message: 'gyldigFra: må være en dato på formen ÅÅÅÅ-MM-DD' },
      { field: 'tjenester', message: 'tjenester: må ha minst 1 tjeneste' },
    ]);
  });

  it('gyldighetsperiode som ikke er en dato eller slutter før den begynner', () => {
    expect(meldinger({ ...kopi(), gyldigFra: '2026-02-30' })).toEqual(['gyldigFra: 2026-02-30 er ikke en gyldig dato']);
    expect(meldinger({ ...kopi(), gyldigTil: '2025-12-31' })).toEqual(['gyldigTil: gyldigTil (2025-12-31) er før gyldigFra (2026-01-01)']);
  });
});
