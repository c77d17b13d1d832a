import { useId, type ReactNode } from 'react';
import { Feilmelding, Felt, feltfeil, useHandling } from './felles';

interface SkjemaProps {
  tittel: string;
  /** h2 in a panel of its own (the default), h3 inside another panel. */
  niva?: 2 | 3;
  knapp: string;
  /** Sends the form; an error it throws is shown above the fields, and field errors beside their fields. */
  send: () => Promise<void>;
  sekundar?: boolean;
  /** The fields, given the last error so each can show its own. */
  children: (feil: unknown) => ReactNode;
}

/**
 * A form that sends one request: the heading, the error summary, the busy state and the submit button that
 * every form in the app needs, in one place. Validation happens in the API, so the browser's own is off.
 */
export function Skjema({ tittel, niva = 2, knapp, send, sekundar, children }: SkjemaProps) {
  const id = useId();
  const { feil, opptatt, kjor } = useHandling();
  const Overskrift = niva === 2 ? 'h2' : 'h3';
  const skjema = (
    <form
      noValidate
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(send);
      }}
    >
      {niva === 3 && <Overskrift id={id}>{tittel}</Overskrift>}
      <Feilmelding feil={feil} />
      {children(feil)}
      <button type="submit" className={sekundar ? 'sekundar' : undefined} disabled={opptatt}>
        {knapp}
      </button>
    </form>
  );
  if (niva === 3) return skjema;
  return (
    <section aria-labelledby={id} className="panel">
      <Overskrift id={id}>{tittel}</Overskrift>
      {skjema}
    </section>
  );
}

/** A labelled choice among fixed values (strings or numbers), with its field error from the API. */
export function Valg<T extends string | number>({ etikett, felt, feil, verdi, endre, valg, hjelp, navn }: { etikett: string; felt?: string; feil?: unknown; verdi: T; endre: (v: T) => void; valg: readonly (readonly [T, string])[]; hjelp?: string; navn?: string }) {
  return (
    <Felt etikett={etikett} hjelp={hjelp} feil={felt ? feltfeil(feil, felt) : undefined} navn={felt}>
      {(id, d) => (
        <select id={id} name={navn} aria-describedby={d} value={verdi} onChange={(e) => endre((typeof verdi === 'number' ? Number(e.target.value) : e.target.value) as T)}>
          {valg.map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
      )}
    </Felt>
  );
}

/** A labelled text area, with its field error from the API. */
export function Tekstfelt({ etikett, felt, feil, verdi, endre, rader = 3, hjelp }: { etikett: string; felt: string; feil: unknown; verdi: string; endre: (v: string) => void; rader?: number; hjelp?: string }) {
  return (
    <Felt etikett={etikett} hjelp={hjelp} feil={feltfeil(feil, felt)} navn={felt}>
      {(id, d) => <textarea id={id} rows={rader} aria-describedby={d} value={verdi} onChange={(e) => endre(e.target.value)} />}
    </Felt>
  );
}
