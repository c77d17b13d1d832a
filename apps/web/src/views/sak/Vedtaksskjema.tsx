import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar } from '../../api/klient';
import type { Anbefaling, Brevforhandsvisning, FattetVedtak, Sak } from '../../api/typer';
import { Brevtekst } from '../../components/Brevtekst';
import { Feilmelding, Felt, feltfeil, useHandling } from '../../components/felles';
import { Tekstfelt, Valg } from '../../components/Skjema';
import { ENHET, UTFALL } from '../../format';
import { omfangTekst } from './Anbefalingsvisning';

type Vedtakslinje = components['schemas']['VedtakslinjeDto'];
type Utfall = Vedtakslinje['utfall'];
type Avvikskategori = NonNullable<Vedtakslinje['avvikKategori']>;

const AVVIKSKATEGORIER: readonly (readonly [Avvikskategori | '', string])[] = [
  ['', 'Velg …'],
  ['individuell_vurdering', 'Individuell vurdering'],
  ['familiens_situasjon', 'Familiens situasjon'],
  ['helsetilstand_endret', 'Helsetilstanden er endret'],
  ['bolig_og_omgivelser', 'Bolig og omgivelser'],
  ['lokal_forskrift', 'Lokal forskrift'],
  ['annet', 'Annet'],
];
const UTFALLSVALG: readonly (readonly [Utfall, string])[] = [
  ['innvilget', 'Innvilget'],
  ['delvis_innvilget', 'Delvis innvilget'],
  ['avslag', 'Avslag'],
  ['venteliste', 'Venteliste'],
];
const TILDELER: readonly Utfall[] = ['innvilget', 'delvis_innvilget'];
const om = (dager: number) => new Date(Date.now() + dager * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

interface Linje {
  tjenestekode: string;
  utfall: Utfall;
  omfang: string;
  innhold: string;
  startdato: string;
  evalueringsdato: string;
  avvikKategori: Avvikskategori | '';
  avvikBegrunnelse: string;
  begrunnelse: string;
}

/** Outcomes that do not give what was asked for: the letter must say why (fvl. §§ 24–25). */
const IKKE_FULLT: readonly Utfall[] = ['delvis_innvilget', 'avslag'];

/** One entry per non-blank line of a text area. */
const linjerAv = (tekst: string) => tekst.split('\n').map((s) => s.trim()).filter(Boolean);

/** Whether a line departs from the recommendation, which the API requires a justification for. */
function avviker(l: Linje, a: Anbefaling['anbefalinger'][number] | undefined): boolean {
  if (!a || a.utfall === null) return false;
  if (l.utfall !== a.utfall) return true;
  if (a.omfang && l.omfang !== '') {
    const n = Number(l.omfang.replace(',', '.'));
    return n < a.omfang.min || n > a.omfang.max;
  }
  return false;
}

export function Vedtaksskjema({ sak, anbefaling, tjenestenavn, ferdig }: { sak: Sak; anbefaling: Anbefaling; tjenestenavn: (k: string) => string; ferdig: (v: FattetVedtak) => Promise<void> }) {
  const [linjer, settLinjer] = useState<Linje[]>(() =>
    anbefaling.anbefalinger.map((a) => ({
      tjenestekode: a.tjenestekode,
      utfall: a.utfall ?? 'avslag',
      omfang: a.omfang ? String(a.omfang.min) : '',
      innhold: '',
      startdato: om(7),
      evalueringsdato: om(180),
      avvikKategori: '',
      avvikBegrunnelse: '',
      begrunnelse: '',
    })),
  );
  const [vurdering, settVurdering] = useState(anbefaling.vurderingsutkast);
  const [opplysninger, settOpplysninger] = useState('');
  const [mellomtiden, settMellomtiden] = useState('');
  // In a re-evaluation the new decision replaces the one in force: a change or a stop, from a given day.
  const gjeldende = sak.status === 'under_revurdering' ? [...(sak.vedtak ?? [])].reverse().find((v) => v.status === 'vedtatt') : undefined;
  const [virkningsdato, settVirkningsdato] = useState(om(14));
  const venteliste = linjer.some((l) => l.utfall === 'venteliste');
  const { feil, opptatt, kjor } = useHandling();
  const [forhandsvisning, settForhandsvisning] = useState<Brevforhandsvisning | null>(null);
  const endre = (i: number, x: Partial<Linje>) => settLinjer(linjer.map((l, j) => (j === i ? { ...l, ...x } : l)));

  // The decision and its preview send the same body, so the preview shows what the letter will say.
  const body = () => ({
    versjon: sak.versjon,
    vurdering,
    innhentedeOpplysninger: linjerAv(opplysninger),
    ...(gjeldende ? { erstatterVedtakId: gjeldende.id, virkningsdato } : {}),
    // "Helsetjenester i hjemmet: to besøk hver dag" → service and scope.
    ...(venteliste
      ? { tjenesterIMellomtiden: linjerAv(mellomtiden).map((s) => ({ tjeneste: s.split(':')[0]!.trim(), omfang: s.includes(':') ? s.slice(s.indexOf(':') + 1).trim() : s })) }
      : {}),
    tjenester: linjer.map((l, i) => {
      const tildeler = TILDELER.includes(l.utfall);
      return {
        tjenestekode: l.tjenestekode,
        utfall: l.utfall,
        ...(tildeler && l.omfang !== '' ? { omfang: Number(l.omfang.replace(',', '.')) } : {}),
        ...(l.innhold ? { innhold: l.innhold } : {}),
        ...(tildeler ? { startdato: l.startdato, evalueringsdato: l.evalueringsdato } : {}),
        ...(avviker(l, anbefaling.anbefalinger[i]) ? { avvikKategori: l.avvikKategori || undefined, avvikBegrunnelse: l.avvikBegrunnelse } : {}),
        ...(IKKE_FULLT.includes(l.utfall) && l.begrunnelse.trim() ? { begrunnelse: l.begrunnelse } : {}),
      };
    }),
  });

  return (
    <form
      noValidate
      aria-labelledby="vedtak-tittel"
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(async () => ferdig(svar(await api.POST('/api/v1/soknader/{id}/vedtak', { params: { path: { id: sak.id } }, body: body() }))));
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
                {a.utfall === null ? 'Kriteriene dekker ikke tjenesten: velg utfall og begrunn det.' : `Kriteriene anbefaler: ${UTFALL[a.utfall] ?? a.utfall}`}
                {a.omfang ? ` – ${omfangTekst(a.omfang)}` : ''}
              </p>
            )}
            <div className="rutenett">
              <Valg etikett="Utfall" felt={`tjenester.${i}.utfall`} feil={feil} verdi={l.utfall} endre={(utfall) => endre(i, { utfall })} valg={UTFALLSVALG} />
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
            {IKKE_FULLT.includes(l.utfall) && (
              <Tekstfelt
                etikett="Hvorfor tjenesten ikke innvilges fullt ut"
                hjelp="Står i brevet under «Vurdering og begrunnelse». Tomt: avviksbegrunnelsen eller kriterienes begrunnelse brukes."
                felt={`tjenester.${i}.begrunnelse`}
                feil={feil}
                verdi={l.begrunnelse}
                endre={(begrunnelse) => endre(i, { begrunnelse })}
              />
            )}
            {avvik && (
              <div className="varsel advarsel">
                <p>
                  <strong>Vedtaket avviker fra kriterienes anbefaling.</strong> Avviket må begrunnes.
                </p>
                <Valg etikett="Grunnen til avviket" felt={`tjenester.${i}.avvikKategori`} feil={feil} verdi={l.avvikKategori} endre={(avvikKategori) => endre(i, { avvikKategori })} valg={AVVIKSKATEGORIER} />
                <Tekstfelt etikett="Begrunnelse for avviket" felt={`tjenester.${i}.avvikBegrunnelse`} feil={feil} verdi={l.avvikBegrunnelse} endre={(avvikBegrunnelse) => endre(i, { avvikBegrunnelse })} />
              </div>
            )}
          </fieldset>
        );
      })}
      {gjeldende && (
        <Felt
          etikett="Endringen gjelder fra"
          hjelp="Vedtaket erstatter det som gjelder nå. Gir det mindre hjelp enn før (redusert eller stanset), må det gå minst 14 dager, så søkeren får varsel og kan klage."
          feil={feltfeil(feil, 'virkningsdato')}
        >
          {(id, d) => <input id={id} type="date" aria-describedby={d} value={virkningsdato} onChange={(e) => settVirkningsdato(e.target.value)} />}
        </Felt>
      )}
      <Tekstfelt
        etikett="Opplysninger vedtaket bygger på"
        hjelp="Én per linje, for eksempel hjemmebesøk, samtale med pårørende, uttalelse fra fastlegen. De står i brevet."
        felt="innhentedeOpplysninger"
        feil={feil}
        rader={3}
        verdi={opplysninger}
        endre={settOpplysninger}
      />
      {venteliste && (
        <Tekstfelt
          etikett="Tjenester mens søkeren venter"
          hjelp="Én per linje: tjeneste: omfang (for eksempel «Helsetjenester i hjemmet: to besøk hver dag»). De står i brevet."
          felt="tjenesterIMellomtiden"
          feil={feil}
          rader={3}
          verdi={mellomtiden}
          endre={settMellomtiden}
        />
      )}
      <Tekstfelt etikett="Vurdering" hjelp="Utkast fra kriterienes begrunnelser. Rediger slik at det passer saken." felt="vurdering" feil={feil} rader={5} verdi={vurdering} endre={settVurdering} />
      <div className="knapper">
        <button type="button" className="sekundar" disabled={opptatt} onClick={() => void kjor(async () => settForhandsvisning(svar(await api.POST('/api/v1/soknader/{id}/vedtak/forhandsvisning', { params: { path: { id: sak.id } }, body: body() }))))}>
          Forhåndsvis brevet
        </button>
        <button type="submit" disabled={opptatt}>
          Fatt vedtak
        </button>
      </div>
      {forhandsvisning && <Brevtekst brev={forhandsvisning} tittel="Forhåndsvisning av vedtaksbrevet" niva={4} fokus />}
    </form>
  );
}
