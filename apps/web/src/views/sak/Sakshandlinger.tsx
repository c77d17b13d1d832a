import { useState } from 'react';
import { api } from '../../api/klient';
import type { Sak } from '../../api/typer';
import { Feilmelding, Felt, feltfeil, useHandling } from '../../components/felles';
import { ENKLE_HANDLINGER, HANDLINGSNAVN, type Handling } from '../../../../../libs/domain/src/saksflyt/navn';

/**
 * The case's own steps that need nothing but a comment (start the service, re-evaluate, close, withdrawn,
 * dismissed). Decisions and complaints have their own forms: they make a record, not just a status.
 */
const ENKLE: readonly Handling[] = ENKLE_HANDLINGER;
const stor = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function Sakshandlinger({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const mulige = ENKLE.filter((h) => sak.tillatteHandlinger.includes(h));
  const [valgt, settValgt] = useState<Handling | ''>('');
  const [kommentar, settKommentar] = useState('');
  const { feil, opptatt, kjor } = useHandling();
  if (!mulige.length) return null;
  const handling = valgt && mulige.includes(valgt) ? valgt : mulige[0];
  return (
    <section aria-labelledby="handlinger-tittel" className="panel">
      <h2 id="handlinger-tittel">Saken videre</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void kjor(async () => {
            await api.post(`/soknader/${sak.id}/handlinger`, { versjon: sak.versjon, handling, ...(kommentar.trim() ? { kommentar: kommentar.trim() } : {}) });
            settKommentar('');
            settValgt('');
            await ferdig();
          });
        }}
      >
        <Feilmelding feil={feil} />
        <Felt etikett="Handling" feil={feltfeil(feil, 'handling')}>
          {(id, d) => (
            <select id={id} aria-describedby={d} value={handling} onChange={(e) => settValgt(e.target.value as Handling)}>
              {mulige.map((h) => (
                <option key={h} value={h}>
                  {stor(HANDLINGSNAVN[h])}
                </option>
              ))}
            </select>
          )}
        </Felt>
        <Felt etikett="Kommentar til historikken (valgfritt)" feil={feltfeil(feil, 'kommentar')}>
          {(id, d) => <textarea id={id} rows={2} aria-describedby={d} value={kommentar} onChange={(e) => settKommentar(e.target.value)} />}
        </Felt>
        <button type="submit" disabled={opptatt}>
          Utfør
        </button>
      </form>
    </section>
  );
}
