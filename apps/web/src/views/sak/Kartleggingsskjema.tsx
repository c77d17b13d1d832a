import { useState } from 'react';
import type { components } from '../../../../../libs/klient/index.js';
import { api, svar } from '../../api/klient';
import type { Sak } from '../../api/typer';
import { Feilmelding, Felt, feltfeil, useHandling } from '../../components/felles';
import { Valg } from '../../components/Skjema';
import { iDag } from '../../format';

type Kartlegging = components['schemas']['KartleggingDto'];
/** The scores by the API's names (the deprecated old name left out). */
type Iplos = Omit<Kartlegging['iplos'], 'avOgPakledning'>;
type Skaar = Iplos['sosialDeltakelse'];
type Sans = Kartlegging['syn'];

/** IPLOS variables (shared/DOMAIN.md): 1–5, 9 = not relevant. */
export const IPLOS = [
  ['sosialDeltakelse', 'Sosial deltakelse'],
  ['beslutningerIDagliglivet', 'Beslutninger i dagliglivet'],
  ['styreAtferd', 'Styre atferd'],
  ['alminneligHusarbeid', 'Alminnelig husarbeid'],
  ['skaffeVarerOgTjenester', 'Skaffe seg varer og tjenester'],
  ['lageMat', 'Lage mat'],
  ['ivaretaEgenHelse', 'Ivareta egen helse'],
  ['personligHygiene', 'Personlig hygiene'],
  ['avOgPaakledning', 'Av- og påkledning'],
  ['spise', 'Spise'],
  ['toalett', 'Toalett'],
  ['bevegeSegInnendors', 'Bevege seg innendørs'],
  ['bevegeSegUtendors', 'Bevege seg utendørs'],
  ['hukommelse', 'Hukommelse'],
  ['kommunikasjon', 'Kommunikasjon'],
] as const satisfies readonly (readonly [keyof Iplos, string])[];

const SKAAR: [Skaar, string][] = [
  [1, '1 – ingen vansker'],
  [2, '2 – klarer seg med noe vansker'],
  [3, '3 – trenger noe hjelp'],
  [4, '4 – trenger mye hjelp'],
  [5, '5 – kan ikke delta'],
  [9, '9 – ikke relevant'],
];
const SANS: [Sans, string][] = [
  [1, '1 – ingen nedsettelse'],
  [2, '2 – lett nedsatt'],
  [3, '3 – moderat nedsatt'],
  [4, '4 – sterkt nedsatt'],
  [9, '9 – ikke relevant'],
];
const FAMILIEHJELP = [
  ['ingen', 'Ingen'],
  ['noe', 'Noe'],
  ['mye', 'Mye'],
] as const;

export function Kartleggingsskjema({ sak, ferdig }: { sak: Sak; ferdig: () => Promise<void> }) {
  const forrige = sak.kartlegginger[0];
  // One score per variable of IPLOS, the last assessment's or 1.
  const [iplos, settIplos] = useState<Iplos>(() => Object.fromEntries(IPLOS.map(([k]) => [k, forrige?.iplos[k] ?? 1])) as Iplos);
  const [f, sett] = useState({
    dato: iDag(),
    deltakere: 'bruker, saksbehandler',
    hjemmebesok: true,
    syn: forrige?.syn ?? 1,
    horsel: forrige?.horsel ?? 1,
    borAlene: forrige?.borAlene ?? false,
    hjelpFraFamilie: forrige?.hjelpFraFamilie ?? 'noe',
    kognitivSvikt: forrige?.kognitivSvikt ?? false,
    vurdertTimebehovPerUke: '',
    forventetVarighetMaaneder: '',
    observasjoner: '',
    sokersSyn: '',
  });
  const { feil, opptatt, kjor } = useHandling();
  const endre = (x: Partial<typeof f>) => sett({ ...f, ...x });

  return (
    <form
      noValidate
      aria-labelledby="kartlegging-tittel"
      onSubmit={(e) => {
        e.preventDefault();
        void kjor(async () => {
          svar(await api.POST('/api/v1/soknader/{id}/kartlegging', { params: { path: { id: sak.id } }, body: {
            versjon: sak.versjon,
            dato: f.dato,
            deltakere: f.deltakere.split(',').map((d) => d.trim()).filter(Boolean),
            hjemmebesok: f.hjemmebesok,
            iplos,
            syn: f.syn,
            horsel: f.horsel,
            borAlene: f.borAlene,
            hjelpFraFamilie: f.hjelpFraFamilie,
            kognitivSvikt: f.kognitivSvikt,
            ...(f.vurdertTimebehovPerUke ? { vurdertTimebehovPerUke: Number(f.vurdertTimebehovPerUke.replace(',', '.')) } : {}),
            ...(f.forventetVarighetMaaneder ? { forventetVarighetMaaneder: Number(f.forventetVarighetMaaneder) } : {}),
            ...(f.observasjoner ? { observasjoner: f.observasjoner } : {}),
            ...(f.sokersSyn ? { sokersSyn: f.sokersSyn } : {}),
          } }));
          await ferdig();
        });
      }}
    >
      <h3 id="kartlegging-tittel">Registrer kartlegging</h3>
      <Feilmelding feil={feil} />
      <div className="rutenett">
        <Felt etikett="Dato for kartleggingen" feil={feltfeil(feil, 'dato')} navn="dato">
          {(id, d) => <input id={id} type="date" aria-describedby={d} value={f.dato} onChange={(e) => endre({ dato: e.target.value })} />}
        </Felt>
        <Felt etikett="Deltakere" hjelp="Skill med komma" feil={feltfeil(feil, 'deltakere')} navn="deltakere">
          {(id, d) => <input id={id} aria-describedby={d} value={f.deltakere} onChange={(e) => endre({ deltakere: e.target.value })} />}
        </Felt>
      </div>
      <fieldset>
        <legend>IPLOS-variabler</legend>
        <div className="rutenett tre">
          {IPLOS.map(([kode, navn]) => (
            <Valg key={kode} etikett={navn} navn={`iplos-${kode}`} felt={`iplos.${kode}`} feil={feil} verdi={iplos[kode]} endre={(v) => settIplos({ ...iplos, [kode]: v })} valg={SKAAR} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Sanser, bosituasjon og nettverk</legend>
        <div className="rutenett tre">
          <Valg etikett="Syn" felt="syn" feil={feil} verdi={f.syn} endre={(syn) => endre({ syn })} valg={SANS} />
          <Valg etikett="Hørsel" felt="horsel" feil={feil} verdi={f.horsel} endre={(horsel) => endre({ horsel })} valg={SANS} />
          <Valg etikett="Hjelp fra familie" felt="hjelpFraFamilie" feil={feil} verdi={f.hjelpFraFamilie} endre={(hjelpFraFamilie) => endre({ hjelpFraFamilie })} valg={FAMILIEHJELP} />
        </div>
        <div className="valg">
          <input type="checkbox" id="k-hjemmebesok" checked={f.hjemmebesok} onChange={(e) => endre({ hjemmebesok: e.target.checked })} />
          <label htmlFor="k-hjemmebesok">Hjemmebesøk er gjennomført</label>
        </div>
        <div className="valg">
          <input type="checkbox" id="k-boralene" checked={f.borAlene} onChange={(e) => endre({ borAlene: e.target.checked })} />
          <label htmlFor="k-boralene">Bor alene</label>
        </div>
        <div className="valg">
          <input type="checkbox" id="k-kognitiv" checked={f.kognitivSvikt} onChange={(e) => endre({ kognitivSvikt: e.target.checked })} />
          <label htmlFor="k-kognitiv">Kognitiv svikt</label>
        </div>
      </fieldset>
      <div className="rutenett">
        <Felt etikett="Vurdert hjelpebehov (timer per uke, valgfritt)" feil={feltfeil(feil, 'vurdertTimebehovPerUke')} navn="vurdertTimebehovPerUke">
          {(id, d) => <input id={id} inputMode="decimal" aria-describedby={d} value={f.vurdertTimebehovPerUke} onChange={(e) => endre({ vurdertTimebehovPerUke: e.target.value })} />}
        </Felt>
        <Felt etikett="Forventet varighet i måneder (valgfritt)" feil={feltfeil(feil, 'forventetVarighetMaaneder')} navn="forventetVarighetMaaneder">
          {(id, d) => <input id={id} inputMode="numeric" aria-describedby={d} value={f.forventetVarighetMaaneder} onChange={(e) => endre({ forventetVarighetMaaneder: e.target.value })} />}
        </Felt>
      </div>
      <Felt etikett="Observasjoner (valgfritt)">
        {(id) => <textarea id={id} rows={2} value={f.observasjoner} onChange={(e) => endre({ observasjoner: e.target.value })} />}
      </Felt>
      <Felt etikett="Søkerens eget syn (valgfritt)" hjelp="Gjengis i vedtaket.">
        {(id, d) => <textarea id={id} aria-describedby={d} rows={2} value={f.sokersSyn} onChange={(e) => endre({ sokersSyn: e.target.value })} />}
      </Felt>
      <button type="submit" disabled={opptatt}>
        Lagre kartleggingen
      </button>
    </form>
  );
}
