import type { Brevtype } from './brevtyper.js';

/**
 * A letter's title where others list it (SvarUt's notification, the archive's journalpost): the kind of letter,
 * never the person.
 */
export const BREVTITLER: Record<Brevtype, string> = {
  vedtak_innvilget: 'Vedtak om helse- og omsorgstjenester',
  vedtak_delvis_innvilget: 'Vedtak om helse- og omsorgstjenester',
  vedtak_avslag: 'Vedtak om helse- og omsorgstjenester',
  vedtak_venteliste: 'Vedtak om helse- og omsorgstjenester',
  foreloepig_svar: 'Foreløpig svar på søknad',
  innhenting_opplysninger: 'Vi trenger flere opplysninger',
  trukket: 'Bekreftelse på trukket søknad',
  soknad_avvist: 'Vedtak om avvisning av søknad',
  klage_oversendt: 'Klagen er sendt til Statsforvalteren',
  klage_avvist: 'Vedtak om avvisning av klage',
  klage_trukket: 'Bekreftelse på trukket klage',
  kvittering: 'Kvittering for søknad',
  forhandsvarsel: 'Forhåndsvarsel om endring av vedtak',
};

export function brevtittel(brevtype: string): string {
  return (BREVTITLER as Record<string, string>)[brevtype] ?? 'Brev';
}
