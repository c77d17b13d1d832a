import { useState } from 'react';
import { api } from '../../api/klient';
import { Feilmelding, Laster, Sidetittel, Statusmerke, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { JsonRedigering, lesJson } from '../../components/JsonRedigering';
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
interface Forhandsvisning {
  tekst: string;
  merknad: string;
}

const STATUS: Record<string, string> = { utkast: 'Utkast', publisert: 'Publisert', tilbaketrukket: 'Trukket tilbake' };

export function Brevmaler() {
  const liste = useData(() => api.get<Sammendrag[]>('/brevmaler'), []);
  const [valgt, settValgt] = useState<Brevmal | null>(null);
  const [tekst, settTekst] = useState('');
  const [visning, settVisning] = useState<Forhandsvisning | null>(null);
  const [melding, settMelding] = useState('');
  const h = useHandling();
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
                <Statusmerke status={m.status} tekst={STATUS[m.status] ?? m.status} />
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
      <Feilmelding feil={liste.feil} />
      {valgt && (
        <section aria-labelledby="brevmal-tittel" className="panel">
          <h2 id="brevmal-tittel">
            {valgt.brevtype.replace(/_/g, ' ')} ({valgt.maalform}), versjon {valgt.versjon} – {STATUS[valgt.status] ?? valgt.status}
          </h2>
          <Feilmelding feil={h.feil} />
          <JsonRedigering etikett="Malinnhold" verdi={tekst} endre={settTekst} feil={h.feil} lesbar={valgt.status !== 'utkast'} />
          <div className="knapper">
            {valgt.status === 'utkast' ? (
              <>
                <button type="button" disabled={h.opptatt} onClick={() => void h.kjor(async () => (apne(await api.put<Brevmal>(`/brevmaler/${valgt.id}`, { innhold: lesJson(tekst) })), settMelding('Utkastet er lagret.')))}>
                  Lagre utkast
                </button>
                <button
                  type="button"
                  disabled={h.opptatt}
                  onClick={() =>
                    void h.kjor(async () => {
                      apne(await api.post<Brevmal>(`/brevmaler/${valgt.id}/publiser`, {}));
                      settMelding('Brevmalen er publisert.');
                      await liste.oppdater();
                    })
                  }
                >
                  Publiser
                </button>
              </>
            ) : (
              <button
                type="button"
                disabled={h.opptatt}
                onClick={() =>
                  void h.kjor(async () => {
                    apne(await api.post<Brevmal>('/brevmaler', { brevtype: valgt.brevtype, maalform: valgt.maalform, innhold: lesJson(tekst) }));
                    settMelding('Nytt utkast er laget.');
                    await liste.oppdater();
                  })
                }
              >
                Lag nytt utkast fra denne
              </button>
            )}
            <button type="button" className="sekundar" disabled={h.opptatt} onClick={() => void h.kjor(async () => settVisning(await api.post<Forhandsvisning>(`/brevmaler/${valgt.id}/forhandsvisning`, {})))}>
              Forhåndsvis med eksempeldata
            </button>
          </div>
          {visning && (
            <div className="forhandsvisning">
              <p className="hjelp">{visning.merknad}</p>
              <pre>{visning.tekst}</pre>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
