import { api, svar } from '../../api/klient';
import { Feilmelding, Laster, Sidetittel, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { brevtypenavn, fmtTall, fmtTid } from '../../format';
import { useState } from 'react';


export function Brevfeil() {
  const liste = useData(() => api.GET('/api/v1/brev/feilede').then(svar), []);
  const { feil, opptatt, kjor } = useHandling();
  const [melding, settMelding] = useState('');
  return (
    <section>
      <Sidetittel>Feilede brev</Sidetittel>
      {melding && <Suksess>{melding}</Suksess>}
      <Feilmelding feil={feil ?? liste.feil} />
      {!liste.data ? (
        <Laster />
      ) : liste.data.elementer.length === 0 ? (
        <p>Ingen brev har feilet.</p>
      ) : (
        <Tabell tittel="Brev som ikke kunne lages" kolonner={['Sak', 'Brevtype', 'Feil', 'Forsøk', 'Bestilt', 'Handling']}>
          {liste.data.elementer.map((b) => (
            <tr key={b.id}>
              <td>{b.saksnummer}</td>
              <td>{brevtypenavn(b.brevtype)}</td>
              <td>{b.feil ?? '–'}</td>
              <td>{fmtTall(b.forsok)}</td>
              <td>{fmtTid(b.opprettet)}</td>
              <td>
                <button
                  type="button"
                  className="liten"
                  disabled={opptatt}
                  aria-label={`Kjør brevet for sak ${b.saksnummer} på nytt`}
                  onClick={() =>
                    void kjor(async () => {
                      svar(await api.POST('/api/v1/brev/{id}/ny-kjoring', { params: { path: { id: b.id } } }));
                      settMelding(`Brevet for sak ${b.saksnummer} er lagt i kø på nytt.`);
                      await liste.oppdater();
                    })
                  }
                >
                  Kjør på nytt
                </button>
              </td>
            </tr>
          ))}
        </Tabell>
      )}
    </section>
  );
}
