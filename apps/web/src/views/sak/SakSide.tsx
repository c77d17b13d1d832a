import { useEffect, useState } from 'react';
import { api, lastNed, svar, type Okt } from '../../api/klient';
import type { FattetVedtak, Sak } from '../../api/typer';
import { Feilmelding, Felt, Laster, Lenke, Sidetittel, Statusmerke, Suksess, Tabell, feltfeil, useData, useHandling } from '../../components/felles';
import { Skjema, Tekstfelt, Valg } from '../../components/Skjema';
import { BISTANDSBEHOV, BREVSTATUS, brevtypenavn, fmtDato, fmtTid, iDag, LEVERANSESTATUS } from '../../format';
import { hentKommuner, hentTjenester, SAKSSTATUSER } from '../felles-data';
import { Likebehandlingssignal } from '../vedtak/Likebehandlingssignal';
import { Anbefalingsvisning } from './Anbefalingsvisning';
import { Klagebehandling } from './Klagebehandling';
import { FOER_VEDTAK } from '../../../../../libs/domain/src/saksflyt/navn';
import { Forhandsvarsel, Kommunebytte, Sakshandlinger } from './Sakshandlinger';
import { IPLOS, Kartleggingsskjema } from './Kartleggingsskjema';
import { Vedtaksskjema } from './Vedtaksskjema';
import { Dokumenter } from './Dokumenter';

const KANAL: Record<string, string> = { muntlig: 'Muntlig', papir: 'Papir', digital: 'Digital', registrert_av_saksbehandler: 'Registrert av saksbehandler' };

export function SakSide({ id, okt }: { id: string; okt: Okt }) {
  const sak = useData(() => api.GET('/api/v1/soknader/{id}', { params: { path: { id } } }).then(svar), [id]);
  const ref = useData(() => Promise.all([hentKommuner(), hentTjenester()]), []);
  const harKartlegging = (sak.data?.kartlegginger.length ?? 0) > 0;
  const anbefaling = useData(() => (harKartlegging ? api.GET('/api/v1/soknader/{id}/anbefaling', { params: { path: { id } } }).then(svar) : Promise.resolve(null)), [id, harKartlegging, sak.data?.versjon]);
  const [nyttVedtak, settNyttVedtak] = useState<FattetVedtak | null>(null);
  const tjenestenavn = (k: string) => ref.data?.[1].find((t) => t.kode === k)?.navn ?? k;
  // What the last action did, shown at the top: the form that did it may be gone once the case has moved on.
  const [melding, settMelding] = useState('');
  // A new number per action: the same message twice is a new status that takes focus again.
  const [meldingNr, settMeldingNr] = useState(0);
  useEffect(() => settMelding(''), [id]);
  const endret = (m: string) => async () => {
    await sak.oppdater();
    settMelding(m);
    settMeldingNr((n) => n + 1);
  };

  if (sak.feil) return <Feilmelding feil={sak.feil} />;
  if (!sak.data) return <Laster />;
  const s = sak.data;
  const saksbehandler = okt.rolle === 'saksbehandler';
  const kommune = ref.data?.[0].find((k) => k.kommunenummer === s.kommunenummer);
  const sisteKartlegging = s.kartlegginger[0];

  return (
    <article>
      <Sidetittel>
        Sak {s.saksnummer}: {s.person.navn}
      </Sidetittel>
      <p className="ingress">
        <Statusmerke status={s.status} tekst={s.statusnavn} /> · {kommune?.navn ?? s.kommunenummer} · Frist {fmtDato(s.fristDato)}
        {s.forfalt && <span className="merke feil">Fristen er passert</span>}
        {!s.forfalt && s.snartForfall && <span className="merke advarsel">Fristen nærmer seg</span>}
      </p>
      {melding && <Suksess key={meldingNr}>{melding}</Suksess>}
      <div className="to-kolonner">
        <section aria-labelledby="person-tittel" className="panel">
          <h2 id="person-tittel">Person</h2>
          <dl>
            <dt>Navn</dt>
            <dd>{s.person.navn}</dd>
            <dt>Fødselsdato</dt>
            <dd>{fmtDato(s.person.fodselsdato)}</dd>
            <dt>Fødselsnummer</dt>
            <dd>{s.person.fodselsnummerMaskert}</dd>
            <dt>Adresse</dt>
            <dd>{s.person.adresseSkjermet ? 'Skjermet (strengt fortrolig)' : (s.person.adresse ?? '–')}</dd>
            {s.person.telefon && (
              <>
                <dt>Telefon</dt>
                <dd>{s.person.telefon}</dd>
              </>
            )}
            {s.person.representant && (
              <>
                <dt>Representant</dt>
                <dd>
                  {s.person.representant.navn} ({s.person.representant.rolle})
                </dd>
              </>
            )}
          </dl>
        </section>
        <section aria-labelledby="soknad-tittel" className="panel">
          <h2 id="soknad-tittel">Søknaden</h2>
          <dl>
            <dt>Mottatt</dt>
            <dd>
              {fmtDato(s.mottattDato)} ({KANAL[s.kanal] ?? s.kanal})
            </dd>
            <dt>Søker</dt>
            <dd>{s.sokerType === 'selv' ? 'Personen selv' : `${s.sokerNavn ?? ''} (${s.sokerType})`}</dd>
            <dt>Tjenester</dt>
            <dd>{s.tjenester.map(tjenestenavn).join(', ')}</dd>
            {(s.soktOm ?? []).length > 0 && (
              <>
                <dt>Søkt om</dt>
                <dd>
                  <ul className="liste">
                    {(s.soktOm ?? []).map((o) => (
                      <li key={o.tjenestekode}>
                        {tjenestenavn(o.tjenestekode)}: {[o.omfang !== null ? String(o.omfang).replace('.', ',') : null, o.frekvens].filter(Boolean).join(', ') || 'omfang ikke oppgitt'}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>Saksbehandler</dt>
            <dd>{s.saksbehandlerNavn ?? 'Ikke tildelt'}</dd>
            {s.innhenting && (
              <>
                <dt>Venter på opplysninger</dt>
                <dd>
                  {s.innhenting.opplysninger.join('; ')} (bedt om {fmtDato(s.innhenting.bestiltDato)}, svarfrist {fmtDato(s.innhenting.svarfrist)})
                </dd>
              </>
            )}
            {s.forhaandsvarsel && (
              <>
                <dt>Forhåndsvarsel</dt>
                <dd>
                  Sendt {fmtDato(s.forhaandsvarsel.sendtDato)}, frist for å uttale seg {fmtDato(s.forhaandsvarsel.uttalelsesfrist)}: {s.forhaandsvarsel.endring}
                </dd>
              </>
            )}
            {s.fritekst && (
              <>
                <dt>Gjelder</dt>
                <dd>{s.fritekst}</dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <section aria-labelledby="kartlegginger-tittel" className="panel">
        <h2 id="kartlegginger-tittel">Kartlegging</h2>
        {sisteKartlegging ? (
          <>
            <p>
              Siste kartlegging {fmtDato(sisteKartlegging.dato)}: <strong>{BISTANDSBEHOV[sisteKartlegging.bistandsbehov] ?? sisteKartlegging.bistandsbehov}</strong>
            </p>
            <details>
              <summary>IPLOS-skår</summary>
              <Tabell tittel="IPLOS-skår i siste kartlegging" kolonner={['Variabel', 'Skår']}>
                {IPLOS.map(([k, navn]) => (
                  <tr key={k}>
                    <th scope="row">{navn}</th>
                    <td>{sisteKartlegging.iplos[k] ?? '–'}</td>
                  </tr>
                ))}
              </Tabell>
            </details>
          </>
        ) : (
          <p>Ingen kartlegging er registrert.</p>
        )}
        {saksbehandler && FOER_VEDTAK.includes(s.status) && <Kartleggingsskjema sak={s} ferdig={endret('Kartleggingen er lagret.')} />}
      </section>

      {harKartlegging && (
        <section aria-labelledby="anbefaling-tittel" className="panel">
          <h2 id="anbefaling-tittel">Kriterienes anbefaling</h2>
          <Feilmelding feil={anbefaling.feil} />
          {anbefaling.data ? <Anbefalingsvisning anbefaling={anbefaling.data} tjenestenavn={tjenestenavn} /> : !anbefaling.feil && <Laster />}
          {saksbehandler && (FOER_VEDTAK.includes(s.status) || s.status === 'under_revurdering') && anbefaling.data && (
            <Vedtaksskjema
              key={s.versjon}
              sak={s}
              anbefaling={anbefaling.data}
              tjenestenavn={tjenestenavn}
              ferdig={async (v) => {
                settNyttVedtak(v);
                await sak.oppdater();
              }}
            />
          )}
        </section>
      )}

      <section aria-labelledby="vedtak-liste-tittel" className="panel">
        <h2 id="vedtak-liste-tittel">Vedtak</h2>
        {nyttVedtak && (
          <Suksess>
            {nyttVedtak.status === 'utkast' ? 'Vedtaksutkastet er lagret og må godkjennes av en annen (fire øyne).' : 'Vedtaket er fattet. Brevet lages nå.'}{' '}
            <Lenke til={`/vedtak/${nyttVedtak.id}`}>Åpne vedtaket</Lenke>
          </Suksess>
        )}
        {nyttVedtak && <Likebehandlingssignal signaler={nyttVedtak.likebehandling ?? []} tjenestenavn={tjenestenavn} />}
        {s.vedtak?.length ? (
          <ul>
            {s.vedtak.map((v) => (
              <li key={v.id}>
                <Lenke til={`/vedtak/${v.id}`}>{v.beskrivelse}</Lenke>
                {v.status === 'utkast' && <span className="merke advarsel">Utkast</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>Saken har ingen vedtak ennå.</p>
        )}
      </section>

      <Brevliste brev={s.brev} />
      <Dokumenter soknadId={s.id} />

      {saksbehandler && s.tillatteHandlinger.includes('registrer_klage') && <Klageskjema sak={s} ferdig={endret('Klagen er registrert.')} />}
      <Klagebehandling klager={s.klager ?? []} kanBehandle={saksbehandler} ferdig={endret('Klagen er oppdatert.')} />
      {saksbehandler && s.status === 'under_revurdering' && <Forhandsvarsel sak={s} ferdig={endret('Forhåndsvarselet er sendt.')} />}
      {saksbehandler && <Sakshandlinger sak={s} ferdig={endret('Saken er oppdatert.')} />}
      {FOER_VEDTAK.includes(s.status) && <Kommunebytte sak={s} kommuner={(ref.data?.[0] ?? []).filter((k) => okt.kommuner.includes(k.kommunenummer))} ferdig={endret('Saken er flyttet.')} />}

      <Journal sak={s} ferdig={sak.oppdater} />

      <section aria-labelledby="historikk-tittel" className="panel">
        <h2 id="historikk-tittel">Historikk</h2>
        <Tabell tittel="Statushistorikk" kolonner={['Tidspunkt', 'Status', 'Av', 'Kommentar']}>
          {s.historikk.map((h, i) => (
            <tr key={i}>
              <td>{fmtTid(h.tidspunkt)}</td>
              <td>{SAKSSTATUSER[h.tilStatus] ?? h.tilStatus}</td>
              <td>{h.brukerNavn}</td>
              <td>{h.kommentar ?? ''}</td>
            </tr>
          ))}
        </Tabell>
      </section>
    </article>
  );
}

/** Every letter of the case, each downloadable as the exact bytes that were sent. */
function Brevliste({ brev }: { brev: Sak['brev'] }) {
  const nedlasting = useHandling();
  return (
    <section aria-labelledby="brev-tittel" className="panel">
      <h2 id="brev-tittel">Brev</h2>
      <Feilmelding feil={nedlasting.feil} />
      {brev.length ? (
        <Tabell tittel="Brev i saken" kolonner={['Brev', 'Bestilt', 'Status', 'Sendt', 'Levering', 'Handling']}>
          {brev.map((b) => (
            <tr key={b.id}>
              <td>{brevtypenavn(b.brevtype)}</td>
              <td>{fmtTid(b.opprettet)}</td>
              <td>
                <Statusmerke status={b.status} tekst={BREVSTATUS[b.status] ?? b.status} />
              </td>
              <td>{fmtDato(b.sendtDato)}</td>
              <td>
                {b.leveransekanal === 'svarut' ? `SvarUt: ${LEVERANSESTATUS[b.leveransestatus ?? ''] ?? b.leveransestatus ?? '–'}` : b.leveransekanal === 'fil' ? 'Filavlevering' : '–'}
                {b.arkivJournalpostnummer && <div>Arkivert, journalpost {b.arkivJournalpostnummer}</div>}
              </td>
              <td>
                {(b.status === 'sendt' || b.status === 'ferdig') && (
                  <button type="button" className="sekundar liten" disabled={nedlasting.opptatt} onClick={() => void nedlasting.kjor(() => api.GET('/api/v1/brev/{id}/pdf', { params: { path: { id: b.id } }, parseAs: 'blob' }).then((r) => lastNed(svar(r), `${brevtypenavn(b.brevtype)} ${fmtDato(b.sendtDato ?? b.opprettet)}.pdf`)))}>
                    Last ned {brevtypenavn(b.brevtype).toLowerCase()} (PDF)
                  </button>
                )}
              </td>
            </tr>
          ))}
        </Tabell>
      ) : (
        <p>Ingen brev er sendt i saken.</p>
      )}
    </section>
  );
}

function Journal({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const [tekst, settTekst] = useState('');
  return (
    <section aria-labelledby="journal-tittel" className="panel">
      <h2 id="journal-tittel">Journal</h2>
      {sak.journal.length ? (
        <ul className="journal">
          {sak.journal.map((j) => (
            <li key={j.id}>
              <p className="meta">
                {fmtTid(j.opprettet)} · {j.opprettetAvNavn}
              </p>
              <p>{j.tekst}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Ingen journalnotater.</p>
      )}
      <Skjema
        tittel="Nytt journalnotat"
        niva={3}
        knapp="Lagre notat"
        sekundar
        send={async () => {
          svar(await api.POST('/api/v1/soknader/{id}/journal', { params: { path: { id: sak.id } }, body: { tekst } }));
          settTekst('');
          await ferdig();
        }}
      >
        {(feil) => <Tekstfelt etikett="Journalnotat" felt="tekst" feil={feil} rader={2} verdi={tekst} endre={settTekst} />}
      </Skjema>
    </section>
  );
}

/** The complaint names the decision it is about, chosen among the case's decisions by service, outcome and date. */
function Klageskjema({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const vedtak = (sak.vedtak ?? []).filter((v) => v.status === 'vedtatt');
  const [f, sett] = useState({ vedtakId: vedtak.at(-1)?.id ?? '', mottattDato: iDag(), kjentDato: '', begrunnelse: '' });
  return (
    <Skjema
      tittel="Registrer klage"
      knapp="Registrer klagen"
      send={async () => {
        svar(await api.POST('/api/v1/soknader/{id}/klage', { params: { path: { id: sak.id } }, body: { versjon: sak.versjon, vedtakId: f.vedtakId, mottattDato: f.mottattDato, ...(f.kjentDato ? { kjentDato: f.kjentDato } : {}), begrunnelse: f.begrunnelse } }));
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <Valg etikett="Vedtaket det klages på" felt="vedtakId" feil={feil} verdi={f.vedtakId} endre={(vedtakId) => sett({ ...f, vedtakId })} valg={vedtak.map((v) => [v.id, v.beskrivelse] as const)} />
          <div className="rutenett">
            <Felt etikett="Klagen mottatt" feil={feltfeil(feil, 'mottattDato')} navn="mottattDato">
              {(id, d) => <input id={id} type="date" aria-describedby={d} value={f.mottattDato} onChange={(e) => sett({ ...f, mottattDato: e.target.value })} />}
            </Felt>
            <Felt etikett="Parten fikk vite om vedtaket (valgfritt)" feil={feltfeil(feil, 'kjentDato')} navn="kjentDato">
              {(id, d) => <input id={id} type="date" aria-describedby={d} value={f.kjentDato} onChange={(e) => sett({ ...f, kjentDato: e.target.value })} />}
            </Felt>
          </div>
          <Tekstfelt etikett="Klagerens begrunnelse" felt="begrunnelse" feil={feil} verdi={f.begrunnelse} endre={(begrunnelse) => sett({ ...f, begrunnelse })} />
        </>
      )}
    </Skjema>
  );
}
