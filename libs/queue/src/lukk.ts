export class Tidsavbrudd extends Error {
  constructor(ms: number) {
    super(`tidsavbrudd etter ${ms} ms`);
    this.name = 'Tidsavbrudd';
  }
}

/** `p`, or a Tidsavbrudd once `ms` have passed (the timer never outlives the answer). */
export async function innen<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Tidsavbrudd(ms)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Closes a BullMQ worker gracefully (finish the job in hand), but never waits forever: with Redis gone a
 * graceful close cannot complete, and a stuck shutdown is worse than a forced one (the job's lock runs out
 * and another worker takes it).
 */
export async function lukkWorker(w: { close(force?: boolean): Promise<void> } | null, ms = 10_000): Promise<void> {
  if (!w) return;
  try {
    await innen(w.close(), ms);
  } catch (e) {
    if (!(e instanceof Tidsavbrudd)) throw e;
    await w.close(true).catch(() => undefined);
  }
}
