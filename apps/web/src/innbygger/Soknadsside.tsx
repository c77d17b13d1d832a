import { useEffect, useState, type FormEvent } from 'react';
import { fullforInnlogging, loggUt, startInnlogging, token, type Idportenvalg } from './idporten';
import { TEKSTER, type Maalform } from './tekster';
import { somBase64 } from '../api/filer';

interface Skjemavalg {
  kommuner: { kommunenummer: string; navn: string }[];
  tjenester: { kode: string; navn: string; navnNynorsk: string }[];
}

interface Kvittering {
  id: string;
  saksnummer: string;
  mottaker: string;
  mottattDato: string;
  tjenester: { kode: string; navn: string }[];
  kvitteringsbrev: { lenke: string };
}

type Tilstand = { side: 'laster' } | { side: 'ikke_tilgjengelig' } | { side: 'logg_inn'; valg: Idportenvalg } | { side: 'skjema'; valg: Idportenvalg } | { side: 'kvittering'; kvittering: Kvittering };

const hentJson = async <T,>(sti: string): Promise<T> => {
  const res = await fetch(`/api/v1${sti}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as T;
};

/**
 * The citizens' application form: its own small page (not the caseworkers' app), bokmål or nynorsk, one column
 * that fits a phone. Signs in with ID-porten, sends the application, shows the receipt and offers the receipt
 * letter.
 */
export function Soknadsside() {
  const [maalform, setMaalform] = useState<Maalform>(() => (localStorage.getItem('tk.maalform') === 'nn' ? 'nn' : 'nb'));
  const t = TEKSTER[maalform];
  const [tilstand, setTilstand] = useState<Tilstand>({ side: 'laster' });
  const [feil, setFeil] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = maalform;
    document.title = t.tittel;
    localStorage.setItem('tk.maalform', maalform);
  }, [maalform, t.tittel]);

  useEffect(() => {
    void (async () => {
      const valg = await hentJson<Idportenvalg | null>('/innbyggersoknader/innlogging').catch(() => null);
      if (!valg) return setTilstand({ side: 'ikke_tilgjengelig' });
      if (new URLSearchParams(location.search).has('code') || new URLSearchParams(location.search).has('error')) {
        await fullforInnlogging(valg).catch((e: unknown) => setFeil(e instanceof Error ? e.message : String(e)));
      }
      setTilstand(token() ? { side: 'skjema', valg } : { side: 'logg_inn', valg });
    })();
  }, []);

  return (
    <main className="innbygger">
      <header>
        <p className="avsender">Felles tildelingskontor Lofoten</p>
        <button type="button" className="sprak" onClick={() => setMaalform(maalform === 'nb' ? 'nn' : 'nb')} lang={maalform === 'nb' ? 'nn' : 'nb'}>
          {t.sprak}
        </button>
      </header>
      <h1>{t.tittel}</h1>
      <p>{t.ingress}</p>
      {feil && (
        <p role="alert" className="feil">
          {feil}
        </p>
      )}
      {tilstand.side === 'laster' && <p aria-live="polite">…</p>}
      {tilstand.side === 'ikke_tilgjengelig' && <p>{t.ikkeTilgjengelig}</p>}
      {tilstand.side === 'logg_inn' && (
        <section>
          <p>{t.loggInnForklaring}</p>
          <button type="button" onClick={() => void startInnlogging(tilstand.valg, maalform).catch((e: unknown) => setFeil(e instanceof Error ? e.message : String(e)))}>
            {t.loggInn}
          </button>
        </section>
      )}
      {tilstand.side === 'skjema' && (
        <Skjema
          maalform={maalform}
          sendt={(kvittering) => setTilstand({ side: 'kvittering', kvittering })}
          utlogget={() => {
            loggUt();
            setFeil(t.utlogget);
            setTilstand({ side: 'logg_inn', valg: tilstand.valg });
          }}
        />
      )}
      {tilstand.side === 'kvittering' && <Kvitteringsvisning kvittering={tilstand.kvittering} maalform={maalform} />}
    </main>
  );
}

function Skjema({ maalform, sendt, utlogget }: { maalform: Maalform; sendt: (k: Kvittering) => void; utlogget: () => void }) {
  const t = TEKSTER[maalform];
  const [valg, setValg] = useState<Skjemavalg | null>(null);
  const [forAnnen, setForAnnen] = useState(false);
  const [feil, setFeil] = useState<string[]>([]);
  const [sender, setSender] = useState(false);

  useEffect(() => {
    void hentJson<Skjemavalg>('/innbyggersoknader/skjema').then(setValg, () => setFeil([t.ikkeTilgjengelig]));
  }, [t.ikkeTilgjengelig]);

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const tekst = (navn: string) => String(f.get(navn) ?? '').trim() || undefined;
    const body = {
      kommunenummer: tekst('kommunenummer') ?? '',
      tjenester: f.getAll('tjenester').map(String),
      hvaSokesOm: tekst('hvaSokesOm') ?? '',
      situasjon: tekst('situasjon'),
      samtykkeInnhenting: f.get('samtykke') === 'ja' ? true : f.get('samtykke') === 'nei' ? false : undefined,
      bekreftet: f.get('bekreftet') === 'ja',
      navn: tekst('navn') ?? '',
      adresse: tekst('adresse'),
      telefon: tekst('telefon'),
      epost: tekst('epost'),
      maalform,
      // Attachments go as base64 in the same request: the case and its documents are made together or not at all.
      vedlegg: await Promise.all(
        f
          .getAll('vedlegg')
          .filter((v): v is File => v instanceof File && v.size > 0)
          .map(async (fil) => ({ tittel: fil.name.replace(/\.[^.]+$/, '') || fil.name, filnavn: fil.name, innholdBase64: await somBase64(fil) })),
      ),
      ...(forAnnen ? { paaVegneAv: { fodselsnummer: (tekst('annenFnr') ?? '').replace(/\s/g, ''), navn: tekst('annenNavn') ?? '', adresse: tekst('annenAdresse'), rolle: tekst('rolle') ?? 'verge' } } : {}),
    };
    setSender(true);
    setFeil([]);
    try {
      const res = await fetch('/api/v1/innbyggersoknader', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token() ?? ''}` }, body: JSON.stringify(body) });
      if (res.status === 401) return utlogget();
      const svar = (await res.json().catch(() => ({}))) as Kvittering & { detail?: string; errors?: { field: string; message: string }[] };
      if (!res.ok) return setFeil(svar.errors?.length ? svar.errors.map((x) => x.message) : [svar.detail ?? String(res.status)]);
      sendt(svar);
    } finally {
      setSender(false);
    }
  }

  if (!valg) return <p aria-live="polite">…</p>;
  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      {feil.length > 0 && (
        <div role="alert" className="feil">
          <p>{t.feilSkjema}</p>
          <ul>
            {feil.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>{t.kommune}</legend>
        {valg.kommuner.map((k) => (
          <label key={k.kommunenummer} className="valg">
            <input type="radio" name="kommunenummer" value={k.kommunenummer} required /> {k.navn}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.tjenester}</legend>
        {valg.tjenester.map((s) => (
          <label key={s.kode} className="valg">
            <input type="checkbox" name="tjenester" value={s.kode} /> {maalform === 'nn' ? s.navnNynorsk : s.navn}
          </label>
        ))}
      </fieldset>
      <label>
        {t.hvaSokesOm}
        <textarea name="hvaSokesOm" rows={4} required maxLength={5000} />
      </label>
      <label>
        {t.situasjon}
        <textarea name="situasjon" rows={4} maxLength={10000} />
      </label>
      <label>
        {t.vedlegg}
        <span className="hjelp" id="vedlegg-hjelp">
          {t.vedleggHjelp}
        </span>
        <input name="vedlegg" type="file" multiple accept="application/pdf,image/jpeg,image/png" aria-describedby="vedlegg-hjelp" />
      </label>
      <fieldset>
        <legend>{t.samtykke}</legend>
        <label className="valg">
          <input type="radio" name="samtykke" value="ja" required /> {t.ja}
        </label>
        <label className="valg">
          <input type="radio" name="samtykke" value="nei" /> {t.nei}
        </label>
      </fieldset>
      <label className="valg">
        <input type="checkbox" checked={forAnnen} onChange={(e) => setForAnnen(e.target.checked)} /> {t.forAnnen}
      </label>
      {forAnnen && (
        <fieldset>
          <legend>{t.rolle}</legend>
          {(['verge', 'forelder', 'fullmektig'] as const).map((r) => (
            <label key={r} className="valg">
              <input type="radio" name="rolle" value={r} defaultChecked={r === 'verge'} /> {t.roller[r]}
            </label>
          ))}
          <label>
            {t.annenFnr}
            <input name="annenFnr" inputMode="numeric" autoComplete="off" maxLength={13} required />
          </label>
          <label>
            {t.annenNavn}
            <input name="annenNavn" required maxLength={200} />
          </label>
          <label>
            {t.annenAdresse}
            <input name="annenAdresse" maxLength={300} />
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>{t.omDeg}</legend>
        <label>
          {t.navn}
          <input name="navn" autoComplete="name" required maxLength={200} />
        </label>
        <label>
          {t.adresse}
          <input name="adresse" autoComplete="street-address" maxLength={300} />
        </label>
        <label>
          {t.telefon}
          <input name="telefon" type="tel" autoComplete="tel" maxLength={40} />
        </label>
        <label>
          {t.epost}
          <input name="epost" type="email" autoComplete="email" maxLength={200} />
        </label>
      </fieldset>
      <label className="valg">
        <input type="checkbox" name="bekreftet" value="ja" required /> {t.bekreft}
      </label>
      <button type="submit" disabled={sender}>
        {sender ? t.sender : t.send}
      </button>
    </form>
  );
}

function Kvitteringsvisning({ kvittering, maalform }: { kvittering: Kvittering; maalform: Maalform }) {
  const t = TEKSTER[maalform];
  const [melding, setMelding] = useState<string | null>(null);

  async function lastNed() {
    const res = await fetch(kvittering.kvitteringsbrev.lenke, { headers: { Authorization: `Bearer ${token() ?? ''}` } });
    if (res.status === 409) return setMelding(t.pdfIkkeKlar);
    if (!res.ok) return setMelding(String(res.status));
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `kvittering-${kvittering.saksnummer}.pdf`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="kvittering-tittel">
      <h2 id="kvittering-tittel">{t.kvitteringTittel}</h2>
      <dl>
        <dt>{t.saksnummer}</dt>
        <dd>{kvittering.saksnummer}</dd>
        <dt>{t.mottaker}</dt>
        <dd>{kvittering.mottaker}</dd>
        <dt>{t.mottatt}</dt>
        <dd>{kvittering.mottattDato.split('-').reverse().join('.')}</dd>
        <dt>{t.tjenester}</dt>
        <dd>{kvittering.tjenester.map((s) => s.navn).join(', ')}</dd>
      </dl>
      <button type="button" onClick={() => void lastNed()}>
        {t.kvitteringPdf}
      </button>
      {melding && <p aria-live="polite">{melding}</p>}
    </section>
  );
}
