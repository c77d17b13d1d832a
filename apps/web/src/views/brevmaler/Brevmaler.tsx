import { useState } from 'react';
import { api } from '../../api/klient';
import type { Brevforhandsvisning } from '../../api/typer';
import { Brevtekst } from '../../components/Brevtekst';
import { Feilmelding, Laster, Sidetittel, Statusmerke, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { lesJson } from '../../components/JsonRedigering';
import { Versjonspanel, VERSJONSSTATUS } from '../../components/Versjonspanel';
import { fmtTid } from '../../format';

interface Sammendrag {
  id: string;
  brevtype: string;
  maalform: 'nb' | 'nn';
  versjon: number;
  status: string;
  iBruk: boolean;
  tittel: string;
  opprettet: string;
}
interface Brevmal extends Sammendrag {
  innhold: unknown;
}

export function Brevmaler() {
  const liste = useData(() => api.get<Sammendrag[]>('/brevmaler'), []);
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
                <button type="button" className="sekundar liten" onClick={() => void h.kjor(async () => apne(await api.get<Brevmal>(`/brevmaler/${m.id}`)))}>
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
          samling="/brevmaler"
          dokument={valgt}
          tittel={`${valgt.brevtype.replace(/_/g, ' ')} (${valgt.maalform}), versjon ${valgt.versjon} – ${VERSJONSSTATUS[valgt.status] ?? valgt.status}`}
          hva="brevmalen"
          json={{ etikett: 'Malinnhold', verdi: tekst, endre: settTekst }}
          lagreKropp={() => ({ innhold: lesJson(tekst) })}
          nyttUtkastKropp={() => ({ brevtype: valgt.brevtype, maalform: valgt.maalform, innhold: lesJson(tekst) })}
          apne={apne}
          endret={async (m) => {
            settMelding(m);
            await liste.oppdater();
          }}
        >
          <Feilmelding feil={vis.feil} />
          <div className="knapper">
            <button type="button" className="sekundar" disabled={vis.opptatt} onClick={() => void vis.kjor(async () => settVisning(await api.post<Brevforhandsvisning>(`/brevmaler/${valgt.id}/forhandsvisning`, {})))}>
              Forhåndsvis med eksempeldata
            </button>
          </div>
          {visning && <Brevtekst brev={visning} tittel="Forhåndsvisning med eksempeldata" />}
        </Versjonspanel>
      )}
    </section>
  );
}
