import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar, type Okt } from '../../api/klient';
import { Feilmelding, Felt, Sidetittel, feltfeil, useData, useHandling } from '../../components/felles';
import { Valg } from '../../components/Skjema';
import { iDag } from '../../format';
import { naviger } from '../../ruter';
import { hentKommuner, hentTjenester } from '../felles-data';

type Soknad = components['schemas']['RegistrerSoknadDto'];
const KANALER: readonly (readonly [Soknad['kanal'], string])[] = [
  ['muntlig', 'Muntlig (telefon eller oppmøte)'],
  ['papir', 'Papir'],
  ['digital', 'Digital'],
  ['registrert_av_saksbehandler', 'Registrert av saksbehandler'],
];
const SOKERTYPER: readonly (readonly [Soknad['sokerType'], string])[] = [
  ['selv', 'Personen selv'],
  ['verge', 'Verge'],
  ['fullmektig', 'Fullmektig'],
  ['parorende', 'Pårørende'],
  ['forelder', 'Forelder'],
];

export function RegistrerSoknad({ okt }: { okt: Okt }) {
  const ref = useData(() => Promise.all([hentKommuner(), hentTjenester()]), []);
  const [s, sett] = useState({
    kommunenummer: okt.kommuner[0] ?? '',
    mottattDato: iDag(),
    kanal: KANALER[0]![0],
    sokerType: SOKERTYPER[0]![0],
    sokerNavn: '',
    tjenester: [] as string[],
    fritekst: '',
    akutt: false,
    fodselsnummer: '',
    navn: '',
    adresse: '',
    telefon: '',
  });
  const { feil, opptatt, kjor } = useHandling();
  const endre = (f: Partial<typeof s>) => sett({ ...s, ...f });
  const kommuner = ref.data?.[0].filter((k) => okt.kommuner.includes(k.kommunenummer)) ?? [];
  const tjenester = ref.data?.[1].filter((t) => t.aktiv) ?? [];

  return (
    <section className="smal">
      <Sidetittel>Registrer søknad</Sidetittel>
      <p>Muntlige søknader og papirsøknader er like gyldige som digitale. Fødselsnummeret vises aldri igjen etter registrering.</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void kjor(async () => {
            const body = {
              kommunenummer: s.kommunenummer,
              mottattDato: s.mottattDato,
              kanal: s.kanal,
              sokerType: s.sokerType,
              ...(s.sokerType !== 'selv' && s.sokerNavn ? { sokerNavn: s.sokerNavn } : {}),
              tjenester: s.tjenester,
              ...(s.fritekst ? { fritekst: s.fritekst } : {}),
              ...(s.akutt ? { akutt: true } : {}),
              person: { fodselsnummer: s.fodselsnummer.replace(/\s/g, ''), navn: s.navn, ...(s.adresse ? { adresse: s.adresse } : {}), ...(s.telefon ? { telefon: s.telefon } : {}) },
            };
            const sak = svar(await api.POST('/api/v1/soknader', { body }));
            naviger(`/saker/${sak.id}`);
          });
        }}
      >
        <Feilmelding feil={feil} />
        <Felt etikett="Kommune" feil={feltfeil(feil, 'kommunenummer')} navn="kommunenummer">
          {(id, d) => (
            <select id={id} aria-describedby={d} value={s.kommunenummer} onChange={(e) => endre({ kommunenummer: e.target.value })}>
              {kommuner.map((k) => (
                <option key={k.kommunenummer} value={k.kommunenummer}>
                  {k.navn} ({k.kommunenummer})
                </option>
              ))}
            </select>
          )}
        </Felt>
        <Felt etikett="Mottatt dato" feil={feltfeil(feil, 'mottattDato')} navn="mottattDato">
          {(id, d) => <input id={id} type="date" aria-describedby={d} required value={s.mottattDato} onChange={(e) => endre({ mottattDato: e.target.value })} />}
        </Felt>
        <fieldset>
          <legend>Kanal</legend>
          {KANALER.map(([k, v]) => (
            <div className="valg" key={k}>
              <input type="radio" id={`kanal-${k}`} name="kanal" value={k} checked={s.kanal === k} onChange={() => endre({ kanal: k })} />
              <label htmlFor={`kanal-${k}`}>{v}</label>
            </div>
          ))}
        </fieldset>
        <Valg etikett="Hvem søker" felt="sokerType" feil={feil} verdi={s.sokerType} endre={(sokerType) => endre({ sokerType })} valg={SOKERTYPER} />
        {s.sokerType !== 'selv' && (
          <Felt etikett="Navn på den som søker" feil={feltfeil(feil, 'sokerNavn')} navn="sokerNavn">
            {(id, d) => <input id={id} aria-describedby={d} value={s.sokerNavn} onChange={(e) => endre({ sokerNavn: e.target.value })} />}
          </Felt>
        )}
        <fieldset className={feltfeil(feil, 'tjenester') ? 'har-feil' : undefined}>
          <legend>Tjenester det søkes om</legend>
          {tjenester.map((t) => (
            <div className="valg" key={t.kode}>
              <input
                type="checkbox"
                id={`tj-${t.kode}`}
                checked={s.tjenester.includes(t.kode)}
                onChange={(e) => endre({ tjenester: e.target.checked ? [...s.tjenester, t.kode] : s.tjenester.filter((x) => x !== t.kode) })}
              />
              <label htmlFor={`tj-${t.kode}`}>{t.navn}</label>
            </div>
          ))}
          {feltfeil(feil, 'tjenester') && <p className="feltfeil">{feltfeil(feil, 'tjenester')}</p>}
        </fieldset>
        <Felt etikett="Hva søknaden gjelder" hjelp="Med søkerens egne ord, slik det ble sagt eller skrevet." feil={feltfeil(feil, 'fritekst')} navn="fritekst">
          {(id, d) => <textarea id={id} aria-describedby={d} rows={3} value={s.fritekst} onChange={(e) => endre({ fritekst: e.target.value })} />}
        </Felt>
        <div className="valg">
          <input type="checkbox" id="akutt" checked={s.akutt} onChange={(e) => endre({ akutt: e.target.checked })} />
          <label htmlFor="akutt">Øyeblikkelig hjelp er gitt (vedtak fattes i etterkant)</label>
        </div>
        <fieldset>
          <legend>Personen søknaden gjelder</legend>
          <Felt etikett="Fødselsnummer eller D-nummer (11 siffer)" feil={feltfeil(feil, 'person.fodselsnummer')} navn="person.fodselsnummer">
            {(id, d) => (
              <input id={id} aria-describedby={d} inputMode="numeric" autoComplete="off" value={s.fodselsnummer} onChange={(e) => endre({ fodselsnummer: e.target.value })} />
            )}
          </Felt>
          <Felt etikett="Navn" feil={feltfeil(feil, 'person.navn')} navn="person.navn">
            {(id, d) => <input id={id} aria-describedby={d} autoComplete="off" value={s.navn} onChange={(e) => endre({ navn: e.target.value })} />}
          </Felt>
          <Felt etikett="Adresse (valgfritt)" feil={feltfeil(feil, 'person.adresse')} navn="person.adresse">
            {(id, d) => <input id={id} aria-describedby={d} autoComplete="off" value={s.adresse} onChange={(e) => endre({ adresse: e.target.value })} />}
          </Felt>
          <Felt etikett="Telefon (valgfritt)" feil={feltfeil(feil, 'person.telefon')} navn="person.telefon">
            {(id, d) => <input id={id} aria-describedby={d} type="tel" autoComplete="off" value={s.telefon} onChange={(e) => endre({ telefon: e.target.value })} />}
          </Felt>
        </fieldset>
        <button type="submit" disabled={opptatt}>
          Registrer søknaden
        </button>
      </form>
    </section>
  );
}
