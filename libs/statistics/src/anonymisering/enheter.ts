/**
 * Reporting units of the anonymised report. Flakstad (1859) and Moskenes (1874) are too small to be
 * shown alone to readers who know the people, so they form one unit; no output may label either alone
 * (issue 6). The unit codes are not municipality numbers, so a municipality number never reaches a release.
 */
export const RAPPORTERINGSENHETER = ['vestvagoy', 'vagan', 'flakstad_moskenes'] as const;
export type Rapporteringsenhet = (typeof RAPPORTERINGSENHETER)[number];

/** The only labels a reporting unit is ever shown with. */
export const ENHETSETIKETTER: Readonly<Record<Rapporteringsenhet, string>> = {
  vestvagoy: 'Vestvågøy',
  vagan: 'Vågan',
  flakstad_moskenes: 'Flakstad og Moskenes',
};

const KOMMUNE_TIL_ENHET: Readonly<Record<string, Rapporteringsenhet>> = {
  '1860': 'vestvagoy',
  '1865': 'vagan',
  '1859': 'flakstad_moskenes',
  '1874': 'flakstad_moskenes',
};

/**
 * The reporting unit a municipality's figures are counted under. Throws for any municipality outside
 * the office, so a wrong number cannot silently become its own unit.
 */
export function rapporteringsenhetFor(kommunenummer: string): Rapporteringsenhet {
  const enhet = KOMMUNE_TIL_ENHET[kommunenummer];
  if (!enhet) throw new RangeError(`Kommunenummer ${kommunenummer} hører ikke til tildelingskontoret`);
  return enhet;
}

export function erRapporteringsenhet(x: string): x is Rapporteringsenhet {
  return (RAPPORTERINGSENHETER as readonly string[]).includes(x);
}
