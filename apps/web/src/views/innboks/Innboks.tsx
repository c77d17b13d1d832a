import { api, svar, type Okt } from '../../api/klient';
import type { Innboks as InnboksData, Innboksoppgave } from '../../api/typer';
import { Feilmelding, Laster, Lenke, Sidetittel, useData } from '../../components/felles';
import { antallAv, fmtDato } from '../../format';

interface Del {
  nokkel: keyof Omit<InnboksData, 'idag'>;
  tittel: string;
  tom: string;
  /** Where a task of this part leads: the decision to approve, or the case. */
  lenke?: (o: Innboksoppgave) => string;
}

const DELER: Del[] = [
  { nokkel: 'tilGodkjenning', tittel: 'Venter på min godkjenning', tom: 'Ingen utkast venter på deg.', lenke: (o) => `/vedtak/${o.gjelderId}` },
  { nokkel: 'frister', tittel: 'Frister denne uken og passerte frister', tom: 'Ingen frister denne uken.' },
  { nokkel: 'mineSaker', tittel: 'Mine åpne saker', tom: 'Du har ingen åpne saker.' },
  { nokkel: 'evalueringer', tittel: 'Evalueringer innen 30 dager', tom: 'Ingen evalueringer de neste 30 dagene.' },
  { nokkel: 'utloper', tittel: 'Tidsbegrensede vedtak som utløper innen 30 dager', tom: 'Ingen vedtak utløper de neste 30 dagene.' },
  { nokkel: 'forelopigeSvar', tittel: 'Foreløpig svar skal sendes', tom: 'Ingen saker trenger foreløpig svar denne uken.' },
  { nokkel: 'klager', tittel: 'Klager som venter på vurdering', tom: 'Ingen klager venter.' },
  { nokkel: 'feiledeBrev', tittel: 'Feilede brev', tom: 'Ingen brev har feilet.' },
];

/** The caseworker's start page: what needs doing today, part by part. */
export function Innboks({ okt }: { okt: Okt }) {
  const innboks = useData(() => api.GET('/api/v1/innboks').then(svar), []);
  const deler = DELER.filter((d) => d.nokkel !== 'feiledeBrev' || okt.rolle === 'leder');
  return (
    <section>
      <Sidetittel>Innboks</Sidetittel>
      <Feilmelding feil={innboks.feil} />
      {innboks.laster && !innboks.data ? (
        <Laster />
      ) : (
        innboks.data &&
        deler.map((d) => {
          const oppgaver = innboks.data![d.nokkel];
          return (
            <section key={d.nokkel} aria-labelledby={`innboks-${d.nokkel}`} className="panel">
              <h2 id={`innboks-${d.nokkel}`}>
                {d.tittel} <span className="antall">({antallAv(oppgaver.length, 'sak', 'saker')})</span>
              </h2>
              {oppgaver.length ? (
                <ul className="oppgaver">
                  {oppgaver.map((o, i) => (
                    <li key={`${o.soknadId}-${o.gjelderId ?? ''}-${i}`}>
                      <Lenke til={d.lenke ? d.lenke(o) : `/saker/${o.soknadId}`}>
                        {o.saksnummer}: {o.personnavn}
                      </Lenke>{' '}
                      – {o.beskrivelse} · {fmtDato(o.dato)} · {o.statusnavn}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{d.tom}</p>
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
