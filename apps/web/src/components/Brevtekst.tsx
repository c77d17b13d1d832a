import { useEffect, useId, useRef } from 'react';
import type { Brevforhandsvisning } from '../api/typer';

/** A merged letter shown in the page as text: what the PDF will say, readable by screen readers; `fokus` moves focus to it. */
export function Brevtekst({ brev, tittel, niva = 3, fokus = false }: { brev: Brevforhandsvisning; tittel: string; niva?: 3 | 4; fokus?: boolean }) {
  const id = useId();
  const Overskrift = niva === 3 ? 'h3' : 'h4';
  const overskrift = useRef<HTMLHeadingElement>(null);
  // Shown after a button press: focus moves to the letter, not back to the page.
  useEffect(() => {
    if (fokus) overskrift.current?.focus();
  }, [brev, fokus]);
  return (
    <section className="forhandsvisning" aria-labelledby={id}>
      <Overskrift id={id} tabIndex={fokus ? -1 : undefined} ref={overskrift}>
        {tittel}
      </Overskrift>
      <p className="hjelp">{brev.merknad}</p>
      <div className="brevark">
        <p className="avsender">{brev.avsender}</p>
        <p className="brevtittel">{brev.tittel}</p>
        {brev.seksjoner.map((s) => (
          <div key={s.id}>
            {s.overskrift && <p className="brevoverskrift">{s.overskrift}</p>}
            <p>{s.tekst}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
