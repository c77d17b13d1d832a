import { useEffect, useRef, useState } from 'react';
import { api, svar } from '../../api/klient';
import type { Sokeresultat } from '../../api/typer';
import { Feilmelding, Felt, feltfeil, Lenke, Sidetittel, useHandling } from '../../components/felles';
import { antallAv, fmtDato } from '../../format';

/** Search by name, identity number or case number. The text is sent in the body, never in the address. */
export function Sok() {
  const [q, settQ] = useState('');
  const [resultat, settResultat] = useState<Sokeresultat | null>(null);
  const sok = useHandling();
  const treffOverskrift = useRef<HTMLHeadingElement>(null);
  // After a search, focus moves to the result's heading, which says how many were found.
  useEffect(() => {
    if (resultat) treffOverskrift.current?.focus();
  }, [resultat]);

  return (
    <section>
      <Sidetittel>Søk</Sidetittel>
      <form
        role="search"
        aria-label="Søk etter person eller sak"
        onSubmit={(e) => {
          e.preventDefault();
          // A new search replaces the old result; while it runs nothing stale is shown.
          settResultat(null);
          void sok.kjor(async () => settResultat(svar(await api.POST('/api/v1/sok', { body: { q } }))));
        }}
      >
        <Felt etikett="Navn, fødselsnummer eller saksnummer" hjelp="Starten av for- eller etternavnet, hele fødselsnummeret (11 siffer) eller et saksnummer som 1865-2026-000123." feil={feltfeil(sok.feil, 'q')} navn="q">
          {(id, d) => <input id={id} aria-describedby={d} type="search" autoComplete="off" value={q} onChange={(e) => settQ(e.target.value)} />}
        </Felt>
        <button type="submit" disabled={sok.opptatt}>
          Søk
        </button>
      </form>
      <Feilmelding feil={sok.feil} />
      {resultat && (
        <div className="panel">
          <h2 tabIndex={-1} ref={treffOverskrift}>
            {antallAv(resultat.treff.length, 'person', 'personer')} funnet
          </h2>
          {resultat.flereTreff && <p>Flere passet enn det som vises. Skriv mer av navnet.</p>}
          <ul className="treffliste">
            {resultat.treff.map((t) => (
              <li key={t.personId}>
                <p>
                  <Lenke til={`/personer/${t.personId}`}>{t.navn}</Lenke> · født {fmtDato(t.fodselsdato)} · {t.fodselsnummerMaskert} · kommune {t.kommunenummer}
                  {t.strengtFortrolig && <span className="merke advarsel">Strengt fortrolig</span>}
                </p>
                {t.saker.length > 0 && (
                  <ul>
                    {t.saker.map((s) => (
                      <li key={s.id}>
                        <Lenke til={`/saker/${s.id}`}>Sak {s.saksnummer}</Lenke> · {s.statusnavn} · mottatt {fmtDato(s.mottattDato)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
