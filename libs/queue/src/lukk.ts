/**
 * Closes a BullMQ worker gracefully (finish the job in hand), but never waits forever: with Redis gone a
 * graceful close cannot complete, and a stuck shutdown is worse than a forced one (the job's lock runs out
 * and another worker takes it).
 */
export async function lukkWorker(w: { close(force?: boolean): Promise<void> } | null, ms = 10_000): Promise<void> {
  if (!w) return;
  let timer: NodeJS.Timeout | undefined;
  const tidsavbrudd = new Promise<'tidsavbrudd'>((r) => (timer = setTimeout(() => r('tidsavbrudd'), ms)));
  const utfall = await Promise.race([w.close().then(() => 'ok' as const), tidsavbrudd]);
  clearTimeout(timer);
  if (utfall === 'tidsavbrudd') await w.close(true).catch(() => undefined);
}
