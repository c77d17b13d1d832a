import { useRef, useState } from 'react';
import { api, lastNed, svar } from '../../api/klient';
import { somBase64 } from '../../api/filer';
import type { Dokument } from '../../api/typer';
import { Feilmelding, Felt, feltfeil, Laster, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { fmtStorrelse, fmtTid } from '../../format';

const TYPENAVN: Record<Dokument['innholdstype'], string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };
const ENDELSE: Record<Dokument['innholdstype'], string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** Incoming documents of the case: listed, downloadable, and a scanned paper or a statement uploaded here. */
export function Dokumenter({ soknadId }: { soknadId: string }) {
  const liste = useData(() => api.GET('/api/v1/soknader/{id}/dokumenter', { params: { path: { id: soknadId } } }).then(svar), [soknadId]);
  const opplasting = useHandling();
  const nedlasting = useHandling();
  const [tittel, settTittel] = useState('');
  const [fil, settFil] = useState<File | null>(null);
  const [lastetOpp, settLastetOpp] = useState('');
  const filfelt = useRef<HTMLInputElement>(null);

  return (
    <section aria-labelledby="dokumenter-tittel" className="panel">
      <h2 id="dokumenter-tittel">Dokumenter</h2>
      <Feilmelding feil={liste.feil ?? nedlasting.feil} />
      {lastetOpp && <Suksess>{lastetOpp}</Suksess>}
      {liste.laster && !liste.data ? (
        <Laster />
      ) : liste.data?.length ? (
        <Tabell tittel="Inngående dokumenter i saken" kolonner={['Dokument', 'Type', 'Mottatt', 'Fra', 'Handling']}>
          {liste.data.map((d) => (
            <tr key={d.id}>
              <td>{d.tittel}</td>
              <td>
                {TYPENAVN[d.innholdstype]}, {fmtStorrelse(d.storrelse)}
              </td>
              <td>{fmtTid(d.opprettet)}</td>
              <td>{d.kilde === 'innbygger' ? 'Søkeren (digitalt skjema)' : d.opprettetAvNavn}</td>
              <td>
                <button type="button" className="sekundar liten" disabled={nedlasting.opptatt} onClick={() => void nedlasting.kjor(() => api.GET('/api/v1/dokumenter/{id}/innhold', { params: { path: { id: d.id } }, parseAs: 'blob' }).then((r) => lastNed(svar(r), `${d.tittel}.${ENDELSE[d.innholdstype]}`)))}>
                  Last ned<span className="skjult"> {d.tittel}</span>
                </button>
              </td>
            </tr>
          ))}
        </Tabell>
      ) : (
        <p>Saken har ingen dokumenter.</p>
      )}
      <form
        noValidate
        aria-labelledby="dokument-last-opp"
        onSubmit={(e) => {
          e.preventDefault();
          settLastetOpp('');
          void opplasting.kjor(async () => {
            if (!fil) throw new Error('Velg en fil (PDF, JPEG eller PNG).');
            svar(await api.POST('/api/v1/soknader/{id}/dokumenter', { params: { path: { id: soknadId } }, body: { tittel: tittel.trim() || fil.name, filnavn: fil.name, innholdBase64: await somBase64(fil) } }));
            await liste.oppdater();
            settTittel('');
            settFil(null);
            if (filfelt.current) filfelt.current.value = '';
            settLastetOpp(`Dokumentet «${tittel.trim() || fil.name}» er lagt til i saken.`);
          });
        }}
      >
        <h3 id="dokument-last-opp">Legg til dokument</h3>
        <Feilmelding feil={opplasting.feil} />
        <Felt etikett="Hva dokumentet er" hjelp="For eksempel «Legeerklæring» eller «Søknad på papir»." feil={feltfeil(opplasting.feil, 'tittel')} navn="tittel">
          {(id, d) => <input id={id} aria-describedby={d} value={tittel} onChange={(e) => settTittel(e.target.value)} />}
        </Felt>
        <Felt etikett="Fil (PDF, JPEG eller PNG, høyst 10 MB)" feil={feltfeil(opplasting.feil, 'innholdBase64')} navn="innholdBase64">
          {(id, d) => <input id={id} ref={filfelt} aria-describedby={d} type="file" accept="application/pdf,image/jpeg,image/png" onChange={(e) => settFil(e.target.files?.[0] ?? null)} />}
        </Felt>
        <button type="submit" disabled={opplasting.opptatt}>
          Last opp
        </button>
      </form>
    </section>
  );
}
