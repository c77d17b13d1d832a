import type { Maalform } from '../../domain/src/felles/typer.js';
import { brukteFlettefelt, type Brevmalinnhold, type Brevmalseksjon } from './brevmal.js';
import type { Brevtype } from './brevtyper.js';

/*
 * The standard templates, one per letter type and målform, as seed data for the template table.
 * Blank lines separate paragraphs; a line starting with "- " is a list item. A section whose text
 * renders empty (e.g. no egenandel) is left out of the letter.
 */

type Seksjon = Brevmalseksjon;
const s = (id: string, overskrift: string, tekst: string): Seksjon => ({ id, overskrift, tekst: tekst.trim() });

function mal(brevtype: Brevtype, maalform: Maalform, tittel: string, seksjoner: Seksjon[]): Brevmalinnhold {
  const utkast = { brevtype, maalform, tittel, seksjoner };
  // The declaration is what a template editor would type; for the seed we write down what is used.
  return { ...utkast, flettefelt: brukteFlettefelt(utkast) };
}

// ---------- Bokmål ----------

const NB_VEDTAK_INNLEDNING = `
{{#endring}}
Dette vedtaket endrer vedtaket ditt av {{endring.tidligereVedtaksdato}}. Endringen gjelder fra {{endring.virkningsdato}}. Får du mindre hjelp enn før, eller blir en tjeneste stanset, kan du klage og be om at endringen ikke settes i verk før klagen er avgjort (se «Du kan klage»).

{{/endring}}
Felles tildelingskontor Lofoten har behandlet søknaden din på vegne av {{brevhode.kommunenavn}} kommune og har gjort dette vedtaket:`;

const NB_VEDTAKSLINJER_MED_OMFANG = `
{{#vedtak}}
{{tjeneste}}: {{utfall}}
{{#omfang}}
Omfang: {{omfang}}
{{/omfang}}
{{#innhold}}
Innhold: {{innhold}}
{{/innhold}}
{{#varighet}}
Varighet: {{varighet}}
{{/varighet}}
{{#soktOm}}
Du søkte om: {{soktOm}}
{{/soktOm}}
Hjemmel: {{hjemmel}}

{{/vedtak}}`;

const NB_VEDTAKSLINJER_UTEN_OMFANG = `
{{#vedtak}}
{{tjeneste}}: {{utfall}}
{{#soktOm}}
Du søkte om: {{soktOm}}
{{/soktOm}}
Hjemmel: {{hjemmel}}

{{/vedtak}}`;

const nbFakta = s('fakta', 'Opplysninger i saken', `
Du søkte om {{soknad.gjelder}}. Søknaden kom inn til oss {{soknad.mottattDato}}.

Vi kartla behovet ditt {{fakta.kartleggingsdato}}. Til stede var {{fakta.kartleggingDeltakere}}.

Kartleggingen viste:
{{#fakta.kartlagt}}
- {{beskrivelse}}
{{/fakta.kartlagt}}

Vi har også lagt vekt på disse opplysningene i saken:
{{#fakta.innhentedeOpplysninger}}
- {{beskrivelse}}
{{/fakta.innhentedeOpplysninger}}

Ditt eget syn på saken, slik vi har forstått det: {{fakta.partensSyn}}`);

const nbRegelverk = s('regelverk', 'Regelverk og tildelingskriterier', `
Vedtaket bygger på disse reglene:
{{#regler}}
- {{hjemmel}}: {{tekst}}
{{/regler}}

Vi har også brukt de felles tildelingskriteriene for Vestvågøy, Vågan, Flakstad og Moskenes: {{kriterier.navn}}, versjon {{kriterier.versjon}}{{#kriterier.gyldigFra}}, gjeldende fra {{kriterier.gyldigFra}}{{/kriterier.gyldigFra}}.`);

const nbVurdering = (innledning: string): Seksjon =>
  s('vurdering', 'Vurdering og begrunnelse', `${innledning}\n\n{{vurdering}}\n{{#vedtak}}{{#begrunnelse}}\n\n{{tjeneste}}: {{begrunnelse}}{{/begrunnelse}}{{/vedtak}}`);

const nbEgenandel = s('egenandel', 'Egenandel', `
{{#egenandel}}
{{egenandel}}
{{/egenandel}}`);

const nbKlage = s('klage', 'Du kan klage', `
Du har rett til å klage på vedtaket.
{{#klageveier}}

{{#statsforvalteren}}
Klage på vedtaket om {{tjenester}}: Fristen for å klage er 4 uker fra den dagen du mottok vedtaket, jf. pasient- og brukerrettighetsloven § 7-5. Klagen bør derfor være sendt innen {{klagefrist}}. Felles tildelingskontor Lofoten vurderer saken på nytt når vi får klagen. Hvis vi ikke gir deg medhold, sender vi klagen til Statsforvalteren i Nordland, som avgjør saken.
{{/statsforvalteren}}
{{#kommunen}}
Klage på vedtaket om {{tjenester}}: Dette er en tjeneste kommunen tildeler etter skjønn. Fristen for å klage er 3 uker fra den dagen du mottok vedtaket, jf. forvaltningsloven § 29. Klagen bør derfor være sendt innen {{klagefrist}}. Felles tildelingskontor Lofoten vurderer saken på nytt når vi får klagen. Hvis vi ikke gir deg medhold, sender vi klagen til {{klageorgan}}, som avgjør saken, jf. forvaltningsloven § 28 andre ledd.
{{/kommunen}}
{{/klageveier}}

Klagen sender du til {{brevhode.klageadresse}}. Skriv hvilket vedtak du klager på, hva du ønsker endret, og gjerne hvorfor. Husk å signere klagen.

Du kan be om at vedtaket ikke settes i verk før klagen er avgjort (utsatt iverksetting), jf. forvaltningsloven § 42.

Trenger du hjelp til å klage, kan du kontakte oss. Du kan også få gratis hjelp fra pasient- og brukerombudet i Nordland.`);

const nbInnsyn = s('innsyn', 'Innsyn i saken', `
Du har rett til å se dokumentene i saken din, jf. forvaltningsloven § 18. Ta kontakt med oss hvis du ønsker innsyn.`);

const NB_KONTAKTLINJE =
  'Kontaktpersonen din er {{kontaktperson.navn}}, telefon {{kontaktperson.telefon}}{{#kontaktperson.epost}}, e-post {{kontaktperson.epost}}{{/kontaktperson.epost}}.';

const nbKontaktVedtak = s('kontakt', 'Kontaktperson og endringer', `
${NB_KONTAKTLINJE}

Du må si fra til oss hvis situasjonen din endrer seg, for eksempel hvis helsen din blir bedre eller dårligere, eller hvis du flytter. Da vurderer vi om vedtaket må endres.`);

const nbKontakt = s('kontakt', 'Spørsmål', `
Har du spørsmål, kan du kontakte oss. ${NB_KONTAKTLINJE}`);

const NB_SOKNAD = 'Vi viser til søknaden din om {{soknad.gjelder}}, som vi fikk {{soknad.mottattDato}}.';

const nb: Brevmalinnhold[] = [
  mal('vedtak_innvilget', 'nb', 'Vedtak om helse- og omsorgstjenester: søknaden er innvilget', [
    s('vedtak', 'Vedtak', NB_VEDTAK_INNLEDNING + '\n' + NB_VEDTAKSLINJER_MED_OMFANG),
    nbFakta,
    nbRegelverk,
    nbVurdering('Her forklarer vi hvorfor vi har kommet til dette resultatet.'),
    nbEgenandel,
    nbKlage,
    nbInnsyn,
    nbKontaktVedtak,
  ]),
  mal('vedtak_delvis_innvilget', 'nb', 'Vedtak om helse- og omsorgstjenester: søknaden er delvis innvilget', [
    s(
      'vedtak',
      'Vedtak',
      NB_VEDTAK_INNLEDNING +
        '\n' +
        NB_VEDTAKSLINJER_MED_OMFANG +
        '\nDu har fått innvilget deler av det du søkte om. Hvorfor du ikke har fått alt, står under «Vurdering og begrunnelse».',
    ),
    nbFakta,
    nbRegelverk,
    nbVurdering('Her forklarer vi hvorfor vi har kommet til dette resultatet, og hvorfor du ikke har fått alt du søkte om.'),
    nbEgenandel,
    nbKlage,
    nbInnsyn,
    nbKontaktVedtak,
  ]),
  mal('vedtak_avslag', 'nb', 'Vedtak om helse- og omsorgstjenester: søknaden er avslått', [
    s('vedtak', 'Vedtak', NB_VEDTAK_INNLEDNING + '\n' + NB_VEDTAKSLINJER_UTEN_OMFANG),
    nbFakta,
    nbRegelverk,
    nbVurdering('Her forklarer vi hvorfor du ikke har fått det du søkte om.'),
    nbKlage,
    nbInnsyn,
    s('kontakt', 'Kontaktperson og endringer', `
${NB_KONTAKTLINJE}

Hvis situasjonen din endrer seg, for eksempel hvis helsen din blir dårligere, må du si fra til oss. Du kan søke på nytt når som helst.`),
  ]),
  mal('vedtak_venteliste', 'nb', 'Vedtak om langtidsopphold: du står på venteliste', [
    s('vedtak', 'Vedtak', NB_VEDTAK_INNLEDNING + '\n' + NB_VEDTAKSLINJER_UTEN_OMFANG),
    s('venteliste', 'Venteliste og tjenester mens du venter', `
Du fyller kriteriene for langtidsopphold i sykehjem eller tilsvarende bolig med heldøgns tjenester. Vi vurderer at du i dag kan få forsvarlige tjenester der du bor mens du venter på plass. Du er derfor satt på venteliste fra {{venteliste.registrertDato}}, jf. {{venteliste.forskrift}}{{#venteliste.forskriftsdato}}, vedtatt {{venteliste.forskriftsdato}}{{/venteliste.forskriftsdato}}.

Ventelisten ordnes etter hvor stort behovet er, ikke etter hvor lenge man har ventet. Når du får plass, får du et nytt vedtak om langtidsopphold. Blir behovet ditt større mens du venter, må du si fra til oss, så vurderer vi saken på nytt.
{{#venteliste.nyVurderingDato}}

Vi vurderer behovet ditt på nytt senest {{venteliste.nyVurderingDato}}.
{{/venteliste.nyVurderingDato}}

Mens du venter, får du disse tjenestene:
{{#tjenesterIMellomtiden}}
- {{tjeneste}}: {{omfang}}
{{/tjenesterIMellomtiden}}`),
    nbFakta,
    nbRegelverk,
    nbVurdering('Her forklarer vi hvorfor vi har kommet til dette resultatet.'),
    nbEgenandel,
    nbKlage,
    nbInnsyn,
    nbKontaktVedtak,
  ]),
  mal('foreloepig_svar', 'nb', 'Foreløpig svar på søknaden din', [
    s('svar', 'Vi har fått søknaden din', `
${NB_SOKNAD}

Vi klarer dessverre ikke å behandle søknaden innen én måned. Grunnen er: {{foreloepigSvar.grunn}}

Vi regner med å gi deg svar innen {{foreloepigSvar.forventetSvardato}}. Blir det flere forsinkelser, får du beskjed. Dette brevet sender vi etter forvaltningsloven § 11 a.

Hvis situasjonen din endrer seg mens du venter, eller du trenger hjelp raskt, må du kontakte oss.`),
    nbKontakt,
  ]),
  mal('innhenting_opplysninger', 'nb', 'Vi trenger flere opplysninger i saken din', [
    s('innhenting', 'Opplysninger vi trenger', `
${NB_SOKNAD}

For å kunne behandle søknaden trenger vi disse opplysningene:
{{#innhenting.opplysninger}}
- {{beskrivelse}}
{{/innhenting.opplysninger}}

Vi ber om at du sender opplysningene til oss innen {{innhenting.svarfrist}}. Hvis vi ikke får dem, behandler vi søknaden ut fra de opplysningene vi har. Det kan føre til at du ikke får den hjelpen du har behov for.

Vil du heller at vi henter opplysningene, for eksempel fra fastlegen din, kan du gi oss samtykke til det.`),
    nbKontakt,
  ]),
  mal('kvittering', 'nb', 'Vi har mottatt søknaden din', [
    s('kvittering', 'Kvittering', `
Vi har mottatt søknaden din om {{soknad.gjelder}}. Den kom inn digitalt {{soknad.mottattDato}} og har saksnummer {{saksnummer}}. Oppgi saksnummeret når du kontakter oss.

Felles tildelingskontor Lofoten behandler søknaden på vegne av {{brevhode.kommunenavn}} kommune.`),
    s('videre', 'Hva skjer nå', `
Vi tar kontakt med deg for å kartlegge hva du trenger hjelp til, ofte med et besøk hjemme hos deg. Du får et skriftlig svar på søknaden. Kan vi ikke svare innen en måned, sender vi deg et foreløpig svar med grunnen og når du kan vente svar.

Har du gitt oss samtykke til å hente opplysninger, for eksempel fra fastlegen din, kan du trekke samtykket tilbake når som helst.`),
    nbKontakt,
  ]),
  mal('trukket', 'nb', 'Saken din er avsluttet', [
    s('trukket', 'Du har trukket søknaden', `
${NB_SOKNAD}

Den {{trukket.trukketDato}} ga du oss beskjed {{trukket.maate}} om at du trekker søknaden. Vi har derfor avsluttet saken uten å gjøre vedtak.

Hvis dette ikke stemmer, må du kontakte oss snarest. Trenger du hjelp senere, kan du søke på nytt når som helst.`),
    nbKontakt,
  ]),
  mal('soknad_avvist', 'nb', 'Vedtak om avvisning av søknaden din', [
    s('avvisning', 'Vedtak', `
${NB_SOKNAD}

Felles tildelingskontor Lofoten har på vegne av {{brevhode.kommunenavn}} kommune kommet til at søknaden ikke kan behandles. Søknaden er derfor avvist. Det betyr at vi ikke har vurdert innholdet i søknaden, altså om du har rett til eller behov for det du søkte om.`),
    s('begrunnelse', 'Begrunnelse og hjemmel', `
{{soknadsavvisning.begrunnelse}}

Når en søknad avvises, er det et enkeltvedtak, jf. forvaltningsloven § 2 tredje ledd. Derfor gir vi deg begrunnelsen over, jf. forvaltningsloven §§ 24 og 25.`),
    s('ny_soknad', 'Du kan søke på nytt', `
Avvisningen gjelder bare denne søknaden. Du kan søke på nytt når vilkårene for å behandle søknaden er oppfylt. Bor eller oppholder du deg i en annen kommune, er det den kommunen du skal søke hos.`),
    s('klage', 'Du kan klage på avvisningen', `
Du har rett til å klage på avvisningen. Fristen for å klage er 4 uker fra den dagen du mottok dette brevet. Klagen bør derfor være sendt innen {{klagefrist}}.

Klagen sender du til {{brevhode.klageadresse}}. Skriv hvorfor du mener søknaden din skulle vært behandlet, og legg gjerne ved det som viser det.

Felles tildelingskontor Lofoten vurderer avvisningen på nytt når vi får klagen. Hvis vi ikke gir deg medhold, sender vi klagen til Statsforvalteren i Nordland, som avgjør saken.

Trenger du hjelp til å klage, kan du kontakte oss. Du kan også få gratis hjelp fra pasient- og brukerombudet i Nordland.`),
    nbInnsyn,
    nbKontakt,
  ]),
  mal('klage_oversendt', 'nb', 'Klagen din er sendt til klageinstansen', [
    s('klage', 'Klagen din', `
Vi viser til klagen din, som vi fikk {{klage.mottattDato}}, på vedtaket av {{klage.vedtaksdato}} om {{soknad.gjelder}}.

Felles tildelingskontor Lofoten har vurdert saken på nytt. Vi har ikke funnet grunn til å endre vedtaket:

{{klage.kontoretsVurdering}}

Vi har derfor sendt klagen og dokumentene i saken videre:
{{#klageveier}}
{{#statsforvalteren}}
- Klagen på vedtaket om {{tjenester}} er sendt til Statsforvalteren i Nordland, som avgjør saken. Du får svar direkte fra Statsforvalteren.
{{/statsforvalteren}}
{{#kommunen}}
- Klagen på vedtaket om {{tjenester}} er sendt til {{klageorgan}}, som avgjør saken (forvaltningsloven § 28 andre ledd). Du får svar når klagen er avgjort.
{{/kommunen}}
{{/klageveier}}`),
    s('innsyn', 'Innsyn og merknader', `
Du har rett til å se dokumentene i saken, jf. forvaltningsloven § 18, og du kan sende merknader til klageinstansen. Kontakt oss hvis du vil ha en kopi av dokumentene vi har sendt.`),
    nbKontakt,
  ]),
  mal('klage_avvist', 'nb', 'Vedtak om avvisning av klagen din', [
    s('avvisning', 'Vedtak', `
Vi viser til klagen din, som vi fikk {{klageavvisning.mottattDato}}, på vedtaket av {{klageavvisning.vedtaksdato}} om {{soknad.gjelder}}.

Felles tildelingskontor Lofoten har på vegne av {{brevhode.kommunenavn}} kommune kommet til at klagen ikke kan behandles. Klagen er derfor avvist. Det betyr at vi ikke har vurdert innholdet i klagen, og at vedtaket av {{klageavvisning.vedtaksdato}} står ved lag.`),
    s('begrunnelse', 'Begrunnelse og hjemmel', `
{{klageavvisning.begrunnelse}}

Avvisningen har hjemmel i forvaltningsloven § 33 andre ledd. Hvem som kan klage, og vilkårene for å behandle en klage, står i forvaltningsloven §§ 28 til 32 og pasient- og brukerrettighetsloven kapittel 7. En klage som kommer inn etter klagefristen, kan bare behandles på de vilkårene som står i forvaltningsloven § 31.`),
    s('klage', 'Du kan klage på avvisningen', `
Avvisningen er et eget vedtak, og du kan klage på den, jf. forvaltningsloven § 2 tredje ledd. Fristen for å klage er 4 uker fra den dagen du mottok dette brevet. Klagen bør derfor være sendt innen {{klagefrist}}.

Klagen sender du til {{brevhode.klageadresse}}. Skriv hvorfor du mener klagen din skulle vært behandlet, for eksempel hvis du hadde en god grunn til å klage for sent.

Felles tildelingskontor Lofoten vurderer avvisningen på nytt når vi får klagen. Hvis vi ikke gir deg medhold, sender vi klagen til Statsforvalteren i Nordland, som avgjør saken.

Trenger du hjelp til å klage, kan du kontakte oss. Du kan også få gratis hjelp fra pasient- og brukerombudet i Nordland.`),
    nbInnsyn,
    nbKontakt,
  ]),
  mal('klage_trukket', 'nb', 'Klagen din er trukket', [
    s('trukket', 'Du har trukket klagen', `
Vi viser til klagen din, som vi fikk {{klagetrekking.mottattDato}}, på vedtaket av {{klagetrekking.vedtaksdato}} om {{soknad.gjelder}}.

Den {{klagetrekking.trukketDato}} registrerte vi at du har trukket klagen. Vi har derfor avsluttet klagesaken, og vedtaket av {{klagetrekking.vedtaksdato}} står ved lag.
{{#klagetrekking.oversendtDato}}

Klagen var sendt til Statsforvalteren i Nordland {{klagetrekking.oversendtDato}}. Vi gir Statsforvalteren beskjed om at du har trukket klagen, slik at saken kan avsluttes der også.
{{/klagetrekking.oversendtDato}}

Hvis dette ikke stemmer, må du kontakte oss snarest.`),
    nbKontakt,
  ]),
  mal('forhandsvarsel', 'nb', 'Forhåndsvarsel: vi vurderer å endre vedtaket ditt', [
    s('forhandsvarsel', 'Hva vi vurderer', `
Vi vurderer å endre vedtaket ditt av {{forhandsvarsel.tidligereVedtaksdato}}. Endringen vil i så fall gjelde fra {{forhandsvarsel.virkningsdato}}.

{{forhandsvarsel.endring}}

Dette er ikke et vedtak. Vi sender deg dette varselet før vi bestemmer oss, jf. forvaltningsloven § 16.`),
    s('uttalelse', 'Du kan uttale deg', `
Du kan uttale deg om dette innen {{forhandsvarsel.uttalelsesfrist}}, skriftlig eller ved å ringe oss. Vi tar med det du sier, når vi vurderer saken. Du kan også be om å se dokumentene i saken, jf. forvaltningsloven § 18.

Etter fristen fatter vi vedtak. Du får vedtaket skriftlig, og du kan klage på det.`),
    nbKontakt,
  ]),
];

// ---------- Nynorsk ----------

const NN_VEDTAK_INNLEDNING = `
{{#endring}}
Dette vedtaket endrar vedtaket ditt frå {{endring.tidligereVedtaksdato}}. Endringa gjeld frå {{endring.virkningsdato}}. Får du mindre hjelp enn før, eller blir ei teneste stansa, kan du klage og be om at endringa ikkje blir sett i verk før klagen er avgjord (sjå «Du kan klage»).

{{/endring}}
Felles tildelingskontor Lofoten har behandla søknaden din på vegner av {{brevhode.kommunenavn}} kommune og har gjort dette vedtaket:`;

const NN_VEDTAKSLINJER_MED_OMFANG = `
{{#vedtak}}
{{tjeneste}}: {{utfall}}
{{#omfang}}
Omfang: {{omfang}}
{{/omfang}}
{{#innhold}}
Innhald: {{innhold}}
{{/innhold}}
{{#varighet}}
Varigheit: {{varighet}}
{{/varighet}}
{{#soktOm}}
Du søkte om: {{soktOm}}
{{/soktOm}}
Heimel: {{hjemmel}}

{{/vedtak}}`;

const NN_VEDTAKSLINJER_UTAN_OMFANG = `
{{#vedtak}}
{{tjeneste}}: {{utfall}}
{{#soktOm}}
Du søkte om: {{soktOm}}
{{/soktOm}}
Heimel: {{hjemmel}}

{{/vedtak}}`;

const nnFakta = s('fakta', 'Opplysningar i saka', `
Du søkte om {{soknad.gjelder}}. Søknaden kom inn til oss {{soknad.mottattDato}}.

Vi kartla behovet ditt {{fakta.kartleggingsdato}}. Til stades var {{fakta.kartleggingDeltakere}}.

Kartlegginga viste:
{{#fakta.kartlagt}}
- {{beskrivelse}}
{{/fakta.kartlagt}}

Vi har òg lagt vekt på desse opplysningane i saka:
{{#fakta.innhentedeOpplysninger}}
- {{beskrivelse}}
{{/fakta.innhentedeOpplysninger}}

Ditt eige syn på saka, slik vi har forstått det: {{fakta.partensSyn}}`);

const nnRegelverk = s('regelverk', 'Regelverk og tildelingskriterium', `
Vedtaket byggjer på desse reglane:
{{#regler}}
- {{hjemmel}}: {{tekst}}
{{/regler}}

Vi har òg brukt dei felles tildelingskriteria for Vestvågøy, Vågan, Flakstad og Moskenes: {{kriterier.navn}}, versjon {{kriterier.versjon}}{{#kriterier.gyldigFra}}, gjeldande frå {{kriterier.gyldigFra}}{{/kriterier.gyldigFra}}.`);

const nnVurdering = (innleiing: string): Seksjon =>
  s('vurdering', 'Vurdering og grunngiving', `${innleiing}\n\n{{vurdering}}\n{{#vedtak}}{{#begrunnelse}}\n\n{{tjeneste}}: {{begrunnelse}}{{/begrunnelse}}{{/vedtak}}`);

const nnEigenandel = s('egenandel', 'Eigenandel', `
{{#egenandel}}
{{egenandel}}
{{/egenandel}}`);

const nnKlage = s('klage', 'Du kan klage', `
Du har rett til å klage på vedtaket.
{{#klageveier}}

{{#statsforvalteren}}
Klage på vedtaket om {{tjenester}}: Fristen for å klage er 4 veker frå den dagen du fekk vedtaket, jf. pasient- og brukarrettslova § 7-5. Klagen bør difor vere sendt innan {{klagefrist}}. Felles tildelingskontor Lofoten vurderer saka på nytt når vi får klagen. Dersom vi ikkje gir deg medhald, sender vi klagen til Statsforvaltaren i Nordland, som avgjer saka.
{{/statsforvalteren}}
{{#kommunen}}
Klage på vedtaket om {{tjenester}}: Dette er ei teneste kommunen tildeler etter skjøn. Fristen for å klage er 3 veker frå den dagen du fekk vedtaket, jf. forvaltningslova § 29. Klagen bør difor vere sendt innan {{klagefrist}}. Felles tildelingskontor Lofoten vurderer saka på nytt når vi får klagen. Dersom vi ikkje gir deg medhald, sender vi klagen til {{klageorgan}}, som avgjer saka, jf. forvaltningslova § 28 andre ledd.
{{/kommunen}}
{{/klageveier}}

Klagen sender du til {{brevhode.klageadresse}}. Skriv kva vedtak du klagar på, kva du ønskjer endra, og gjerne kvifor. Hugs å signere klagen.

Du kan be om at vedtaket ikkje blir sett i verk før klagen er avgjord (utsett iverksetjing), jf. forvaltningslova § 42.

Treng du hjelp til å klage, kan du kontakte oss. Du kan òg få gratis hjelp frå pasient- og brukarombodet i Nordland.`);

const nnInnsyn = s('innsyn', 'Innsyn i saka', `
Du har rett til å sjå dokumenta i saka di, jf. forvaltningslova § 18. Ta kontakt med oss dersom du ønskjer innsyn.`);

const NN_KONTAKTLINJE =
  'Kontaktpersonen din er {{kontaktperson.navn}}, telefon {{kontaktperson.telefon}}{{#kontaktperson.epost}}, e-post {{kontaktperson.epost}}{{/kontaktperson.epost}}.';

const nnKontaktVedtak = s('kontakt', 'Kontaktperson og endringar', `
${NN_KONTAKTLINJE}

Du må seie frå til oss dersom situasjonen din endrar seg, til dømes om helsa di blir betre eller dårlegare, eller om du flyttar. Då vurderer vi om vedtaket må endrast.`);

const nnKontakt = s('kontakt', 'Spørsmål', `
Har du spørsmål, kan du kontakte oss. ${NN_KONTAKTLINJE}`);

const NN_SOKNAD = 'Vi viser til søknaden din om {{soknad.gjelder}}, som vi fekk {{soknad.mottattDato}}.';

const nn: Brevmalinnhold[] = [
  mal('vedtak_innvilget', 'nn', 'Vedtak om helse- og omsorgstenester: søknaden er innvilga', [
    s('vedtak', 'Vedtak', NN_VEDTAK_INNLEDNING + '\n' + NN_VEDTAKSLINJER_MED_OMFANG),
    nnFakta,
    nnRegelverk,
    nnVurdering('Her forklarer vi kvifor vi har kome til dette resultatet.'),
    nnEigenandel,
    nnKlage,
    nnInnsyn,
    nnKontaktVedtak,
  ]),
  mal('vedtak_delvis_innvilget', 'nn', 'Vedtak om helse- og omsorgstenester: søknaden er delvis innvilga', [
    s(
      'vedtak',
      'Vedtak',
      NN_VEDTAK_INNLEDNING +
        '\n' +
        NN_VEDTAKSLINJER_MED_OMFANG +
        '\nDu har fått innvilga delar av det du søkte om. Kvifor du ikkje har fått alt, står under «Vurdering og grunngiving».',
    ),
    nnFakta,
    nnRegelverk,
    nnVurdering('Her forklarer vi kvifor vi har kome til dette resultatet, og kvifor du ikkje har fått alt du søkte om.'),
    nnEigenandel,
    nnKlage,
    nnInnsyn,
    nnKontaktVedtak,
  ]),
  mal('vedtak_avslag', 'nn', 'Vedtak om helse- og omsorgstenester: søknaden er avslått', [
    s('vedtak', 'Vedtak', NN_VEDTAK_INNLEDNING + '\n' + NN_VEDTAKSLINJER_UTAN_OMFANG),
    nnFakta,
    nnRegelverk,
    nnVurdering('Her forklarer vi kvifor du ikkje har fått det du søkte om.'),
    nnKlage,
    nnInnsyn,
    s('kontakt', 'Kontaktperson og endringar', `
${NN_KONTAKTLINJE}

Dersom situasjonen din endrar seg, til dømes om helsa di blir dårlegare, må du seie frå til oss. Du kan søkje på nytt når som helst.`),
  ]),
  mal('vedtak_venteliste', 'nn', 'Vedtak om langtidsopphald: du står på venteliste', [
    s('vedtak', 'Vedtak', NN_VEDTAK_INNLEDNING + '\n' + NN_VEDTAKSLINJER_UTAN_OMFANG),
    s('venteliste', 'Venteliste og tenester medan du ventar', `
Du fyller kriteria for langtidsopphald i sjukeheim eller tilsvarande bustad med heildøgns tenester. Vi vurderer at du i dag kan få forsvarlege tenester der du bur medan du ventar på plass. Du er difor sett på venteliste frå {{venteliste.registrertDato}}, jf. {{venteliste.forskrift}}{{#venteliste.forskriftsdato}}, vedteken {{venteliste.forskriftsdato}}{{/venteliste.forskriftsdato}}.

Ventelista blir ordna etter kor stort behovet er, ikkje etter kor lenge ein har venta. Når du får plass, får du eit nytt vedtak om langtidsopphald. Blir behovet ditt større medan du ventar, må du seie frå til oss, så vurderer vi saka på nytt.
{{#venteliste.nyVurderingDato}}

Vi vurderer behovet ditt på nytt seinast {{venteliste.nyVurderingDato}}.
{{/venteliste.nyVurderingDato}}

Medan du ventar, får du desse tenestene:
{{#tjenesterIMellomtiden}}
- {{tjeneste}}: {{omfang}}
{{/tjenesterIMellomtiden}}`),
    nnFakta,
    nnRegelverk,
    nnVurdering('Her forklarer vi kvifor vi har kome til dette resultatet.'),
    nnEigenandel,
    nnKlage,
    nnInnsyn,
    nnKontaktVedtak,
  ]),
  mal('foreloepig_svar', 'nn', 'Førebels svar på søknaden din', [
    s('svar', 'Vi har fått søknaden din', `
${NN_SOKNAD}

Vi klarer dessverre ikkje å behandle søknaden innan éin månad. Grunnen er: {{foreloepigSvar.grunn}}

Vi reknar med å gi deg svar innan {{foreloepigSvar.forventetSvardato}}. Blir det fleire forseinkingar, får du melding. Dette brevet sender vi etter forvaltningslova § 11 a.

Dersom situasjonen din endrar seg medan du ventar, eller du treng hjelp raskt, må du kontakte oss.`),
    nnKontakt,
  ]),
  mal('innhenting_opplysninger', 'nn', 'Vi treng fleire opplysningar i saka di', [
    s('innhenting', 'Opplysningar vi treng', `
${NN_SOKNAD}

For å kunne behandle søknaden treng vi desse opplysningane:
{{#innhenting.opplysninger}}
- {{beskrivelse}}
{{/innhenting.opplysninger}}

Vi ber om at du sender opplysningane til oss innan {{innhenting.svarfrist}}. Dersom vi ikkje får dei, behandlar vi søknaden ut frå dei opplysningane vi har. Det kan føre til at du ikkje får den hjelpa du har behov for.

Vil du heller at vi hentar opplysningane, til dømes frå fastlegen din, kan du gi oss samtykke til det.`),
    nnKontakt,
  ]),
  mal('kvittering', 'nn', 'Vi har motteke søknaden din', [
    s('kvittering', 'Kvittering', `
Vi har motteke søknaden din om {{soknad.gjelder}}. Han kom inn digitalt {{soknad.mottattDato}} og har saksnummer {{saksnummer}}. Oppgi saksnummeret når du kontaktar oss.

Felles tildelingskontor Lofoten behandlar søknaden på vegner av {{brevhode.kommunenavn}} kommune.`),
    s('videre', 'Kva skjer no', `
Vi tek kontakt med deg for å kartleggje kva du treng hjelp til, ofte med eit besøk heime hos deg. Du får eit skriftleg svar på søknaden. Kan vi ikkje svare innan ein månad, sender vi deg eit førebels svar med grunnen og når du kan vente svar.

Har du gitt oss samtykke til å hente opplysningar, til dømes frå fastlegen din, kan du trekkje samtykket tilbake når som helst.`),
    nnKontakt,
  ]),
  mal('trukket', 'nn', 'Saka di er avslutta', [
    s('trukket', 'Du har trekt søknaden', `
${NN_SOKNAD}

Den {{trukket.trukketDato}} gav du oss melding {{trukket.maate}} om at du trekkjer søknaden. Vi har difor avslutta saka utan å gjere vedtak.

Dersom dette ikkje stemmer, må du kontakte oss snarast. Treng du hjelp seinare, kan du søkje på nytt når som helst.`),
    nnKontakt,
  ]),
  mal('soknad_avvist', 'nn', 'Vedtak om avvising av søknaden din', [
    s('avvisning', 'Vedtak', `
${NN_SOKNAD}

Felles tildelingskontor Lofoten har på vegner av {{brevhode.kommunenavn}} kommune kome til at søknaden ikkje kan behandlast. Søknaden er difor avvist. Det betyr at vi ikkje har vurdert innhaldet i søknaden, altså om du har rett til eller behov for det du søkte om.`),
    s('begrunnelse', 'Grunngiving og heimel', `
{{soknadsavvisning.begrunnelse}}

Når ein søknad blir avvist, er det eit enkeltvedtak, jf. forvaltningslova § 2 tredje ledd. Difor gir vi deg grunngivinga over, jf. forvaltningslova §§ 24 og 25.`),
    s('ny_soknad', 'Du kan søkje på nytt', `
Avvisinga gjeld berre denne søknaden. Du kan søkje på nytt når vilkåra for å behandle søknaden er oppfylte. Bur eller oppheld du deg i ein annan kommune, er det den kommunen du skal søkje hos.`),
    s('klage', 'Du kan klage på avvisinga', `
Du har rett til å klage på avvisinga. Fristen for å klage er 4 veker frå den dagen du fekk dette brevet. Klagen bør difor vere sendt innan {{klagefrist}}.

Klagen sender du til {{brevhode.klageadresse}}. Skriv kvifor du meiner søknaden din skulle vore behandla, og legg gjerne ved det som viser det.

Felles tildelingskontor Lofoten vurderer avvisinga på nytt når vi får klagen. Dersom vi ikkje gir deg medhald, sender vi klagen til Statsforvaltaren i Nordland, som avgjer saka.

Treng du hjelp til å klage, kan du kontakte oss. Du kan òg få gratis hjelp frå pasient- og brukarombodet i Nordland.`),
    nnInnsyn,
    nnKontakt,
  ]),
  mal('klage_oversendt', 'nn', 'Klagen din er send til klageinstansen', [
    s('klage', 'Klagen din', `
Vi viser til klagen din, som vi fekk {{klage.mottattDato}}, på vedtaket frå {{klage.vedtaksdato}} om {{soknad.gjelder}}.

Felles tildelingskontor Lofoten har vurdert saka på nytt. Vi har ikkje funne grunn til å endre vedtaket:

{{klage.kontoretsVurdering}}

Vi har difor sendt klagen og dokumenta i saka vidare:
{{#klageveier}}
{{#statsforvalteren}}
- Klagen på vedtaket om {{tjenester}} er send til Statsforvaltaren i Nordland, som avgjer saka. Du får svar direkte frå Statsforvaltaren.
{{/statsforvalteren}}
{{#kommunen}}
- Klagen på vedtaket om {{tjenester}} er send til {{klageorgan}}, som avgjer saka (forvaltningslova § 28 andre ledd). Du får svar når klagen er avgjord.
{{/kommunen}}
{{/klageveier}}`),
    s('innsyn', 'Innsyn og merknader', `
Du har rett til å sjå dokumenta i saka, jf. forvaltningslova § 18, og du kan sende merknader til klageinstansen. Kontakt oss dersom du vil ha ein kopi av dokumenta vi har sendt.`),
    nnKontakt,
  ]),
  mal('klage_avvist', 'nn', 'Vedtak om avvising av klagen din', [
    s('avvisning', 'Vedtak', `
Vi viser til klagen din, som vi fekk {{klageavvisning.mottattDato}}, på vedtaket frå {{klageavvisning.vedtaksdato}} om {{soknad.gjelder}}.

Felles tildelingskontor Lofoten har på vegner av {{brevhode.kommunenavn}} kommune kome til at klagen ikkje kan behandlast. Klagen er difor avvist. Det betyr at vi ikkje har vurdert innhaldet i klagen, og at vedtaket frå {{klageavvisning.vedtaksdato}} står ved lag.`),
    s('begrunnelse', 'Grunngiving og heimel', `
{{klageavvisning.begrunnelse}}

Avvisinga har heimel i forvaltningslova § 33 andre ledd. Kven som kan klage, og vilkåra for å behandle ein klage, står i forvaltningslova §§ 28 til 32 og pasient- og brukarrettslova kapittel 7. Ein klage som kjem inn etter klagefristen, kan berre behandlast på dei vilkåra som står i forvaltningslova § 31.`),
    s('klage', 'Du kan klage på avvisinga', `
Avvisinga er eit eige vedtak, og du kan klage på det, jf. forvaltningslova § 2 tredje ledd. Fristen for å klage er 4 veker frå den dagen du fekk dette brevet. Klagen bør difor vere sendt innan {{klagefrist}}.

Klagen sender du til {{brevhode.klageadresse}}. Skriv kvifor du meiner klagen din skulle vore behandla, til dømes om du hadde ein god grunn til å klage for seint.

Felles tildelingskontor Lofoten vurderer avvisinga på nytt når vi får klagen. Dersom vi ikkje gir deg medhald, sender vi klagen til Statsforvaltaren i Nordland, som avgjer saka.

Treng du hjelp til å klage, kan du kontakte oss. Du kan òg få gratis hjelp frå pasient- og brukarombodet i Nordland.`),
    nnInnsyn,
    nnKontakt,
  ]),
  mal('klage_trukket', 'nn', 'Klagen din er trekt', [
    s('trukket', 'Du har trekt klagen', `
Vi viser til klagen din, som vi fekk {{klagetrekking.mottattDato}}, på vedtaket frå {{klagetrekking.vedtaksdato}} om {{soknad.gjelder}}.

Den {{klagetrekking.trukketDato}} registrerte vi at du har trekt klagen. Vi har difor avslutta klagesaka, og vedtaket frå {{klagetrekking.vedtaksdato}} står ved lag.
{{#klagetrekking.oversendtDato}}

Klagen var send til Statsforvaltaren i Nordland {{klagetrekking.oversendtDato}}. Vi gir Statsforvaltaren melding om at du har trekt klagen, slik at saka kan avsluttast der òg.
{{/klagetrekking.oversendtDato}}

Dersom dette ikkje stemmer, må du kontakte oss snarast.`),
    nnKontakt,
  ]),
  mal('forhandsvarsel', 'nn', 'Førehandsvarsel: vi vurderer å endre vedtaket ditt', [
    s('forhandsvarsel', 'Kva vi vurderer', `
Vi vurderer å endre vedtaket ditt frå {{forhandsvarsel.tidligereVedtaksdato}}. Endringa vil i så fall gjelde frå {{forhandsvarsel.virkningsdato}}.

{{forhandsvarsel.endring}}

Dette er ikkje eit vedtak. Vi sender deg dette varselet før vi bestemmer oss, jf. forvaltningslova § 16.`),
    s('uttalelse', 'Du kan uttale deg', `
Du kan uttale deg om dette innan {{forhandsvarsel.uttalelsesfrist}}, skriftleg eller ved å ringje oss. Vi tek med det du seier, når vi vurderer saka. Du kan òg be om å sjå dokumenta i saka, jf. forvaltningslova § 18.

Etter fristen gjer vi vedtak. Du får vedtaket skriftleg, og du kan klage på det.`),
    nnKontakt,
  ]),
];

/** The 22 standard templates (11 letter types × bokmål and nynorsk). Frozen: a published template never changes. */
export const STANDARD_BREVMALER: readonly Brevmalinnhold[] = Object.freeze(
  [...nb, ...nn].map((m) => Object.freeze({ ...m, seksjoner: Object.freeze(m.seksjoner.map((x) => Object.freeze({ ...x }))) as Brevmalseksjon[], flettefelt: Object.freeze([...m.flettefelt]) as string[] })),
);

/** The standard template for a letter type and målform. */
export function standardBrevmal(brevtype: Brevtype, maalform: Maalform): Brevmalinnhold {
  const funnet = STANDARD_BREVMALER.find((m) => m.brevtype === brevtype && m.maalform === maalform);
  if (!funnet) throw new Error(`Ingen standardmal for ${brevtype}/${maalform}`);
  return funnet;
}
