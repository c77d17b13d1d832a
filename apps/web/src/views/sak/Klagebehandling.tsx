import { useState } from 'react';
import { api } from '../../api/klient';
import type { Klage } from '../../api/typer';
import { Feilmelding, Felt, Tabell, feltfeil, useHandling } from '../../components/felles';
import { fmtDato, iDag } from '../../format';

const KLAGESTATUS: Record<Klage['status'], string> = {
  mottatt: 'Mottatt, ikke vurdert',
  omgjort: 'Omgjort av kontoret',
  oversendt: 'Oversendt Statsforvalteren',
  avgjort: 'Avgjort av Statsforvalteren',
};

const UTFALL = [
  ['stadfestet', 'Stadfestet (vedtaket står)'],
  ['delvis_omgjort', 'Delvis omgjort'],
  ['omgjort', 'Omgjort'],
  ['opphevet_sendt_tilbake', 'Opphevet og sendt tilbake til ny behandling'],
] as const;

/**
 * The complaint path after registration (pbrl. § 7-2, fvl. § 33): the office re-assesses and either reverses
 * its decision or upholds it and forwards the complaint to Statsforvalteren, whose outcome is recorded here.
 */
export function Klagebehandling({ klager, kanBehandle, ferdig }: { klager: Klage[]; kanBehandle: boolean; ferdig: () => Promise<void> }) {
  if (!klager.length) return null;
  return (
    <section aria-labelledby="klager-tittel" className="panel">
      <h2 id="klager-tittel">Klager</h2>
      <Tabell tittel="Klager i saken" kolonner={['Mottatt', 'Klagefrist', 'Status']}>
        {klager.map((k) => (
          <tr key={k.id}>
            <td>{fmtDato(k.mottattDato)}</td>
            <td>
              {fmtDato(k.klagefrist)} {k.innenFrist ? '(innen fristen)' : '(etter fristen)'}
            </td>
            <td>{KLAGESTATUS[k.status] ?? k.status}</td>
          </tr>
        ))}
      </Tabell>
      {kanBehandle &&
        klager.map((k) =>
          k.status === 'mottatt' ? <Vurdering key={k.id} klage={k} ferdig={ferdig} /> : k.status === 'oversendt' ? <Statsforvalteren key={k.id} klage={k} ferdig={ferdig} /> : null,
        )}
    </section>
  );
}

function Vurdering({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const [vurdering, settVurdering] = useState<'opprettholdt' | 'omgjort'>('opprettholdt');
  const [begrunnelse, settBegrunnelse] = useState('');
  const { feil, opptatt, kjor } = useHandling();
  return (
    <form
      noValidate
      aria-labelledby={`vurder-${klage.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(async () => {
          await api.post(`/klager/${klage.id}/vurdering`, { versjon: klage.versjon, vurdering, begrunnelse });
          await ferdig();
        });
      }}
    >
      <h3 id={`vurder-${klage.id}`}>Vurder klagen mottatt {fmtDato(klage.mottattDato)}</h3>
      <Feilmelding feil={feil} />
      <Felt etikett="Kontorets vurdering" feil={feltfeil(feil, 'vurdering')}>
        {(id, d) => (
          <select id={id} aria-describedby={d} value={vurdering} onChange={(e) => settVurdering(e.target.value as typeof vurdering)}>
            <option value="opprettholdt">Opprettholder vedtaket og sender klagen til Statsforvalteren</option>
            <option value="omgjort">Omgjør vedtaket</option>
          </select>
        )}
      </Felt>
      <Felt etikett="Begrunnelse for vurderingen" feil={feltfeil(feil, 'begrunnelse')}>
        {(id, d) => <textarea id={id} rows={3} aria-describedby={d} value={begrunnelse} onChange={(e) => settBegrunnelse(e.target.value)} />}
      </Felt>
      <button type="submit" disabled={opptatt}>
        Lagre vurderingen
      </button>
    </form>
  );
}

function Statsforvalteren({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const [utfall, settUtfall] = useState<(typeof UTFALL)[number][0]>('stadfestet');
  const [dato, settDato] = useState(iDag());
  const { feil, opptatt, kjor } = useHandling();
  return (
    <form
      noValidate
      aria-labelledby={`sf-${klage.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(async () => {
          await api.post(`/klager/${klage.id}/statsforvalteren`, { versjon: klage.versjon, utfall, dato });
          await ferdig();
        });
      }}
    >
      <h3 id={`sf-${klage.id}`}>Statsforvalterens avgjørelse</h3>
      <Feilmelding feil={feil} />
      <div className="rutenett">
        <Felt etikett="Utfall" feil={feltfeil(feil, 'utfall')}>
          {(id, d) => (
            <select id={id} aria-describedby={d} value={utfall} onChange={(e) => settUtfall(e.target.value as typeof utfall)}>
              {UTFALL.map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Felt>
        <Felt etikett="Avgjørelsens dato" feil={feltfeil(feil, 'dato')}>
          {(id, d) => <input id={id} type="date" aria-describedby={d} value={dato} onChange={(e) => settDato(e.target.value)} />}
        </Felt>
      </div>
      <button type="submit" disabled={opptatt}>
        Registrer avgjørelsen
      </button>
    </form>
  );
}
