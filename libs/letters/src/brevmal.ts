import Mustache from 'mustache';
import { MAALFORMER, type Maalform } from '../../domain/src/felles/typer.js';
import { erBrevtype, type Brevtype } from './brevtyper.js';
import { paakrevdeSeksjoner } from './paakrevde-seksjoner.js';
import { FLETTEFELT_SKJEMA, flettefeltstier, skjemaForBrevtype, type Felt } from './vokabular.js';

/**
 * A letter template as stored (data, never code). Texts use Mustache syntax, rendered logic-less:
 * `{{navn}}`, `{{a.b}}`, `{{#liste}}...{{/liste}}`, `{{^felt}}...{{/felt}}` (when empty) and
 * `{{.}}` inside a list of strings. No partials, no delimiter changes, no unescaped tags.
 */
export interface Brevmalinnhold {
  brevtype: Brevtype;
  maalform: Maalform;
  tittel: string;
  seksjoner: Brevmalseksjon[];
  /** Every placeholder path the template uses, declared (dotted; list items without brackets). */
  flettefelt: string[];
}

export interface Brevmalseksjon {
  /** Stable id, e.g. `klage`; decision templates must have the required ids. */
  id: string;
  overskrift: string;
  tekst: string;
}

/** A validation error naming the field and the rule (maps to a 400 problem reply). */
export interface Feltfeil {
  field: string;
  message: string;
}

type MustacheToken = [string, string, number, number, MustacheToken[]?, number?];

type Ramme = { type: 'objekt'; felt: Readonly<Record<string, Felt>>; sti: string } | { type: 'verdi'; sti: string };

interface Analyse {
  feil: Feltfeil[];
  /** Placeholder paths used, per text field (`tittel`, `seksjoner.<id>.tekst`, ...). */
  bruktPerFelt: Map<string, Set<string>>;
}

const SEKSJONS_ID = /^[a-z][a-z0-9_]*$/;

/**
 * Validates a template: syntax, placeholders (used ⊆ declared ⊆ used, all in the letter type's
 * vocabulary) and, for decision letters, the legally required sections and their content.
 * Returns an empty list when the template may be saved and published.
 */
export function validerBrevmal(mal: Brevmalinnhold): Feltfeil[] {
  const feil: Feltfeil[] = [];
  if (!erBrevtype(mal?.brevtype)) {
    return [{ field: 'brevtype', message: `Ukjent brevtype «${String(mal?.brevtype)}».` }];
  }
  if (!(MAALFORMER as readonly string[]).includes(mal.maalform)) {
    feil.push({ field: 'maalform', message: `Ukjent målform «${String(mal.maalform)}»: bruk «nb» eller «nn».` });
  }
  if (typeof mal.tittel !== 'string' || mal.tittel.trim() === '') {
    feil.push({ field: 'tittel', message: 'Malen må ha en tittel.' });
  }
  if (!Array.isArray(mal.seksjoner) || mal.seksjoner.length === 0) {
    feil.push({ field: 'seksjoner', message: 'Malen må ha minst én seksjon.' });
  }
  if (!Array.isArray(mal.flettefelt) || mal.flettefelt.some((f) => typeof f !== 'string')) {
    feil.push({ field: 'flettefelt', message: 'Flettefelt må være en liste med navn.' });
  }
  if (feil.length > 0) return feil;

  const sett = new Set<string>();
  for (const [i, s] of mal.seksjoner.entries()) {
    if (typeof s.id !== 'string' || !SEKSJONS_ID.test(s.id)) {
      feil.push({ field: `seksjoner[${i}].id`, message: `Ugyldig seksjons-id «${String(s.id)}»: bruk små bokstaver, tall og _.` });
    } else if (sett.has(s.id)) {
      feil.push({ field: `seksjoner.${s.id}`, message: `Seksjonen «${s.id}» finnes mer enn én gang.` });
    }
    sett.add(s.id);
    if (typeof s.overskrift !== 'string' || typeof s.tekst !== 'string' || s.tekst.trim() === '') {
      feil.push({ field: `seksjoner.${s.id}`, message: `Seksjonen «${s.id}» må ha overskrift og tekst.` });
    }
  }
  if (feil.length > 0) return feil;

  const analyse = analyserMal(mal);
  feil.push(...analyse.feil);

  const brukt = new Set<string>();
  for (const stier of analyse.bruktPerFelt.values()) for (const s of stier) brukt.add(s);
  const deklarert = new Set(mal.flettefelt);
  for (const sti of brukt) {
    if (!deklarert.has(sti)) {
      feil.push({ field: 'flettefelt', message: `Flettefeltet «${sti}» brukes i malen, men er ikke deklarert.` });
    }
  }
  const lovlige = new Set(flettefeltstier(mal.brevtype));
  for (const sti of deklarert) {
    if (!lovlige.has(sti)) {
      feil.push({ field: 'flettefelt', message: `Flettefeltet «${sti}» er deklarert, men er ukjent for brevtypen «${mal.brevtype}».` });
    } else if (!brukt.has(sti)) {
      feil.push({ field: 'flettefelt', message: `Flettefeltet «${sti}» er deklarert, men brukes ikke i malen.` });
    }
  }

  feil.push(...sjekkPaakrevdeSeksjoner(mal, analyse));
  return feil;
}

/** The placeholder paths a template uses (for building the declaration of a new template). */
export function brukteFlettefelt(mal: Omit<Brevmalinnhold, 'flettefelt'>): string[] {
  const analyse = analyserMal({ ...mal, flettefelt: [] });
  const brukt = new Set<string>();
  for (const stier of analyse.bruktPerFelt.values()) for (const s of stier) brukt.add(s);
  return [...brukt].sort();
}

function analyserMal(mal: Brevmalinnhold): Analyse {
  const analyse: Analyse = { feil: [], bruktPerFelt: new Map() };
  const tekster: [string, string][] = [['tittel', mal.tittel]];
  for (const s of mal.seksjoner) {
    tekster.push([`seksjoner.${s.id}.overskrift`, s.overskrift], [`seksjoner.${s.id}.tekst`, s.tekst]);
  }
  const skjema = skjemaForBrevtype(mal.brevtype);
  for (const [felt, tekst] of tekster) {
    const brukt = new Set<string>();
    analyse.bruktPerFelt.set(felt, brukt);
    let tokens: MustacheToken[];
    try {
      tokens = Mustache.parse(tekst) as unknown as MustacheToken[];
    } catch (e) {
      analyse.feil.push({ field: felt, message: `Ugyldig malsyntaks: ${(e as Error).message}.` });
      continue;
    }
    gaaTokens(tokens, [{ type: 'objekt', felt: skjema, sti: '' }], felt, mal.brevtype, brukt, analyse.feil);
  }
  return analyse;
}

function gaaTokens(
  tokens: MustacheToken[],
  rammer: Ramme[],
  felt: string,
  brevtype: Brevtype,
  brukt: Set<string>,
  feil: Feltfeil[],
): void {
  for (const token of tokens) {
    const [type, navn] = token;
    switch (type) {
      case 'text':
      case '!':
        break;
      case 'name': {
        const funnet = slaaOpp(navn, rammer, felt, brevtype, feil);
        if (!funnet) break;
        brukt.add(funnet.sti);
        if (funnet.felt && funnet.felt.type !== 'tekst' && funnet.felt.type !== 'dato' && funnet.felt.type !== 'utfall' && funnet.felt.type !== 'trekkmaate') {
          feil.push({
            field: felt,
            message: `Flettefeltet «${funnet.sti}» er en gruppe og kan ikke skrives ut direkte; bruk {{#${navn}}}...{{/${navn}}}.`,
          });
        }
        break;
      }
      case '#':
      case '^': {
        const funnet = slaaOpp(navn, rammer, felt, brevtype, feil);
        if (!funnet) break;
        brukt.add(funnet.sti);
        let nye = rammer;
        if (type === '#') {
          const f = funnet.felt;
          if (f?.type === 'objekt') nye = [...rammer, { type: 'objekt', felt: f.felt, sti: funnet.sti }];
          else if (f?.type === 'liste' && f.element !== 'tekst') nye = [...rammer, { type: 'objekt', felt: f.element, sti: funnet.sti }];
          else nye = [...rammer, { type: 'verdi', sti: funnet.sti }];
        }
        gaaTokens(token[4] ?? [], nye, felt, brevtype, brukt, feil);
        break;
      }
      case '>':
        feil.push({ field: felt, message: `Delmaler ({{>${navn}}}) er ikke tillatt i brevmaler.` });
        break;
      case '=':
        feil.push({ field: felt, message: 'Å endre skilletegn ({{=...=}}) er ikke tillatt i brevmaler.' });
        return; // the rest of the text is parsed with other delimiters: nothing more to say about it
      case '{':
      case '&':
        feil.push({ field: felt, message: `Bruk {{${navn}}} i stedet for {{{${navn}}}} eller {{&${navn}}}.` });
        break;
      default:
        feil.push({ field: felt, message: `Ukjent malsyntaks «${type}».` });
    }
  }
}

/** Resolves a name the way Mustache does: first segment through the context stack, innermost first. */
function slaaOpp(
  navn: string,
  rammer: Ramme[],
  felt: string,
  brevtype: Brevtype,
  feil: Feltfeil[],
): { sti: string; felt: Felt | null } | null {
  if (navn === '.') {
    const topp = rammer[rammer.length - 1];
    if (topp?.type === 'verdi') return { sti: topp.sti, felt: null };
    feil.push({ field: felt, message: '{{.}} kan bare brukes inne i en liste med tekster.' });
    return null;
  }
  const [forste, ...resten] = navn.split('.');
  for (let i = rammer.length - 1; i >= 0; i--) {
    const ramme = rammer[i]!;
    if (ramme.type !== 'objekt' || !Object.hasOwn(ramme.felt, forste!)) continue;
    let f: Felt = ramme.felt[forste!]!;
    let sti = ramme.sti ? `${ramme.sti}.${forste}` : forste!;
    for (const del of resten) {
      if (f.type !== 'objekt' || !Object.hasOwn(f.felt, del)) {
        feil.push({ field: felt, message: `Ukjent flettefelt «${navn}» i brevtypen «${brevtype}».` });
        return null;
      }
      f = f.felt[del]!;
      sti = `${sti}.${del}`;
    }
    return { sti, felt: f };
  }
  if (rammer.length > 0 && Object.hasOwn(FLETTEFELT_SKJEMA, forste!)) {
    feil.push({ field: felt, message: `Flettefeltet «${navn}» kan ikke brukes i brevtypen «${brevtype}».` });
  } else {
    feil.push({ field: felt, message: `Ukjent flettefelt «${navn}» i brevtypen «${brevtype}».` });
  }
  return null;
}

function sjekkPaakrevdeSeksjoner(mal: Brevmalinnhold, analyse: Analyse): Feltfeil[] {
  const feil: Feltfeil[] = [];
  const brevtype = mal.brevtype;
  // A dismissed complaint is a decision too (fvl. § 2 tredje ledd), so its letter is checked like one.
  for (const krav of paakrevdeSeksjoner(brevtype)) {
    if (krav.gjelder && !krav.gjelder.includes(brevtype)) continue;
    const seksjon = mal.seksjoner.find((s) => s.id === krav.id);
    if (!seksjon) {
      feil.push({ field: 'seksjoner', message: `Vedtaksbrev mangler den påkrevde seksjonen «${krav.id}» (${krav.formaal}).` });
      continue;
    }
    const tekst = `${seksjon.overskrift}\n${seksjon.tekst}`;
    const brukt = new Set([
      ...(analyse.bruktPerFelt.get(`seksjoner.${krav.id}.overskrift`) ?? []),
      ...(analyse.bruktPerFelt.get(`seksjoner.${krav.id}.tekst`) ?? []),
    ]);
    for (const innhold of krav.krav) {
      if (innhold.gjelder && !innhold.gjelder.includes(brevtype)) continue;
      const re = innhold.tekst?.[mal.maalform];
      const mangler = innhold.flettefelt?.filter((f) => !brukt.has(f)) ?? [];
      if (re && !re.test(tekst)) {
        const eks = innhold.eksempel?.[mal.maalform];
        feil.push({
          field: `seksjoner.${krav.id}.tekst`,
          message: `Seksjonen «${krav.id}» må nevne ${innhold.beskrivelse}${eks ? ` (f.eks. «${eks}»)` : ''}.`,
        });
      }
      if (mangler.length > 0) {
        feil.push({
          field: `seksjoner.${krav.id}.tekst`,
          message: `Seksjonen «${krav.id}» må ta med ${innhold.beskrivelse}: mangler ${mangler.map((m) => `«${m}»`).join(', ')}.`,
        });
      }
    }
  }
  return feil;
}
