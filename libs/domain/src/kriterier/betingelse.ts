/**
 * Evaluates the condition tree. Pure: the same assessment gives the same answer every time, which is what
 * lets a decision show why it was recommended long after the criteria changed (the set version is recorded).
 */
import type { Vurderingsgrunnlag } from '../kartlegging/iplos.js';
import { finnFakta, IKKE_RELEVANT, type Faktadomene } from './fakta.js';
import type { Betingelse, Faktaverdi, Nivaa, Nivaainndeling, Operator } from './typer.js';

function rang(domene: Faktadomene, x: Faktaverdi): number {
  return domene.type === 'kategori' ? domene.verdier.indexOf(String(x)) : Number(x);
}

/**
 * One comparison. A missing fact meets no operator (not even `ulik`): a rule cannot fire on something the
 * assessment did not record. IPLOS 9 is "not relevant", not "worse than 5", so ordered operators skip it.
 */
export function sammenlignVerdi(domene: Faktadomene, operator: Operator, verdi: Faktaverdi | Faktaverdi[], v: Faktaverdi | undefined): boolean {
  if (v === undefined) return false;
  const ordnet = operator === 'minst' || operator === 'hoyst' || operator === 'mellom';
  if (ordnet && domene.type === 'skaar' && v === IKKE_RELEVANT) return false;
  switch (operator) {
    case 'lik':
      return v === verdi;
    case 'ulik':
      return v !== verdi;
    case 'en_av':
      return Array.isArray(verdi) && verdi.includes(v);
    case 'minst':
      return rang(domene, v) >= rang(domene, verdi as Faktaverdi);
    case 'hoyst':
      return rang(domene, v) <= rang(domene, verdi as Faktaverdi);
    case 'mellom': {
      const [fra, til] = verdi as Faktaverdi[];
      return rang(domene, v) >= rang(domene, fra) && rang(domene, v) <= rang(domene, til);
    }
  }
}

/** `fra` inclusive, `til` exclusive; an open last range includes the top of the domain. */
export function iNivaa(nivaa: Nivaa, v: number | undefined): boolean {
  if (v === undefined) return false;
  return v >= nivaa.fra && (nivaa.til === null || v < nivaa.til);
}

export interface Evalueringskontekst {
  grunnlag: Vurderingsgrunnlag;
  nivaaer?: Nivaainndeling;
}

export function hentFaktaverdi(navn: string, grunnlag: Vurderingsgrunnlag): Faktaverdi | undefined {
  const def = finnFakta(navn);
  if (!def) throw new Error(`Ukjent fakta «${navn}» (kriteriesettet er ikke validert)`);
  return def.hent(grunnlag);
}

export function oppfylt(b: Betingelse, k: Evalueringskontekst): boolean {
  if ('alle' in b) return b.alle.every((d) => oppfylt(d, k));
  if ('noen' in b) return b.noen.some((d) => oppfylt(d, k));
  if ('ikke' in b) return !oppfylt(b.ikke, k);
  if ('nivaa' in b) {
    const nivaa = k.nivaaer?.inndeling.find((n) => n.id === b.nivaa);
    if (!k.nivaaer || !nivaa) throw new Error(`Ukjent nivå «${b.nivaa}» (kriteriesettet er ikke validert)`);
    const v = hentFaktaverdi(k.nivaaer.fakta, k.grunnlag);
    return iNivaa(nivaa, typeof v === 'number' ? v : undefined);
  }
  const def = finnFakta(b.fakta);
  if (!def) throw new Error(`Ukjent fakta «${b.fakta}» (kriteriesettet er ikke validert)`);
  return sammenlignVerdi(def.domene, b.operator, b.verdi, def.hent(k.grunnlag));
}

const OPERATORTEKST: Record<Operator, string> = {
  lik: 'lik',
  ulik: 'ulik',
  minst: 'minst',
  hoyst: 'høyst',
  mellom: 'mellom',
  en_av: 'en av',
};

function verdiTekst(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(verdiTekst).join(', ')}]`;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Short bokmål rendering for messages and the comparison view: `iplos.personligHygiene minst 4`. */
export function beskrivBetingelse(b: Betingelse): string {
  if ('alle' in b) return b.alle.length === 0 ? 'alltid (oppsamlingsregel)' : b.alle.map(beskrivDel).join(' og ');
  if ('noen' in b) return b.noen.length === 0 ? 'aldri' : b.noen.map(beskrivDel).join(' eller ');
  if ('ikke' in b) return `ikke ${beskrivDel(b.ikke)}`;
  if ('nivaa' in b) return `nivå ${b.nivaa}`;
  if (b.operator === 'mellom' && Array.isArray(b.verdi)) return `${b.fakta} mellom ${verdiTekst(b.verdi[0])} og ${verdiTekst(b.verdi[1])}`;
  return `${b.fakta} ${OPERATORTEKST[b.operator]} ${verdiTekst(b.verdi)}`;
}

function beskrivDel(b: Betingelse): string {
  const t = beskrivBetingelse(b);
  return ('alle' in b && b.alle.length > 1) || ('noen' in b && b.noen.length > 1) ? `(${t})` : t;
}
