/**
 * Tildelingskriterier: the common allocation criteria of Felles tildelingskontor Lofoten as versioned data.
 *
 * - A criteria set (`Kriteriesett`) is JSON described by a JSON Schema (`KRITERIESETT_SKJEMA`): per service,
 *   an omsorgstrapp level and an ordered rule list where the first matching rule decides and the last is a
 *   catch-all, so every assessment gets exactly one recommendation per service.
 * - `validerKriteriesett` is run on save and on publish; every message names the rule and the problem in bokmål.
 * - Municipalities keep local rules as explicit deviations (`LokaltAvvik`), merged and marked by
 *   `anvendLokaleAvvik` and shown side by side by `sammenlign`.
 * - `evaluer` is pure and deterministic: assessment in, recommendation with reasons and legal basis out; the
 *   reasons are the draft of the letter's assessment section (fvl. §§ 24–25).
 *
 * Pure domain code: no Nest, no TypeORM, no I/O. Storage, the draft → published → retired flow and the HTTP
 * endpoints live in the API and use these functions.
 */
export type {
  Anbefaling,
  Begrunnelse,
  Betingelse,
  EffektivRegel,
  EffektiveTjenestekriterier,
  EffektivtKriteriesett,
  FaktaBetingelse,
  Faktaverdi,
  FeltFeil,
  Gyldighet,
  Kriteriesett,
  KriteriesettStatus,
  LokaltAvvik,
  Nivaa,
  NivaaBetingelse,
  Nivaainndeling,
  Omfang,
  Omfangsenhet,
  OmsorgstrappNivaa,
  Operator,
  Regel,
  Regelkilde,
  Tjenestekriterier,
} from './typer.js';
export { KRITERIESETT_STATUSER, OPERATORER } from './typer.js';
export { FAKTA, FAKTANAVN, finnFakta, ADL_VARIABLER, IADL_VARIABLER, KOGNITIVE_VARIABLER, type Faktadefinisjon, type Faktadomene } from './fakta.js';
export { beskrivBetingelse } from './betingelse.js';
export {
  KRITERIESETT_SKJEMA,
  KRITERIESETT_SKJEMA_ID,
  KRITERIEDOKUMENT_SKJEMA,
  KRITERIEDOKUMENT_SKJEMA_ID,
  KRITERIEDOKUMENT_FORMATVERSJON,
} from './skjema.js';
export { validerKriteriesett, validerLokaleAvvik, MAKS_TIMER_PER_UKE, MAKS_DOGN } from './validering.js';
export { anvendLokaleAvvik, sammenlign, type LokalRegel, type Sammenligning, type Sammenligningsrad, type Tjenestesammenligning } from './avvik.js';
export { begrunnelsestekst, evaluer, kriteriesettnavn } from './evaluering.js';
export { erGyldigPaa, gyldighetskonflikter, overlapperGyldighet, velgGjeldendeSett } from './gyldighet.js';
export { eksporterKriteriesett, importerKriteriesett, type Importresultat, type Kriteriedokument } from './eksport.js';
export { FELLES_KRITERIER_2026, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
