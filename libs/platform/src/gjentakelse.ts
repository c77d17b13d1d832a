import type { Logger } from '@nestjs/common';

/**
 * Background work run every `intervallMs` until stopped, one pass at a time. A failed pass (a service or the
 * database away) is logged and tried again at the next tick; `stopp` waits for the pass in hand.
 */
export class Gjentakelse {
  private timer: NodeJS.Timeout | null = null;
  private kjorer: Promise<unknown> | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly feilmelding: string,
  ) {}

  start(pass: () => Promise<unknown>, intervallMs: number): void {
    if (this.timer) return;
    const tikk = async () => {
      this.kjorer = pass().catch((e) => this.logger.warn({ err: e instanceof Error ? e.message : String(e) }, this.feilmelding));
      await this.kjorer;
      if (this.timer) this.timer = setTimeout(tikk, intervallMs);
    };
    this.timer = setTimeout(tikk, intervallMs);
  }

  async stopp(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.kjorer;
  }
}
