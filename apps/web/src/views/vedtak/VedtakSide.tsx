import { useEffect, useState } from 'react';
import { api, lastNed, svar, type Okt } from '../../api/klient';
import { Feilmelding, Laster, Lenke, Sidetittel, Statusmerke, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { BREVSTATUS, brevtypenavn, ENHET, fmtDato, fmtTall, UTFALL } from '../../format';
import { hentTjenester } from '../felles-data';

const VEDTAKSSTATUS: Record<string, string> = { utkast: 'Utkast – venter på godkjenning', vedtatt: 'Vedtatt' };

export function VedtakSide({ id, okt }: { id: string; okt: Okt }) {
  const vedtak = useData(() => api.GET('/api/v1/vedtak/{id}', { params: { path: { id } } }).then(svar), [id]);
  const tjenester = useData(hentTjenester, []);
  const godkjenning = useHandling();
  // Said once, after the approval made here (a focused status on every later visit would take focus from the heading).
  const [godkjentNaa, settGodkjentNaa] = useState(false);
  const nedlasting = useHandling();
  const tjenestenavn = (k: string) => tjenester.data?.find((t) => t.kode === k)?.navn ?? k;
  const v = vedtak.data;
  const venterPaaBrev = v?.brev.some((b) => b.status === 'bestilt') ?? false;

  // A letter is rendered by the worker in the background: look again every other second until it is done.
  useEffect(() => {
    if (!venterPaaBrev) return;
    const t = setTimeout(() => void vedtak.oppdater(), 2000);
    return () => clearTimeout(t);
  }, [venterPaaBrev, vedtak]);

  if (vedtak.feil) return <Feilmelding feil={vedtak.feil} />;
  if (!v) return <Laster />;
  return (
    <article>
      <Sidetittel>Vedtak {v.vedtaksdato ? `av ${fmtDato(v.vedtaksdato)}` : '(utkast)'}</Sidetittel>
      <p className="ingress">
        <Statusmerke status={v.status} tekst={VEDTAKSSTATUS[v.status] ?? v.status} /> · <Lenke til={`/saker/${v.soknadId}`}>Til saken</Lenke>
      </p>
      <section aria-labelledby="linjer-tittel" className="panel">
        <h2 id="linjer-tittel">Tjenester</h2>
        <Tabell tittel="Vedtakets tjenester" kolonner={['Tjeneste', 'Utfall', 'Omfang', 'Anbefalt', 'Avvik']}>
          {v.tjenester.map((t) => (
            <tr key={t.tjenestekode}>
              <td>{tjenestenavn(t.tjenestekode)}</td>
              <td>{t.utfall === null ? '–' : (UTFALL[t.utfall] ?? t.utfall)}</td>
              <td>{t.omfang === null ? '–' : `${fmtTall(Number(t.omfang))} ${t.omfangsenhet ? (ENHET[t.omfangsenhet] ?? t.omfangsenhet) : ''}`}</td>
              <td>{t.anbefaltUtfall ? (UTFALL[t.anbefaltUtfall] ?? t.anbefaltUtfall) : '–'}</td>
              <td>{t.avviker ? `${t.avvikRetning === 'gunstigere' ? 'Gunstigere' : 'Strengere'}: ${t.avvikBegrunnelse ?? ''}` : 'Nei'}</td>
            </tr>
          ))}
        </Tabell>
        {v.vurdering && (
          <>
            <h3>Vurdering</h3>
            <p className="fritekst">{v.vurdering}</p>
          </>
        )}
        <p>
          Utkast av {v.utkastAvNavn ?? '–'}
          {v.vedtattAvNavn && v.status === 'vedtatt' ? ` · vedtatt av ${v.vedtattAvNavn}` : ''}
        </p>
      </section>

      {v.status === 'utkast' && (
        <section aria-labelledby="godkjenning-tittel" className="panel">
          <h2 id="godkjenning-tittel">Godkjenning (fire øyne)</h2>
          <p>Vedtaket må godkjennes av en annen enn den som skrev utkastet.</p>
          <Feilmelding feil={godkjenning.feil} />
          <button
            type="button"
            disabled={godkjenning.opptatt || v.utkastAvNavn === okt.navn}
            onClick={() =>
              void godkjenning.kjor(async () => {
                svar(await api.POST('/api/v1/vedtak/{id}/godkjenning', { params: { path: { id: v.id } } }));
                await vedtak.oppdater();
                settGodkjentNaa(true);
              })
            }
          >
            Godkjenn vedtaket
          </button>
          {v.utkastAvNavn === okt.navn && <p className="hjelp">Du skrev utkastet og kan ikke godkjenne det selv.</p>}
        </section>
      )}

      <section aria-labelledby="brev-tittel" className="panel">
        <h2 id="brev-tittel">Brev</h2>
        {v.status === 'vedtatt' && v.brev.length === 0 && <p>Brevet er ikke bestilt ennå.</p>}
        {v.brev.length > 0 && (
          <ul>
            {v.brev.map((b) => (
              <li key={b.id}>
                {brevtypenavn(b.brevtype)}: <strong>{BREVSTATUS[b.status] ?? b.status}</strong>
                {b.sendtDato && ` ${fmtDato(b.sendtDato)}`}
                {b.feil && ` (${b.feil})`}
              </li>
            ))}
          </ul>
        )}
        {venterPaaBrev && (
          <p role="status" className="laster">
            Brevet lages …
          </p>
        )}
        {v.brev.some((b) => b.status === 'sendt' || b.status === 'rendret') && (
          <>
            {godkjentNaa && v.status === 'vedtatt' && <Suksess>Vedtaket er godkjent.</Suksess>}
            <Feilmelding feil={nedlasting.feil} />
            <button type="button" disabled={nedlasting.opptatt} onClick={() => void nedlasting.kjor(() => api.GET('/api/v1/vedtak/{id}/brev', { params: { path: { id: v.id } }, parseAs: 'blob' }).then((r) => lastNed(svar(r), `vedtaksbrev-${v.id.slice(0, 8)}.pdf`)))}>
              Last ned vedtaksbrevet (PDF)
            </button>
          </>
        )}
      </section>
    </article>
  );
}
