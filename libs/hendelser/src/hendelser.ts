import type { TenantManager } from '../../persistence/index.js';
import type { Hendelsestype } from '../../domain/index.js';
import { lagreHendelse } from './hendelse.repository.js';

export { HENDELSESTYPER, type Hendelsestype } from '../../domain/index.js';

const TYPE_ETTER_HANDLING: Readonly<Record<string, Hendelsestype>> = {
  registrer: 'sak.registrert',
  fatt_vedtak: 'vedtak.fattet',
  godkjenn_vedtak: 'vedtak.fattet',
  registrer_klage: 'klage.registrert',
  omgjor: 'klage.avgjort',
  oppretthold_og_oversend: 'klage.avgjort',
  registrer_statsforvalterens_avgjorelse: 'klage.avgjort',
};

export const hendelsestype = (handling: string): Hendelsestype => TYPE_ETTER_HANDLING[handling] ?? 'sak.status_endret';

/**
 * Writes the event of a change in the change's own transaction. Transactions that write events take one
 * lock in turn until they commit, so ids are handed out in commit order and a reader that has seen id N
 * never finds a smaller id later: the id is a cursor that cannot skip an event.
 */
export async function skrivHendelse(tm: TenantManager, sak: { id: string; kommunenummer: string; saksnummer: string }, handling: string, status: string): Promise<void> {
  await lagreHendelse(tm, { kommunenummer: sak.kommunenummer, type: hendelsestype(handling), soknadId: sak.id, saksnummer: sak.saksnummer, handling, status });
}
