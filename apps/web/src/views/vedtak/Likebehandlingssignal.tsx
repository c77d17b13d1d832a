import type { Likebehandlingssignal as Signal } from '../../api/typer';
import { fmtTall } from '../../format';

/** The decision response's equal-treatment signal: scope outside what comparable cases office-wide received. */
export function Likebehandlingssignal({ signaler, tjenestenavn }: { signaler: Signal[]; tjenestenavn: (k: string) => string }) {
  if (!signaler.length) {
    return (
      <p className="likebehandling-ok" data-testid="likebehandling">
        Likebehandling: omfanget ligger innenfor det som er vanlig for sammenlignbare saker (eller det er for få sammenlignbare saker til å si noe).
      </p>
    );
  }
  return (
    <div className="varsel advarsel" role="status" data-testid="likebehandling">
      <p>
        <strong>Likebehandlingssignal</strong>
      </p>
      <ul>
        {signaler.map((s) => (
          <li key={s.tjenestekode}>
            {tjenestenavn(s.tjenestekode)}: {s.melding} (10.–90. persentil {fmtTall(s.p10)}–{fmtTall(s.p90)}, median {fmtTall(s.median)}, {fmtTall(s.sammenlignbare)} saker)
          </li>
        ))}
      </ul>
    </div>
  );
}
