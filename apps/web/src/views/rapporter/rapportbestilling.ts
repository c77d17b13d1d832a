import { api } from '../../api/klient';
import type { Rapportstatus } from '../../api/typer';

/** The API has no list of reports, so the reports ordered in this browser session are remembered here. */
const NOKKEL = 'tk.rapporter';
export const bestilte = (): string[] => JSON.parse(sessionStorage.getItem(NOKKEL) ?? '[]') as string[];
export function husk(id: string): void {
  sessionStorage.setItem(NOKKEL, JSON.stringify([id, ...bestilte().filter((x) => x !== id)].slice(0, 20)));
}

export async function bestill(type: Rapportstatus['type'], aar: number): Promise<Rapportstatus> {
  const r = await api.post<Rapportstatus>('/rapporter', { type, aar });
  husk(r.id);
  return r;
}

/** Polls until the worker has finished the report (or it failed). */
export async function ventPaaFerdig(id: string, maksMs = 60_000): Promise<Rapportstatus> {
  const slutt = Date.now() + maksMs;
  for (;;) {
    const r = await api.get<Rapportstatus>(`/rapporter/${id}`);
    if (r.status !== 'bestilt' || Date.now() > slutt) return r;
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}
