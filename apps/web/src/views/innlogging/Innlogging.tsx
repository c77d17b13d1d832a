import { useState } from 'react';
import { useEffect } from 'react';
import { loggInnDemo, type Rolle } from '../../api/klient';
import { CALLBACK_STI, fullforOidcInnlogging, oidcKonfigurert, startOidcInnlogging } from '../../api/oidc';
import { Feilmelding, Sidetittel, useHandling } from '../../components/felles';
import { ROLLENAVN } from '../../format';

interface Demobruker {
  rolle: Rolle;
  kommuner: string[];
  beskrivelse: string;
}

/** The demo users of the development sign-in. Production signs in with OIDC instead (not built in this app yet). */
export const DEMOBRUKERE: Demobruker[] = [
  { rolle: 'saksbehandler', kommuner: ['1865', '1860'], beskrivelse: 'Vågan og Vestvågøy' },
  { rolle: 'saksbehandler', kommuner: ['1859', '1874'], beskrivelse: 'Flakstad og Moskenes' },
  { rolle: 'leder', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'alle fire kommuner' },
  { rolle: 'tillitsvalgt', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'anonymiserte rapporter' },
  { rolle: 'fagadmin', kommuner: ['1859', '1860', '1865', '1874'], beskrivelse: 'kriterier og brevmaler' },
];

export function Innlogging() {
  const [valgt, settValgt] = useState(0);
  const { feil, opptatt, kjor } = useHandling();
  const callback = location.pathname === CALLBACK_STI;
  useEffect(() => {
    if (callback) void kjor(async () => void (await fullforOidcInnlogging()));
  }, [callback, kjor]);
  return (
    <section className="smal">
      <Sidetittel>Logg inn</Sidetittel>
      {oidcKonfigurert() && (
        <>
          <p>Logg inn med kommunens innloggingsløsning.</p>
          <button type="button" disabled={opptatt} onClick={() => void kjor(startOidcInnlogging)}>
            Logg inn med ID-porten/kommunens pålogging
          </button>
          <h2>Utviklingsinnlogging</h2>
        </>
      )}
      <p>Utviklingsinnlogging: velg en demobruker. Den finnes bare utenfor produksjon.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const b = DEMOBRUKERE[valgt]!;
          void kjor(async () => {
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
        <Feilmelding feil={feil} />
        <button type="submit" disabled={opptatt}>
          Logg inn
        </button>
      </form>
    </section>
  );
}
