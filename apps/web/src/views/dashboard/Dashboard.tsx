import { useState } from 'react';

import type { LikebehandlingRapport } from '../../api/typer';
import { Feilmelding, Felt, Sidetittel, Suksess, useHandling, Venter } from '../../components/felles';
import { LikebehandlingVisning } from '../rapporter/Rapportvisning';
import { bestill, hentInnhold, ventPaaFerdig } from '../rapporter/rapportbestilling';

/** The leader's equal-treatment dashboard: a fresh leader report for the chosen year, read in the page. */
export function Dashboard() {
  const [aar, settAar] = useState(String(new Date().getFullYear()));
  const [rapport, settRapport] = useState<LikebehandlingRapport | null>(null);
  const { feil, opptatt, kjor } = useHandling();
  // Each fetch ends in a new, focused status message (a new key), since the button was disabled meanwhile.
  const [hentet, settHentet] = useState(0);
  return (
    <section>
      <Sidetittel>Likebehandling</Sidetittel>
      <p>Tallene beregnes på nytt når du henter dem. Forskjeller som kan skyldes tilfeldigheter, er ikke flagget.</p>
      <form
        className="filter"
        onSubmit={(e) => {
          e.preventDefault();
          void kjor(async () => {
            const r = await ventPaaFerdig((await bestill('likebehandling', Number(aar))).id);
            if (r.status !== 'ferdig') throw new Error(r.feil ?? 'Rapporten ble ikke ferdig.');
            const innhold = await hentInnhold(r.id);
            if (innhold.type !== 'likebehandling') throw new Error('Rapporten er ikke en likebehandlingsrapport.');
            settRapport(innhold);
            settHentet((n) => n + 1);
          });
        }}
      >
        <Felt etikett="År">
          {(id) => <input id={id} inputMode="numeric" value={aar} onChange={(e) => settAar(e.target.value)} />}
        </Felt>
        <button type="submit" disabled={opptatt}>
          Hent tall
        </button>
      </form>
      {opptatt && <Venter>Beregner …</Venter>}
      <Feilmelding feil={feil} />
      {hentet > 0 && !opptatt && rapport && <Suksess key={hentet}>Tallene for {aar} er hentet.</Suksess>}
      {rapport && <LikebehandlingVisning rapport={rapport} />}
    </section>
  );
}
