import { Injectable } from '@nestjs/common';
import { bestillWebhookleveranser } from '../../abonnementer/index.js';
import { HendelseEntity, type TenantManager } from '../../persistence/index.js';

/** The row of one event, as the change's own transaction writes it. */
export type NyHendelse = Pick<HendelseEntity, 'kommunenummer' | 'type' | 'soknadId' | 'saksnummer' | 'handling' | 'status'>;

/**
 * Transactions that write events take one lock in turn until they commit, so ids are handed out in commit order
 * and a reader that has seen id N never finds a smaller id later.
 */
export async function laasHendelser(tm: TenantManager): Promise<void> {
  await tm.query(`SELECT pg_advisory_xact_lock(hashtext('tk.hendelse'))`);
}

/** Writes an event and orders its webhook deliveries, in the change's transaction. */
export async function lagreHendelse(tm: TenantManager, rad: NyHendelse): Promise<void> {
  await laasHendelser(tm);
  const { identifiers } = await tm.insert(HendelseEntity, rad);
  await bestillWebhookleveranser(tm, { id: String(identifiers[0]!.id), kommunenummer: rad.kommunenummer, type: rad.type });
}

/**
 * The `brev.sendt` event, in the transaction that marks the letter sent: the letter's case and the case's
 * status now, the letter's id, and its webhook deliveries.
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

/** The change feed's rows, in the caller's tenant transaction. */
@Injectable()
export class HendelseRepository {
  /** Up to `antall` events after the cursor `etter`, oldest first. */
  etter(tm: TenantManager, etter: number, antall: number): Promise<HendelseEntity[]> {
    return tm.createQueryBuilder(HendelseEntity, 'h').where('h.id > :etter', { etter }).orderBy('h.id', 'ASC').limit(antall).getMany();
  }
}
