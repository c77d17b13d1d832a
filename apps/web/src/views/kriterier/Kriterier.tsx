import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar } from '../../api/klient';
import { Feilmelding, Felt, Laster, Sidetittel, Statusmerke, Suksess, Tabell, useData, useHandling } from '../../components/felles';
import { lesJson } from '../../components/JsonRedigering';
import { Versjonspanel, VERSJONSSTATUS } from '../../components/Versjonspanel';
import { fmtDato, fmtTall } from '../../format';
import { hentKommuner } from '../felles-data';

type Kriteriesett = components['schemas']['KriteriesettDto'];
type Utkast = components['schemas']['KriteriesettUtkastDto'];
/** The document describes the comparison as a free-form object: the fields this view reads. */
interface Sammenligning {
  antallAvvik: number;
  tjenester: { tjenestekode: string; tjenestenavn: string; harAvvik: boolean; rader: { endring: string; fellesNaar: string | null; lokalNaar: string | null; felles: { id: string; utfall: string } | null; lokal: { id: string; utfall: string } | null }[] }[];
}

export function Kriterier() {
  const liste = useData(() => api.GET('/api/v1/tildelingskriterier').then(svar), []);
  const kommuner = useData(hentKommuner, []);
  const [valgt, settValgt] = useState<Kriteriesett | null>(null);
  const [tekst, settTekst] = useState('');
  const [meta, settMeta] = useState({ navn: '', gyldigFra: '' });
  const [kommune, settKommune] = useState('1865');
  const [sammenligning, settSammenligning] = useState<Sammenligning | null>(null);
  const [melding, settMelding] = useState('');
  const h = useHandling();

  const apne = (k: Kriteriesett) => {
    settValgt(k);
    settTekst(JSON.stringify({ innhold: k.innhold, lokaleAvvik: k.lokaleAvvik }, null, 2));
    settMeta({ navn: k.navn, gyldigFra: k.gyldigFra });
    settSammenligning(null);
  };
  // The JSON typed by hand is checked by the API, which names every field it refuses.
  const kropp = (): Utkast => {
    const j = lesJson(tekst) as Pick<Utkast, 'innhold' | 'lokaleAvvik'>;
    return { navn: meta.navn, gyldigFra: meta.gyldigFra, innhold: j.innhold, lokaleAvvik: j.lokaleAvvik ?? [] };
  };

  return (
    <section>
      <Sidetittel>Tildelingskriterier</Sidetittel>
      {melding && <Suksess>{melding}</Suksess>}
      {!liste.data ? (
        <Laster />
      ) : (
        <Tabell tittel="Versjoner av kriteriesettet" kolonner={['Navn', 'Versjon', 'Gyldig', 'Status', 'Tjenester / lokale avvik', 'Handling']}>
          {liste.data.map((k) => (
            <tr key={k.id}>
              <td>{k.navn}</td>
              <td>{k.versjon}</td>
              <td>
                {fmtDato(k.gyldigFra)} – {k.gyldigTil ? fmtDato(k.gyldigTil) : 'løpende'}
              </td>
              <td>
                <Statusmerke status={k.status} tekst={VERSJONSSTATUS[k.status] ?? k.status} />
                {k.iKraft && <span className="merke ok">I kraft</span>}
              </td>
              <td>
                {fmtTall(k.antallTjenester)} / {fmtTall(k.antallLokaleAvvik)}
              </td>
              <td>
                <button type="button" className="sekundar liten" onClick={() => void h.kjor(async () => apne(svar(await api.GET('/api/v1/tildelingskriterier/{id}', { params: { path: { id: k.id } } }))))}>
                  Åpne versjon {k.versjon}
                </button>
              </td>
            </tr>
          ))}
        </Tabell>
      )}
      <Feilmelding feil={liste.feil ?? h.feil} />
      {valgt && (
        <Versjonspanel
          dokument={valgt}
          tittel={`${valgt.navn}, versjon ${valgt.versjon} (${VERSJONSSTATUS[valgt.status] ?? valgt.status})`}
          hva="kriteriesettet"
          json={{ etikett: 'Kriterier og lokale avvik', verdi: tekst, endre: settTekst }}
          handlinger={{
            lagre: async () => svar(await api.PUT('/api/v1/tildelingskriterier/{id}', { params: { path: { id: valgt.id } }, body: kropp() })),
            publiser: async () => svar(await api.POST('/api/v1/tildelingskriterier/{id}/publiser', { params: { path: { id: valgt.id } } })),
            nyttUtkast: async () => svar(await api.POST('/api/v1/tildelingskriterier', { body: { ...kropp(), navn: `${meta.navn} (utkast)` } })),
            trekkTilbake: async () => svar(await api.POST('/api/v1/tildelingskriterier/{id}/trekk-tilbake', { params: { path: { id: valgt.id } } })),
          }}
          apne={apne}
          endret={async (m) => {
            settMelding(m);
            await liste.oppdater();
          }}
          felter={
            <div className="rutenett">
              <Felt etikett="Navn">{(id) => <input id={id} value={meta.navn} readOnly={valgt.status !== 'utkast'} onChange={(e) => settMeta({ ...meta, navn: e.target.value })} />}</Felt>
              <Felt etikett="Gyldig fra">{(id) => <input id={id} type="date" value={meta.gyldigFra} readOnly={valgt.status !== 'utkast'} onChange={(e) => settMeta({ ...meta, gyldigFra: e.target.value })} />}</Felt>
            </div>
          }
        >
          <h3>Sammenlign en kommunes avvik med de felles reglene</h3>
          <form
            className="filter"
            onSubmit={(e) => {
              e.preventDefault();
              void h.kjor(async () => settSammenligning(svar(await api.GET('/api/v1/tildelingskriterier/{id}/sammenligning', { params: { path: { id: valgt.id }, query: { kommune } } })) as unknown as Sammenligning));
            }}
          >
            <Felt etikett="Kommune">
              {(id) => (
                <select id={id} value={kommune} onChange={(e) => settKommune(e.target.value)}>
                  {kommuner.data?.map((k) => (
                    <option key={k.kommunenummer} value={k.kommunenummer}>
                      {k.navn}
                    </option>
                  ))}
                </select>
              )}
            </Felt>
            <button type="submit" className="sekundar">
              Sammenlign
            </button>
          </form>
          {sammenligning && (
            <div>
              <p>{fmtTall(sammenligning.antallAvvik)} lokale avvik.</p>
              {sammenligning.tjenester
                .filter((t) => t.harAvvik)
                .map((t) => (
                  <table key={t.tjenestekode}>
                    <caption>{t.tjenestenavn}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Endring</th>
                        <th scope="col">Felles regel</th>
                        <th scope="col">Lokal regel</th>
                      </tr>
                    </thead>
                    <tbody>
                      {t.rader.map((r, i) => (
                        <tr key={i} className={r.endring !== 'uendret' ? 'endret' : undefined}>
                          <td>{r.endring}</td>
                          <td>{r.felles ? `${r.felles.id}: ${r.fellesNaar ?? ''} → ${r.felles.utfall}` : '–'}</td>
                          <td>{r.lokal ? `${r.lokal.id}: ${r.lokalNaar ?? ''} → ${r.lokal.utfall}` : '–'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ))}
              {sammenligning.antallAvvik === 0 && <p>Kommunen følger de felles reglene.</p>}
            </div>
          )}
        </Versjonspanel>
      )}
    </section>
  );
}
