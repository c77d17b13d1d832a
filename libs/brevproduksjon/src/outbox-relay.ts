import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxEntity } from '../../persistence/src/entities/brev.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { systembruker } from '../../persistence/src/tenant/systembruker.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { Koer } from '../../queue/src/koer.js';
import { KOER, type Koenavn } from '../../queue/src/queues.js';

/**
 * Moves outbox rows to the queue and marks them. Read, enqueue, mark: the enqueue happens outside any
 * database transaction, so the queue may live in the same database (BullMQ's PostgreSQL backend, the
 * embedded demo) without waiting on a lock the relay holds. If the queue is down nothing is marked and the
 * rows are tried again; if the relay dies after enqueueing but before marking, or two relays read the same
 * rows, the rows go again with the same job ids, which BullMQ ignores while the job exists, and the letter's
 * own unique row makes a second render a no-op.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private gjenopprettingTimer: NodeJS.Timeout | null = null;
  private kjorer: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly koer: Koer,
    private readonly referanse: Referansedata,
  ) {}

  private async somSystem<T>(fn: () => Promise<T>): Promise<T> {
    const kommuner = await this.referanse.kommunenumre(this.dataSource.manager);
    return this.context.kjorSom(systembruker(kommuner), fn);
  }

  /**
   * One pass: returns how many rows were published. `foerMerking` runs between enqueueing and marking
   * (a test seam: a relay that dies exactly there must not lose or double a letter).
   */
  async kjorEnRunde(maks = 200, foerMerking?: () => Promise<void>): Promise<number> {
    return this.somSystem(async () => {
      const rader = await this.tx.run((tm) =>
        tm.createQueryBuilder(OutboxEntity, 'o').where('o.publisert IS NULL').orderBy('o.id', 'ASC').limit(maks).getMany(),
      );
      if (!rader.length) return 0;
      const perKo = new Map<string, OutboxEntity[]>();
      for (const r of rader) perKo.set(r.ko, [...(perKo.get(r.ko) ?? []), r]);
      for (const [ko, jobber] of perKo) {
        await this.koer.ko(ko as Koenavn).addBulk(jobber.map((j) => ({ name: j.jobbnavn, data: j.payload, opts: { jobId: j.jobbId } })));
      }
      await foerMerking?.();
      await this.tx.run((tm) =>
        tm
          .createQueryBuilder()
          .update(OutboxEntity)
          .set({ publisert: () => 'now()' })
          .whereInIds(rader.map((r) => r.id))
          .andWhere('publisert IS NULL')
          .execute(),
      );
      return rader.length;
    });
  }

  /**
   * Reconciliation: letters still ordered a while after their outbox row went out are queued again under the
   * same job id. Covers a Redis that lost its data (it keeps nothing on disk) after the relay marked the row.
   * BullMQ ignores the add while the original job still exists; the letter row makes a second render a no-op.
   */
  async gjenopprett(eldreEnnSekunder = 120): Promise<number> {
    return this.somSystem(async () => {
      const rader: { id: string; kommunenummer: string }[] = await this.tx.run((tm) =>
        tm.query(
          `SELECT b.id, b.kommunenummer FROM brev b
           WHERE b.status = 'bestilt' AND b.opprettet < now() - make_interval(secs => $1)
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.publisert IS NULL AND o.payload->>'brevId' = b.id::text)
           ORDER BY b.opprettet LIMIT 500`,
          [eldreEnnSekunder],
        ),
      );
      if (!rader.length) return 0;
      await this.koer.ko(KOER.brev).addBulk(rader.map((r) => ({ name: 'render', data: { brevId: r.id, kommunenummer: r.kommunenummer }, opts: { jobId: `brev-${r.id}` } })));
      return rader.length;
    });
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
