import { useState } from 'react';
import { api, lastNed, svar, type Okt } from '../../api/klient';
import type { AnonymisertRapport, LikebehandlingRapport, Rapportstatus } from '../../api/typer';
import { Feilmelding, Felt, Sidetittel, Suksess, Tabell, useData, useHandling, Venter } from '../../components/felles';
import { fmtTid } from '../../format';
import { AnonymVisning, LikebehandlingVisning } from './Rapportvisning';
import { bestill, hentInnhold, synlige, ventPaaFerdig } from './rapportbestilling';

const TYPENAVN = { likebehandling: 'Likebehandling (ledere)', anonymisert: 'Anonymisert (kan deles)' };

export function Rapporter({ okt }: { okt: Okt }) {
  const typer = okt.rolle === 'leder' ? (['likebehandling', 'anonymisert'] as const) : (['anonymisert'] as const);
  const [type, settType] = useState<Rapportstatus['type']>(typer[0]);
  const [aar, settAar] = useState(String(new Date().getFullYear()));
  const [teller, settTeller] = useState(0);
  const [bestilt, settBestilt] = useState(0);
  const liste = useData(synlige, [teller]);
  const [vist, settVist] = useState<LikebehandlingRapport | AnonymisertRapport | null>(null);
  const handling = useHandling();

  return (
    <section>
      <Sidetittel>Rapporter</Sidetittel>
      {okt.rolle === 'tillitsvalgt' && <p>Som tillitsvalgt ser du bare anonymiserte rapporter, der små tall er skjult.</p>}
      <form
        className="filter"
        onSubmit={(e) => {
          e.preventDefault();
          void handling.kjor(async () => {
            const r = await bestill(type, Number(aar));
            settTeller((t) => t + 1);
            await ventPaaFerdig(r.id);
            settTeller((t) => t + 1);
            settBestilt((n) => n + 1);
          });
        }}
      >
        <Felt etikett="Rapporttype">
          {(id) => (
            <select id={id} value={type} onChange={(e) => settType(e.target.value as Rapportstatus['type'])}>
              {typer.map((t) => (
                <option key={t} value={t}>
                  {TYPENAVN[t]}
                </option>
              ))}
            </select>
          )}
        </Felt>
        <Felt etikett="År">
          {(id) => <input id={id} inputMode="numeric" value={aar} onChange={(e) => settAar(e.target.value)} />}
        </Felt>
        <button type="submit" disabled={handling.opptatt}>
          Bestill rapport
        </button>
      </form>
      {handling.opptatt && <Venter>Rapporten lages …</Venter>}
      {bestilt > 0 && !handling.opptatt && !handling.feil && <Suksess key={bestilt}>Rapporten er laget og står øverst i listen.</Suksess>}
      <Feilmelding feil={handling.feil ?? liste.feil} />
      <h2>Rapporter du kan se</h2>
      {liste.data && liste.data.length === 0 && <p>Det finnes ingen rapporter du kan se ennå.</p>}
      {liste.data && liste.data.length > 0 && (
        <Tabell tittel="Rapporter du kan se, nyeste først" kolonner={['Type', 'År', 'Bestilt', 'Status', 'Handlinger']}>
          {liste.data.map((r) => (
            <tr key={r.id}>
              <td>{TYPENAVN[r.type]}</td>
              <td>{r.aar}</td>
              <td>{fmtTid(r.opprettet)}</td>
              <td>{r.status === 'ferdig' ? 'Ferdig' : r.status === 'feilet' ? `Feilet: ${r.feil ?? ''}` : 'Lages'}</td>
              <td className="knapper">
                {r.status === 'ferdig' && (
                  <>
                    <button type="button" className="sekundar liten" onClick={() => void handling.kjor(async () => settVist(await hentInnhold(r.id)))}>
                      Vis {r.type} {r.aar}
                    </button>
                    {(['pdf', 'csv', 'json'] as const).map((f) => (
                      <button key={f} type="button" className="sekundar liten" onClick={() => void handling.kjor(() => api.GET('/api/v1/rapporter/{id}/innhold', { params: { path: { id: r.id }, query: { format: f } }, parseAs: 'blob' }).then((svaret) => lastNed(svar(svaret), `rapport-${r.type}-${r.aar}.${f}`)))}>
                        Last ned {f.toUpperCase()}
                      </button>
                    ))}
                  </>
                )}
              </td>
            </tr>
          ))}
        </Tabell>
      )}
      {vist && (vist.type === 'likebehandling' ? <LikebehandlingVisning rapport={vist} /> : <AnonymVisning rapport={vist} />)}
    </section>
  );
}
