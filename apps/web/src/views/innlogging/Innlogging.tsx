import { useEffect, useState } from 'react';
import { loggInnDemo, type Rolle } from '../../api/klient';
import { CALLBACK_STI, fullforOidcInnlogging, hentInnloggingsvalg, startOidcInnlogging } from '../../api/oidc';
import { Feilmelding, Laster, Sidetittel, useData, useHandling } from '../../components/felles';
import { ROLLENAVN } from '../../format';

interface Demobruker {
  rolle: Rolle;
  kommuner: string[];
  beskrivelse: string;
}

/** The demo users of the development sign-in, offered only where the API has it; production signs in with OIDC. */
export const DEMOBRUKERE: Demobruker[] = [
  { rolle: 'saksbehandler', kommuner: ['1865', '1860'], beskrivelse: 'Vågan og Vestvågøy' },
  { rolle: 'saksbehandler', kommuner: ['1859', '1874'], beskrivelse: 'Flakstad og Moskenes' },
  { rolle: 'leder', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'alle fire kommuner' },
  { rolle: 'tillitsvalgt', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'anonymiserte rapporter' },
  { rolle: 'fagadmin', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'kriterier og brevmaler' },
];

export function Innlogging() {
  const [valgt, settValgt] = useState(0);
  const valg = useData(hentInnloggingsvalg, []);
  const oidc = useHandling();
  const demo = useHandling();
  const callback = location.pathname === CALLBACK_STI;
  const { kjor } = oidc;
  useEffect(() => {
    if (callback) void kjor(async () => void (await fullforOidcInnlogging()));
  }, [callback, kjor]);
  const v = valg.data;
  return (
    <section className="smal">
      <Sidetittel>Logg inn</Sidetittel>
      {valg.laster && <Laster />}
      <Feilmelding feil={valg.feil} />
      {callback && oidc.opptatt && <p role="status">Fullfører innloggingen …</p>}
      {v?.oidc && (
        <>
          <p>Logg inn med kommunens innloggingsløsning.</p>
          <Feilmelding feil={oidc.feil} />
          <button type="button" disabled={oidc.opptatt} onClick={() => void oidc.kjor(startOidcInnlogging)}>
            Logg inn med kommunens pålogging
          </button>
        </>
      )}
      {/* Without OIDC a failed callback (an old bookmark) still needs its error shown. */}
      {v && !v.oidc && <Feilmelding feil={oidc.feil} />}
      {v?.utviklingsinnlogging && (
        <>
          {v.oidc && <h2>Utviklingsinnlogging</h2>}
          <p>Utviklingsinnlogging: velg en demobruker. Den finnes bare utenfor produksjon.</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const b = DEMOBRUKERE[valgt]!;
              void demo.kjor(async () => {
                await loggInnDemo(b.rolle, b.kommuner);
              });
            }}
          >
            <fieldset>
              <legend>Demobruker</legend>
              {DEMOBRUKERE.map((b, i) => (
                <div className="valg" key={i}>
                  <input type="radio" id={`demo-${i}`} name="demobruker" checked={valgt === i} onChange={() => settValgt(i)} />
                  <label htmlFor={`demo-${i}`}>
                    {ROLLENAVN[b.rolle]} – {b.beskrivelse} ({b.kommuner.join(', ')})
                  </label>
                </div>
              ))}
            </fieldset>
            <Feilmelding feil={demo.feil} />
            <button type="submit" disabled={demo.opptatt}>
              Logg inn
            </button>
          </form>
        </>
      )}
      {v && !v.oidc && !v.utviklingsinnlogging && (
        <p className="varsel feil" role="alert">
          Ingen innloggingsmåte er satt opp for denne tjenesten. Kontakt systemansvarlig.
        </p>
      )}
    </section>
  );
}
