import { useState } from 'react';
import { api, svar } from '../../api/klient';
import type { Klage } from '../../api/typer';
import { Felt, Tabell, feltfeil } from '../../components/felles';
import { Skjema, Tekstfelt, Valg } from '../../components/Skjema';
import { fmtDato, iDag } from '../../format';

const KLAGESTATUS: Record<Klage['status'], string> = {
  mottatt: 'Mottatt, ikke vurdert',
  omgjort: 'Omgjort av kontoret',
  oversendt: 'Oversendt Statsforvalteren',
  avgjort: 'Avgjort av Statsforvalteren',
  trukket: 'Trukket av klageren',
  avvist: 'Avvist',
};

const VURDERINGER = [
  ['opprettholdt', 'Opprettholder vedtaket og sender klagen til Statsforvalteren'],
  ['omgjort', 'Omgjør vedtaket'],
] as const;

const AVSLUTNINGER = [
  ['trukket', 'Klageren har trukket klagen'],
  ['avvist', 'Klagen avvises (for eksempel kommet for sent)'],
] as const;

const UTFALL = [
  ['stadfestet', 'Stadfestet (vedtaket står)'],
  ['delvis_omgjort', 'Delvis omgjort'],
  ['omgjort', 'Omgjort'],
  ['opphevet_sendt_tilbake', 'Opphevet og sendt tilbake til ny behandling'],
] as const;

/**
 * The complaint path after registration (pbrl. § 7-2, fvl. § 33): the office re-assesses and either reverses
 * its decision or upholds it and forwards the complaint to Statsforvalteren, whose outcome is recorded here.
 */
export function Klagebehandling({ klager, kanBehandle, ferdig }: { klager: Klage[]; kanBehandle: boolean; ferdig: () => Promise<void> }) {
  if (!klager.length) return null;
  return (
    <section aria-labelledby="klager-tittel" className="panel">
      <h2 id="klager-tittel">Klager</h2>
      <Tabell tittel="Klager i saken" kolonner={['Mottatt', 'Klagefrist', 'Status']}>
        {klager.map((k) => (
          <tr key={k.id}>
            <td>{fmtDato(k.mottattDato)}</td>
            <td>
              {fmtDato(k.klagefrist)} {k.innenFrist ? '(innen fristen)' : '(etter fristen)'}
              {k.fristoppreisning && ` Tatt under behandling likevel ${fmtDato(k.fristoppreisning.dato)} (fvl. § 31): ${k.fristoppreisning.begrunnelse}`}
            </td>
            <td>
              {KLAGESTATUS[k.status] ?? k.status}
              {k.avsluttetDato && ` ${fmtDato(k.avsluttetDato)}: ${k.avslutningsgrunn ?? ''}`}
            </td>
          </tr>
        ))}
      </Tabell>
      {kanBehandle &&
        klager
          .filter((k) => k.status === 'mottatt' || k.status === 'oversendt')
          .map((k) => (
            <div key={`${k.id}-${k.versjon}`}>
              {k.status !== 'mottatt' ? (
                <Statsforvalteren klage={k} ferdig={ferdig} />
              ) : k.innenFrist || k.fristoppreisning ? (
                <Vurdering klage={k} ferdig={ferdig} />
              ) : (
                <TaOppSenKlage klage={k} ferdig={ferdig} />
              )}
              <Avslutning klage={k} ferdig={ferdig} />
            </div>
          ))}
    </section>
  );
}

function Vurdering({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const [vurdering, settVurdering] = useState<(typeof VURDERINGER)[number][0]>('opprettholdt');
  const [begrunnelse, settBegrunnelse] = useState('');
  return (
    <Skjema
      tittel={`Vurder klagen mottatt ${fmtDato(klage.mottattDato)}`}
      niva={3}
      knapp="Lagre vurderingen"
      send={async () => {
        svar(await api.POST('/api/v1/klager/{id}/vurdering', { params: { path: { id: klage.id } }, body: { versjon: klage.versjon, vurdering, begrunnelse } }));
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <Valg etikett="Kontorets vurdering" felt="vurdering" feil={feil} verdi={vurdering} endre={settVurdering} valg={VURDERINGER} />
          <Tekstfelt etikett="Begrunnelse for vurderingen" felt="begrunnelse" feil={feil} verdi={begrunnelse} endre={settBegrunnelse} />
        </>
      )}
    </Skjema>
  );
}

/** A late complaint is assessed only once the office decides to take it up anyway (fvl. § 31); otherwise it is dismissed. */
function TaOppSenKlage({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const [begrunnelse, settBegrunnelse] = useState('');
  return (
    <Skjema
      tittel="Klagen kom etter fristen: ta den under behandling likevel (fvl. § 31)"
      niva={3}
      knapp="Ta klagen under behandling"
      send={async () => {
        svar(await api.POST('/api/v1/klager/{id}/fristoppreisning', { params: { path: { id: klage.id } }, body: { versjon: klage.versjon, begrunnelse } }));
        await ferdig();
      }}
    >
      {(feil) => <Tekstfelt etikett="Hvorfor klagen likevel behandles" felt="begrunnelse" feil={feil} verdi={begrunnelse} endre={settBegrunnelse} />}
    </Skjema>
  );
}

function Statsforvalteren({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const [utfall, settUtfall] = useState<(typeof UTFALL)[number][0]>('stadfestet');
  const [dato, settDato] = useState(iDag());
  return (
    <Skjema
      tittel="Statsforvalterens avgjørelse"
      niva={3}
      knapp="Registrer avgjørelsen"
      send={async () => {
        svar(await api.POST('/api/v1/klager/{id}/statsforvalteren', { params: { path: { id: klage.id } }, body: { versjon: klage.versjon, utfall, dato } }));
        await ferdig();
      }}
    >
      {(feil) => (
        <div className="rutenett">
          <Valg etikett="Utfall" felt="utfall" feil={feil} verdi={utfall} endre={settUtfall} valg={UTFALL} />
          <Felt etikett="Avgjørelsens dato" feil={feltfeil(feil, 'dato')} navn="dato">
            {(id, d) => <input id={id} type="date" aria-describedby={d} value={dato} onChange={(e) => settDato(e.target.value)} />}
          </Felt>
        </div>
      )}
    </Skjema>
  );
}

/**
 * The complaint ends without a review: the complainant withdraws it (also after it was forwarded), or the
 * office dismisses it, e.g. because it came too late (fvl. §§ 31, 33). A dismissal is itself a decision and
 * gets a letter with the right to complain.
 */
function Avslutning({ klage, ferdig }: { klage: Klage; ferdig: () => Promise<void> }) {
  const valg = klage.status === 'mottatt' ? AVSLUTNINGER : AVSLUTNINGER.filter(([v]) => v === 'trukket');
  const [utfall, settUtfall] = useState<(typeof AVSLUTNINGER)[number][0]>('trukket');
  const [begrunnelse, settBegrunnelse] = useState('');
  return (
    <Skjema
      tittel="Trukket eller avvist klage"
      niva={3}
      knapp="Avslutt klagen"
      sekundar
      send={async () => {
        svar(await api.POST('/api/v1/klager/{id}/avslutning', { params: { path: { id: klage.id } }, body: { versjon: klage.versjon, utfall, begrunnelse } }));
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <Valg etikett="Klagen avsluttes fordi" felt="utfall" feil={feil} verdi={utfall} endre={settUtfall} valg={valg} />
          <Tekstfelt
            etikett={utfall === 'avvist' ? 'Grunnen til avvisningen (står i brevet)' : 'Hvordan og når klagen ble trukket'}
            felt="begrunnelse"
            feil={feil}
            verdi={begrunnelse}
            endre={settBegrunnelse}
          />
        </>
      )}
    </Skjema>
  );
}
