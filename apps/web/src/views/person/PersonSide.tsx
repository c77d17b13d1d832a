import { api, svar } from '../../api/klient';
import { Feilmelding, Laster, Lenke, Sidetittel, Tabell, useData } from '../../components/felles';
import { ENHET, fmtDato, fmtStorrelse, fmtTall, fmtTid, UTFALL } from '../../format';

/** Everything about one person across the municipalities the user may see, each item linked to its case. */
export function PersonSide({ id }: { id: string }) {
  const oversikt = useData(() => api.GET('/api/v1/personer/{id}', { params: { path: { id } } }).then(svar), [id]);
  if (oversikt.feil) return <Feilmelding feil={oversikt.feil} />;
  if (!oversikt.data) return <Laster />;
  const o = oversikt.data;
  const p = o.person;
  const tilSak = (soknadId: string, saksnummer: string) => <Lenke til={`/saker/${soknadId}`}>{saksnummer}</Lenke>;
  return (
    <article>
      <Sidetittel>{p.navn}</Sidetittel>
      <p className="ingress">
        Født {fmtDato(p.fodselsdato)} · {p.fodselsnummerMaskert} · {p.adresseSkjermet ? 'Adressen er skjermet' : (p.adresse ?? 'Ingen adresse registrert')} · kjent i kommune {p.kommuner.join(', ')}
        {p.strengtFortrolig && <span className="merke advarsel">Strengt fortrolig</span>}
      </p>

      <section aria-labelledby="person-lopende" className="panel">
        <h2 id="person-lopende">Løpende tjenester</h2>
        {o.lopendeTjenester.length ? (
          <Tabell tittel="Løpende tjenester" kolonner={['Tjeneste', 'Omfang', 'Fra', 'Til', 'Evaluering']}>
            {o.lopendeTjenester.map((t, i) => (
              <tr key={i}>
                <td>
                  {t.tjenestenavn} ({UTFALL[t.utfall]?.toLowerCase() ?? t.utfall})
                </td>
                <td>{t.omfang === null ? '–' : `${fmtTall(t.omfang)} ${ENHET[t.omfangsenhet] ?? t.omfangsenhet}`}</td>
                <td>{fmtDato(t.startdato)}</td>
                <td>{t.sluttdato ? fmtDato(t.sluttdato) : 'Ikke tidsbegrenset'}</td>
                <td>{fmtDato(t.evalueringsdato)}</td>
              </tr>
            ))}
          </Tabell>
        ) : (
          <p>Personen har ingen løpende tjenester.</p>
        )}
      </section>

      <section aria-labelledby="person-soknader" className="panel">
        <h2 id="person-soknader">Søknader</h2>
        <ul>
          {o.soknader.map((s) => (
            <li key={s.id}>
              {tilSak(s.id, s.saksnummer)} · {s.statusnavn} · mottatt {fmtDato(s.mottattDato)} · {s.saksbehandlerNavn ?? 'ikke tildelt'}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="person-vedtak" className="panel">
        <h2 id="person-vedtak">Vedtak</h2>
        {o.vedtak.length ? (
          <ul>
            {o.vedtak.map((v) => (
              <li key={v.id}>
                <Lenke til={`/vedtak/${v.id}`}>{v.beskrivelse}</Lenke> · sak {v.saksnummer}
                {v.status === 'utkast' && <span className="merke advarsel">Utkast</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen vedtak.</p>
        )}
      </section>

      <section aria-labelledby="person-klager" className="panel">
        <h2 id="person-klager">Klager</h2>
        {o.klager.length ? (
          <ul>
            {o.klager.map((k) => (
              <li key={k.id}>
                {k.beskrivelse} · sak {tilSak(k.soknadId, k.saksnummer)} · klagefrist {fmtDato(k.klagefrist)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen klager.</p>
        )}
      </section>

      <section aria-labelledby="person-venteliste" className="panel">
        <h2 id="person-venteliste">Venteliste</h2>
        {o.venteliste.length ? (
          <ul>
            {o.venteliste.map((v) => (
              <li key={v.id}>
                {v.tjenestenavn} · oppført {fmtDato(v.oppfortDato)} · {v.status}
              </li>
            ))}
          </ul>
        ) : (
          <p>Ikke på venteliste.</p>
        )}
      </section>

      <section aria-labelledby="person-brev" className="panel">
        <h2 id="person-brev">Brev</h2>
        {o.brev.length ? (
          <ul>
            {o.brev.map((b) => (
              <li key={b.id}>
                {b.beskrivelse} · sak {tilSak(b.soknadId, b.saksnummer)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen brev.</p>
        )}
      </section>

      <section aria-labelledby="person-dokumenter" className="panel">
        <h2 id="person-dokumenter">Dokumenter</h2>
        {o.dokumenter.length ? (
          <ul>
            {o.dokumenter.map((d) => (
              <li key={d.id}>
                {d.tittel} ({fmtStorrelse(d.storrelse)}) · {fmtTid(d.opprettet)} · sak {tilSak(d.soknadId, d.saksnummer)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen dokumenter.</p>
        )}
      </section>

      <section aria-labelledby="person-journal" className="panel">
        <h2 id="person-journal">Journalnotater</h2>
        {o.journal.length ? (
          <ul className="journal">
            {o.journal.map((j) => (
              <li key={j.id}>
                <p>{j.tekst}</p>
                <p className="hjelp">
                  {j.opprettetAvNavn}, {fmtTid(j.opprettet)} · sak {tilSak(j.soknadId, j.saksnummer)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Ingen journalnotater.</p>
        )}
      </section>
    </article>
  );
}
