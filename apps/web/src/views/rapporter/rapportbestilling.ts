import { api } from '../../api/klient';
import type { Rapportstatus } from '../../api/typer';

/** The reports this user may see (own orders; for a leader also the anonymised ones and their municipalities'). */
export const synlige = (): Promise<Rapportstatus[]> => api.get<Rapportstatus[]>('/rapporter?antall=50');

export const bestill = (type: Rapportstatus['type'], aar: number): Promise<Rapportstatus> => api.post<Rapportstatus>('/rapporter', { type, aar });

/** Polls until the worker has finished the report (or it failed). */
export async function ventPaaFerdig(id: string, maksMs = 60_000): Promise<Rapportstatus> {
  const slutt = Date.now() + maksMs;
  for (;;) {
    const r = await api.get<Rapportstatus>(`/rapporter/${id}`);
    if (r.status !== 'bestilt' || Date.now() > slutt) return r;
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}
