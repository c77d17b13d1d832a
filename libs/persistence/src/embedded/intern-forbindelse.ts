import { Duplex } from 'node:stream';

/**
 * Connections to the embedded database from the process that hosts it, without a socket.
 *
 * Over loopback TCP every statement costs a send and a receive on each side, and in the hosting process both
 * sides are the same busy event loop; in the demo that was a tenth of the process's time. A pair of in-memory
 * streams carries the same wire protocol: the `pg` driver takes one as its `stream`, the server serves the
 * other end as it serves a socket. Other processes (the demo's extra workers) still connect over TCP.
 */
class Ende extends Duplex {
  motpart!: Ende;

  constructor() {
    // Like a socket: when the other side ends, this side ends too, and both close.
    super({ allowHalfOpen: false });
  }

  private ut: Buffer[] = [];

  // `pg` writes a query as five small messages in one go; they travel together, as TCP would have
  // coalesced them, so the server runs them in one call into PGlite.
  override _write(chunk: Buffer, _enc: BufferEncoding, ferdig: (e?: Error | null) => void): void {
    if (this.ut.push(chunk) === 1) process.nextTick(() => this.send());
    ferdig();
  }

  private send(): void {
    const biter = this.ut;
    this.ut = [];
    if (biter.length && !this.motpart.destroyed) this.motpart.push(biter.length === 1 ? biter[0] : Buffer.concat(biter));
  }

  override _read(): void {}

  override _final(ferdig: (e?: Error | null) => void): void {
    this.send();
    this.motpart.push(null);
    ferdig();
  }

  override _destroy(feil: Error | null, ferdig: (e?: Error | null) => void): void {
    if (!this.motpart.destroyed) this.motpart.destroy();
    ferdig(feil);
  }

  // The parts of net.Socket that `pg` calls.
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

export type InternStrom = Duplex & { setNoDelay(): unknown };

/** Two connected ends: what is written to one is read from the other. */
export function strompar(): [InternStrom, InternStrom] {
  const a = new Ende();
  const b = new Ende();
  a.motpart = b;
  b.motpart = a;
  return [a, b];
}

const interne = new Map<string, () => InternStrom>();

/** Called by the hosting process: connections to `url` made in this process go through `kobleTil`. */
export function registrerInternForbindelse(url: string, kobleTil: () => InternStrom): () => void {
  interne.set(url, kobleTil);
  return () => void interne.delete(url);
}

/** Extra `pg` options for `url`: an in-memory stream when this process hosts that database, else nothing. */
export function pgStromValg(url: string): { stream?: () => InternStrom } {
  const kobleTil = interne.get(url);
  return kobleTil ? { stream: kobleTil } : {};
}
