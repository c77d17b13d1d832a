import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the test tier keeps what it sent to and received from the integration stand-ins: SvarUt's requests and
 * replies as JSON, named by the KS schema they must follow, and the Fiks Arkiv `arkivmelding.xml` files.
 * `.ci/run` checks them against KS's own schemas after `npm test` (scripts/sjekk-integrasjonsprover.ts).
 */
export const PROVEMAPPE = process.env.INTEGRASJON_PROVER_DIR ?? 'test/.artifacts/integrasjoner';

let teller = 0;

/** Saves one SvarUt message; `type` names the schema (see scripts/sjekk-integrasjonsprover.ts). */
export function lagreSvarutProve(type: string, innhold: unknown): void {
  const mappe = join(PROVEMAPPE, 'svarut');
  mkdirSync(mappe, { recursive: true });
  teller += 1;
  writeFileSync(join(mappe, `${process.pid}-${String(teller).padStart(4, '0')}.${type}.json`), JSON.stringify(innhold, null, 2));
}
