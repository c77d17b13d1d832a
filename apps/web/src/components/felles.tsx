import { useCallback, useEffect, useId, useRef, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { ApiFeil } from '../api/klient';
import { naviger } from '../ruter';

/** An in-app link: a real <a href> (keyboard, middle-click) that navigates without a reload. */
export function Lenke({ til, children, ...rest }: { til: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={til}
      {...rest}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        naviger(til);
      }}
    >
      {children}
    </a>
  );
}

/**
 * The field of an API field path near the summary (its form, else its section, else the page): the path itself, or
 * the nearest enclosing field (`tjenester[0].omfang` → `tjenester`). Returns the input's id and its label.
 */
function finnFelt(fra: HTMLElement, felt: string): { id: string; etikett: string } | null {
  const omraade: ParentNode = fra.closest('form') ?? fra.closest('section') ?? document;
  for (let sti = felt; sti; sti = sti.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
    const label = omraade.querySelector<HTMLLabelElement>(`[data-felt="${CSS.escape(sti)}"] > label`);
    if (label?.htmlFor && label.textContent) return { id: label.htmlFor, etikett: label.textContent };
    if (!/[.[]/.test(sti)) break;
  }
  return null;
}

/**
 * Error summary: takes focus when it appears, so keyboard and screen reader users land on it; each field error
 * is a link to its field, named by the field's label (never the API's path).
 */
export function Feilmelding({ feil }: { feil: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const [etiketter, settEtiketter] = useState<Record<string, { id: string; etikett: string }>>({});
  const f = feil instanceof ApiFeil ? feil : null;
  useEffect(() => {
    if (!feil) return;
    ref.current?.focus();
    const funnet: Record<string, { id: string; etikett: string }> = {};
    for (const e of f?.feltfeil ?? []) {
      const funnetFelt = ref.current && finnFelt(ref.current, e.field);
      if (funnetFelt) funnet[e.field] = funnetFelt;
    }
    settEtiketter(funnet);
  }, [feil]);
  if (!feil) return null;
  return (
    <div className="varsel feil" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>{f ? f.tittel : 'Noe gikk galt'}</strong>
        {f?.detalj ? `: ${f.detalj}` : feil instanceof Error && !f ? `: ${feil.message}` : ''}
      </p>
      {f && f.feltfeil.length > 0 && (
        <ul>
          {f.feltfeil.map((e, i) => {
            const felt = etiketter[e.field];
            return (
              <li key={i}>
                {felt ? (
                  <a
                    href={`#${felt.id}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      document.getElementById(felt.id)?.focus();
                    }}
                  >
                    {felt.etikett}: {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A result after an action: announced (role=status) and focused, so focus never falls back to the page. */
export function Suksess({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="varsel ok" role="status" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}

/**
 * Loads data for a view, again whenever a value in `avhengigheter` changes; `oppdater` re-runs the request
 * (after a change). The dependencies alone decide when: `hent` may be the same function every time.
 */
export function useData<T>(hent: () => Promise<T>, avhengigheter: unknown[]) {
  const [data, settData] = useState<T | null>(null);
  const [feil, settFeil] = useState<unknown>(null);
  const [laster, settLaster] = useState(true);
  const sisteHent = useRef(hent);
  sisteHent.current = hent;
  const oppdater = useCallback(async () => {
    settLaster(true);
    try {
      settData(await sisteHent.current());
      settFeil(null);
    } catch (e) {
      settFeil(e);
    } finally {
      settLaster(false);
    }
  }, avhengigheter);
  useEffect(() => {
    void oppdater();
  }, [oppdater]);
  return { data, feil, laster, oppdater };
}

/** Runs an action, keeping its error and busy state for the form that started it. */
export function useHandling() {
  const [feil, settFeil] = useState<unknown>(null);
  const [opptatt, settOpptatt] = useState(false);
  const kjor = useCallback(async (fn: () => Promise<void>) => {
    settOpptatt(true);
    settFeil(null);
    try {
      await fn();
    } catch (e) {
      settFeil(e);
    } finally {
      settOpptatt(false);
    }
  }, []);
  return { feil, opptatt, kjor };
}

/** Field error for one field from a problem reply (validation errors shown in place). */
export function feltfeil(feil: unknown, felt: string): string | undefined {
  if (!(feil instanceof ApiFeil)) return undefined;
  return feil.feltfeil.find((f) => f.field === felt || f.field.startsWith(`${felt}.`))?.message;
}

/** A labelled field; `navn` (the API's field path) lets the error summary find it and link to it. */
export function Felt({ etikett, hjelp, feil, navn, children }: { etikett: string; hjelp?: string; feil?: string; navn?: string; children: (id: string, beskrevetAv?: string) => ReactNode }) {
  const id = useId();
  const beskrivelse = [hjelp ? `${id}-hjelp` : '', feil ? `${id}-feil` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`felt${feil ? ' har-feil' : ''}`} data-felt={navn}>
      <label htmlFor={id}>{etikett}</label>
      {hjelp && (
        <p className="hjelp" id={`${id}-hjelp`}>
          {hjelp}
        </p>
      )}
      {children(id, beskrivelse)}
      {feil && (
        <p className="feltfeil" id={`${id}-feil`}>
          {feil}
        </p>
      )}
    </div>
  );
}

/** Page heading that takes focus on navigation, so screen reader users hear where they are. */
export function Sidetittel({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** "Working …" while an action runs whose button is disabled meanwhile: announced and focused, so focus is never lost. */
export function Venter({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p role="status" className="laster" tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}

export function Laster() {
  return (
    <p role="status" className="laster">
      Laster …
    </p>
  );
}

export function Statusmerke({ status, tekst }: { status: string; tekst?: string }) {
  return <span className={`merke status-${status}`}>{tekst ?? status}</span>;
}

/** A data table in its scroll box: a caption for screen readers (hidden on screen) and one header cell per column. */
export function Tabell({ tittel, kolonner, children }: { tittel: string; kolonner: string[]; children: ReactNode }) {
  // In its own scroll box: a narrow screen scrolls the table, never the page (WCAG 1.4.10).
  return (
    <div className="tabell-ramme">
    <table>
      <caption className="skjult">{tittel}</caption>
      <thead>
        <tr>
          {kolonner.map((k) => (
            <th key={k} scope="col">
              {k}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
    </div>
  );
}
