/** Norwegian formatting (bokmål): dates, numbers and percentages through Intl with 'nb-NO'. */
const dato = new Intl.DateTimeFormat('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Oslo' });
const tidspunkt = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });
const tall = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const prosent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 });

/** `YYYY-MM-DD` is a calendar date: parse it at noon UTC so no time zone moves it a day. */
export function fmtDato(iso: string | null | undefined): string {
  if (!iso) return '–';
  return dato.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}
export const fmtTid = (iso: string | null | undefined): string => (iso ? tidspunkt.format(new Date(iso)) : '–');
export const fmtTall = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : tall.format(n));
export const fmtProsent = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : prosent.format(n));
export function fmtIntervall(i: { estimat: number; nedre: number; ovre: number } | null | undefined): string {
  return i ? `${fmtProsent(i.estimat)} (${fmtProsent(i.nedre)}–${fmtProsent(i.ovre)})` : '–';
}
/** "avvis saken" → "Avvis saken": a label from running text used as a heading or option. */
export const stor = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
export const iDag = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

export const UTFALL: Record<string, string> = {
  innvilget: 'Innvilget',
  delvis_innvilget: 'Delvis innvilget',
  avslag: 'Avslag',
  venteliste: 'Venteliste',
};
export const ENHET: Record<string, string> = { timer_per_uke: 'timer per uke', dogn: 'døgn' };
export const BISTANDSBEHOV: Record<string, string> = {
  noe_avgrenset: 'Noe/avgrenset bistandsbehov',
  middels_til_stort: 'Middels til stort bistandsbehov',
  omfattende: 'Omfattende bistandsbehov',
};
export const ROLLENAVN: Record<string, string> = {
  saksbehandler: 'Saksbehandler',
  leder: 'Leder',
  tillitsvalgt: 'Tillitsvalgt',
  fagadmin: 'Fagadministrator',
};

/** Letter types and statuses as the office says them (the API's codes are in libs/letters/src/brevtyper.ts). */
const BREVTYPER: Record<string, string> = {
  vedtak_innvilget: 'Vedtak: innvilget',
  vedtak_delvis_innvilget: 'Vedtak: delvis innvilget',
  vedtak_avslag: 'Vedtak: avslag',
  vedtak_venteliste: 'Vedtak: venteliste',
  foreloepig_svar: 'Foreløpig svar',
  innhenting_opplysninger: 'Innhenting av opplysninger',
  trukket: 'Søknaden er trukket',
  soknad_avvist: 'Søknaden er avvist',
  klage_oversendt: 'Klagen er sendt til Statsforvalteren',
  klage_avvist: 'Klagen er avvist',
  klage_trukket: 'Klagen er trukket',
  kvittering: 'Kvittering for digital søknad',
};
export const brevtypenavn = (t: string): string => BREVTYPER[t] ?? t.replace(/_/g, ' ');
export const BREVSTATUS: Record<string, string> = { bestilt: 'Lages', ferdig: 'Laget, ikke sendt', sendt: 'Sendt', feilet: 'Feilet' };
/** What SvarUt last reported for a letter sent through it. */
export const LEVERANSESTATUS: Record<string, string> = {
  sendt: 'Sendt til SvarUt',
  levert_digitalt: 'Levert digitalt',
  sendt_print: 'Sendt til utskrift',
  printet: 'Skrevet ut og sendt i posten',
  lest: 'Lest',
  feilet: 'Kunne ikke leveres',
  manuelt_handtert: 'Avsluttet manuelt i SvarUt',
};

/** "1 sak", "2 saker", "0 saker": the number with the noun in the right form. */
export const antallAv = (n: number, entall: string, flertall: string): string => `${fmtTall(n)} ${n === 1 ? entall : flertall}`;

/** "48213" → "47 kB": a file's size as people read it. */
export function fmtStorrelse(byte: number): string {
  if (byte < 1024) return `${byte} byte`;
  if (byte < 1024 * 1024) return `${fmtTall(Math.round(byte / 1024))} kB`;
  return `${fmtTall(byte / 1024 / 1024)} MB`;
}
