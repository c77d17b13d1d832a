import { ApiFeil } from '../api/klient';
import { Felt } from './felles';

/** A JSON textarea whose field errors from the API are listed right under it. */
export function JsonRedigering({ etikett, verdi, endre, feil, lesbar }: { etikett: string; verdi: string; endre: (v: string) => void; feil: unknown; lesbar?: boolean }) {
  const feltfeil = feil instanceof ApiFeil ? feil.feltfeil : [];
  return (
    <Felt etikett={etikett} hjelp={lesbar ? 'Publiserte versjoner kan ikke endres. Lag et nytt utkast for å endre.' : 'JSON. Feil vises under feltet når du lagrer.'} feil={feltfeil.length ? `${feltfeil.length} feil i innholdet` : undefined}>
      {(id, d) => (
        <>
          <textarea id={id} aria-describedby={d} className="json" rows={18} spellCheck={false} readOnly={lesbar} value={verdi} onChange={(e) => endre(e.target.value)} />
          {feltfeil.length > 0 && (
            <ul className="feltfeil-liste">
              {feltfeil.map((f, i) => (
                <li key={i}>
                  <code>{f.field}</code>: {f.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Felt>
  );
}

export function lesJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch (e) {
    throw new ApiFeil(400, 'Ugyldig JSON', e instanceof Error ? e.message : 'Kunne ikke lese JSON.');
  }
}
