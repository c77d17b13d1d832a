import { useState } from 'react';
import { api } from '../../api/klient';
import type { Kommune, Sak } from '../../api/typer';
import { Tekstfelt, Valg, Skjema } from '../../components/Skjema';
import { stor } from '../../format';
import { ENKLE_HANDLINGER, HANDLINGSNAVN, type Handling } from '../../../../../libs/domain/src/saksflyt/navn';

/**
 * The case's own steps that need nothing but a comment (start the service, re-evaluate, close, withdrawn,
 * dismissed). Decisions and complaints have their own forms: they make a record, not just a status.
 */
const ENKLE: readonly Handling[] = ENKLE_HANDLINGER;
const TRUKKET_MAATE = [
  ['telefon', 'På telefon'],
  ['muntlig', 'Muntlig (oppmøte)'],
  ['skriftlig', 'Skriftlig (brev)'],
  ['digital', 'Digitalt'],
] as const;

export function Sakshandlinger({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const mulige = ENKLE.filter((h) => sak.tillatteHandlinger.includes(h));
  const [valgt, settValgt] = useState<Handling | ''>('');
  const [kommentar, settKommentar] = useState('');
  const [maate, settMaate] = useState<(typeof TRUKKET_MAATE)[number][0]>('telefon');
  if (!mulige.length) return null;
  const handling = valgt && mulige.includes(valgt) ? valgt : mulige[0]!;
  return (
    <Skjema
      tittel="Saken videre"
      knapp="Utfør"
      send={async () => {
        await api.post(`/soknader/${sak.id}/handlinger`, { versjon: sak.versjon, handling, ...(kommentar.trim() ? { kommentar: kommentar.trim() } : {}), ...(handling === 'trekk' ? { trukketMaate: maate } : {}) });
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
        await api.post(`/soknader/${sak.id}/kommunebytte`, { versjon: sak.versjon, tilKommunenummer, grunn });
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
