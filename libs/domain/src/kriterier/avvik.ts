/**
 * Local deviations (lokale avvik): a municipality keeps its own rule, e.g. from its regulation on long-term
 * care places and waiting lists (pbrl. § 2-1 e, hol. § 3-2 a), as an explicit and visible deviation from the
 * common set rather than a silent fork. Every effective rule says where it came from, so the statistics can
 * count decisions made under a deviation.
 */
import { DomeneFeil, type Kommunenummer } from '../felles/typer.js';
import { finnTjeneste } from '../tjenester/katalog.js';
import { beskrivBetingelse } from './betingelse.js';
import { slaaSammen, somFelles } from './sammenslaaing.js';
import type { EffektivtKriteriesett, EffektiveTjenestekriterier, Kriteriesett, LokaltAvvik, Regel } from './typer.js';
import { validerLokaleAvvik } from './validering.js';

function forKommune(avvik: readonly LokaltAvvik[], kommunenummer: Kommunenummer) {
  return avvik.map((a, indeks) => ({ a, indeks })).filter(({ a }) => a.kommunenummer === kommunenummer);
}

function kontroller(felles: Kriteriesett, avvik: readonly LokaltAvvik[], kommunenummer: Kommunenummer): void {
  const feil = validerLokaleAvvik(felles, avvik, { kommunenummer });
  if (feil.length > 0) {
    throw new DomeneFeil('KRITERIER_UGYLDIGE_AVVIK', `De lokale avvikene for kommune ${kommunenummer} kan ikke brukes med «${felles.navn}» versjon ${felles.versjon}.`, 422, feil);
  }
}

/**
 * The set a municipality applies: the common set with that municipality's deviations merged in, each rule
 * marked `felles` or `lokalt_avvik`. Deviations for other municipalities are ignored.
 * @throws DomeneFeil (422) with field errors when the municipality's deviations do not fit the common set.
 */
export function anvendLokaleAvvik(felles: Kriteriesett, avvik: readonly LokaltAvvik[], kommunenummer: Kommunenummer): EffektivtKriteriesett {
  kontroller(felles, avvik, kommunenummer);
  const egne = forKommune(avvik, kommunenummer);
  const tjenester: Record<string, EffektiveTjenestekriterier> = {};
  for (const [kode, t] of Object.entries(felles.tjenester)) {
    const relevante = egne.filter(({ a }) => a.tjenestekode === kode);
    tjenester[kode] = {
      nivaa: t.nivaa,
      ...(t.nivaaer ? { nivaaer: t.nivaaer } : {}),
      regler: relevante.length === 0 ? t.regler.map(somFelles) : slaaSammen(t.regler, relevante).map((x) => x.regel),
    };
  }
  return {
    navn: felles.navn,
    versjon: felles.versjon,
    ...(felles.beskrivelse !== undefined ? { beskrivelse: felles.beskrivelse } : {}),
    gyldigFra: felles.gyldigFra,
    gyldigTil: felles.gyldigTil,
    kommunenummer,
    tjenester,
  };
}

export interface LokalRegel {
  regel: Regel;
  begrunnelse: string;
  vedtattAv: string;
}

export interface Sammenligningsrad {
  /** `uendret`: the common rule applies as is; `erstattet`: a local rule takes its place; `lagt_til`: a local rule before it. */
  endring: 'uendret' | 'erstattet' | 'lagt_til';
  felles: Regel | null;
  lokal: LokalRegel | null;
  /** Conditions in words, for the side-by-side view. */
  fellesNaar: string | null;
  lokalNaar: string | null;
}

export interface Tjenestesammenligning {
  tjenestekode: string;
  tjenestenavn: string;
  harAvvik: boolean;
  /** In the order the municipality's rules are tried. */
  rader: Sammenligningsrad[];
}

export interface Sammenligning {
  kommunenummer: Kommunenummer;
  kriteriesettNavn: string;
  kriteriesettVersjon: number;
  antallAvvik: number;
  tjenester: Tjenestesammenligning[];
}

/** One municipality against the common set, rule by rule, for the comparison view. */
export function sammenlign(felles: Kriteriesett, avvik: readonly LokaltAvvik[], kommunenummer: Kommunenummer): Sammenligning {
  kontroller(felles, avvik, kommunenummer);
  const egne = forKommune(avvik, kommunenummer);
  const tjenester = Object.entries(felles.tjenester).map(([kode, t]): Tjenestesammenligning => {
    const relevante = egne.filter(({ a }) => a.tjenestekode === kode).map(({ a }) => a);
    const lokal = (a: LokaltAvvik): LokalRegel => ({ regel: a.regel, begrunnelse: a.begrunnelse, vedtattAv: a.vedtattAv });
    const rader: Sammenligningsrad[] = [];
    for (const r of t.regler) {
      for (const a of relevante.filter((x) => x.leggTilFoerRegelId === r.id)) {
        rader.push({ endring: 'lagt_til', felles: null, lokal: lokal(a), fellesNaar: null, lokalNaar: beskrivBetingelse(a.regel.naar) });
      }
      const erstatning = relevante.find((x) => x.erstatterRegelId === r.id);
      rader.push(
        erstatning
          ? { endring: 'erstattet', felles: r, lokal: lokal(erstatning), fellesNaar: beskrivBetingelse(r.naar), lokalNaar: beskrivBetingelse(erstatning.regel.naar) }
          : { endring: 'uendret', felles: r, lokal: null, fellesNaar: beskrivBetingelse(r.naar), lokalNaar: null },
      );
    }
    return { tjenestekode: kode, tjenestenavn: finnTjeneste(kode)?.navn ?? kode, harAvvik: relevante.length > 0, rader };
  });
  return { kommunenummer, kriteriesettNavn: felles.navn, kriteriesettVersjon: felles.versjon, antallAvvik: egne.length, tjenester };
}
