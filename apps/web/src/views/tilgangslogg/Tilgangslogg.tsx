import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar } from '../../api/klient';
import { Feilmelding, Felt, Sidetittel, Tabell, feltfeil, useHandling } from '../../components/felles';
import { fmtTid } from '../../format';

type Rad = components['schemas']['TilgangsloggRadSvar'];

/** Who read or changed a person's data. The identity number goes in the request body, never in the URL. */
export function Tilgangslogg() {
  const [f, sett] = useState({ fodselsnummer: '', fra: '', til: '' });
  const [rader, settRader] = useState<Rad[] | null>(null);
  const { feil, opptatt, kjor } = useHandling();
  return (
    <section>
      <Sidetittel>Tilgangslogg</Sidetittel>
      <form
        noValidate
        className="filter"
        onSubmit={(e) => {
          e.preventDefault();
          void kjor(async () => {
            const logg = svar(await api.POST('/api/v1/tilgangslogg/sok', { body: { fodselsnummer: f.fodselsnummer.replace(/\s/g, ''), ...(f.fra ? { fra: f.fra } : {}), ...(f.til ? { til: f.til } : {}) } }));
            settRader(logg.rader);
          });
        }}
      >
        <Felt etikett="Fødselsnummer" feil={feltfeil(feil, 'fodselsnummer')} navn="fodselsnummer">
          {(id, d) => <input id={id} aria-describedby={d} inputMode="numeric" autoComplete="off" value={f.fodselsnummer} onChange={(e) => sett({ ...f, fodselsnummer: e.target.value })} />}
        </Felt>
        <Felt etikett="Fra (valgfritt)">{(id) => <input id={id} type="date" value={f.fra} onChange={(e) => sett({ ...f, fra: e.target.value })} />}</Felt>
        <Felt etikett="Til (valgfritt)">{(id) => <input id={id} type="date" value={f.til} onChange={(e) => sett({ ...f, til: e.target.value })} />}</Felt>
        <button type="submit" disabled={opptatt}>
          Søk
        </button>
      </form>
      <Feilmelding feil={feil} />
      {rader && rader.length === 0 && <p>Ingen oppslag funnet.</p>}
      {rader && rader.length > 0 && (
        <Tabell tittel="Oppslag og endringer" kolonner={['Tidspunkt', 'Bruker', 'Handling', 'Hva', 'Formål', 'Kommune']}>
          {rader.map((r, i) => (
            <tr key={i}>
              <td>{fmtTid(r.tidspunkt)}</td>
              <td>
                {r.brukerNavn} ({r.roller.join(', ')})
              </td>
              <td>{r.handling}</td>
              <td>{r.ressurs}</td>
              <td>{r.formaal}</td>
              <td>{r.kommunenummer}</td>
            </tr>
          ))}
        </Tabell>
      )}
    </section>
  );
}
