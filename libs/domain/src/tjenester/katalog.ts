/**
 * The starting service catalogue (shared/DOMAIN.md). The catalogue is data: this list seeds the
 * `tjeneste` table and the initial criteria; the table, not this list, is what the running system reads.
 */
export type Omfangsenhet = 'timer_per_uke' | 'dogn' | 'ja_nei';

export interface Tjenestedefinisjon {
  kode: string;
  navn: string;
  navnNynorsk: string;
  hjemmel: string;
  omfangsenhet: Omfangsenhet;
  /** A statutory right for those who meet the conditions (e.g. BPA, long-term care when the only safe option). */
  rettighet: boolean;
  egenandel: boolean;
  /** Code in national reporting (KPR/IPLOS); local codes for discretionary services. */
  rapporteringskode: string;
  /** Service group used in anonymised reports (coarser than the service). */
  tjenestegruppe: 'hjemmetjenester' | 'institusjon' | 'avlastning_og_stotte' | 'velferdsteknologi' | 'bolig';
  /** Where a complaint goes: Statsforvalteren, or the municipality itself (housing without 24-hour staff). */
  klageinstans: 'statsforvalteren' | 'kommunen';
  /** Default processing norm in days before the due date. */
  behandlingsfristDager: number;
}

export const TJENESTEKATALOG: readonly Tjenestedefinisjon[] = [
  { kode: 'hjemmesykepleie', navn: 'Helsetjenester i hjemmet (hjemmesykepleie)', navnNynorsk: 'Helsetenester i heimen (heimesjukepleie)', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a', omfangsenhet: 'timer_per_uke', rettighet: false, egenandel: false, rapporteringskode: 'HJSP', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'praktisk-bistand', navn: 'Praktisk bistand (hjemmehjelp) og opplæring', navnNynorsk: 'Praktisk bistand (heimehjelp) og opplæring', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b', omfangsenhet: 'timer_per_uke', rettighet: false, egenandel: true, rapporteringskode: 'PRBI', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'stottekontakt', navn: 'Støttekontakt', navnNynorsk: 'Støttekontakt', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b', omfangsenhet: 'timer_per_uke', rettighet: false, egenandel: false, rapporteringskode: 'STKO', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'bpa', navn: 'Brukerstyrt personlig assistanse (BPA)', navnNynorsk: 'Brukarstyrt personleg assistanse (BPA)', hjemmel: 'helse- og omsorgstjenesteloven § 3-8, pasient- og brukerrettighetsloven § 2-1 d', omfangsenhet: 'timer_per_uke', rettighet: true, egenandel: false, rapporteringskode: 'BPA', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'korttidsopphold', navn: 'Korttidsopphold i institusjon', navnNynorsk: 'Korttidsopphald i institusjon', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav c', omfangsenhet: 'dogn', rettighet: false, egenandel: true, rapporteringskode: 'KORT', tjenestegruppe: 'institusjon', klageinstans: 'statsforvalteren', behandlingsfristDager: 14 },
  { kode: 'avlastning', navn: 'Avlastning i institusjon', navnNynorsk: 'Avlasting i institusjon', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav c og § 3-6', omfangsenhet: 'dogn', rettighet: false, egenandel: false, rapporteringskode: 'AVLI', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'langtidsopphold', navn: 'Langtidsopphold i sykehjem eller tilsvarende bolig med heldøgns tjenester', navnNynorsk: 'Langtidsopphald i sjukeheim eller tilsvarande bustad med heildøgns tenester', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 a, pasient- og brukerrettighetsloven § 2-1 e', omfangsenhet: 'ja_nei', rettighet: true, egenandel: true, rapporteringskode: 'LANG', tjenestegruppe: 'institusjon', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'omsorgsstonad', navn: 'Omsorgsstønad', navnNynorsk: 'Omsorgsstønad', hjemmel: 'helse- og omsorgstjenesteloven § 3-6', omfangsenhet: 'timer_per_uke', rettighet: false, egenandel: false, rapporteringskode: 'OMST', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'dagaktivitet', navn: 'Dagaktivitetstilbud for personer med demens', navnNynorsk: 'Dagaktivitetstilbod for personar med demens', hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 7', omfangsenhet: 'dogn', rettighet: false, egenandel: true, rapporteringskode: 'DAGA', tjenestegruppe: 'avlastning_og_stotte', klageinstans: 'statsforvalteren', behandlingsfristDager: 28 },
  { kode: 'trygghetsalarm', navn: 'Trygghetsalarm', navnNynorsk: 'Tryggleiksalarm', hjemmel: 'helse- og omsorgstjenesteloven § 3-1 (skjønnsmessig tjeneste)', omfangsenhet: 'ja_nei', rettighet: false, egenandel: true, rapporteringskode: 'TRAL', tjenestegruppe: 'velferdsteknologi', klageinstans: 'statsforvalteren', behandlingsfristDager: 14 },
  { kode: 'matombringing', navn: 'Matombringing', navnNynorsk: 'Matombringing', hjemmel: 'helse- og omsorgstjenesteloven § 3-1 (skjønnsmessig tjeneste)', omfangsenhet: 'ja_nei', rettighet: false, egenandel: true, rapporteringskode: 'MATO', tjenestegruppe: 'hjemmetjenester', klageinstans: 'statsforvalteren', behandlingsfristDager: 14 },
  { kode: 'omsorgsbolig', navn: 'Omsorgsbolig uten heldøgns bemanning', navnNynorsk: 'Omsorgsbustad utan heildøgns bemanning', hjemmel: 'kommunens tildelingsregler for boliger', omfangsenhet: 'ja_nei', rettighet: false, egenandel: false, rapporteringskode: 'OMBO', tjenestegruppe: 'bolig', klageinstans: 'kommunen', behandlingsfristDager: 28 },
];

export function finnTjeneste(kode: string): Tjenestedefinisjon | undefined {
  return TJENESTEKATALOG.find((t) => t.kode === kode);
}
