import type { Brevdata } from './brevdata.js';

/** Test data factory: a full decision letter's merge data. Only for tests. */
export function lagBrevdata(kommune: 'Vågan' | 'Moskenes', overstyr: Partial<Brevdata> = {}): Brevdata {
  const vaagan = kommune === 'Vågan';
  return {
    brevhode: {
      kommunenavn: kommune,
      kommunenummer: vaagan ? '1865' : '1874',
      adresselinjer: ['Felles tildelingskontor Lofoten', 'Postboks 403', '8305 Svolvær'],
      organisasjonsnummer: vaagan ? '940 000 001' : '940 000 002',
      telefon: '76 00 00 00',
      epost: 'tildeling@lofoten.example',
      klageadresse: 'Felles tildelingskontor Lofoten, Postboks 403, 8305 Svolvær',
    },
    saksnummer: vaagan ? '2025/0142' : '2025/0007',
    dato: '2025-03-12',
    part: {
      navn: 'Ánde Máhtte Čuđe-Ŋuolla',
      adresselinjer: ['Storgata 1', vaagan ? '8300 Svolvær' : '8390 Reine'],
    },
    verge: null,
    saksbehandler: { navn: 'Kari Nordmann', tittel: 'Rådgiver' },
    kontaktperson: { navn: 'Ola Olsen', telefon: '76 00 00 01', epost: 'ola.olsen@lofoten.example' },
    soknad: { gjelder: 'praktisk bistand og helsetjenester i hjemmet', mottattDato: '2025-02-10' },
    vedtak: [
      {
        tjeneste: 'Praktisk bistand (hjemmehjelp)',
        utfall: 'innvilget',
        omfang: '3 timer per uke',
        innhold: 'Rengjøring hver tredje uke, enkel matlaging og innkjøp av varer en gang i uken.',
        startdato: '2025-04-01',
        sluttdato: null,
        evalueringsdato: '2025-10-01',
        hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b',
      },
    ],
    fakta: {
      kartleggingsdato: '2025-02-24',
      kartleggingDeltakere: 'deg, datteren din og saksbehandler',
      kartlagt: [{ beskrivelse: 'Alminnelig husarbeid: trenger en del hjelp' }, { beskrivelse: 'Du bor alene.' }],
      innhentedeOpplysninger: [{ beskrivelse: 'Epikrise fra Nordlandssykehuset Lofoten' }, { beskrivelse: 'Opplysninger fra fastlegen' }],
      partensSyn: 'Du ønsker hjelp til husarbeid for å kunne bo hjemme. Navnet ditt skrives ČĐŊŠŦŽ čđŋšŧž.',
    },
    regler: [
      { hjemmel: 'Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b', tekst: 'kommunen skal tilby praktisk bistand' },
      { hjemmel: 'Pasient- og brukerrettighetsloven § 2-1 a', tekst: 'rett til nødvendige helse- og omsorgstjenester' },
    ],
    kriterier: { navn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten', versjon: '2025.1', gyldigFra: '2025-01-01' },
    vurdering: 'Du klarer ikke lenger tungt husarbeid alene.\n\nVi har vurdert at 3 timer per uke dekker behovet ditt.',
    egenandel: 'Praktisk bistand har egenandel etter inntekt. Du får et eget brev om egenandelen.',
    klagefrist: '2025-04-09',
    klageveier: [{ tjenester: 'praktisk bistand (hjemmehjelp)', klagefrist: '2025-04-09', statsforvalteren: {}, kommunen: null }],
    ...overstyr,
  };
}

/** Merge data with every type-specific group filled in, so any standard template can render. */
export function lagFullBrevdata(kommune: 'Vågan' | 'Moskenes', overstyr: Partial<Brevdata> = {}): Brevdata {
  return lagBrevdata(kommune, {
    venteliste: {
      forskrift: `Forskrift om langtidsopphold i sykehjem, ${kommune} kommune`,
      forskriftsdato: '2017-06-20',
      registrertDato: '2025-03-12',
      nyVurderingDato: '2025-06-12',
    },
    tjenesterIMellomtiden: [
      { tjeneste: 'Helsetjenester i hjemmet', omfang: '2 besøk per dag' },
      { tjeneste: 'Korttidsopphold', omfang: '1 uke hver fjerde uke' },
    ],
    foreloepigSvar: { grunn: 'Vi venter på opplysninger fra sykehuset.', forventetSvardato: '2025-04-15' },
    innhenting: { opplysninger: [{ beskrivelse: 'Uttalelse fra fastlegen' }], svarfrist: '2025-03-26' },
    trukket: { trukketDato: '2025-03-05', maate: 'telefon' },
    soknadsavvisning: {
      begrunnelse: `Du bor i Bodø og oppholder deg ikke i ${kommune}. Det er kommunen der du bor eller oppholder deg, som skal behandle søknaden, jf. helse- og omsorgstjenesteloven § 3-1.`,
    },
    klage: { mottattDato: '2025-03-20', vedtaksdato: '2025-03-12', kontoretsVurdering: 'Behovet er dekket med dagens tjenester.' },
    klageavvisning: { mottattDato: '2025-05-20', vedtaksdato: '2025-03-12', begrunnelse: 'Klagen kom sju uker etter fristen, og du har ikke oppgitt noen grunn til at den kom for sent.' },
    klagetrekking: { mottattDato: '2025-03-20', vedtaksdato: '2025-03-12', trukketDato: '2025-04-02', oversendtDato: null },
    forhandsvarsel: { tidligereVedtaksdato: '2025-03-12', endring: 'Du klarer nå husarbeidet selv, og vi vurderer å stanse den praktiske bistanden.', virkningsdato: '2025-05-01', uttalelsesfrist: '2025-04-10' },
    ...overstyr,
  });
}
