import { DomeneFeil } from '../../../domain/src/felles/typer.js';
import type { Intervall } from '../intervaller.js';
import { Beskyttelsesmodell, sekundaerPrikking, InkonsistentGrunnlag, type Beskyttelsesfigur } from './beskyttelse.js';
import { ENHETSETIKETTER, RAPPORTERINGSENHETER, rapporteringsenhetFor, type Rapporteringsenhet } from './enheter.js';
import { K, publiserAndel } from './regler.js';
import {
  validerTabellSpesifikasjon,
  type AnonymDimensjon,
  type Periode,
  type TabellSpesifikasjon,
} from './tabellspesifikasjon.js';

/** A category of a dimension: a stable code and the label a reader sees. */
export interface Kategori {
  readonly kode: string;
  readonly etikett: string;
}

/** The categories of the dimensions the anonymised report may use. Age bands and need groups are ordered (adjacent ones may be merged). */
export interface Klassifisering {
  readonly tjenestegrupper: readonly Kategori[];
  readonly aldersgrupper: readonly Kategori[];
  readonly behovsgrupper: readonly Kategori[];
  readonly utfall: readonly Kategori[];
}

/** The age bands of issue 6. */
export const ALDERSGRUPPER: readonly Kategori[] = [
  { kode: 'under_67', etikett: 'Under 67 år' },
  { kode: '67_79', etikett: '67–79 år' },
  { kode: '80_pluss', etikett: '80 år og over' },
];

/**
 * One aggregated count from the database: decisions in a year, municipality, service group, age band,
 * need group and outcome; combinations with no decisions may be left out. `bidragsytere` are the persons
 * behind the count as numbers that exist only for this computation (assigned in the query, in an order
 * that carries no identity): they let the primary rule count people, not decision lines.
 */
export interface Grunntelling {
  readonly aar: number;
  readonly kommunenummer: string;
  readonly tjenestegruppe: string;
  readonly aldersgruppe: string;
  readonly behovsgruppe: string;
  readonly utfall: string;
  readonly antall: number;
  readonly bidragsytere?: readonly number[];
}

/** The counts behind a release, and the calendar years they cover (a missing combination within them is 0). */
export interface Grunnlag {
  readonly aar: readonly number[];
  readonly tellinger: readonly Grunntelling[];
}

/** Which finest cells a published figure sums: explicit category codes per dimension, so it stays exact when stored. */
export interface CelleDefinisjon {
  readonly periode: Periode;
  readonly enhet: readonly Rapporteringsenhet[];
  readonly tjenestegruppe: readonly string[];
  readonly aldersgruppe: readonly string[];
  readonly behovsgruppe: readonly string[];
  readonly utfall: readonly string[];
}

/** Code used in coordinates for a total over a dimension or over the outcome. */
export const TOTALT = 'totalt';

/** The marker printed instead of a hidden figure (Statistics Norway's ":", "vises ikke av konfidensialitetshensyn"). */
export const PRIKK = ':' as const;

/** The footnote every anonymised table carries. */
export const PRIKK_FORKLARING =
  '«:» betyr at tallet er prikket: enten fordi det er mellom 1 og 4, eller fordi det ellers kunne vært regnet ut fra andre publiserte tall.';

export interface PublisertCelle {
  /** Category code (possibly a merged one) per table dimension, or 'totalt'; `utfall` likewise. */
  readonly koordinater: Readonly<Partial<Record<AnonymDimensjon, string>>> & { readonly utfall: string };
  readonly definisjon: CelleDefinisjon;
  /** The count, or null when prikket. */
  readonly verdi: number | null;
  readonly merke: typeof PRIKK | null;
}

export interface PublisertAndel {
  readonly koordinater: Readonly<Partial<Record<AnonymDimensjon, string>>>;
  readonly utfall: string;
  /** The rate with its Wilson interval, or null when a side is under k or hidden. */
  readonly andel: Intervall | null;
}

/** A category as published; a merged one lists its members and gets a joined label. */
export interface PublisertKategori {
  readonly kode: string;
  readonly etikett: string;
  readonly medlemmer: readonly string[];
}

/** One table of a release: exactly what may be shown and exactly what is stored for later releases. */
export interface PublisertTabell {
  readonly utgivelseId: string;
  readonly id: string;
  readonly tittel: string;
  readonly periode: Periode;
  readonly dimensjoner: readonly AnonymDimensjon[];
  readonly kategorier: Readonly<Partial<Record<AnonymDimensjon, readonly PublisertKategori[]>>>;
  readonly utfall: readonly PublisertKategori[];
  readonly celler: readonly PublisertCelle[];
  readonly andeler: readonly PublisertAndel[];
  readonly fotnote: string;
}

/** The anonymised release: safe to show to a union representative and to store as history. */
export interface AnonymisertUtgivelse {
  readonly utgivelseId: string;
  readonly k: number;
  readonly tabeller: readonly PublisertTabell[];
}

/** Why a cell was hidden; for the office's own documentation of the release, never printed in it. */
export type Prikkegrunn = 'under_k' | 'endring_under_k' | 'sekundaer' | 'tidligere_prikket';

export const PRIKKEGRUNN_TEKST: Readonly<Record<Prikkegrunn, string>> = {
  under_k: 'under 5 personer',
  endring_under_k: 'endret med 1–4 siden forrige utgivelse',
  sekundaer: 'sekundær',
  tidligere_prikket: 'prikket i en tidligere utgivelse',
};

export interface Prikkelogg {
  readonly tabellId: string;
  readonly koordinater: PublisertCelle['koordinater'];
  readonly grunn: Prikkegrunn;
}

/**
 * The release and, separately, the reasons each cell was hidden. The reasons stay internal: printing
 * "under 5" next to a cell would tell the reader it is 1–4, i.e. narrow it to fewer than k values.
 */
export interface Utgivelsesresultat {
  readonly utgivelse: AnonymisertUtgivelse;
  readonly revisjon: {
    readonly prikket: readonly Prikkelogg[];
    readonly sammenslaatte: readonly { tabellId: string; dimensjon: AnonymDimensjon; medlemmer: readonly string[] }[];
  };
}

export interface UtgivelseBestilling {
  readonly utgivelseId: string;
  readonly klassifisering: Klassifisering;
  readonly grunnlag: Grunnlag;
  readonly tabeller: readonly TabellSpesifikasjon[];
  /** Every table of every earlier anonymised release, as returned then. */
  readonly tidligereTabeller?: readonly PublisertTabell[];
  /** The counts each earlier release was made from (by utgivelseId), so a release can follow new decisions and corrections. */
  readonly tidligereGrunnlag?: ReadonlyMap<string, Grunnlag>;
  readonly k?: number;
}

const MERGEBARE: readonly AnonymDimensjon[] = ['aldersgruppe', 'behovsgruppe'];
const FIGURDIMENSJONER = ['enhet', 'tjenestegruppe', 'aldersgruppe', 'behovsgruppe', 'utfall'] as const;
type Figurdimensjon = (typeof FIGURDIMENSJONER)[number];

/** The finest cells (atoms): year × unit × service group × age band × need group × outcome, with their counts. */
class Kube {
  readonly aar: readonly number[];
  readonly koder: Readonly<Record<Figurdimensjon, readonly string[]>>;
  private readonly indeks: Record<Figurdimensjon, Map<string, number>>;
  private readonly aarIndeks: Map<number, number>;
  private readonly storrelser: number[];
  readonly antall: Float64Array;
  /** Contributors per atom, when the counts came with them. */
  private readonly bidrag = new Map<number, Set<number>>();

  constructor(klassifisering: Klassifisering, grunnlag: Grunnlag) {
    this.aar = [...new Set(grunnlag.aar)].sort((a, b) => a - b);
    this.koder = {
      enhet: RAPPORTERINGSENHETER,
      tjenestegruppe: klassifisering.tjenestegrupper.map((k) => k.kode),
      aldersgruppe: klassifisering.aldersgrupper.map((k) => k.kode),
      behovsgruppe: klassifisering.behovsgrupper.map((k) => k.kode),
      utfall: klassifisering.utfall.map((k) => k.kode),
    };
    this.indeks = Object.fromEntries(
      FIGURDIMENSJONER.map((d) => [d, new Map(this.koder[d].map((kode, i) => [kode, i]))]),
    ) as Record<Figurdimensjon, Map<string, number>>;
    this.aarIndeks = new Map(this.aar.map((a, i) => [a, i]));
    this.storrelser = [this.aar.length, ...FIGURDIMENSJONER.map((d) => this.koder[d].length)];
    this.antall = new Float64Array(this.storrelser.reduce((a, b) => a * b, 1));
    for (const t of grunnlag.tellinger) {
      if (!Number.isInteger(t.antall) || t.antall < 0) throw new RangeError(`Antall må være et ikke-negativt heltall, fikk ${t.antall}`);
      const enhet = rapporteringsenhetFor(t.kommunenummer);
      const a = this.aarIndeks.get(t.aar);
      if (a === undefined) throw new RangeError(`Året ${t.aar} er ikke med i grunnlagets år`);
      const idx = [a, ...FIGURDIMENSJONER.map((d) => this.kategoriIndeks(d, d === 'enhet' ? enhet : t[d]))];
      const f = this.flat(idx);
      this.antall[f] += t.antall;
      if (t.bidragsytere) {
        const b = this.bidrag.get(f) ?? this.bidrag.set(f, new Set()).get(f)!;
        t.bidragsytere.forEach((p) => b.add(p));
      }
    }
  }

  /**
   * Distinct persons behind a figure. A person with several decisions in it counts once; without
   * contributor numbers every decision is its own contributor.
   */
  personer(atomer: readonly number[]): number {
    if (this.bidrag.size === 0) return atomer.reduce((s, a) => s + this.antall[a], 0);
    const alle = new Set<number>();
    for (const a of atomer) this.bidrag.get(a)?.forEach((p) => alle.add(p));
    return alle.size;
  }

  private kategoriIndeks(d: Figurdimensjon, kode: string): number {
    const i = this.indeks[d].get(kode);
    if (i === undefined) throw new RangeError(`Ukjent kategori «${kode}» for ${d}`);
    return i;
  }

  private flat(idx: readonly number[]): number {
    let f = 0;
    for (let i = 0; i < idx.length; i++) f = f * this.storrelser[i] + idx[i];
    return f;
  }

  dekker(periode: Periode): boolean {
    for (let a = periode.fra; a <= periode.til; a++) if (!this.aarIndeks.has(a)) return false;
    return true;
  }

  /** Atom indices summed by a figure. Categories unknown to the current classification contain no atoms. */
  atomer(def: CelleDefinisjon): number[] {
    const lister: number[][] = [[]];
    for (let a = def.periode.fra; a <= def.periode.til; a++) {
      const i = this.aarIndeks.get(a);
      if (i === undefined) throw new RangeError(`Året ${a} mangler i grunnlaget`);
      lister[0].push(i);
    }
    for (const d of FIGURDIMENSJONER) lister.push(def[d].map((k) => this.indeks[d].get(k)).filter((i): i is number => i !== undefined));
    let resultat: number[] = [0];
    lister.forEach((liste, dimIdx) => {
      const neste: number[] = [];
      for (const f of resultat) for (const i of liste) neste.push(f * this.storrelser[dimIdx] + i);
      resultat = neste;
    });
    return resultat;
  }

  sum(def: CelleDefinisjon): number {
    let s = 0;
    for (const a of this.atomer(def)) s += this.antall[a];
    return s;
  }
}

function feil(kode: string, melding: string, felt: { field: string; message: string }[] = []): DomeneFeil {
  return new DomeneFeil(kode, melding, 422, felt);
}

interface Gruppe {
  medlemmer: string[];
}

/** A table being built: its categories after merging and its cells before suppression. */
interface TabellUtkast {
  spec: TabellSpesifikasjon & { dimensjoner: readonly AnonymDimensjon[] };
  grupper: Partial<Record<AnonymDimensjon, Gruppe[]>>;
  celler: { koordinater: PublisertCelle['koordinater']; definisjon: CelleDefinisjon; sann: number; figur: number }[];
}

function grunndefinisjon(kube: Kube, spec: TabellSpesifikasjon): CelleDefinisjon {
  const utvalg = spec.utvalg ?? {};
  return {
    periode: spec.periode,
    enhet: (utvalg.enhet as Rapporteringsenhet[] | undefined) ?? [...RAPPORTERINGSENHETER],
    tjenestegruppe: utvalg.tjenestegruppe ?? [...kube.koder.tjenestegruppe],
    aldersgruppe: utvalg.aldersgruppe ?? [...kube.koder.aldersgruppe],
    behovsgruppe: utvalg.behovsgruppe ?? [...kube.koder.behovsgruppe],
    utfall: [...kube.koder.utfall],
  };
}

/**
 * Prefer merging to suppressing (issue 6; "global recoding", Hundepool et al. 2012, §5.3): while a
 * category of an ordered dimension (age band, need group) has a margin row with 1..k−1 persons, merge
 * it with its smaller adjacent neighbour. Only the margin decides, so one small unit does not collapse a
 * dimension for everyone; the remaining small cells are suppressed.
 */
function slaaSammen(kube: Kube, grunn: CelleDefinisjon, dim: AnonymDimensjon, kategorier: readonly string[], k: number): Gruppe[] {
  const grupper: Gruppe[] = kategorier.map((kode) => ({ medlemmer: [kode] }));
  const personer = (def: CelleDefinisjon): number => kube.personer(kube.atomer(def));
  const rad = (g: Gruppe): number[] => {
    const def = { ...grunn, [dim]: g.medlemmer };
    return [personer(def), ...grunn.utfall.map((u) => personer({ ...def, utfall: [u] }))];
  };
  for (;;) {
    if (grupper.length < 2) return grupper;
    const svak = grupper.findIndex((g) => rad(g).some((x) => x > 0 && x < k));
    if (svak < 0) return grupper;
    const venstre = svak > 0 ? rad(grupper[svak - 1])[0] : Infinity;
    const hoyre = svak < grupper.length - 1 ? rad(grupper[svak + 1])[0] : Infinity;
    const nabo = venstre <= hoyre ? svak - 1 : svak + 1;
    const [a, b] = [Math.min(svak, nabo), Math.max(svak, nabo)];
    grupper.splice(a, 2, { medlemmer: [...grupper[a].medlemmer, ...grupper[b].medlemmer] });
  }
}

function etiketter(klassifisering: Klassifisering): Record<AnonymDimensjon | 'utfall', Map<string, string>> {
  return {
    enhet: new Map(Object.entries(ENHETSETIKETTER)),
    tjenestegruppe: new Map(klassifisering.tjenestegrupper.map((k) => [k.kode, k.etikett])),
    aldersgruppe: new Map(klassifisering.aldersgrupper.map((k) => [k.kode, k.etikett])),
    behovsgruppe: new Map(klassifisering.behovsgrupper.map((k) => [k.kode, k.etikett])),
    utfall: new Map(klassifisering.utfall.map((k) => [k.kode, k.etikett])),
  };
}

const gruppekode = (g: Gruppe): string => g.medlemmer.join('+');

function sjekkKlassifisering(klassifisering: Klassifisering): void {
  for (const [navn, liste] of Object.entries(klassifisering) as [string, readonly Kategori[]][]) {
    const koder = liste.map((k) => k.kode);
    if (koder.length === 0) throw feil('ugyldig_klassifisering', `Klassifiseringen mangler kategorier for ${navn}`);
    if (new Set(koder).size !== koder.length || koder.some((k) => k === TOTALT || k.includes('+'))) {
      throw feil('ugyldig_klassifisering', `Kategorikodene for ${navn} må være unike og kan ikke være «${TOTALT}» eller inneholde «+»`);
    }
  }
}

/**
 * Build an anonymised release: validate the table specifications, merge categories where a margin row
 * would otherwise be suppressed, hide every count in 1..k−1 (primary rule), then hide more counts until
 * no hidden count can be narrowed to fewer than k values by an attacker who knows every figure published
 * in this release and in every earlier one (secondary suppression with protection intervals; Hundepool
 * et al. 2012, Statistical Disclosure Control, ch. 4–5). A figure published earlier stays published; a
 * figure hidden earlier stays hidden.
 *
 * Throws DomeneFeil (422) for a table that breaks the rules, and (409) when earlier releases no longer
 * match the data or pin a figure that should be hidden: the release is then refused, never weakened.
 */
export function lagAnonymisertUtgivelse(bestilling: UtgivelseBestilling): Utgivelsesresultat {
  const k = bestilling.k ?? K;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k må være et heltall ≥ 2, fikk ${k}`);
  const { klassifisering, grunnlag, utgivelseId } = bestilling;
  sjekkKlassifisering(klassifisering);
  const specFeil = bestilling.tabeller.flatMap((t, i) => validerTabellSpesifikasjon(t).map((f) => ({ field: `tabeller[${i}].${f.field}`, message: f.message })));
  const ider = bestilling.tabeller.map((t) => t.id);
  if (new Set(ider).size !== ider.length) specFeil.push({ field: 'tabeller', message: 'Tabell-id-ene må være unike.' });
  if (specFeil.length > 0) throw feil('ugyldig_tabell', 'Tabellbestillingen bryter reglene for anonymiserte rapporter', specFeil);

  const kube = new Kube(klassifisering, grunnlag);
  for (const [i, t] of bestilling.tabeller.entries()) {
    if (!kube.dekker(t.periode)) throw feil('mangler_grunnlag', `Grunnlaget dekker ikke perioden til tabell ${t.id}`, [{ field: `tabeller[${i}].periode`, message: 'Perioden er ikke med i grunnlaget.' }]);
    if (t.andelFor !== undefined && !kube.koder.utfall.includes(t.andelFor)) {
      throw feil('ugyldig_tabell', `Ukjent utfall ${t.andelFor}`, [{ field: `tabeller[${i}].andelFor`, message: 'Ukjent utfall.' }]);
    }
  }

  // The data behind each earlier release, as it was then. A release stored without it (made before
  // snapshots were kept) is taken to have seen today's data, and is checked against it below.
  const aarIGrunnlag = new Set(kube.aar);
  const oyeblikk = new Map<string, Kube>();
  for (const [id, g] of bestilling.tidligereGrunnlag ?? []) {
    oyeblikk.set(id, new Kube(klassifisering, { aar: kube.aar, tellinger: g.tellinger.filter((t) => aarIGrunnlag.has(t.aar)) }));
  }

  // Figures, one per distinct set of unknowns. An unknown is an atom at a value: where an atom had the same
  // count in an earlier release as now, the attacker is assumed to know it did not change (the same unknown
  // in both); where it changed, the two are separate unknowns. So a figure may appear in several tables and
  // releases, and the differences between releases are equations the attacker has.
  const figurNokkel = new Map<string, number>();
  const figurUkjente: string[][] = [];
  const figurSann: number[] = [];
  const figur = (def: CelleDefinisjon, data: Kube): number => {
    const atomer = kube.atomer(def);
    const ukjente = atomer.map((a) => `${a}:${data.antall[a]}`).sort();
    const nokkel = ukjente.join(',');
    let i = figurNokkel.get(nokkel);
    if (i === undefined) {
      i = figurUkjente.length;
      figurNokkel.set(nokkel, i);
      figurUkjente.push(ukjente);
      figurSann.push(atomer.reduce((sum, a) => sum + data.antall[a], 0));
    }
    return i;
  };

  // Earlier releases: what the attacker already knows. Tables whose years are outside the data do not touch this release.
  const tidligerePublisert = new Map<number, number>();
  const tidligereSkjult = new Set<number>();
  /** Every value published earlier for each cell definition (by its atoms), to check how much a figure changed since. */
  const publisertFoer = new Map<string, number[]>();
  const utenOyeblikk = new Set<number>();
  for (const t of bestilling.tidligereTabeller ?? []) {
    const aar = Array.from({ length: t.periode.til - t.periode.fra + 1 }, (_, i) => t.periode.fra + i);
    if (!aar.some((a) => aarIGrunnlag.has(a))) continue;
    if (!aar.every((a) => aarIGrunnlag.has(a))) {
      throw feil('mangler_grunnlag', `Grunnlaget må dekke alle år i tidligere tabell ${t.id} (${t.periode.fra}–${t.periode.til}), fordi den overlapper denne utgivelsen`);
    }
    const data = oyeblikk.get(t.utgivelseId);
    for (const c of t.celler) {
      const i = figur(c.definisjon, data ?? kube);
      if (!data) utenOyeblikk.add(i);
      if (c.verdi === null) tidligereSkjult.add(i);
      else {
        const forrige = tidligerePublisert.get(i);
        if (forrige !== undefined && forrige !== c.verdi) throw new DomeneFeil('inkonsistent_historikk', 'To tidligere utgivelser viser ulike tall for samme celle', 409);
        tidligerePublisert.set(i, c.verdi);
        const nokkel = kube.atomer(c.definisjon).sort((a, b) => a - b).join(',');
        (publisertFoer.get(nokkel) ?? publisertFoer.set(nokkel, []).get(nokkel)!).push(c.verdi);
      }
    }
  }

  // This release's tables, with merged categories.
  const sammenslaatte: { tabellId: string; dimensjon: AnonymDimensjon; medlemmer: readonly string[] }[] = [];
  const utkast: TabellUtkast[] = bestilling.tabeller.map((spec) => {
    const dimensjoner = spec.dimensjoner as readonly AnonymDimensjon[];
    const grunn = grunndefinisjon(kube, spec);
    const grupper: Partial<Record<AnonymDimensjon, Gruppe[]>> = {};
    for (const d of dimensjoner) {
      const kategorier = grunn[d] as readonly string[];
      grupper[d] = MERGEBARE.includes(d) ? slaaSammen(kube, grunn, d, kategorier, k) : kategorier.map((kode) => ({ medlemmer: [kode] }));
      for (const g of grupper[d]!) if (g.medlemmer.length > 1) sammenslaatte.push({ tabellId: spec.id, dimensjon: d, medlemmer: g.medlemmer });
    }
    // Every combination of (category or total) per dimension × (outcome or total).
    let kombinasjoner: { koordinater: Partial<Record<AnonymDimensjon, string>>; definisjon: CelleDefinisjon }[] = [{ koordinater: {}, definisjon: grunn }];
    for (const d of dimensjoner) {
      kombinasjoner = kombinasjoner.flatMap((kb) => [
        ...grupper[d]!.map((g) => ({ koordinater: { ...kb.koordinater, [d]: gruppekode(g) }, definisjon: { ...kb.definisjon, [d]: g.medlemmer } })),
        { koordinater: { ...kb.koordinater, [d]: TOTALT }, definisjon: kb.definisjon },
      ]);
    }
    const celler = kombinasjoner.flatMap((kb) =>
      [...kube.koder.utfall.map((u) => [u, [u]] as const), [TOTALT, kube.koder.utfall] as const].map(([kode, utfall]) => {
        const definisjon: CelleDefinisjon = { ...kb.definisjon, utfall: [...utfall] };
        return { koordinater: { ...kb.koordinater, utfall: kode }, definisjon, sann: kube.sum(definisjon), figur: figur(definisjon, kube) };
      }),
    );
    return { spec: { ...spec, dimensjoner }, grupper, celler };
  });

  // Unknowns for the LP: atom values grouped by the set of figures containing them (exact: only these sums matter).
  const antallFigurer = figurUkjente.length;
  const medlemAv = new Map<string, number[]>();
  figurUkjente.forEach((ukjente, f) => ukjente.forEach((u) => (medlemAv.get(u) ?? medlemAv.set(u, []).get(u)!).push(f)));
  const variabelFor = new Map<string, number>();
  const figurVariabler: Set<number>[] = Array.from({ length: antallFigurer }, () => new Set<number>());
  for (const [, figurer] of medlemAv) {
    const nokkel = figurer.join(',');
    let v = variabelFor.get(nokkel);
    if (v === undefined) {
      v = variabelFor.size;
      variabelFor.set(nokkel, v);
    }
    for (const f of figurer) figurVariabler[f].add(v);
  }

  const sann = figurSann;
  const iDenne = new Map<number, CelleDefinisjon>();
  for (const u of utkast) for (const c of u.celler) iDenne.set(c.figur, c.definisjon);
  const grunnFor = new Map<number, Prikkegrunn>();
  for (const [f, def] of iDenne) {
    if (tidligerePublisert.has(f)) continue; // the same figure is already out; it cannot be withdrawn
    if (tidligereSkjult.has(f)) grunnFor.set(f, 'tidligere_prikket');
    else if (sann[f] > 0 && (sann[f] < k || kube.personer(kube.atomer(def)) < k)) grunnFor.set(f, 'under_k');
    else {
      // A change since any release in which the cell was published is itself a figure the reader sees.
      const foer = publisertFoer.get(kube.atomer(def).sort((a, b) => a - b).join(',')) ?? [];
      if (foer.some((v) => v !== sann[f] && Math.abs(sann[f] - v) < k)) grunnFor.set(f, 'endring_under_k');
    }
  }
  const figurer: Beskyttelsesfigur[] = figurUkjente.map((_, f) => ({
    variabler: [...figurVariabler[f]],
    sann: sann[f],
    skjult: grunnFor.has(f) || (tidligereSkjult.has(f) && !tidligerePublisert.has(f)),
    laast: tidligerePublisert.has(f),
    kostnad: sann[f] + 1,
  }));
  const modell = new Beskyttelsesmodell(figurer, variabelFor.size, k);

  // Only components this release touches matter. A release stored without its data was made on today's.
  const berorte = new Set<number>();
  for (const f of iDenne.keys()) for (const g of modell.komponentFor(f)) berorte.add(g);
  for (const f of berorte) {
    const publisert = tidligerePublisert.get(f);
    if (publisert !== undefined && publisert !== sann[f]) {
      throw new DomeneFeil(
        'inkonsistent_historikk',
        utenOyeblikk.has(f)
          ? 'En tidligere utgivelse ble laget før tallene bak utgivelsene ble tatt vare på, og tallene har endret seg siden; utgivelsen holdes tilbake.'
          : 'Tallene bak en tidligere utgivelse stemmer ikke med det den publiserte; utgivelsen holdes tilbake.',
        409,
      );
    }
  }
  const sjekk = [...berorte].filter((f) => figurer[f].skjult).sort((a, b) => a - b);
  try {
    sekundaerPrikking(modell, sjekk);
  } catch (e) {
    if (e instanceof InkonsistentGrunnlag || (e instanceof Error && e.name === 'KanIkkeBeskytte')) {
      throw new DomeneFeil('kan_ikke_anonymisere', e.message, 409);
    }
    throw e;
  }

  const navn = etiketter(klassifisering);
  const prikket: Prikkelogg[] = [];
  const tabeller: PublisertTabell[] = utkast.map((u) => {
    const celler: PublisertCelle[] = u.celler.map((c) => {
      const skjult = figurer[c.figur].skjult;
      if (skjult) prikket.push({ tabellId: u.spec.id, koordinater: c.koordinater, grunn: grunnFor.get(c.figur) ?? 'sekundaer' });
      return { koordinater: c.koordinater, definisjon: c.definisjon, verdi: skjult ? null : c.sann, merke: skjult ? PRIKK : null };
    });
    const andeler: PublisertAndel[] = [];
    if (u.spec.andelFor !== undefined) {
      const utfall = u.spec.andelFor;
      const oppslag = new Map(celler.map((c) => [JSON.stringify(c.koordinater), c]));
      for (const c of celler) {
        if (c.koordinater.utfall !== TOTALT) continue;
        const { utfall: _u, ...rest } = c.koordinater;
        const del = oppslag.get(JSON.stringify({ ...rest, utfall }));
        // Both sides must hold k persons, not only k decisions.
        const resten = { ...c.definisjon, utfall: c.definisjon.utfall.filter((x) => x !== utfall) };
        const nokPersoner = del !== undefined && kube.personer(kube.atomer(del.definisjon)) >= k && kube.personer(kube.atomer(resten)) >= k;
        const andel = del?.verdi != null && c.verdi !== null && nokPersoner ? publiserAndel(del.verdi, c.verdi - del.verdi, k) : null;
        andeler.push({ koordinater: rest, utfall, andel });
      }
    }
    const kategorier: Partial<Record<AnonymDimensjon, PublisertKategori[]>> = {};
    for (const d of u.spec.dimensjoner) {
      kategorier[d] = u.grupper[d]!.map((g) => ({
        kode: gruppekode(g),
        etikett: g.medlemmer.map((m) => navn[d].get(m) ?? m).join(' og '),
        medlemmer: g.medlemmer,
      }));
    }
    return {
      utgivelseId,
      id: u.spec.id,
      tittel: u.spec.tittel,
      periode: u.spec.periode,
      dimensjoner: u.spec.dimensjoner,
      kategorier,
      utfall: kube.koder.utfall.map((kode) => ({ kode, etikett: navn.utfall.get(kode) ?? kode, medlemmer: [kode] })),
      celler,
      andeler,
      fotnote: PRIKK_FORKLARING,
    };
  });
  return { utgivelse: { utgivelseId, k, tabeller }, revisjon: { prikket, sammenslaatte } };
}
