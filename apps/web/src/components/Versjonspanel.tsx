import { useState, type ReactNode } from 'react';
import { Feilmelding, useHandling } from './felles';
import { JsonRedigering } from './JsonRedigering';
import { stor } from '../format';

/** A versioned document the fagadministrator edits: a criteria set or a letter template. */
export interface Versjonert {
  id: string;
  versjon: number;
  status: string;
}

export const VERSJONSSTATUS: Record<string, string> = { utkast: 'Utkast', publisert: 'Publisert', tilbaketrukket: 'Trukket tilbake' };

/** The document's four actions, each answered with the document as it now is (calls through the generated client). */
export interface Versjonshandlinger<T> {
  lagre: () => Promise<T>;
  publiser: () => Promise<T>;
  nyttUtkast: () => Promise<T>;
  trekkTilbake: () => Promise<T>;
}

interface Props<T extends Versjonert> {
  dokument: T;
  tittel: string;
  /** "kriteriesettet", "brevmalen": used in the messages. */
  hva: string;
  /** The JSON being edited, and its label. */
  json: { etikett: string; verdi: string; endre: (v: string) => void };
  handlinger: Versjonshandlinger<T>;
  /** Called with the document as the API returns it after each action, and with what to tell the user. */
  apne: (d: T) => void;
  endret: (melding: string) => Promise<void>;
  /** Fields above the JSON (name, valid from) and what follows the buttons (comparison, preview). */
  felter?: ReactNode;
  children?: ReactNode;
}

/**
 * The editing panel shared by criteria sets and letter templates: drafts are saved and published, a
 * published version is copied into a new draft, and any version can be retired. Retiring is final (the
 * previous published version comes back into use), so it asks for confirmation in the page.
 */
export function Versjonspanel<T extends Versjonert>(p: Props<T>) {
  const h = useHandling();
  const [bekreft, settBekreft] = useState(false);
  const { dokument: d } = p;
  const utfor = (handling: () => Promise<T>, melding: string) =>
    void h.kjor(async () => {
      p.apne(await handling());
      settBekreft(false);
      await p.endret(melding);
    });

  return (
    <section aria-labelledby="versjon-tittel" className="panel">
      <h2 id="versjon-tittel">{p.tittel}</h2>
      <Feilmelding feil={h.feil} />
      {p.felter}
      <JsonRedigering etikett={p.json.etikett} verdi={p.json.verdi} endre={p.json.endre} feil={h.feil} lesbar={d.status !== 'utkast'} />
      <div className="knapper">
        {d.status === 'utkast' && (
          <>
            <button type="button" disabled={h.opptatt} onClick={() => utfor(p.handlinger.lagre, 'Utkastet er lagret.')}>
              Lagre utkast
            </button>
            <button type="button" disabled={h.opptatt} onClick={() => utfor(p.handlinger.publiser, `${stor(p.hva)} er publisert.`)}>
              Publiser
            </button>
          </>
        )}
        {d.status !== 'utkast' && (
          <button type="button" disabled={h.opptatt} onClick={() => utfor(p.handlinger.nyttUtkast, 'Nytt utkast er laget. Endre og lagre det, så publiser.')}>
            Lag nytt utkast fra denne
          </button>
        )}
        {d.status !== 'tilbaketrukket' && !bekreft && (
          <button type="button" className="sekundar" disabled={h.opptatt} onClick={() => settBekreft(true)}>
            Trekk tilbake …
          </button>
        )}
      </div>
      {bekreft && (
        <div className="varsel advarsel" role="group" aria-labelledby="bekreft-tittel">
          <p id="bekreft-tittel">
            <strong>Trekke tilbake versjon {d.versjon}?</strong>{' '}
            {d.status === 'publisert' ? 'Den kan ikke tas i bruk igjen. Forrige publiserte versjon gjelder fra nå.' : 'Utkastet kan ikke endres eller publiseres etterpå.'}
          </p>
          <div className="knapper">
            <button type="button" disabled={h.opptatt} onClick={() => utfor(p.handlinger.trekkTilbake, `Versjon ${d.versjon} er trukket tilbake.`)}>
              Trekk tilbake versjon {d.versjon}
            </button>
            <button type="button" className="sekundar" onClick={() => settBekreft(false)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
      {p.children}
    </section>
  );
}

