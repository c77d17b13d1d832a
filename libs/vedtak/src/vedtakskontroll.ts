import { type Anbefaling, begrunnelsestekst, DomeneFeil, leggTilDager, type Maalform, type Utfall } from '../../domain/index.js';
import type { SoknadEntity, TjenesteEntity, VedtakEntity, VedtakslinjeEntity } from '../../persistence/index.js';
import { avvikFraAnbefaling, reduserer, VARSEL_DAGER_REDUKSJON } from './vedtaksregler.js';

export interface VedtakslinjeInput {
  tjenestekode: string;
  utfall: Utfall;
  omfang?: number | null;
  innhold?: string | null;
  startdato?: string | null;
  sluttdato?: string | null;
  evalueringsdato?: string | null;
  avvikKategori?: string | null;
  avvikBegrunnelse?: string | null;
  /** Why the line is partly granted or refused; by default the deviation's reason or the criteria's. */
  begrunnelse?: string | null;
}

export interface VedtakInput {
  versjon: number;
  tjenester: VedtakslinjeInput[];
  vurdering?: string | null;
  innhentedeOpplysninger?: string[];
  egenandel?: string | null;
  erstatterVedtakId?: string | null;
  /** Waiting list: the services given while waiting (with the lines granted in the same decision, at least one). */
  tjenesterIMellomtiden?: { tjeneste: string; omfang: string }[];
  /** A change or stop (with `erstatterVedtakId`): the day it takes effect; after advance notice when it reduces. */
  virkningsdato?: string | null;
}

/** A decision line as it is stored: checked against the recommendation, with its deviation recorded. */
export type KontrollertLinje = Omit<VedtakslinjeEntity, 'id' | 'kommunenummer' | 'vedtakId' | 'vedtak'>;

type Feltfeil = { field: string; message: string };

/** Outcomes that grant something and therefore need a scope, a start and an end or evaluation date. */
export const TILDELER: Utfall[] = ['innvilget', 'delvis_innvilget'];

/** A number as a Norwegian text shows it (decimal comma). */
export const fmt = (n: number) => String(n).replace('.', ',');

/** The caseworker's assessment, or by default the criteria's reasons in the letter's målform, one paragraph per service. */
export const vurderingstekst = (input: VedtakInput, anbefalinger: Anbefaling[], m: Maalform): string =>
  input.vurdering?.trim() || anbefalinger.map((a) => begrunnelsestekst(a, m)).join('\n\n');

/** The services given while waiting, as the caseworker wrote them (blank entries dropped). */
export const mellomtiden = (input: VedtakInput) =>
  (input.tjenesterIMellomtiden ?? []).map((t) => ({ tjeneste: t.tjeneste.trim(), omfang: t.omfang.trim() })).filter((t) => t.tjeneste && t.omfang);

const ugyldig = (feil: Feltfeil[]) => new DomeneFeil('UGYLDIG_VEDTAK', 'Vedtaket har ugyldige felt.', 400, feil);

/**
 * The decided lines checked against the application, the catalogue and the criteria's recommendation: every
 * problem is reported at once, each on its field, so the caseworker can correct them all in one go.
 */
export function kontrollerLinjer(input: VedtakInput, soknad: Pick<SoknadEntity, 'tjenester'>, anbefalinger: Anbefaling[], tjenester: readonly TjenesteEntity[], maalform: Maalform): KontrollertLinje[] {
  const feil: Feltfeil[] = [];
  const sett = new Set<string>();
  const linjer = input.tjenester.map((t, i): KontrollertLinje => {
    const f = (felt: string, message: string) => feil.push({ field: `tjenester[${i}].${felt}`, message });
    const tjeneste = tjenester.find((x) => x.kode === t.tjenestekode);
    const anbefalt = anbefalinger.find((a) => a.tjenestekode === t.tjenestekode);
    if (!soknad.tjenester.includes(t.tjenestekode) || !tjeneste || !anbefalt) f('tjenestekode', 'Søknaden gjelder ikke denne tjenesten.');
    if (sett.has(t.tjenestekode)) f('tjenestekode', 'Tjenesten står to ganger i vedtaket.');
    sett.add(t.tjenestekode);
    const omfang = t.omfang ?? null;
    if (TILDELER.includes(t.utfall)) {
      if (tjeneste && tjeneste.omfangsenhet !== 'ja_nei' && omfang === null) f('omfang', 'Omfang må oppgis når tjenesten innvilges.');
      if (!t.startdato) f('startdato', 'Startdato må oppgis når tjenesten innvilges.');
      if (!t.sluttdato && !t.evalueringsdato) f('evalueringsdato', 'Oppgi sluttdato eller evalueringsdato: et vedtak «inntil videre» skal ha en planlagt evaluering.');
    }
    if (tjeneste?.omfangsenhet === 'timer_per_uke' && omfang !== null && omfang > 168) f('omfang', 'En uke har 168 timer.');
    if (t.utfall === 'venteliste' && t.tjenestekode !== 'langtidsopphold') f('utfall', 'Venteliste brukes bare for langtidsopphold.');
    const avvik = anbefalt ? avvikFraAnbefaling(anbefalt, t.utfall, omfang) : { avviker: false, retning: null };
    if (avvik.avviker && !t.avvikBegrunnelse?.trim()) {
      f('avvikBegrunnelse', `Vedtaket avviker fra kriterienes anbefaling (${anbefalt!.utfall!.replace('_', ' ')}${anbefalt!.omfang ? `, ${fmt(anbefalt!.omfang.min)}–${fmt(anbefalt!.omfang.max)}` : ''}). Skriv en begrunnelse for avviket.`);
    }
    // fvl. §§ 24–25: a line that does not give what was asked for says why; the letter prints it.
    const ikkeFullt = t.utfall === 'delvis_innvilget' || t.utfall === 'avslag';
    const begrunnelse = ikkeFullt
      ? t.begrunnelse?.trim() || (avvik.avviker ? t.avvikBegrunnelse?.trim() : anbefalt && begrunnelsestekst(anbefalt, maalform).trim()) || null
      : null;
    if (ikkeFullt && !begrunnelse) f('begrunnelse', 'Skriv hvorfor tjenesten er delvis innvilget eller avslått. Begrunnelsen står i vedtaksbrevet under «Vurdering og begrunnelse».');
    return {
      tjenestekode: t.tjenestekode,
      utfall: t.utfall,
      omfang: omfang === null ? null : String(omfang),
      omfangsenhet: tjeneste?.omfangsenhet ?? 'ja_nei',
      innhold: t.innhold ?? null,
      startdato: t.startdato ?? null,
      sluttdato: t.sluttdato ?? null,
      evalueringsdato: t.evalueringsdato ?? null,
      hjemmel: tjeneste?.hjemmel ?? '',
      // The discretionary path recommends nothing: the decided outcome is recorded, with no deviation.
      anbefaltUtfall: anbefalt ? (anbefalt.utfall ?? t.utfall) : 'avslag',
      anbefaltOmfangMin: anbefalt?.omfang ? String(anbefalt.omfang.min) : null,
      anbefaltOmfangMaks: anbefalt?.omfang ? String(anbefalt.omfang.max) : null,
      anbefaltRegelId: anbefalt?.regelId ?? '',
      lokaltAvvik: anbefalt?.lokaltAvvik ?? false,
      avviker: avvik.avviker,
      avvikRetning: avvik.retning,
      avvikKategori: avvik.avviker ? (t.avvikKategori ?? 'annet') : null,
      avvikBegrunnelse: avvik.avviker ? (t.avvikBegrunnelse?.trim() ?? null) : null,
      begrunnelse,
    };
  });
  if (!vurderingstekst(input, anbefalinger, maalform).trim()) {
    feil.push({ field: 'vurdering', message: 'Skriv vurderingen: kriteriene dekker ikke denne tjenesten, så begrunnelsen må komme fra deg.' });
  }
  if (!(input.innhentedeOpplysninger ?? []).some((o) => o.trim())) {
    feil.push({ field: 'innhentedeOpplysninger', message: 'Skriv hvilke opplysninger vedtaket bygger på (for eksempel hjemmebesøk, samtale med pårørende, uttalelse fra fastlegen). De står i vedtaksbrevet.' });
  }
  const venteliste = input.tjenester.some((t) => t.utfall === 'venteliste');
  const tildeltSamtidig = input.tjenester.some((t) => TILDELER.includes(t.utfall));
  if (venteliste && !tildeltSamtidig && mellomtiden(input).length === 0) {
    feil.push({ field: 'tjenesterIMellomtiden', message: 'Et vedtak om venteliste må si hvilke tjenester søkeren får mens hun eller han venter.' });
  }
  if (feil.length) throw ugyldig(feil);
  return linjer;
}

type Omfangslinje = Pick<VedtakslinjeEntity, 'tjenestekode' | 'utfall' | 'omfang'>;

/**
 * A change or stop of a running decision: it needs the day it takes effect, and when it gives less than before
 * (reduced or stopped against the person's wish) an advance notice whose deadline to comment has passed, and that
 * day lies at least {@link VARSEL_DAGER_REDUKSJON} days ahead. A service that ends because the person died or
 * moved needs no decision: the case's `avslutt` step with `opphorsgrunn` ends it, with a journal note.
 */
export function kontrollerEndring(
  varsel: SoknadEntity['forhandsvarsel'],
  gammel: Pick<VedtakEntity, 'id' | 'vedtaksdato'>,
  gamleLinjer: readonly Omfangslinje[],
  input: Pick<VedtakInput, 'virkningsdato'>,
  linjer: readonly Omfangslinje[],
  dato: string,
): void {
  const tall = (l: Omfangslinje) => ({ ...l, omfang: l.omfang === null ? null : Number(l.omfang) });
  const mindre = reduserer(gamleLinjer.map(tall), linjer.map(tall));
  // fvl. § 16: the person was told in advance and the deadline to comment has passed before the decision.
  if (mindre && (varsel?.vedtakId !== gammel.id || varsel.uttalelsesfrist >= dato)) {
    throw ugyldig([
      {
        field: 'forhandsvarsel',
        message:
          varsel?.vedtakId === gammel.id
            ? `Fristen for å uttale seg til forhåndsvarselet er ${varsel.uttalelsesfrist}. Vedtaket kan fattes etter den.`
            : `Vedtaket gir mindre enn vedtaket av ${gammel.vedtaksdato}. Send forhåndsvarsel (forvaltningsloven § 16) med en frist for å uttale seg før vedtaket fattes.`,
      },
    ]);
  }
  const tidligst = mindre ? leggTilDager(dato, VARSEL_DAGER_REDUKSJON) : dato;
  if (!input.virkningsdato || input.virkningsdato < tidligst) {
    throw ugyldig([
      {
        field: 'virkningsdato',
        message:
          tidligst === dato
            ? 'Oppgi fra hvilken dag endringen gjelder (i dag eller senere).'
            : `Vedtaket gir mindre enn vedtaket av ${gammel.vedtaksdato}. Endringen kan tidligst gjelde fra ${tidligst}, slik at søkeren får varsel og kan klage og be om utsatt iverksetting.`,
      },
    ]);
  }
}
