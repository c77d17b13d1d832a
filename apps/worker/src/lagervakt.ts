import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboxRelay } from '../../../libs/brevproduksjon/src/outbox-relay.js';
import { KOBACKEND, type Kobackend } from '../../../libs/queue/src/kobackend.js';
import { PlanlagteJobber } from './planlagte-jobber.js';

/**
 * Watches the queue's store. Redis keeps nothing on disk: when it comes back empty, every job it held is
 * gone, with the interim-reply schedule. Each time the store turns out new or emptied, the ordered letters
 * are queued again at once (same job ids, so nothing doubles) and the schedules are registered again. The
 * watch's own connection often returns before the queues' connections do, so a store found emptied stays a
 * duty until the letters and schedules are in it again: a failed attempt is repeated at the next look, not
 * left to the slow periodic reconciliation. Each answer also counts as the queue's sign of life for readiness
 * and the watchdog.
 */
@Injectable()
export class Lagervakt {
  private readonly logger = new Logger('Lagervakt');
  private timer: NodeJS.Timeout | null = null;
  private kjorer: Promise<void> | null = null;
  /** When the queue's store last answered. */
  sisteSvar = 0;
  /** The store was found new or emptied, and the letters and schedules are not yet in it again. */
  private skalFylles = false;

  constructor(
    @Inject(KOBACKEND) private readonly backend: Kobackend,
    private readonly relay: OutboxRelay,
    private readonly planlagte: PlanlagteJobber,
  ) {}

  /** One look; true when the store was new or emptied and has been filled again. */
  async sjekk(): Promise<boolean> {
    if (await this.backend.tomtLager(2000)) this.skalFylles = true;
    this.sisteSvar = Date.now();
    if (!this.skalFylles) return false;
    const igjen = await this.relay.gjenopprett(0, true);
    if (this.planlagte.startet) await this.planlagte.registrer();
    this.skalFylles = false;
    this.logger.log({ brev: igjen }, 'Køen var ny eller tømt: bestilte brev og planer lagt inn igjen');
    return true;
  }

  start(intervallMs = 2000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.kjorer) return;
      this.kjorer = this.sjekk()
        .then(
          () => undefined,
          (e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Køen svarer ikke; prøver igjen'),
        )
        .finally(() => (this.kjorer = null));
    }, intervallMs);
  }

  async stopp(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.kjorer;
  }
}
