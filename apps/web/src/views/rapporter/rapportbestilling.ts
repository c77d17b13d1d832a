import { api, svar } from '../../api/klient';
import type { AnonymisertRapport, LikebehandlingRapport, Rapportstatus } from '../../api/typer';

/** The reports this user may see (own orders; for a leader also the anonymised ones and their municipalities'). */
export const synlige = (): Promise<Rapportstatus[]> => api.GET('/api/v1/rapporter', { params: { query: { antall: 50 } } }).then(svar);

export const bestill = (type: Rapportstatus['type'], aar: number): Promise<Rapportstatus> => api.POST('/api/v1/rapporter', { body: { type, aar } }).then(svar);

/** Polls until the worker has finished the report (or it failed). */
export async function ventPaaFerdig(id: string, maksMs = 60_000): Promise<Rapportstatus> {
  const slutt = Date.now() + maksMs;
  for (;;) {
    const r = svar(await api.GET('/api/v1/rapporter/{id}', { params: { path: { id } } }));
    if (r.status !== 'bestilt' || Date.now() > slutt) return r;
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}

/** A finished report's content. The document describes it as a free-form object: its shape is named in api/typer.ts. */
export async function hentInnhold(id: string): Promise<LikebehandlingRapport | AnonymisertRapport> {
  const innhold = svar(await api.GET('/api/v1/rapporter/{id}/innhold', { params: { path: { id }, query: { format: 'json' } } }));
  return innhold as unknown as LikebehandlingRapport | AnonymisertRapport;
}
