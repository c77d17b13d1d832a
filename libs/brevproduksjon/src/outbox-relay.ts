import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxEntity } from '../../persistence/src/entities/brev.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { alleKommuner, systembruker } from '../../persistence/src/tenant/systembruker.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { Koer } from '../../queue/src/koer.js';
import { KOER, type Koenavn } from '../../queue/src/queues.js';

/**
 * Moves outbox rows to the queue and marks them, in one transaction per batch. If Redis is down the batch
 * rolls back and is tried again; if the relay dies after enqueueing but before marking, the rows go again
 * with the same job ids, and the letter's own unique row makes a second render a no-op.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private gjenopprettingTimer: NodeJS.Timeout | null = null;
  private kjorer: Promise<unknown> | null = null;
  private kommuner: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly koer: Koer,
  ) {}

  /**
   * One pass: returns how many rows were published. `foerMerking` runs between enqueueing and marking
   * (a test seam: a relay that dies exactly there must not lose or double a letter).
   */
  async kjorEnRunde(maks = 200, foerMerking?: () => Promise<void>): Promise<number> {
    if (!this.kommuner.length) this.kommuner = await alleKommuner(this.dataSource);
    return this.context.kjorSom(systembruker(this.kommuner), () =>
      this.tx.run(async (tm) => {
        const rader = await tm
          .createQueryBuilder(OutboxEntity, 'o')
          .where('o.publisert IS NULL')
          .orderBy('o.id', 'ASC')
          .limit(maks)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (!rader.length) return 0;
        const perKo = new Map<string, OutboxEntity[]>();
        for (const r of rader) perKo.set(r.ko, [...(perKo.get(r.ko) ?? []), r]);
        for (const [ko, jobber] of perKo) {
          await this.koer.ko(ko as Koenavn).addBulk(jobber.map((j) => ({ name: j.jobbnavn, data: j.payload, opts: { jobId: j.jobbId } })));
        }
        await foerMerking?.();
        await tm.createQueryBuilder().update(OutboxEntity).set({ publisert: () => 'now()' }).whereInIds(rader.map((r) => r.id)).execute();
        return rader.length;
      }),
    );
  }

  /**
   * Reconciliation: letters still ordered a while after their outbox row went out are queued again under the
   * same job id. Covers a Redis that lost its data (it keeps nothing on disk) after the relay marked the row.
   * BullMQ ignores the add while the original job still exists; the letter row makes a second render a no-op.
   */
  async gjenopprett(eldreEnnSekunder = 120): Promise<number> {
    if (!this.kommuner.length) this.kommuner = await alleKommuner(this.dataSource);
    return this.context.kjorSom(systembruker(this.kommuner), () =>
      this.tx.run(async (tm) => {
        const rader: { id: string; kommunenummer: string }[] = await tm.query(
          `SELECT b.id, b.kommunenummer FROM brev b
           WHERE b.status = 'bestilt' AND b.opprettet < now() - make_interval(secs => $1)
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.publisert IS NULL AND o.payload->>'brevId' = b.id::text)
           ORDER BY b.opprettet LIMIT 500`,
          [eldreEnnSekunder],
        );
        if (!rader.length) return 0;
        await this.koer.ko(KOER.brev).addBulk(rader.map((r) => ({ name: 'render', data: { brevId: r.id, kommunenummer: r.kommunenummer }, opts: { jobId: `brev-${r.id}` } })));
        return rader.length;
      }),
    );
  }

  /** Polls every `intervallMs` until stopped; a failed pass (Redis or PostgreSQL down) is simply retried. */
  start(intervallMs = 250, gjenopprettingMs = 30_000, gjenopprettEtterSek = 120): void {
    if (this.timer) return;
    this.gjenopprettingTimer = setInterval(() => {
      this.gjenopprett(gjenopprettEtterSek).catch((e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Gjenoppretting av brevjobber feilet; prøver igjen'));
    }, gjenopprettingMs);
    const tikk = async () => {
      try {
        this.kjorer = this.kjorEnRunde();
        const n = (await this.kjorer) as number;
        this.timer = setTimeout(tikk, n > 0 ? 0 : intervallMs);
      } catch (e) {
        this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Utboksen kunne ikke sendes til køen; prøver igjen');
        this.timer = setTimeout(tikk, Math.max(intervallMs, 1000));
      }
    };
    this.timer = setTimeout(tikk, 0);
  }

  async stopp(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.gjenopprettingTimer) clearInterval(this.gjenopprettingTimer);
    this.timer = null;
    await this.kjorer?.catch(() => undefined);
  }
}
