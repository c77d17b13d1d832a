import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar } from '../../api/klient';
import type { Brevforhandsvisning } from '../../api/typer';
import { Brevtekst } from '../../components/Brevtekst';
import { Feilmelding, Laster, Sidetittel, Statusmerke, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { lesJson } from '../../components/JsonRedigering';
import { Versjonspanel, VERSJONSSTATUS } from '../../components/Versjonspanel';
import { fmtTid } from '../../format';

type Brevmal = components['schemas']['BrevmalDto'];
type Malinnhold = Brevmal['innhold'];

export function Brevmaler() {
  const liste = useData(() => api.GET('/api/v1/brevmaler').then(svar), []);
  const [valgt, settValgt] = useState<Brevmal | null>(null);
  const [tekst, settTekst] = useState('');
  const [visning, settVisning] = useState<Brevforhandsvisning | null>(null);
  const [melding, settMelding] = useState('');
  const h = useHandling();
  const vis = useHandling();
  const apne = (m: Brevmal) => {
    settValgt(m);
    settTekst(JSON.stringify(m.innhold, null, 2));
    settVisning(null);
  };

  return (
    <section>
      <Sidetittel>Brevmaler</Sidetittel>
      {melding && <Suksess>{melding}</Suksess>}
      {!liste.data ? (
        <Laster />
      ) : (
        <Tabell tittel="Brevmaler" kolonner={['Brevtype', 'Målform', 'Versjon', 'Tittel', 'Status', 'Opprettet', 'Handling']}>
          {liste.data.map((m) => (
            <tr key={m.id}>
              <td>{m.brevtype.replace(/_/g, ' ')}</td>
              <td>{m.maalform === 'nb' ? 'Bokmål' : 'Nynorsk'}</td>
              <td>{m.versjon}</td>
              <td>{m.tittel}</td>
              <td>
                <Statusmerke status={m.status} tekst={VERSJONSSTATUS[m.status] ?? m.status} />
                {m.iBruk && <span className="merke ok">I bruk</span>}
              </td>
              <td>{fmtTid(m.opprettet)}</td>
              <td>
                <button type="button" className="sekundar liten" onClick={() => void h.kjor(async () => apne(svar(await api.GET('/api/v1/brevmaler/{id}', { params: { path: { id: m.id } } }))))}>
                  Åpne {m.brevtype.replace(/_/g, ' ')} ({m.maalform}) v{m.versjon}
                </button>
              </td>
            </tr>
          ))}
        </Tabell>
      )}
      <Feilmelding feil={liste.feil ?? h.feil} />
      {valgt && (
        <Versjonspanel
          dokument={valgt}
          tittel={`${valgt.brevtype.replace(/_/g, ' ')} (${valgt.maalform}), versjon ${valgt.versjon} – ${VERSJONSSTATUS[valgt.status] ?? valgt.status}`}
          hva="brevmalen"
          json={{ etikett: 'Malinnhold', verdi: tekst, endre: settTekst }}
          handlinger={{
            // The JSON typed by hand is checked by the API, which names every field it refuses.
            lagre: async () => svar(await api.PUT('/api/v1/brevmaler/{id}', { params: { path: { id: valgt.id } }, body: { innhold: lesJson(tekst) as Malinnhold } })),
            publiser: async () => svar(await api.POST('/api/v1/brevmaler/{id}/publiser', { params: { path: { id: valgt.id } } })),
            nyttUtkast: async () => svar(await api.POST('/api/v1/brevmaler', { body: { brevtype: valgt.brevtype, maalform: valgt.maalform, innhold: lesJson(tekst) as Malinnhold } })),
            trekkTilbake: async () => svar(await api.POST('/api/v1/brevmaler/{id}/trekk-tilbake', { params: { path: { id: valgt.id } } })),
          }}
          apne={apne}
          endret={async (m) => {
            settMelding(m);
            await liste.oppdater();
          }}
        >
          <Feilmelding feil={vis.feil} />
          <div className="knapper">
            <button type="button" className="sekundar" disabled={vis.opptatt} onClick={() => void vis.kjor(async () => settVisning(svar(await api.POST('/api/v1/brevmaler/{id}/forhandsvisning', { params: { path: { id: valgt.id } }, body: {} }))))}>
              Forhåndsvis med eksempeldata
            </button>
          </div>
          {visning && <Brevtekst brev={visning} tittel="Forhåndsvisning med eksempeldata" />}
        </Versjonspanel>
      )}
    </section>
  );
}
