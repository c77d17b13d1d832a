/**
 * Full validation of a criteria set and of local deviations, run when a set is saved and again when it is
 * published. Every message names the rule (or range) and says in bokmål what is wrong, because the reader is
 * the fagadministrator who must fix it, not a developer.
 */
import { KOMMUNENUMMER_MONSTER } from '../felles/typer.js';
import { finnTjeneste } from '../tjenester/katalog.js';
import { analyserRegler } from './analyse.js';
import { beskrivBetingelse } from './betingelse.js';
import { finnFakta, IKKE_RELEVANT, naermesteFaktanavn, type Faktadefinisjon } from './fakta.js';
import { slaaSammen } from './sammenslaaing.js';
import { feltnavn, oversettSkjemafeil, validerAvvikSkjema, validerSettSkjema, type SkjemaFeil } from './skjema.js';
import type { Betingelse, FaktaBetingelse, Faktaverdi, FeltFeil, Kriteriesett, LokaltAvvik, Nivaainndeling, Regel } from './typer.js';

type Sti = (string | number)[];

/** Hours in a week: no weekly scope can exceed it. */
export const MAKS_TIMER_PER_UKE = 168;
/** A scope in days (stays, respite) never exceeds a year. */
export const MAKS_DOGN = 366;

/**
 * Names the thing a path points into, for the start of a message: a rule with its id, a range with its id,
 * a deviation with its municipality and rule, or else the field itself.
 */
function sted(rot: unknown, sti: Sti): string {
  const hent = (s: Sti): Record<string, unknown> | undefined => {
    let x: unknown = rot;
    for (const k of s) x = x && typeof x === 'object' ? (x as Record<string | number, unknown>)[k] : undefined;
    return x && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
  };
  const medId = (n: number) => {
    const del = sti.slice(0, n);
    const id = hent(del)?.id;
    return typeof id === 'string' ? `${feltnavn(del)} (id "${id}")` : feltnavn(del);
  };
  const i = sti.indexOf('tjenester');
  if (i >= 0 && sti[i + 2] === 'regler' && typeof sti[i + 3] === 'number') return medId(i + 4);
  if (i >= 0 && sti[i + 2] === 'nivaaer' && sti[i + 3] === 'inndeling' && typeof sti[i + 4] === 'number') return medId(i + 5);
  if (sti[0] === 'lokaleAvvik' && typeof sti[1] === 'number') {
    const a = hent(sti.slice(0, 2));
    const regel = a?.regel as Record<string, unknown> | undefined;
    const deler = [typeof a?.kommunenummer === 'string' ? `kommune ${a.kommunenummer}` : '', typeof regel?.id === 'string' ? `regel "${regel.id}"` : ''].filter(Boolean);
    return deler.length ? `${feltnavn(sti.slice(0, 2))} (${deler.join(', ')})` : feltnavn(sti.slice(0, 2));
  }
  return feltnavn(sti) || 'kriteriesettet';
}

class Feilsamler {
  readonly feil: FeltFeil[] = [];
  /** `prefiks` renames the `lokaleAvvik` root, for deviations validated outside a document. */
  constructor(
    private readonly rot: unknown,
    private readonly prefiks = 'lokaleAvvik',
  ) {}
  legg(sti: Sti, melding: string, stedSti: Sti = sti): void {
    const omdoep = (t: string) => (this.prefiks !== 'lokaleAvvik' ? t.replace(/^lokaleAvvik/, this.prefiks) : t);
    this.feil.push({ field: omdoep(feltnavn(sti)) || '$', message: omdoep(`${sted(this.rot, stedSti)}: ${melding}`) });
  }
}

/** Schema errors for any document that embeds a set or deviations, named the same way as the content checks. */
export function skjemafeilSomFeltFeil(rot: unknown, feil: readonly SkjemaFeil[]): FeltFeil[] {
  const f = new Feilsamler(rot);
  for (const e of feil) f.legg(e.sti, e.melding, e.stedSti);
  return f.feil;
}

export function erGyldigDato(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function domeneTekst(def: Faktadefinisjon): string {
  const d = def.domene;
  switch (d.type) {
    case 'skaar':
      return `1–${d.maks}, eller ${IKKE_RELEVANT} for ikke relevant`;
    case 'tall':
      return `${d.heltall ? 'et helt tall ' : 'et tall '}fra ${d.min} til ${d.maks}`;
    case 'boolsk':
      return 'true eller false';
    case 'kategori':
      return `en av ${d.verdier.join(', ')}`;
  }
}

/** Why `v` is not a value of the fact, or null if it is. `ordnet`: used with minst/hoyst/mellom. */
function verdifeil(def: Faktadefinisjon, v: Faktaverdi, ordnet: boolean): string | null {
  const d = def.domene;
  const utenfor = `verdien ${JSON.stringify(v)} er utenfor domenet til ${def.navn} (${domeneTekst(def)})`;
  switch (d.type) {
    case 'skaar':
      if (typeof v !== 'number' || !Number.isInteger(v)) return utenfor;
      if (v === IKKE_RELEVANT) return ordnet ? `skår ${IKKE_RELEVANT} betyr «ikke relevant» og kan ikke brukes med minst, hoyst eller mellom (${def.navn})` : null;
      return v >= 1 && v <= d.maks ? null : utenfor;
    case 'tall':
      if (typeof v !== 'number' || v < d.min || v > d.maks) return utenfor;
      return d.heltall && !Number.isInteger(v) ? `${def.navn} er et helt tall, men verdien er ${v}` : null;
    case 'boolsk':
      return typeof v === 'boolean' ? null : utenfor;
    case 'kategori':
      return typeof v === 'string' && d.verdier.includes(v) ? null : utenfor;
  }
}

function rang(def: Faktadefinisjon, v: Faktaverdi): number {
  return def.domene.type === 'kategori' ? def.domene.verdier.indexOf(String(v)) : Number(v);
}

function validerBlad(b: FaktaBetingelse, sti: Sti, f: Feilsamler, stedSti: Sti): void {
  const def = finnFakta(b.fakta);
  if (!def) {
    const forslag = naermesteFaktanavn(b.fakta);
    f.legg([...sti, 'fakta'], `ukjent fakta «${b.fakta}»${forslag ? ` – mente du «${forslag}»?` : ''} (regler kan bare bruke faktaene i vurderingsgrunnlaget og de avledede IPLOS-faktaene)`, stedSti);
    return;
  }
  const verdiSti = [...sti, 'verdi'];
  if (def.domene.type === 'boolsk' && b.operator !== 'lik' && b.operator !== 'ulik') {
    f.legg([...sti, 'operator'], `operatoren «${b.operator}» kan ikke brukes på ${def.navn} (ja/nei); bruk lik eller ulik`, stedSti);
    return;
  }
  const ordnet = b.operator === 'minst' || b.operator === 'hoyst' || b.operator === 'mellom';
  if (b.operator === 'mellom' || b.operator === 'en_av') {
    if (!Array.isArray(b.verdi) || (b.operator === 'mellom' ? b.verdi.length !== 2 : b.verdi.length === 0)) {
      f.legg(verdiSti, b.operator === 'mellom' ? 'operatoren mellom trenger verdi [fra, til]' : 'operatoren en_av trenger en ikke-tom liste med verdier', stedSti);
      return;
    }
    let ok = true;
    b.verdi.forEach((v, i) => {
      const feil = verdifeil(def, v, ordnet);
      if (feil) {
        ok = false;
        f.legg([...verdiSti, i], feil, stedSti);
      }
    });
    if (ok && b.operator === 'mellom' && rang(def, b.verdi[0]) > rang(def, b.verdi[1])) {
      f.legg(verdiSti, `mellom ${JSON.stringify(b.verdi[0])} og ${JSON.stringify(b.verdi[1])}: fra er større enn til`, stedSti);
    }
    return;
  }
  if (Array.isArray(b.verdi)) {
    f.legg(verdiSti, `operatoren «${b.operator}» trenger én verdi, ikke en liste`, stedSti);
    return;
  }
  const feil = verdifeil(def, b.verdi, ordnet);
  if (feil) f.legg(verdiSti, feil, stedSti);
}

function validerBetingelse(b: Betingelse, sti: Sti, nivaaer: Nivaainndeling | undefined, brukteNivaaer: Set<string>, f: Feilsamler, stedSti: Sti): void {
  if ('alle' in b) b.alle.forEach((d, i) => validerBetingelse(d, [...sti, 'alle', i], nivaaer, brukteNivaaer, f, stedSti));
  else if ('noen' in b) b.noen.forEach((d, i) => validerBetingelse(d, [...sti, 'noen', i], nivaaer, brukteNivaaer, f, stedSti));
  else if ('ikke' in b) validerBetingelse(b.ikke, [...sti, 'ikke'], nivaaer, brukteNivaaer, f, stedSti);
  else if ('nivaa' in b) {
    if (!nivaaer) f.legg([...sti, 'nivaa'], `viser til nivået «${b.nivaa}», men tjenesten har ingen nivåinndeling (nivaaer)`, stedSti);
    else if (!nivaaer.inndeling.some((n) => n.id === b.nivaa)) f.legg([...sti, 'nivaa'], `ukjent nivå «${b.nivaa}» (kjente nivåer: ${nivaaer.inndeling.map((n) => n.id).join(', ')})`, stedSti);
    else brukteNivaaer.add(b.nivaa);
  } else validerBlad(b, sti, f, stedSti);
}

const ENHETTEKST = { timer_per_uke: 'timer per uke', dogn: 'døgn', ja_nei: 'ja/nei' } as const;

/** Checks one rule's conditions, scope and outcome; the rule list as a whole is checked by the analysis. */
function validerRegel(regel: Regel, tjenestekode: string, nivaaer: Nivaainndeling | undefined, sti: Sti, brukteNivaaer: Set<string>, f: Feilsamler): void {
  validerBetingelse(regel.naar, [...sti, 'naar'], nivaaer, brukteNivaaer, f, sti);
  const tjeneste = finnTjeneste(tjenestekode);
  const o = regel.omfang;
  const oSti = [...sti, 'omfang'];
  if (o) {
    if (regel.utfall === 'avslag' || regel.utfall === 'venteliste') f.legg(oSti, `utfallet «${regel.utfall}» kan ikke ha omfang`, sti);
    if (tjeneste?.omfangsenhet === 'ja_nei') f.legg(oSti, `${tjeneste.navn} tildeles uten omfang (ja/nei); fjern omfang`, sti);
    else if (tjeneste && tjeneste.omfangsenhet !== o.enhet) f.legg([...oSti, 'enhet'], `omfang for ${tjeneste.navn} oppgis i ${ENHETTEKST[tjeneste.omfangsenhet]} (enhet «${tjeneste.omfangsenhet}»), ikke «${o.enhet}»`, sti);
    if (o.min > o.max) f.legg(oSti, `omfang.min (${o.min}) er større enn omfang.max (${o.max})`, sti);
    if (o.enhet === 'timer_per_uke' && o.max > MAKS_TIMER_PER_UKE) f.legg([...oSti, 'max'], `omfang.max ${o.max} timer per uke er mer enn en uke har (${MAKS_TIMER_PER_UKE})`, sti);
    if (o.enhet === 'dogn' && o.max > MAKS_DOGN) f.legg([...oSti, 'max'], `omfang.max ${o.max} døgn er mer enn ett år (${MAKS_DOGN})`, sti);
  } else if (tjeneste && tjeneste.omfangsenhet !== 'ja_nei' && (regel.utfall === 'innvilget' || regel.utfall === 'delvis_innvilget')) {
    f.legg(oSti, `mangler omfang: et vedtak om ${tjeneste.navn} må ha omfang i ${ENHETTEKST[tjeneste.omfangsenhet]}`, sti);
  }
}

/** Ranges must tile the fact's domain: `fra` inclusive, `til` exclusive, an open last range reaches the top. */
function validerNivaaer(n: Nivaainndeling, sti: Sti, f: Feilsamler): void {
  const def = finnFakta(n.fakta);
  if (!def) {
    const forslag = naermesteFaktanavn(n.fakta);
    f.legg([...sti, 'fakta'], `ukjent fakta «${n.fakta}»${forslag ? ` – mente du «${forslag}»?` : ''}`);
    return;
  }
  if (def.domene.type !== 'tall') {
    f.legg([...sti, 'fakta'], `nivåer krever et tallfakta; ${def.navn} er ikke et tall med et område`);
    return;
  }
  const { min, maks } = def.domene;
  const ids = new Set<string>();
  n.inndeling.forEach((x, i) => {
    const s = [...sti, 'inndeling', i];
    if (ids.has(x.id)) f.legg([...s, 'id'], `nivå-id «${x.id}» er brukt før i samme inndeling`, s);
    ids.add(x.id);
    if (x.til !== null && x.fra >= x.til) f.legg(s, `fra (${x.fra}) må være mindre enn til (${x.til})`);
    if (x.fra < min || x.fra > maks) f.legg([...s, 'fra'], `fra ${x.fra} er utenfor domenet til ${def.navn} (${min}–${maks})`, s);
  });
  const sortert = n.inndeling.map((x, i) => ({ x, i })).sort((a, b) => a.x.fra - b.x.fra || a.i - b.i);
  const s = (i: number) => [...sti, 'inndeling', i];
  const fmt = (til: number | null) => (til === null ? `${maks}]` : `${til})`);
  if (sortert[0].x.fra > min) f.legg(s(sortert[0].i), `hull i nivåene: [${min}, ${sortert[0].x.fra}) er ikke dekket av noe nivå`);
  for (let k = 1; k < sortert.length; k++) {
    const forrige = sortert[k - 1];
    const denne = sortert[k];
    if (forrige.x.til === null || denne.x.fra < forrige.x.til) {
      f.legg(s(denne.i), `overlapp i nivåene: [${denne.x.fra}, ${fmt(denne.x.til)} overlapper nivå «${forrige.x.id}» [${forrige.x.fra}, ${fmt(forrige.x.til)}`);
    } else if (denne.x.fra > forrige.x.til) {
      f.legg(s(denne.i), `hull i nivåene: [${forrige.x.til}, ${denne.x.fra}) mellom nivå «${forrige.x.id}» og «${denne.x.id}» er ikke dekket`);
    }
  }
  const siste = sortert[sortert.length - 1];
  const sisteTil = sortert.reduce<number | null>((m, y) => (m === null || y.x.til === null ? null : Math.max(m, y.x.til)), 0);
  if (sisteTil !== null && sisteTil <= maks) f.legg(s(siste.i), `hull i nivåene: [${sisteTil}, ${maks}] er ikke dekket (sett til: null på øverste nivå)`);
}

export interface Analysefunn {
  indeks: number;
  melding: string;
  /** Ids of earlier rules that together take this rule's cases (for a shadowed rule). */
  skyggetAv?: string[];
}

/** Reachability and catch-all of one ordered rule list, as messages about rule positions. */
export function analyserRegelliste(regler: readonly Regel[], nivaaer: Nivaainndeling | undefined): Analysefunn[] {
  const analyse = analyserRegler(regler, nivaaer);
  const funn: Analysefunn[] = [];
  analyse.regler.forEach((r, indeks) => {
    if (r.status === 'umulig') funn.push({ indeks, melding: `regelen kan aldri slå til: ${r.motsigelse ?? 'betingelsene kan ikke være oppfylt samtidig'}` });
    else if (r.status === 'etter_oppsamling') funn.push({ indeks, melding: `regelen kan aldri nås fordi regel «${r.oppsamlingsregel}» foran den er en oppsamlingsregel som fanger alle tilfeller` });
    else if (r.status === 'skygget')
      funn.push({ indeks, skyggetAv: r.av, melding: `regelen kan aldri nås: alle tilfeller den gjelder (${beskrivBetingelse(regler[indeks].naar)}), fanges allerede av tidligere regler (${r.av.map((id) => `«${id}»`).join(', ')})` });
  });
  // A rule after a catch-all is already reported as unreachable; that is the thing to fix.
  if (analyse.sisteErOppsamling === false && !analyse.foersteOppsamling && regler.length > 0) {
    funn.push({
      indeks: regler.length - 1,
      melding: `mangler oppsamlingsregel: siste regel gjelder bare når ${beskrivBetingelse(regler[regler.length - 1].naar)}; reglene må slutte med en regel som alltid gjelder (naar: { "alle": [] }), slik at hver vurdering gir nøyaktig én anbefaling`,
    });
  }
  return funn;
}

/**
 * Validates a criteria set. Returns an empty list when the set may be saved and published. Structure errors
 * (the JSON Schema) are reported alone, since the content checks need a well-formed set.
 */
export function validerKriteriesett(sett: unknown): FeltFeil[] {
  const f = new Feilsamler(sett);
  if (!validerSettSkjema(sett)) {
    for (const e of oversettSkjemafeil(validerSettSkjema.errors)) f.legg(e.sti, e.melding, e.stedSti);
    return f.feil;
  }
  const k = sett as Kriteriesett;
  if (!erGyldigDato(k.gyldigFra)) f.legg(['gyldigFra'], `${k.gyldigFra} er ikke en gyldig dato`);
  if (k.gyldigTil !== null && !erGyldigDato(k.gyldigTil)) f.legg(['gyldigTil'], `${k.gyldigTil} er ikke en gyldig dato`);
  else if (k.gyldigTil !== null && k.gyldigTil < k.gyldigFra) f.legg(['gyldigTil'], `gyldigTil (${k.gyldigTil}) er før gyldigFra (${k.gyldigFra})`);

  const regelIder = new Map<string, string>();
  for (const [kode, tjeneste] of Object.entries(k.tjenester)) {
    const tSti = ['tjenester', kode];
    if (!finnTjeneste(kode)) f.legg(tSti, `ukjent tjenestekode «${kode}»: finnes ikke i tjenestekatalogen`);
    if (tjeneste.nivaaer) validerNivaaer(tjeneste.nivaaer, [...tSti, 'nivaaer'], f);
    const foer = f.feil.length;
    const brukteNivaaer = new Set<string>();
    tjeneste.regler.forEach((regel, i) => {
      const rSti = [...tSti, 'regler', i];
      const tidligere = regelIder.get(regel.id);
      if (tidligere) f.legg([...rSti, 'id'], `regel-id «${regel.id}» er allerede brukt av ${tidligere}`, rSti);
      else regelIder.set(regel.id, feltnavn(rSti));
      validerRegel(regel, kode, tjeneste.nivaaer, rSti, brukteNivaaer, f);
    });
    tjeneste.nivaaer?.inndeling.forEach((n, i) => {
      if (!brukteNivaaer.has(n.id)) f.legg([...tSti, 'nivaaer', 'inndeling', i], `nivået brukes ikke av noen regel, og kan derfor aldri gi en anbefaling`);
    });
    // The analysis needs known facts and values in their domains; after such errors it would only add noise.
    if (f.feil.length > foer) continue;
    for (const funn of analyserRegelliste(tjeneste.regler, tjeneste.nivaaer)) f.legg([...tSti, 'regler', funn.indeks], funn.melding);
  }
  return f.feil;
}

/**
 * Validates local deviations against the (valid) common set they deviate from, including the rule list each
 * municipality ends up with: a deviation may not remove the catch-all or leave a rule that can never fire.
 * Field paths start at `prefiks` (the document's `lokaleAvvik`) and keep each deviation's index in the list;
 * with `kommunenummer`, only that municipality's deviations are checked.
 */
export function validerLokaleAvvik(felles: Kriteriesett, avvik: unknown, valg: { prefiks?: string; kommunenummer?: string } = {}): FeltFeil[] {
  const prefiks = valg.prefiks ?? 'lokaleAvvik';
  const f = new Feilsamler({ lokaleAvvik: avvik }, prefiks);
  const legg = f.legg.bind(f);
  if (!validerAvvikSkjema(avvik)) {
    for (const e of oversettSkjemafeil(validerAvvikSkjema.errors)) legg(['lokaleAvvik', ...e.sti], e.melding, ['lokaleAvvik', ...e.stedSti]);
    return f.feil;
  }
  const liste = avvik as LokaltAvvik[];
  const fellesIder = new Set(Object.values(felles.tjenester).flatMap((t) => t.regler.map((r) => r.id)));
  const sett = new Map<string, number>();
  const gjelder = (a: LokaltAvvik) => valg.kommunenummer === undefined || a.kommunenummer === valg.kommunenummer;
  liste.forEach((a, i) => {
    if (!gjelder(a)) return;
    const s: Sti = ['lokaleAvvik', i];
    if (!KOMMUNENUMMER_MONSTER.test(a.kommunenummer)) legg([...s, 'kommunenummer'], 'kommunenummer må ha fire sifre', s);
    const tjeneste = felles.tjenester[a.tjenestekode];
    if (!tjeneste) {
      legg([...s, 'tjenestekode'], `tjenesten «${a.tjenestekode}» finnes ikke i det felles kriteriesettet`, s);
      return;
    }
    const harErstatter = a.erstatterRegelId !== undefined;
    const harFoer = a.leggTilFoerRegelId !== undefined;
    if (harErstatter === harFoer) {
      legg(s, 'oppgi nøyaktig én av erstatterRegelId (erstatter en felles regel) og leggTilFoerRegelId (ny regel foran en felles regel)');
    } else {
      const maal = (a.erstatterRegelId ?? a.leggTilFoerRegelId) as string;
      const felt = harErstatter ? 'erstatterRegelId' : 'leggTilFoerRegelId';
      if (!tjeneste.regler.some((r) => r.id === maal)) legg([...s, felt], `regelen «${maal}» finnes ikke for ${a.tjenestekode} i det felles kriteriesettet`, s);
    }
    if (fellesIder.has(a.regel.id)) legg([...s, 'regel', 'id'], `regel-id «${a.regel.id}» er brukt i det felles settet; en lokal regel trenger egen id`, s);
    const noekkel = `${a.kommunenummer}|${a.regel.id}`;
    if (sett.has(noekkel)) legg([...s, 'regel', 'id'], `regel-id «${a.regel.id}» er brukt av et annet avvik for kommune ${a.kommunenummer} (lokaleAvvik[${sett.get(noekkel)}])`, s);
    else sett.set(noekkel, i);
    if (harErstatter) {
      const j = liste.findIndex((b, jj) => jj < i && b.kommunenummer === a.kommunenummer && b.tjenestekode === a.tjenestekode && b.erstatterRegelId === a.erstatterRegelId);
      if (j >= 0) legg([...s, 'erstatterRegelId'], `regelen «${a.erstatterRegelId}» er allerede erstattet for kommune ${a.kommunenummer} av lokaleAvvik[${j}]`, s);
    }
    validerRegel(a.regel, a.tjenestekode, tjeneste.nivaaer, [...s, 'regel'], new Set(), f);
  });
  if (f.feil.length > 0) return f.feil;

  // The merged list per municipality and service must still give exactly one recommendation.
  const grupper = new Map<string, { kommunenummer: string; tjenestekode: string; avvik: { a: LokaltAvvik; indeks: number }[] }>();
  liste.forEach((a, indeks) => {
    if (!gjelder(a)) return;
    const noekkel = `${a.kommunenummer}|${a.tjenestekode}`;
    const g = grupper.get(noekkel) ?? { kommunenummer: a.kommunenummer, tjenestekode: a.tjenestekode, avvik: [] };
    g.avvik.push({ a, indeks });
    grupper.set(noekkel, g);
  });
  for (const g of grupper.values()) {
    const tjeneste = felles.tjenester[g.tjenestekode];
    const samlet = slaaSammen(tjeneste.regler, g.avvik);
    for (const funn of analyserRegelliste(samlet.map((x) => x.regel), tjeneste.nivaaer)) {
      const rad = samlet[funn.indeks];
      if (rad.avvikIndeks !== undefined) {
        legg(['lokaleAvvik', rad.avvikIndeks, 'regel'], funn.melding, ['lokaleAvvik', rad.avvikIndeks]);
      } else {
        // A common rule became unreachable or lost its role as catch-all because of a local rule before it.
        const ansvarlige = g.avvik.filter(({ a }) => funn.skyggetAv?.includes(a.regel.id));
        const skyldige = ansvarlige.length > 0 ? ansvarlige : g.avvik;
        for (const { indeks } of skyldige) {
          legg(['lokaleAvvik', indeks], `for kommune ${g.kommunenummer} blir felles regel «${rad.regel.id}» (${g.tjenestekode}) berørt: ${funn.melding}`);
        }
      }
    }
  }
  return f.feil;
}
