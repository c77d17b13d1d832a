import type { Funnel } from '../../api/typer';
import { fmtProsent, fmtTall } from '../../format';

const B = 560;
const H = 320;
const M = { v: 56, h: 16, t: 16, b: 44 };

/**
 * A funnel plot in SVG: each municipality's share against its number of cases, with the 95 % and 99.8 % control
 * limits around the office-wide share. The same figures are given in a table for screen readers.
 */
export function Funnelplot({ funnel, id }: { funnel: Funnel; id: string }) {
  const maksN = Math.max(...funnel.punkter.map((p) => p.n), ...funnel.enheter.map((e) => e.n), 1);
  const x = (n: number) => M.v + (n / maksN) * (B - M.v - M.h);
  const y = (a: number) => M.t + (1 - Math.min(1, Math.max(0, a))) * (H - M.t - M.b);
  const linje = (f: (p: Funnel['punkter'][number]) => number) => funnel.punkter.map((p, i) => `${i ? 'L' : 'M'}${x(p.n).toFixed(1)},${y(f(p)).toFixed(1)}`).join(' ');
  const yTikker = [0, 0.25, 0.5, 0.75, 1];
  const xTikker = [0, Math.round(maksN / 2), maksN];
  return (
    <figure className="funnel">
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-labelledby={`${id}-tittel`}>
        <title id={`${id}-tittel`}>{`${funnel.tittel}. Gjennomsnitt ${fmtProsent(funnel.p0)}. ${funnel.enheter.map((e) => `${e.etikett}: ${fmtProsent(e.andel)} av ${e.n}`).join('; ')}.`}</title>
        {yTikker.map((t) => (
          <g key={t}>
            <line x1={M.v} x2={B - M.h} y1={y(t)} y2={y(t)} className="rutenettlinje" />
            <text x={M.v - 6} y={y(t) + 4} textAnchor="end" className="akse">
              {fmtProsent(t)}
            </text>
          </g>
        ))}
        {xTikker.map((t) => (
          <text key={t} x={x(t)} y={H - M.b + 18} textAnchor="middle" className="akse">
            {fmtTall(t)}
          </text>
        ))}
        <text x={(B + M.v) / 2} y={H - 6} textAnchor="middle" className="akse">
          {funnel.xTittel ?? 'Antall vedtak'}
        </text>
        <line x1={M.v} x2={B - M.h} y1={y(funnel.p0)} y2={y(funnel.p0)} className="snitt" />
        <path d={linje((p) => p.ovre95)} className="grense95" />
        <path d={linje((p) => p.nedre95)} className="grense95" />
        <path d={linje((p) => p.ovre998)} className="grense998" />
        <path d={linje((p) => p.nedre998)} className="grense998" />
        {funnel.enheter.map((e, i) => (
          <g key={e.etikett}>
            <circle cx={x(e.n)} cy={y(e.andel)} r={5} className="punkt" />
            {/* Labels of units with the same share would overlap: stagger them downwards. */}
            <text x={x(e.n) + 8} y={y(e.andel) + (e.andel > 0.5 ? 14 + i * 14 : -6 - i * 14)} className="etikett">
              {e.etikett}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {funnel.tittel}. Heltrukken linje: gjennomsnitt ({fmtProsent(funnel.p0)}); stiplet: 95 %-grenser; prikket: 99,8 %-grenser.
      </figcaption>
    </figure>
  );
}
