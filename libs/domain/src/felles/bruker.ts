import type { Kommunenummer, Rolle } from './typer.js';

/** The authenticated user (from the JWT), or the system acting for a job. */
export interface Bruker {
  /** `sub` claim: stable user id from the identity provider. */
  id: string;
  navn: string;
  roller: readonly Rolle[];
  /** Municipalities the user may act for (`kommuner` claim). */
  kommuner: readonly Kommunenummer[];
}

export function harRolle(bruker: Bruker, ...roller: Rolle[]): boolean {
  return roller.some((r) => bruker.roller.includes(r));
}
