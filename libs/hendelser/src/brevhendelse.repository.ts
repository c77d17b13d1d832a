import type { TenantManager } from '../../persistence/index.js';
import { bestillWebhookleveranser } from '../../abonnementer/index.js';
import { laasHendelser } from './hendelse.repository.js';

/**
 * The `brev.sendt` event, in the transaction that marks the letter sent: the letter's case and the case's
 * status now, the letter's id, and its webhook deliveries. Takes the feed's lock like every event, so its id is
 * handed out in commit order too.
 */
export async function skrivBrevSendt(tm: TenantManager, brevId: string): Promise<void> {
  await laasHendelser(tm);
  const [hendelse] = (await tm.query(
    `INSERT INTO hendelse (kommunenummer, type, soknad_id, saksnummer, handling, status, brev_id)
     SELECT b.kommunenummer, 'brev.sendt', s.id, s.saksnummer, 'send_brev', s.status, b.id
       FROM brev b JOIN soknad s ON s.id = b.soknad_id WHERE b.id = $1
     RETURNING id, kommunenummer, type`,
    [brevId],
  )) as { id: string; kommunenummer: string; type: string }[];
  if (hendelse) await bestillWebhookleveranser(tm, hendelse);
}
