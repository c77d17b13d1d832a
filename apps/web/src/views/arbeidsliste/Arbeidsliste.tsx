import { useState } from 'react';
import { api, svar, type Okt } from '../../api/klient';
import { Feilmelding, Felt, Laster, Lenke, Sidetittel, Tabell, useData, useHandling } from '../../components/felles';
import { Valg } from '../../components/Skjema';
import { antallAv, fmtDato } from '../../format';
import { hentKommuner, hentTjenester, SAKSSTATUSER } from '../felles-data';

interface Filter {
  kommune: string;
  status: string;
  saksbehandler: string;
  frist: '' | 'forfalt' | 'snartForfall';
  side: number;
}

const SAKSBEHANDLERVALG = [
  ['', 'Alle'],
  ['meg', 'Mine saker'],
  ['ingen', 'Ikke tildelt'],
] as const;
const FRISTVALG: readonly (readonly [Filter['frist'], string])[] = [
  ['', 'Alle'],
  ['forfalt', 'Fristen er passert'],
  ['snartForfall', 'Fristen nærmer seg'],
];

export function Arbeidsliste({ okt }: { okt: Okt }) {
  const [filter, settFilter] = useState<Filter>({ kommune: '', status: '', saksbehandler: '', frist: '', side: 1 });
  const query = {
    antall: 25,
    side: filter.side,
    sorter: 'frist' as const,
    ...(filter.kommune ? { kommune: filter.kommune } : {}),
    ...(filter.status ? { status: [filter.status] } : {}),
    ...(filter.saksbehandler ? { saksbehandler: filter.saksbehandler } : {}),
    ...(filter.frist ? { [filter.frist]: true } : {}),
  };
  const liste = useData(() => api.GET('/api/v1/soknader', { params: { query } }).then(svar), [JSON.stringify(query)]);
  const ref = useData(() => Promise.all([hentKommuner(), hentTjenester()]), []);
  const tildeling = useHandling();
  const kommunenavn = (nr: string) => ref.data?.[0].find((k) => k.kommunenummer === nr)?.navn ?? nr;
  const tjenestenavn = (kode: string) => ref.data?.[1].find((t) => t.kode === kode)?.navn ?? kode;
  const endre = (f: Partial<Filter>) => settFilter({ ...filter, ...f, side: f.side ?? 1 });
  const sider = liste.data ? Math.max(1, Math.ceil(liste.data.totalt / liste.data.antall)) : 1;

  return (
    <section>
      <Sidetittel>Arbeidsliste</Sidetittel>
      <form className="filter" aria-label="Filtrer arbeidslisten" onSubmit={(e) => e.preventDefault()}>
        <Felt etikett="Kommune">
          {(id) => (
            <select id={id} value={filter.kommune} onChange={(e) => endre({ kommune: e.target.value })}>
              <option value="">Alle mine kommuner</option>
              {okt.kommuner.map((k) => (
                <option key={k} value={k}>
                  {kommunenavn(k)} ({k})
                </option>
              ))}
            </select>
          )}
        </Felt>
        <Valg etikett="Status" verdi={filter.status} endre={(status) => endre({ status })} valg={[['', 'Alle'], ...Object.entries(SAKSSTATUSER)]} />
        <Valg etikett="Saksbehandler" verdi={filter.saksbehandler} endre={(saksbehandler) => endre({ saksbehandler })} valg={SAKSBEHANDLERVALG} />
        <Valg etikett="Frist" verdi={filter.frist} endre={(frist) => endre({ frist })} valg={FRISTVALG} />
      </form>
      <Feilmelding feil={liste.feil ?? tildeling.feil} />
      {liste.laster && !liste.data ? (
        <Laster />
      ) : liste.data && liste.data.elementer.length === 0 ? (
        <p>Ingen saker passer filteret.</p>
      ) : (
        liste.data && (
          <>
            <p aria-live="polite">
              {liste.data.totaltAvkortet ? 'Mer enn ' : ''}
              {antallAv(liste.data.totalt, 'sak', 'saker')}
            </p>
            <Tabell tittel="Saker sortert etter frist" kolonner={['Saksnummer', 'Person', 'Kommune', 'Tjenester', 'Status', 'Frist', 'Saksbehandler']}>
                {liste.data.elementer.map((s) => (
                  <tr key={s.id} className={s.forfalt ? 'forfalt' : s.snartForfall ? 'snart' : undefined}>
                    <td>
                      <Lenke til={`/saker/${s.id}`}>{s.saksnummer}</Lenke>
                      {s.akutt && <span className="merke advarsel">Akutt</span>}
                    </td>
                    <td>{s.personnavn}</td>
                    <td>{kommunenavn(s.kommunenummer)}</td>
                    <td>{s.tjenester.map(tjenestenavn).join(', ')}</td>
                    <td>{s.statusnavn}</td>
                    <td>
                      {fmtDato(s.fristDato)}
                      {s.forfalt && <span className="merke feil">Forfalt</span>}
                      {!s.forfalt && s.snartForfall && <span className="merke advarsel">Snart</span>}
                    </td>
                    <td>
                      {s.saksbehandlerNavn ?? <em>Ikke tildelt</em>}
                      {/* Only a caseworker takes a case, and only one nobody has: one tab stop less on every other row. */}
                      {okt.rolle === 'saksbehandler' && s.saksbehandlerId === null && (
                        <button
                          type="button"
                          className="sekundar liten"
                          disabled={tildeling.opptatt}
                          onClick={() =>
                            void tildeling.kjor(async () => {
                              svar(await api.POST('/api/v1/soknader/{id}/tildeling', { params: { path: { id: s.id } }, body: { versjon: s.versjon, saksbehandlerId: okt.sub, saksbehandlerNavn: okt.navn } }));
                              await liste.oppdater();
                            })
                          }
                        >
                          {/* The case number is heard, not seen: the visible text stays part of the name (WCAG 2.5.3). */}
                          Tildel meg<span className="skjult"> sak {s.saksnummer}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </Tabell>
            <nav aria-label="Sider" className="sider">
              <button type="button" className="sekundar" disabled={filter.side <= 1} onClick={() => endre({ side: filter.side - 1 })}>
                Forrige side
              </button>
              <span>
                Side {filter.side} av {sider}
              </span>
              <button type="button" className="sekundar" disabled={filter.side >= sider} onClick={() => endre({ side: filter.side + 1 })}>
                Neste side
              </button>
            </nav>
          </>
        )
      )}
    </section>
  );
}
