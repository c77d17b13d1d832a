import { useState } from 'react';
import { api } from '../../api/klient';
import type { Anbefaling, Brevforhandsvisning, Sak, Vedtak } from '../../api/typer';
import { Brevtekst } from '../../components/Brevtekst';
import { Feilmelding, Felt, feltfeil, useHandling } from '../../components/felles';
import { ENHET, UTFALL } from '../../format';
import { omfangTekst } from './Anbefalingsvisning';

const AVVIKSKATEGORIER: Record<string, string> = {
  individuell_vurdering: 'Individuell vurdering',
  familiens_situasjon: 'Familiens situasjon',
  helsetilstand_endret: 'Helsetilstanden er endret',
  bolig_og_omgivelser: 'Bolig og omgivelser',
  lokal_forskrift: 'Lokal forskrift',
  annet: 'Annet',
};
const TILDELER = ['innvilget', 'delvis_innvilget'];
const om = (dager: number) => new Date(Date.now() + dager * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

interface Linje {
  tjenestekode: string;
  utfall: string;
  omfang: string;
  innhold: string;
  startdato: string;
  evalueringsdato: string;
  avvikKategori: string;
  avvikBegrunnelse: string;
}

/** Whether a line departs from the recommendation, which the API requires a justification for. */
function avviker(l: Linje, a: Anbefaling['anbefalinger'][number] | undefined): boolean {
  if (!a) return false;
  if (l.utfall !== a.utfall) return true;
  if (a.omfang && l.omfang !== '') {
    const n = Number(l.omfang.replace(',', '.'));
    return n < a.omfang.min || n > a.omfang.max;
  }
  return false;
}

export function Vedtaksskjema({ sak, anbefaling, tjenestenavn, ferdig }: { sak: Sak; anbefaling: Anbefaling; tjenestenavn: (k: string) => string; ferdig: (v: Vedtak) => Promise<void> }) {
  const [linjer, settLinjer] = useState<Linje[]>(() =>
    anbefaling.anbefalinger.map((a) => ({
      tjenestekode: a.tjenestekode,
      utfall: a.utfall,
      omfang: a.omfang ? String(a.omfang.min) : '',
      innhold: '',
      startdato: om(7),
      evalueringsdato: om(180),
      avvikKategori: '',
      avvikBegrunnelse: '',
    })),
  );
  const [vurdering, settVurdering] = useState(anbefaling.vurderingsutkast);
  const { feil, opptatt, kjor } = useHandling();
  const [forhandsvisning, settForhandsvisning] = useState<Brevforhandsvisning | null>(null);
  const endre = (i: number, x: Partial<Linje>) => settLinjer(linjer.map((l, j) => (j === i ? { ...l, ...x } : l)));

  // The decision and its preview send the same body, so the preview shows what the letter will say.
  const body = () => ({
    versjon: sak.versjon,
    vurdering,
    tjenester: linjer.map((l, i) => {
      const tildeler = TILDELER.includes(l.utfall);
      return {
        tjenestekode: l.tjenestekode,
        utfall: l.utfall,
        ...(tildeler && l.omfang !== '' ? { omfang: Number(l.omfang.replace(',', '.')) } : {}),
        ...(l.innhold ? { innhold: l.innhold } : {}),
        ...(tildeler ? { startdato: l.startdato, evalueringsdato: l.evalueringsdato } : {}),
        ...(avviker(l, anbefaling.anbefalinger[i]) ? { avvikKategori: l.avvikKategori || undefined, avvikBegrunnelse: l.avvikBegrunnelse } : {}),
      };
    }),
  });

  return (
    <form
      noValidate
      aria-labelledby="vedtak-tittel"
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(async () => ferdig(await api.post<Vedtak>(`/soknader/${sak.id}/vedtak`, body())));
      }}
    >
      <h3 id="vedtak-tittel">Fatt vedtak</h3>
      <Feilmelding feil={feil} />
      {linjer.map((l, i) => {
        const a = anbefaling.anbefalinger[i];
        const avvik = avviker(l, a);
        const enhet = a?.omfang?.enhet ?? 'timer_per_uke';
        return (
          <fieldset key={l.tjenestekode}>
            <legend>{tjenestenavn(l.tjenestekode)}</legend>
            {a && (
              <p className="hjelp">
                Kriteriene anbefaler: {UTFALL[a.utfall] ?? a.utfall}
                {a.omfang ? ` – ${omfangTekst(a.omfang)}` : ''}
              </p>
            )}
            <div className="rutenett">
              <Felt etikett="Utfall" feil={feltfeil(feil, `tjenester.${i}.utfall`)}>
                {(id, d) => (
                  <select id={id} aria-describedby={d} value={l.utfall} onChange={(e) => endre(i, { utfall: e.target.value })}>
                    {Object.entries(UTFALL).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                )}
              </Felt>
              {TILDELER.includes(l.utfall) && (
                <>
                  <Felt etikett={`Omfang (${ENHET[enhet] ?? enhet})`} feil={feltfeil(feil, `tjenester.${i}.omfang`)}>
                    {(id, d) => <input id={id} inputMode="decimal" aria-describedby={d} value={l.omfang} onChange={(e) => endre(i, { omfang: e.target.value })} />}
                  </Felt>
                  <Felt etikett="Startdato" feil={feltfeil(feil, `tjenester.${i}.startdato`)}>
                    {(id, d) => <input id={id} type="date" aria-describedby={d} value={l.startdato} onChange={(e) => endre(i, { startdato: e.target.value })} />}
                  </Felt>
                  <Felt etikett="Evalueringsdato" feil={feltfeil(feil, `tjenester.${i}.evalueringsdato`)}>
                    {(id, d) => <input id={id} type="date" aria-describedby={d} value={l.evalueringsdato} onChange={(e) => endre(i, { evalueringsdato: e.target.value })} />}
                  </Felt>
                </>
              )}
            </div>
            {TILDELER.includes(l.utfall) && (
              <Felt etikett="Innhold i tjenesten (valgfritt)">
                {(id) => <input id={id} value={l.innhold} onChange={(e) => endre(i, { innhold: e.target.value })} />}
              </Felt>
            )}
            {avvik && (
              <div className="varsel advarsel">
                <p>
                  <strong>Vedtaket avviker fra kriterienes anbefaling.</strong> Avviket må begrunnes.
                </p>
                <Felt etikett="Grunnen til avviket" feil={feltfeil(feil, `tjenester.${i}.avvikKategori`)}>
                  {(id, d) => (
                    <select id={id} aria-describedby={d} value={l.avvikKategori} onChange={(e) => endre(i, { avvikKategori: e.target.value })}>
                      <option value="">Velg …</option>
                      {Object.entries(AVVIKSKATEGORIER).map(([k, v]) => (
                        <option key={k} value={k}>
                          {v}
                        </option>
                      ))}
                    </select>
                  )}
                </Felt>
                <Felt etikett="Begrunnelse for avviket" feil={feltfeil(feil, `tjenester.${i}.avvikBegrunnelse`)}>
                  {(id, d) => <textarea id={id} rows={3} aria-describedby={d} value={l.avvikBegrunnelse} onChange={(e) => endre(i, { avvikBegrunnelse: e.target.value })} />}
                </Felt>
              </div>
            )}
          </fieldset>
        );
      })}
      <Felt etikett="Vurdering" hjelp="Utkast fra kriterienes begrunnelser. Rediger slik at det passer saken." feil={feltfeil(feil, 'vurdering')}>
        {(id, d) => <textarea id={id} rows={5} aria-describedby={d} value={vurdering} onChange={(e) => settVurdering(e.target.value)} />}
      </Felt>
      <div className="knapper">
        <button type="button" className="sekundar" disabled={opptatt} onClick={() => void kjor(async () => settForhandsvisning(await api.post<Brevforhandsvisning>(`/soknader/${sak.id}/vedtak/forhandsvisning`, body())))}>
          Forhåndsvis brevet
        </button>
        <button type="submit" disabled={opptatt}>
          Fatt vedtak
        </button>
      </div>
      {forhandsvisning && <Brevtekst brev={forhandsvisning} tittel="Forhåndsvisning av vedtaksbrevet" niva={4} />}
    </form>
  );
}
