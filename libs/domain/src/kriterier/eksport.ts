/**
 * Import and export of a criteria set as a file, so the office can review it outside the system (and keep
 * it under change control). The file is pretty JSON with a stable key order, so two exports of the same set
 * are byte-identical and a diff between versions shows only what changed.
 */
import { TJENESTEKATALOG } from '../tjenester/katalog.js';
import { KRITERIEDOKUMENT_FORMATVERSJON, KRITERIEDOKUMENT_SKJEMA_ID, oversettSkjemafeil, validerDokumentSkjema } from './skjema.js';
import type { FeltFeil, Kriteriesett, LokaltAvvik } from './typer.js';
import { skjemafeilSomFeltFeil, validerKriteriesett, validerLokaleAvvik } from './validering.js';

export interface Kriteriedokument {
  $schema: typeof KRITERIEDOKUMENT_SKJEMA_ID;
  formatversjon: typeof KRITERIEDOKUMENT_FORMATVERSJON;
  kriteriesett: Kriteriesett;
  lokaleAvvik: LokaltAvvik[];
}

/** Reading order of a rule and a set: what it is, when it applies, what it gives, why. Unknown keys follow, sorted. */
const NOEKKELREKKEFOELGE = [
  '$schema', 'formatversjon', 'kriteriesett', 'lokaleAvvik',
  'id', 'navn', 'versjon', 'kommunenummer', 'tjenestekode', 'erstatterRegelId', 'leggTilFoerRegelId', 'regel',
  'fra', 'til', 'beskrivelse', 'gyldigFra', 'gyldigTil', 'nivaa', 'nivaaer', 'regler', 'tjenester',
  'fakta', 'inndeling', 'operator', 'verdi', 'alle', 'noen', 'ikke',
  'naar', 'utfall', 'omfang', 'min', 'max', 'enhet', 'begrunnelse', 'hjemmel', 'vedtattAv',
];
const TJENESTEREKKEFOELGE = TJENESTEKATALOG.map((t) => t.kode);

function sorterNoekler(noekler: string[], rekkefoelge: readonly string[]): string[] {
  const plass = (k: string) => {
    const i = rekkefoelge.indexOf(k);
    return i < 0 ? rekkefoelge.length : i;
  };
  return [...noekler].sort((a, b) => plass(a) - plass(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function kanonisk(verdi: unknown, forelder?: string): unknown {
  if (Array.isArray(verdi)) return verdi.map((v) => kanonisk(v));
  if (verdi === null || typeof verdi !== 'object') return verdi;
  const o = verdi as Record<string, unknown>;
  const noekler = sorterNoekler(Object.keys(o), forelder === 'tjenester' ? TJENESTEREKKEFOELGE : NOEKKELREKKEFOELGE);
  return Object.fromEntries(noekler.filter((k) => o[k] !== undefined).map((k) => [k, kanonisk(o[k], k)]));
}

/** The export file for a set and its local deviations. Drafts that do not validate may be exported for review. */
export function eksporterKriteriesett(sett: Kriteriesett, avvik: readonly LokaltAvvik[] = []): string {
  const dokument: Kriteriedokument = {
    $schema: KRITERIEDOKUMENT_SKJEMA_ID,
    formatversjon: KRITERIEDOKUMENT_FORMATVERSJON,
    kriteriesett: sett,
    lokaleAvvik: [...avvik],
  };
  return `${JSON.stringify(kanonisk(dokument), null, 2)}\n`;
}

export type Importresultat = { ok: true; kriteriesett: Kriteriesett; lokaleAvvik: LokaltAvvik[] } | { ok: false; feil: FeltFeil[] };

function medPrefiks(prefiks: string, feil: FeltFeil[]): FeltFeil[] {
  return feil.map((e) => ({ field: e.field === '$' ? prefiks : `${prefiks}.${e.field}`, message: `${prefiks}.${e.message}` }));
}

/**
 * Reads an export file: the file format, then the set and its deviations with the same validation as on save.
 * Every error names the field in the file.
 */
export function importerKriteriesett(json: string): Importresultat {
  let dokument: unknown;
  try {
    dokument = JSON.parse(json);
  } catch (e) {
    return { ok: false, feil: [{ field: '$', message: `Filen er ikke gyldig JSON: ${(e as Error).message}` }] };
  }
  if (dokument === null || typeof dokument !== 'object' || Array.isArray(dokument)) {
    return { ok: false, feil: [{ field: '$', message: 'Filen må inneholde et JSON-objekt med kriteriesett og lokale avvik' }] };
  }
  const d = dokument as Record<string, unknown>;
  if (typeof d.formatversjon === 'number' && d.formatversjon !== KRITERIEDOKUMENT_FORMATVERSJON) {
    return { ok: false, feil: [{ field: 'formatversjon', message: `formatversjon: filen har formatversjon ${d.formatversjon}, men systemet leser formatversjon ${KRITERIEDOKUMENT_FORMATVERSJON}` }] };
  }
  if (!validerDokumentSkjema(dokument)) {
    return { ok: false, feil: skjemafeilSomFeltFeil(dokument, oversettSkjemafeil(validerDokumentSkjema.errors)) };
  }
  const gyldig = dokument as Kriteriedokument;
  const settFeil = medPrefiks('kriteriesett', validerKriteriesett(gyldig.kriteriesett));
  if (settFeil.length > 0) return { ok: false, feil: settFeil };
  const avvikFeil = validerLokaleAvvik(gyldig.kriteriesett, gyldig.lokaleAvvik);
  if (avvikFeil.length > 0) return { ok: false, feil: avvikFeil };
  return { ok: true, kriteriesett: gyldig.kriteriesett, lokaleAvvik: gyldig.lokaleAvvik };
}
