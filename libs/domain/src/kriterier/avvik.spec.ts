import { DomeneFeil } from '../felles/typer.js';
import { anvendLokaleAvvik, sammenlign } from './avvik.js';
import { evaluer } from './evaluering.js';
import { FELLES_KRITERIER_2026 as FELLES, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
import type { LokaltAvvik } from './typer.js';
import { validerLokaleAvvik } from './validering.js';
import { lagVurderingsgrunnlag } from './vurdering.fabrikk.js';

const VESTVAGOY = '1860';
const VAGAN = '1865';
/** The seeded Vestvågøy deviation, typed as the replacing kind so tests can vary it. */
const ERSTATTER = LOKALE_AVVIK_EKSEMPEL[0] as Extract<LokaltAvvik, { erstatterRegelId: string }>;
const demensMiddels = lagVurderingsgrunnlag({ bistandsbehov: 'middels_til_stort', kognitivSvikt: true });

describe('anvendLokaleAvvik', () => {
  it('erstatter nøyaktig regelen avviket navngir, og merker den som lokalt avvik', () => {
    const effektivt = anvendLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL, VESTVAGOY);
    const langtid = effektivt.tjenester.langtidsopphold.regler;
    expect(langtid.map((r) => [r.id, r.kilde])).toEqual([
      ['lt-eneste-forsvarlige', 'felles'],
      ['lt-over-12-timer', 'felles'],
      ['lt-venteliste-1860', 'lokalt_avvik'],
      ['lt-utrygg', 'felles'],
      ['lt-avslag', 'felles'],
    ]);
    expect(langtid[2].avvik).toEqual({
      begrunnelse: LOKALE_AVVIK_EKSEMPEL[0].begrunnelse,
      begrunnelseNn: LOKALE_AVVIK_EKSEMPEL[0].begrunnelseNn,
      vedtattAv: LOKALE_AVVIK_EKSEMPEL[0].vedtattAv,
      erstatterRegelId: 'lt-venteliste',
    });
    for (const [kode, t] of Object.entries(effektivt.tjenester)) {
      if (kode === 'langtidsopphold') continue;
      expect(t.regler).toEqual(FELLES.tjenester[kode].regler.map((r) => ({ ...r, kilde: 'felles' })));
    }
    expect(effektivt).toMatchObject({ kommunenummer: VESTVAGOY, navn: FELLES.navn, versjon: 1 });
  });

  it('en annen kommune får det felles settet uendret', () => {
    const effektivt = anvendLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL, VAGAN);
    expect(Object.values(effektivt.tjenester).flatMap((t) => t.regler).every((r) => r.kilde === 'felles')).toBe(true);
    expect(effektivt.tjenester.langtidsopphold.regler.map((r) => r.id)).toEqual(FELLES.tjenester.langtidsopphold.regler.map((r) => r.id));
  });

  it('anbefalingen viser at den bygger på et lokalt avvik, med kommunens forskrift som hjemmel', () => {
    const [vestvagoy] = evaluer(anvendLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL, VESTVAGOY), demensMiddels, ['langtidsopphold']);
    const [vagan] = evaluer(anvendLokaleAvvik(FELLES, LOKALE_AVVIK_EKSEMPEL, VAGAN), demensMiddels, ['langtidsopphold']);
    expect(vestvagoy).toMatchObject({ utfall: 'venteliste', regelId: 'lt-venteliste-1860', lokaltAvvik: true });
    expect(vestvagoy.begrunnelser[1]).toEqual({
      regelId: 'lt-venteliste-1860',
      tekst: `Regelen er et lokalt avvik fra de felles tildelingskriteriene: ${LOKALE_AVVIK_EKSEMPEL[0].begrunnelse}`,
      tekstNn: `Regelen er eit lokalt avvik frå dei felles tildelingskriteria: ${LOKALE_AVVIK_EKSEMPEL[0].begrunnelseNn}`,
      hjemmel: LOKALE_AVVIK_EKSEMPEL[0].vedtattAv,
    });
    expect(vagan).toMatchObject({ utfall: 'avslag', regelId: 'lt-avslag', lokaltAvvik: false });
    expect(vagan.begrunnelser).toHaveLength(1);
  });

  it('legger en lokal regel foran regelen den navngir', () => {
    const tillegg: LokaltAvvik = {
      kommunenummer: '1874',
      tjenestekode: 'trygghetsalarm',
      leggTilFoerRegelId: 'ta-avslag',
      regel: {
        id: 'ta-moskenes-avstand',
        naar: { alle: [{ fakta: 'alder', operator: 'minst', verdi: 75 }] },
        utfall: 'innvilget',
        begrunnelse: 'Lang avstand til nærmeste hjelp gjør at trygghetsalarm gis fra 75 år.',
        begrunnelseNn: 'Lang avstand til næraste hjelp gjer at tryggleiksalarm blir gitt frå 75 år.',
        hjemmel: 'helse- og omsorgstjenesteloven § 3-1 (skjønnsmessig tjeneste)',
      },
      begrunnelse: 'Store avstander i Moskenes.',
      begrunnelseNn: 'Store avstandar i Moskenes.',
      vedtattAv: 'Kommunestyret i Moskenes, sak 12/26',
    };
    const effektivt = anvendLokaleAvvik(FELLES, [...LOKALE_AVVIK_EKSEMPEL, tillegg], '1874');
    expect(effektivt.tjenester.trygghetsalarm.regler.map((r) => `${r.id}:${r.kilde}`)).toEqual([
      'ta-kan-ikke-bruke:felles',
      'ta-innvilget:felles',
      'ta-moskenes-avstand:lokalt_avvik',
      'ta-avslag:felles',
    ]);
    const [a] = evaluer(effektivt, lagVurderingsgrunnlag({ alder: 76 }), ['trygghetsalarm']);
    expect(a).toMatchObject({ utfall: 'innvilget', regelId: 'ta-moskenes-avstand', lokaltAvvik: true });
  });

  it('avviser avvik som ikke passer til det felles settet, med feltnavn', () => {
    const feil: LokaltAvvik = { ...ERSTATTER, erstatterRegelId: 'lt-finnes-ikke' };
    const kall = () => anvendLokaleAvvik(FELLES, [feil], VESTVAGOY);
    expect(kall).toThrow(DomeneFeil);
    try {
      kall();
    } catch (e) {
      expect((e as DomeneFeil).status).toBe(422);
      expect((e as DomeneFeil).felt).toEqual([
        {
          field: 'lokaleAvvik[0].erstatterRegelId',
          message: 'lokaleAvvik[0] (kommune 1860, regel "lt-venteliste-1860"): regelen «lt-finnes-ikke» finnes ikke for langtidsopphold i det felles kriteriesettet',
        },
      ]);
    }
  });

  it('ignorerer ugyldige avvik for andre kommuner', () => {
    const feil: LokaltAvvik = { ...ERSTATTER, erstatterRegelId: 'lt-finnes-ikke' };
    expect(() => anvendLokaleAvvik(FELLES, [feil], VAGAN)).not.toThrow();
  });
});

describe('validerLokaleAvvik', () => {
  const regel = LOKALE_AVVIK_EKSEMPEL[0].regel;

  it('et avvik som fjerner oppsamlingsregelen', () => {
    const a: LokaltAvvik = { ...ERSTATTER, erstatterRegelId: 'lt-avslag' };
    expect(validerLokaleAvvik(FELLES, [a]).map((f) => f.message)).toEqual([
      expect.stringContaining('lokaleAvvik[0] (kommune 1860, regel "lt-venteliste-1860"): mangler oppsamlingsregel'),
    ]);
  });

  it('et avvik som gjør en felles regel uoppnåelig for kommunen', () => {
    const a: LokaltAvvik = { ...ERSTATTER, erstatterRegelId: 'lt-over-12-timer', regel: { ...regel, naar: { fakta: 'bistandsbehov', operator: 'lik', verdi: 'omfattende' } } };
    expect(validerLokaleAvvik(FELLES, [a]).map((f) => f.message)).toEqual([
      'lokaleAvvik[0] (kommune 1860, regel "lt-venteliste-1860"): for kommune 1860 blir felles regel «lt-venteliste» (langtidsopphold) berørt: regelen kan aldri nås: alle tilfeller den gjelder (bistandsbehov lik omfattende og (kognitivSvikt lik true eller iplos.maksADL minst 4)), fanges allerede av tidligere regler («lt-eneste-forsvarlige», «lt-venteliste-1860»)',
    ]);
  });

  it('begge eller ingen av erstatterRegelId og leggTilFoerRegelId, og id som kolliderer med felles regel', () => {
    const begge = { ...ERSTATTER, leggTilFoerRegelId: 'lt-avslag', regel: { ...regel, id: 'lt-avslag' } } as unknown as LokaltAvvik;
    expect(validerLokaleAvvik(FELLES, [begge], { prefiks: 'avvik' })).toEqual([
      { field: 'avvik[0]', message: 'avvik[0] (kommune 1860, regel "lt-avslag"): oppgi nøyaktig én av erstatterRegelId (erstatter en felles regel) og leggTilFoerRegelId (ny regel foran en felles regel)' },
      { field: 'avvik[0].regel.id', message: 'avvik[0] (kommune 1860, regel "lt-avslag"): regel-id «lt-avslag» er brukt i det felles settet; en lokal regel trenger egen id' },
    ]);
  });

  it('to avvik som erstatter samme regel for samme kommune', () => {
    const andre: LokaltAvvik = { ...ERSTATTER, regel: { ...regel, id: 'lt-venteliste-1860-b' } };
    expect(validerLokaleAvvik(FELLES, [LOKALE_AVVIK_EKSEMPEL[0], andre]).map((f) => f.message)).toEqual([
      'lokaleAvvik[1] (kommune 1860, regel "lt-venteliste-1860-b"): regelen «lt-venteliste» er allerede erstattet for kommune 1860 av lokaleAvvik[0]',
    ]);
  });

  it('ukjent tjeneste og ukjent fakta i den lokale regelen', () => {
    const a = { ...ERSTATTER, tjenestekode: 'sykehjem' };
    const b: LokaltAvvik = { ...ERSTATTER, regel: { ...regel, naar: { fakta: 'demens', operator: 'lik', verdi: true } } };
    expect(validerLokaleAvvik(FELLES, [a, b]).map((f) => f.message)).toEqual([
      'lokaleAvvik[0] (kommune 1860, regel "lt-venteliste-1860"): tjenesten «sykehjem» finnes ikke i det felles kriteriesettet',
      'lokaleAvvik[1] (kommune 1860, regel "lt-venteliste-1860"): ukjent fakta «demens» (regler kan bare bruke faktaene i vurderingsgrunnlaget og de avledede IPLOS-faktaene)',
    ]);
  });
});

describe('sammenlign', () => {
  it('viser felles regel og lokal regel side om side for tjenesten med avvik', () => {
    const s = sammenlign(FELLES, LOKALE_AVVIK_EKSEMPEL, VESTVAGOY);
    expect(s).toMatchObject({ kommunenummer: VESTVAGOY, kriteriesettNavn: FELLES.navn, kriteriesettVersjon: 1, antallAvvik: 1 });
    expect(s.tjenester.filter((t) => t.harAvvik).map((t) => t.tjenestekode)).toEqual(['langtidsopphold']);
    const langtid = s.tjenester.find((t) => t.tjenestekode === 'langtidsopphold')!;
    expect(langtid.tjenestenavn).toBe('Langtidsopphold i sykehjem eller tilsvarende bolig med heldøgns tjenester');
    expect(langtid.rader.map((r) => [r.endring, r.felles?.id ?? null, r.lokal?.regel.id ?? null])).toEqual([
      ['uendret', 'lt-eneste-forsvarlige', null],
      ['uendret', 'lt-over-12-timer', null],
      ['erstattet', 'lt-venteliste', 'lt-venteliste-1860'],
      ['uendret', 'lt-utrygg', null],
      ['uendret', 'lt-avslag', null],
    ]);
    expect(langtid.rader[2]).toMatchObject({
      fellesNaar: 'bistandsbehov lik omfattende og (kognitivSvikt lik true eller iplos.maksADL minst 4)',
      lokalNaar: 'bistandsbehov en av [middels_til_stort, omfattende] og (kognitivSvikt lik true eller iplos.maksADL minst 4)',
      lokal: { vedtattAv: LOKALE_AVVIK_EKSEMPEL[0].vedtattAv, begrunnelse: LOKALE_AVVIK_EKSEMPEL[0].begrunnelse },
    });
  });

  it('en kommune uten avvik har bare uendrede rader', () => {
    const s = sammenlign(FELLES, LOKALE_AVVIK_EKSEMPEL, VAGAN);
    expect(s.antallAvvik).toBe(0);
    expect(s.tjenester).toHaveLength(Object.keys(FELLES.tjenester).length);
    expect(s.tjenester.flatMap((t) => t.rader).every((r) => r.endring === 'uendret' && r.lokal === null)).toBe(true);
  });
});
