import { useState } from 'react';
import { api, svar } from '../../api/klient';
import type { Kommune, Sak } from '../../api/typer';
import { Tekstfelt, Valg, Skjema } from '../../components/Skjema';
import { Felt, feltfeil } from '../../components/felles';
import { stor } from '../../format';
import { ENKLE_HANDLINGER, HANDLINGSNAVN } from '../../../../../libs/domain/src/saksflyt/navn';

/**
 * The case's own steps that need nothing but a comment (start the service, re-evaluate, close, withdrawn,
 * dismissed). Decisions and complaints have their own forms: they make a record, not just a status.
 */
type EnkelHandling = (typeof ENKLE_HANDLINGER)[number];
const ENKLE: readonly EnkelHandling[] = ENKLE_HANDLINGER;
const TRUKKET_MAATE = [
  ['telefon', 'På telefon'],
  ['muntlig', 'Muntlig (oppmøte)'],
  ['skriftlig', 'Skriftlig (brev)'],
  ['digital', 'Digitalt'],
] as const;
const OPPHORSGRUNN = [
  ['dod', 'Brukeren er død'],
  ['flyttet', 'Brukeren har flyttet fra kommunen'],
] as const;
/** A running service: ending it without a decision is only for a death or a move. */
const LOPENDE = ['i_gang', 'under_revurdering'];

export function Sakshandlinger({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const mulige = ENKLE.filter((h) => sak.tillatteHandlinger.includes(h));
  const [valgt, settValgt] = useState<EnkelHandling | ''>('');
  const [kommentar, settKommentar] = useState('');
  const [maate, settMaate] = useState<(typeof TRUKKET_MAATE)[number][0]>('telefon');
  const [grunn, settGrunn] = useState<(typeof OPPHORSGRUNN)[number][0]>('dod');
  if (!mulige.length) return null;
  const handling = valgt && mulige.includes(valgt) ? valgt : mulige[0]!;
  const opphor = handling === 'avslutt' && LOPENDE.includes(sak.status);
  return (
    <Skjema
      tittel="Saken videre"
      knapp="Utfør"
      send={async () => {
        svar(await api.POST('/api/v1/soknader/{id}/handlinger', { params: { path: { id: sak.id } }, body: { versjon: sak.versjon, handling, ...(kommentar.trim() ? { kommentar: kommentar.trim() } : {}), ...(handling === 'trekk' ? { trukketMaate: maate } : {}), ...(opphor ? { opphorsgrunn: grunn } : {}) } }));
        settKommentar('');
        settValgt('');
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <Valg etikett="Handling" felt="handling" feil={feil} verdi={handling} endre={settValgt} valg={mulige.map((h) => [h, stor(HANDLINGSNAVN[h])] as const)} />
          {handling === 'trekk' && (
            <Valg etikett="Søkeren trakk søknaden" hjelp="Søkeren får et brev som bekrefter at saken er avsluttet." felt="trukketMaate" feil={feil} verdi={maate} endre={settMaate} valg={TRUKKET_MAATE} />
          )}
          {opphor && (
            <Valg
              etikett="Tjenesten avsluttes fordi"
              hjelp="Uten vedtak og uten brev; et journalnotat sier hvorfor. Skal tjenesten stanses eller reduseres av andre grunner: revurder, send forhåndsvarsel og fatt et endringsvedtak."
              felt="opphorsgrunn"
              feil={feil}
              verdi={grunn}
              endre={settGrunn}
              valg={OPPHORSGRUNN}
            />
          )}
          {handling === 'avvis' ? (
            <Tekstfelt etikett="Grunnen til avvisningen" hjelp="Avvisningen er et vedtak: søkeren får et brev med denne begrunnelsen og retten til å klage." felt="kommentar" feil={feil} verdi={kommentar} endre={settKommentar} />
          ) : (
            <Tekstfelt etikett="Kommentar til historikken (valgfritt)" felt="kommentar" feil={feil} rader={2} verdi={kommentar} endre={settKommentar} />
          )}
        </>
      )}
    </Skjema>
  );
}

/**
 * Advance notice (fvl. § 16) before a running service is reduced or stopped against the person's wish: what the
 * office intends, from when, and the deadline to comment. The change decision can be made once it has passed.
 */
export function Forhandsvarsel({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const vedtakId = (sak.vedtak ?? []).filter((v) => v.status === 'vedtatt').at(-1)?.id;
  const [endring, settEndring] = useState('');
  const [uttalelsesfrist, settFrist] = useState('');
  const [virkningsdato, settVirkning] = useState('');
  if (!vedtakId) return null;
  return (
    <Skjema
      tittel="Forhåndsvarsel før tjenesten reduseres eller stanses"
      knapp="Send forhåndsvarsel"
      sekundar
      send={async () => {
        svar(await api.POST('/api/v1/soknader/{id}/forhandsvarsel', { params: { path: { id: sak.id } }, body: { versjon: sak.versjon, vedtakId, endring, uttalelsesfrist, virkningsdato } }));
        settEndring('');
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <Tekstfelt etikett="Hva dere vurderer å endre, og hvorfor (står i varselet)" felt="endring" feil={feil} rader={3} verdi={endring} endre={settEndring} />
          <Felt etikett="Frist for å uttale seg" feil={feltfeil(feil, 'uttalelsesfrist')}>
            {(id, d) => <input id={id} type="date" aria-describedby={d} value={uttalelsesfrist} onChange={(e) => settFrist(e.target.value)} />}
          </Felt>
          <Felt etikett="Endringen skal gjelde fra" feil={feltfeil(feil, 'virkningsdato')}>
            {(id, d) => <input id={id} type="date" aria-describedby={d} value={virkningsdato} onChange={(e) => settVirkning(e.target.value)} />}
          </Felt>
        </>
      )}
    </Skjema>
  );
}

/**
 * The person has moved to another of the four municipalities: the case passes to it, with its assessments,
 * history and journal. Offered only to those who act for both municipalities, as the API requires.
 */
export function Kommunebytte({ sak, kommuner, ferdig }: { sak: Sak; kommuner: readonly Kommune[]; ferdig: () => Promise<void> }) {
  const andre = kommuner.filter((k) => k.kommunenummer !== sak.kommunenummer);
  const [til, settTil] = useState('');
  const [grunn, settGrunn] = useState('');
  if (!andre.length) return null;
  const tilKommunenummer = til || andre[0]!.kommunenummer;
  return (
    <Skjema
      tittel="Bytt ansvarlig kommune"
      knapp="Flytt saken"
      sekundar
      send={async () => {
        svar(await api.POST('/api/v1/soknader/{id}/kommunebytte', { params: { path: { id: sak.id } }, body: { versjon: sak.versjon, tilKommunenummer, grunn } }));
        settGrunn('');
        await ferdig();
      }}
    >
      {(feil) => (
        <>
          <p className="hjelp">Når personen flytter, følger saken med kartlegginger, historikk og journal. Historikken viser hvilken kommune saken kom fra.</p>
          <Valg etikett="Ny ansvarlig kommune" felt="tilKommunenummer" feil={feil} verdi={tilKommunenummer} endre={settTil} valg={andre.map((k) => [k.kommunenummer, k.navn] as const)} />
          <Tekstfelt etikett="Grunn (for eksempel flyttedato)" felt="grunn" feil={feil} rader={2} verdi={grunn} endre={settGrunn} />
        </>
      )}
    </Skjema>
  );
}
