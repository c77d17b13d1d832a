import type { Anbefaling } from '../../api/typer';
import { BISTANDSBEHOV, ENHET, fmtTall, UTFALL } from '../../format';

export function omfangTekst(o: { min: number; max: number; enhet: string } | null): string {
  if (!o) return '';
  return o.min === o.max ? `${fmtTall(o.min)} ${ENHET[o.enhet] ?? o.enhet}` : `${fmtTall(o.min)}–${fmtTall(o.max)} ${ENHET[o.enhet] ?? o.enhet}`;
}

/** The criteria's recommendation with its reasons and legal basis, as the caseworker reads it. */
export function Anbefalingsvisning({ anbefaling, tjenestenavn }: { anbefaling: Anbefaling; tjenestenavn: (k: string) => string }) {
  return (
    <div className="anbefaling">
      <p>
        Bistandsbehov: <strong>{BISTANDSBEHOV[anbefaling.bistandsbehov] ?? anbefaling.bistandsbehov}</strong>. Etter {anbefaling.kriteriesett.navn} (versjon{' '}
        {anbefaling.kriteriesett.versjon}).
      </p>
      <ul className="kort-liste">
        {anbefaling.anbefalinger.map((a) => (
          <li key={a.tjenestekode} className="kort">
            <h3>{tjenestenavn(a.tjenestekode)}</h3>
            <p>
              {a.utfall === null ? (
                <strong>Ingen kriterier for tjenesten: skjønnsmessig vurdering med begrunnelse</strong>
              ) : (
                <>
                  Anbefalt: <strong>{UTFALL[a.utfall] ?? a.utfall}</strong>
                </>
              )}
              {a.omfang && <> – {omfangTekst(a.omfang)}</>}
              {a.lokaltAvvik && <span className="merke">Lokal regel</span>}
            </p>
            <h4>Begrunnelse</h4>
            {a.begrunnelser.map((b) => (
              <div key={b.regelId}>
                <p>{b.tekst}</p>
                <p className="hjemmel">Hjemmel: {b.hjemmel}</p>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
