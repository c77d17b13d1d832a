import { Tabell } from '../../components/felles';
import type { AnonymisertRapport, LikebehandlingRapport } from '../../api/typer';
import { fmtIntervall, fmtTall } from '../../format';
import { Funnelplot } from './Funnelplot';

type Kommunerad = LikebehandlingRapport['perKommune'][number];
const flagget = (k: Kommunerad): boolean => Boolean(k.innvilgelseJustert.signal || k.timerForskjellMotForventet?.signal);

/** The flagged municipalities beside the funnels, so a point outside the limits is read with its explanation. */
function FlaggVedTrakt({ rapport }: { rapport: LikebehandlingRapport }) {
  return (
    <aside className="flagg-ved-trakt" aria-label="Flaggede kommuner">
      <h4>Flagget</h4>
      {rapport.flagg.length === 0 ? (
        <p>Ingen kommuner er flagget.</p>
      ) : (
        <ul>
          {rapport.flagg.map((f, i) => (
            <li key={i}>
              <strong>{f.kommunenavn}</strong> ({f.retning === 'lav' ? 'lavere' : 'høyere'}): {f.tekst}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

export function LikebehandlingVisning({ rapport }: { rapport: LikebehandlingRapport }) {
  return (
    <div className="rapport">
      <h2>Likebehandling {rapport.aar}</h2>
      {rapport.flagg.length > 0 && (
        <div className="varsel advarsel">
          <h3>Flagg</h3>
          <ul>
            {rapport.flagg.map((f, i) => (
              <li key={i}>{f.tekst}</li>
            ))}
          </ul>
        </div>
      )}
      {rapport.samletTest && <p>{rapport.samletTest.tekst}</p>}
      <h3>Per kommune</h3>
      <div className="tabell-ramme">
        <Tabell tittel="Nøkkeltall per kommune" kolonner={['Kommune', 'Søknader', 'Vedtak', 'Vedtak per 1 000 over 67 år', 'Innvilgede tjenester (95 % KI)', 'Observert / forventet innvilget', 'Median dager', 'Innen fire uker']}>
          {rapport.perKommune.map((k) => (
            <tr key={k.kommunenummer} className={flagget(k) ? 'flagget' : undefined}>
              <th scope="row">
                {k.kommunenavn}
                {flagget(k) && <span className="merke advarsel">flagget</span>}
              </th>
              <td>{fmtTall(k.soknader)}</td>
              <td>{fmtTall(k.vedtak)}</td>
              <td>{fmtTall(k.vedtakPer1000Over67)}</td>
              <td>{fmtIntervall(k.innvilgelsesandel)}</td>
              <td>
                {fmtTall(k.innvilgelseJustert.observert)} / {fmtTall(k.innvilgelseJustert.forventet)}
                {k.innvilgelseJustert.faaForventede && ' (få forventede)'}
              </td>
              <td>{fmtTall(k.behandlingstid?.medianDager)}</td>
              <td>{fmtIntervall(k.behandlingstid?.innenFireUker)}</td>
            </tr>
          ))}
        </Tabell>
      </div>
      <h3>Per kommune og tjeneste</h3>
      <div className="tabell-ramme">
        <Tabell tittel="Tall per kommune og tjeneste" kolonner={['Kommune', 'Tjeneste', 'Søknader om tjenesten', 'Vedtak om tjenesten', 'Innvilget (95 % KI)', 'Avvik fra kriteriene', 'Median dager']}>
          {rapport.rader.map((r, i) => (
            <tr key={i} className={r.innvilgelseJustert?.signal ? 'flagget' : undefined}>
              <th scope="row">
                {r.kommunenavn}
                {r.innvilgelseJustert?.signal && <span className="merke advarsel">flagget</span>}
              </th>
              <td>{r.tjenestenavn}</td>
              <td>{fmtTall(r.soknader)}</td>
              <td>{fmtTall(r.vedtak)}</td>
              <td>{fmtIntervall(r.innvilgelsesandel)}</td>
              <td>
                {fmtTall(r.avvik.antall)} ({fmtTall(r.avvik.gunstigere)} gunstigere, {fmtTall(r.avvik.strengere)} strengere)
              </td>
              <td>{fmtTall(r.behandlingstid?.medianDager)}</td>
            </tr>
          ))}
        </Tabell>
      </div>
      <h3>Traktdiagram</h3>
      <div className="to-kolonner">
        {rapport.funnel.innvilgelse && <Funnelplot id="funnel-innvilgelse" funnel={rapport.funnel.innvilgelse} />}
        {rapport.funnel.innenFireUker && <Funnelplot id="funnel-frist" funnel={rapport.funnel.innenFireUker} />}
        <FlaggVedTrakt rapport={rapport} />
      </div>
      {rapport.merknader.length > 0 && (
        <>
          <h3>Merknader</h3>
          <ul>
            {rapport.merknader.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function AnonymVisning({ rapport }: { rapport: AnonymisertRapport }) {
  return (
    <div className="rapport">
      <h2>
        Anonymisert rapport {rapport.aar}
        {rapport.utgave === 'foreloepig' && ' (foreløpige tall)'}
      </h2>
      <p>
        Enheter: {rapport.enheter.join(', ')}. Tall fra under {rapport.k} personer vises ikke («:»).
        {rapport.utgave === 'foreloepig' && rapport.tilOgMed && ` Vedtak til og med ${rapport.tilOgMed.split('-').reverse().join('.')}; tallene kan endre seg til neste utgivelse.`}
      </p>
      {rapport.tabeller.length === 0 && <p>Ingen tabeller kan publiseres for dette året ennå (se merknadene).</p>}
      {rapport.tabeller.map((t) => (
        <div key={t.id} className="tabell-ramme">
          <table>
            <caption>
              {t.tittel} ({t.periode})
            </caption>
            <thead>
              <tr>
                {t.kolonner.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rader.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{typeof c === 'number' ? fmtTall(c) : c}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hjelp">{t.fotnote}</p>
        </div>
      ))}
      <h3>Merknader</h3>
      <ul>
        {rapport.merknader.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
