/**
 * Bokmål forms that must never appear in a nynorsk letter or in the nynorsk texts letters are made from
 * (each has a different nynorsk form: ikkje, enno, heimen, tenesta, timar per veke, noko/avgrensa …).
 */
export const BOKMAAL_ORD = [
  /\bikke\b/i,
  /\bennå\b/i,
  /\bhjemmet\b/i,
  /\btjenesten\b/i,
  /timer per uke/i,
  /noe\/avgrenset/i,
  /brukerrettighetsloven/i,
  /\bhelsetjenester\b/i,
  /\bSaksbehandler\b/,
  /\btrenger\b/i,
  /\bkartleggingen\b/i,
  /\bomsorgstjenester\b/i,
  /\btildelingskriteriene\b/i,
  /\bhver\b/i,
  /\bvi venter\b/i,
];

/** Each bokmål form found in a text, with a little of what surrounds it. */
export function bokmaalFunn(tekst: string): string[] {
  return BOKMAAL_ORD.filter((re) => re.test(tekst)).map((re) => {
    const i = tekst.search(re);
    return `${re.source} i «${tekst.slice(Math.max(0, i - 40), i + 40)}»`;
  });
}
