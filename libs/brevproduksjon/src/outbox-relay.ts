import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import type { OutboxEntity } from '../../persistence/src/entities/brev.entity.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { innen, Tidsavbrudd } from '../../queue/src/lukk.js';
import { Koer } from '../../queue/src/koer.js';
import { KOER, type Koenavn } from '../../queue/src/queues.js';
import { JOBBER } from '../../queue/index.js';
import { BrevRepository, type UkoetBrev } from './brev.repository.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Moves outbox rows to the queue and marks them. On a PostgreSQL server the relay claims its rows with
 * `FOR UPDATE SKIP LOCKED` in one transaction (claim, enqueue, mark, commit), so several workers run it side
 * by side and never publish a row twice; the queue's own writes (BullMQ's PostgreSQL backend) touch other
 * tables, so they never wait on the claimed rows. The demo's embedded database is one shared session, where
 * a transaction held open across the queue's statements would swallow them: there the relay reads, enqueues
 * and marks in separate steps (one relay only). If the queue is down nothing is marked and the rows are
 * tried again; if the relay dies after enqueueing but before marking, the rows go again with the same job
 * ids, which BullMQ ignores while the job exists, and the letter's own unique row makes a second render a
 * no-op.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private gjenopprettingTimer: NodeJS.Timeout | null = null;
  private kjorer: Promise<unknown> | null = null;
  private stoppet = false;
  /** When the last round succeeded (database and queue answered): the worker's readiness and watchdog read it. */
  sisteRunde = 0;

  constructor(
    private readonly tx: TenantTransaction,
    private readonly systemvid: SystemvidTilgang,
    private readonly koer: Koer,
    private readonly outbox: OutboxRepository,
    private readonly brev: BrevRepository,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  private somSystem<T>(fn: () => Promise<T>): Promise<T> {
    return this.systemvid.forAlleKommuner('utboks', fn);
  }

  /**
   * One pass: returns how many rows were published. `foerMerking` runs between enqueueing and marking
   * (a test seam: a relay that dies exactly there must not lose or double a letter).
   */
  async kjorEnRunde(maks = 200, foerMerking?: () => Promise<void>): Promise<number> {
    return this.somSystem(async () => {
      if (this.config?.DATABASE_MODE === 'embedded') {
        const rader = await this.tx.run((tm) => this.hent(tm, maks, false));
        await this.publiser(rader, foerMerking);
        await this.tx.run((tm) => this.merk(tm, rader));
        return rader.length;
      }
      return this.tx.run(async (tm) => {
        const rader = await this.hent(tm, maks, true);
        await this.publiser(rader, foerMerking);
        await this.merk(tm, rader);
        return rader.length;
      });
    });
  }

  private hent(tm: TenantManager, maks: number, laas: boolean): Promise<OutboxEntity[]> {
    return this.outbox.upubliserte(tm, maks, laas);
  }

  private async publiser(rader: OutboxEntity[], foerMerking?: () => Promise<void>): Promise<void> {
    const perKo = new Map<string, OutboxEntity[]>();
    for (const r of rader) perKo.set(r.ko, [...(perKo.get(r.ko) ?? []), r]);
    for (const [ko, jobber] of perKo) {
      await this.koer.ko(ko as Koenavn).addBulk(jobber.map((j) => ({ name: j.jobbnavn, data: j.payload, opts: { jobId: j.jobbId } })));
    }
    if (rader.length) await foerMerking?.();
  }

  private merk(tm: TenantManager, rader: OutboxEntity[]): Promise<void> {
    return this.outbox.merkPublisert(tm, rader.map((r) => r.id));
  }

  /**
   * Reconciliation: letters still ordered a while after their outbox row went out are queued again under the
   * same job id. Covers a Redis that lost its data (it keeps nothing on disk) after the relay marked the row.
   * BullMQ ignores the add while the original job still exists; the letter row makes a second render a no-op.
   * Letters rendered but failed in delivery (the letter folder full or unwritable) are queued again too,
   * under a job id that changes every `eldreEnnSekunder` (at least a second), so each gets a fresh run of
   * retries with backoff per period until the folder takes it; their stored bytes are what is delivered.
   * The periodic pass takes the oldest `side` letters; `alle` pages through every one (an emptied store).
   */
  async gjenopprett(eldreEnnSekunder = 120, alle = false, side = 500): Promise<number> {
    return this.somSystem(async () => {
      const periode = Math.floor(Date.now() / 1000 / Math.max(1, eldreEnnSekunder));
      let etter: UkoetBrev | null = null;
      let totalt = 0;
      for (;;) {
        const rader = await this.tx.run((tm) => this.brev.ukoede(tm, eldreEnnSekunder, etter, side));
        if (rader.length) {
          await this.koer.ko(KOER.brev).addBulk(
            rader.map((r) => ({
              name: JOBBER.brevRender.navn,
              data: { brevId: r.id, kommunenummer: r.kommunenummer },
              opts: { jobId: r.levering ? `brev-${r.id}-levering-${periode}` : `brev-${r.id}` },
            })),
          );
        }
        totalt += rader.length;
        if (!alle || rader.length < side) return totalt;
        etter = rader[rader.length - 1]!;
      }
    });
  }

  /**
   * Polls every `intervallMs` until stopped; a failed pass (Redis or PostgreSQL down) is simply retried. A
   * pass has a time limit: one that hangs on a half-dead connection gets fresh queue connections instead of
   * stopping the relay for good.
   */
  start(intervallMs = 250, gjenopprettingMs = 30_000, gjenopprettEtterSek = 120, rundeMs = 30_000): void {
    if (this.timer) return;
    this.stoppet = false;
    this.gjenopprettingTimer = setInterval(() => {
      this.gjenopprett(gjenopprettEtterSek).catch((e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Gjenoppretting av brevjobber feilet; prøver igjen'));
    }, gjenopprettingMs);
    const tikk = async () => {
      let neste = intervallMs;
      try {
        this.kjorer = innen(this.kjorEnRunde(), rundeMs);
        const n = (await this.kjorer) as number;
        this.sisteRunde = Date.now();
        if (n > 0) neste = 0;
      } catch (e) {
        this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Utboksen kunne ikke sendes til køen; prøver igjen');
        if (e instanceof Tidsavbrudd) await this.koer.forny();
        neste = Math.max(intervallMs, 1000);
      }
      if (!this.stoppet) this.timer = setTimeout(tikk, neste);
    };
    this.timer = setTimeout(tikk, 0);
  }

  async stopp(): Promise<void> {
    this.stoppet = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.gjenopprettingTimer) clearInterval(this.gjenopprettingTimer);
    this.timer = null;
    await this.kjorer?.catch(() => undefined);
  }
}
