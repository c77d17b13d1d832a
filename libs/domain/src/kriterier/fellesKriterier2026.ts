/**
 * Seed: the common criteria of TK Lofoten, published as version 1 under their own name (a decision cites the
 * criteria by name, version and effective date, and must never cite a proposal), written from public Norwegian
 * guidance (the statutes, Helsedirektoratet's guidance on allocation of long-term care and BPA, and published
 * municipal criteria). The scopes are indicative ranges within which the caseworker sets the actual scope after an individual
 * assessment (hol. § 4-1, forsvarlighet). Services are ordered by the omsorgstrapp, lowest effective level first.
 */
import type { Betingelse, FaktaBetingelse, Faktaverdi, Kriteriesett, LokaltAvvik, Omfang, Operator } from './typer.js';

const f = (fakta: string, operator: Operator, verdi: Faktaverdi | Faktaverdi[]): FaktaBetingelse => ({ fakta, operator, verdi });
const alle = (...b: Betingelse[]): Betingelse => ({ alle: b });
const noen = (...b: Betingelse[]): Betingelse => ({ noen: b });
/** The catch-all: an empty conjunction is always true. */
const ALLTID: Betingelse = { alle: [] };
const timer = (min: number, max: number): Omfang => ({ min, max, enhet: 'timer_per_uke' });
const dogn = (min: number, max: number): Omfang => ({ min, max, enhet: 'dogn' });

const HOL = 'helse- og omsorgstjenesteloven';
const PBRL = 'pasient- og brukerrettighetsloven';
const HJEMMEL = {
  hjemmesykepleie: `${HOL} § 3-2 første ledd nr. 6 bokstav a, jf. ${PBRL} § 2-1 a andre ledd`,
  praktiskBistand: `${HOL} § 3-2 første ledd nr. 6 bokstav b, jf. ${PBRL} § 2-1 a andre ledd`,
  institusjon: `${HOL} § 3-2 første ledd nr. 6 bokstav c, jf. ${PBRL} § 2-1 a andre ledd`,
  avlastning: `${HOL} § 3-6 første ledd nr. 2, jf. § 3-2 første ledd nr. 6 bokstav c`,
  omsorgsstonad: `${HOL} § 3-6 første ledd nr. 3`,
  langtid: `${HOL} § 3-2 a, jf. ${PBRL} § 2-1 e`,
  bpa: `${HOL} § 3-8, jf. ${PBRL} § 2-1 d`,
  dagaktivitet: `${HOL} § 3-2 første ledd nr. 7`,
  skjonn: `${HOL} § 3-1 (skjønnsmessig tjeneste)`,
  forsvarlighet: `${HOL} § 4-1 (forsvarlighet)`,
};

/** "Cannot manage without health staff at home": needs help to look after own health, or a lot of help with personal hygiene. */
const TRENGER_HELSEHJELP = noen(f('iplos.ivaretaEgenHelse', 'minst', 3), f('iplos.personligHygiene', 'minst', 4));

export const FELLES_KRITERIER_2026: Kriteriesett = {
  navn: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten',
  navnNn: 'Felles tildelingskriterium for helse- og omsorgstenester i Lofoten',
  versjon: 1,
  beskrivelse:
    'Felles tildelingskriterier for Vestvågøy, Vågan, Flakstad og Moskenes, skrevet ut fra lov, Helsedirektoratets veiledere og offentlige kommunale tildelingskriterier. Omfang er veiledende spenn; konkret omfang fastsettes etter en individuell vurdering.',
  gyldigFra: '2026-01-01',
  gyldigTil: null,
  tjenester: {
    trygghetsalarm: {
      nivaa: 1,
      regler: [
        {
          id: 'ta-kan-ikke-bruke',
          naar: alle(f('kognitivSvikt', 'lik', true), f('iplos.hukommelse', 'minst', 4)),
          utfall: 'avslag',
          begrunnelse:
            'En trygghetsalarm forutsetter at du kan forstå og bruke den når du trenger hjelp. Ut fra kartleggingen av hukommelsen din er det ikke sannsynlig at alarmen gir deg den tryggheten den skal. Vi vurderer i stedet annen velferdsteknologi, for eksempel sensorer eller lokaliseringsteknologi.',
          begrunnelseNn:
            'Ein tryggleiksalarm føreset at du kan forstå og bruke han når du treng hjelp. Ut frå kartlegginga av hukommelsen din er det ikkje sannsynleg at alarmen gir deg den tryggleiken han skal. Vi vurderer i staden anna velferdsteknologi, til dømes sensorar eller lokaliseringsteknologi.',
          hjemmel: HJEMMEL.skjonn,
        },
        {
          id: 'ta-innvilget',
          naar: alle(f('borAlene', 'lik', true), noen(f('iplos.bevegeSegInnendors', 'minst', 3), f('iplos.ivaretaEgenHelse', 'minst', 3), f('alder', 'minst', 80))),
          utfall: 'innvilget',
          begrunnelse:
            'Du bor alene og har risiko for fall eller akutt sykdom når ingen er til stede. Trygghetsalarm gjør at du kan tilkalle hjelp hele døgnet og bidrar til at du kan bo trygt hjemme.',
          begrunnelseNn:
            'Du bur åleine og har risiko for fall eller akutt sjukdom når ingen er til stades. Tryggleiksalarm gjer at du kan tilkalle hjelp heile døgnet, og bidreg til at du kan bu trygt heime.',
          hjemmel: HJEMMEL.skjonn,
        },
        {
          id: 'ta-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Trygghetsalarm tildeles personer som bor alene og har særlig risiko for fall eller akutt sykdom. Etter kartleggingen er dette ikke tilfellet for deg nå.',
          begrunnelseNn:
            'Tryggleiksalarm blir tildelt personar som bur åleine og har særleg risiko for fall eller akutt sjukdom. Etter kartlegginga er dette ikkje tilfellet for deg no.',
          hjemmel: HJEMMEL.skjonn,
        },
      ],
    },
    'praktisk-bistand': {
      nivaa: 2,
      regler: [
        {
          id: 'pb-husstand',
          naar: alle(f('borAlene', 'lik', false), f('hjelpFraFamilie', 'lik', 'mye'), f('iplos.maksIADL', 'minst', 3)),
          utfall: 'delvis_innvilget',
          omfang: timer(0.5, 1),
          begrunnelse:
            'Du bor sammen med andre som allerede gir deg mye hjelp. Husstandsmedlemmer forventes å bidra med alminnelig husarbeid. Vi anbefaler hjelp til tyngre rengjøring om lag hver tredje uke.',
          begrunnelseNn:
            'Du bur saman med andre som alt gir deg mykje hjelp. Husstandsmedlemmer er venta å bidra med vanleg husarbeid. Vi tilrår hjelp til tyngre reingjering om lag kvar tredje veke.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'pb-omfattende',
          naar: alle(f('iplos.maksIADL', 'minst', 4), f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'innvilget',
          omfang: timer(3, 6),
          begrunnelse:
            'Du trenger mye hjelp til husarbeid, innkjøp og matlaging og har et omfattende bistandsbehov. Praktisk bistand dekker rengjøring av rom i daglig bruk, enkle måltider, ukentlig innkjøp og hjelp til klesvask.',
          begrunnelseNn:
            'Du treng mykje hjelp til husarbeid, innkjøp og matlaging og har eit omfattande bistandsbehov. Praktisk bistand dekkjer reingjering av rom i dagleg bruk, enkle måltid, innkjøp kvar veke og hjelp til klesvask.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'pb-middels',
          naar: alle(f('iplos.maksIADL', 'minst', 3), f('bistandsbehov', 'en_av', ['middels_til_stort', 'omfattende'])),
          utfall: 'innvilget',
          omfang: timer(1, 3),
          begrunnelse:
            'Du trenger hjelp til praktiske gjøremål i hjemmet. Praktisk bistand dekker rengjøring om lag hver tredje uke, hjelp til enkle måltider og ukentlig innkjøp av dagligvarer.',
          begrunnelseNn:
            'Du treng hjelp til praktiske gjeremål i heimen. Praktisk bistand dekkjer reingjering om lag kvar tredje veke, hjelp til enkle måltid og innkjøp av daglegvarer kvar veke.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'pb-avgrenset',
          naar: f('iplos.maksIADL', 'minst', 3),
          utfall: 'innvilget',
          omfang: timer(0.5, 1),
          begrunnelse:
            'Du trenger noe hjelp til praktiske gjøremål. Praktisk bistand dekker rengjøring av rom i daglig bruk om lag hver tredje uke og hjelp til ukentlig innkjøp.',
          begrunnelseNn:
            'Du treng noko hjelp til praktiske gjeremål. Praktisk bistand dekkjer reingjering av rom i dagleg bruk om lag kvar tredje veke og hjelp til innkjøp kvar veke.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'pb-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Kartleggingen viser at du klarer husarbeid, innkjøp og matlaging selv, eventuelt med noe besvær. Praktisk bistand gis til den som ikke selv kan ivareta disse gjøremålene.',
          begrunnelseNn:
            'Kartlegginga viser at du klarer husarbeid, innkjøp og matlaging sjølv, eventuelt med noko bry. Praktisk bistand blir gitt til den som ikkje sjølv kan ta hand om desse gjeremåla.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
      ],
    },
    matombringing: {
      nivaa: 2,
      regler: [
        {
          id: 'mo-innvilget',
          naar: alle(f('iplos.lageMat', 'minst', 3), f('hjelpFraFamilie', 'ulik', 'mye')),
          utfall: 'innvilget',
          begrunnelse: 'Du klarer ikke å lage varm mat selv, og familie eller andre kan ikke dekke behovet. Matombringing sikrer deg et næringsrikt middagsmåltid.',
          begrunnelseNn:
            'Du klarer ikkje å lage varm mat sjølv, og familie eller andre kan ikkje dekkje behovet. Matombringing sikrar deg eit næringsrikt middagsmåltid.',
          hjemmel: HJEMMEL.skjonn,
        },
        {
          id: 'mo-delvis',
          naar: f('iplos.lageMat', 'minst', 3),
          utfall: 'delvis_innvilget',
          begrunnelse:
            'Du klarer ikke å lage varm mat selv, men får mye hjelp fra familie eller andre. Matombringing gis de dagene familien ikke kan bidra.',
          begrunnelseNn:
            'Du klarer ikkje å lage varm mat sjølv, men får mykje hjelp frå familie eller andre. Matombringing blir gitt dei dagane familien ikkje kan bidra.',
          hjemmel: HJEMMEL.skjonn,
        },
        {
          id: 'mo-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse: 'Kartleggingen viser at du klarer å lage mat selv. Matombringing gis til den som ikke selv kan lage varm mat.',
          begrunnelseNn:
            'Kartlegginga viser at du klarer å lage mat sjølv. Matombringing blir gitt til den som ikkje sjølv kan lage varm mat.',
          hjemmel: HJEMMEL.skjonn,
        },
      ],
    },
    stottekontakt: {
      nivaa: 2,
      regler: [
        {
          id: 'sk-behov',
          naar: alle(f('iplos.sosialDeltakelse', 'minst', 3), noen(f('borAlene', 'lik', true), f('hjelpFraFamilie', 'lik', 'ingen'))),
          utfall: 'innvilget',
          omfang: timer(1, 3),
          begrunnelse:
            'Du trenger hjelp for å delta i sosiale aktiviteter og fritid, og har ikke andre som kan følge deg. Støttekontakt skal gi deg en meningsfull fritid og hindre isolasjon.',
          begrunnelseNn:
            'Du treng hjelp for å delta i sosiale aktivitetar og fritid, og har ikkje andre som kan følgje deg. Støttekontakt skal gi deg ei meiningsfull fritid og hindre isolasjon.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'sk-delvis',
          naar: f('iplos.sosialDeltakelse', 'minst', 3),
          utfall: 'delvis_innvilget',
          omfang: timer(0.5, 1),
          begrunnelse:
            'Du trenger hjelp for å delta i sosiale aktiviteter. Familie eller andre i husstanden dekker en del av behovet, og støttekontakt gis som et supplement.',
          begrunnelseNn:
            'Du treng hjelp for å delta i sosiale aktivitetar. Familie eller andre i husstanden dekkjer ein del av behovet, og støttekontakt blir gitt som eit supplement.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
        {
          id: 'sk-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse: 'Kartleggingen viser at du klarer å delta i sosiale aktiviteter uten hjelp. Frivillige tilbud og seniorsenter kan være aktuelle.',
          begrunnelseNn:
            'Kartlegginga viser at du klarer å delta i sosiale aktivitetar utan hjelp. Frivillige tilbod og seniorsenter kan vere aktuelle.',
          hjemmel: HJEMMEL.praktiskBistand,
        },
      ],
    },
    hjemmesykepleie: {
      nivaa: 3,
      regler: [
        {
          id: 'hs-omfattende',
          naar: alle(TRENGER_HELSEHJELP, f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'innvilget',
          omfang: timer(5, 15),
          begrunnelse:
            'Du kan ikke ivareta egen helse eller personlig hygiene uten hjelp fra helsepersonell, og du har et omfattende bistandsbehov. Hjemmesykepleie gis flere ganger daglig etter en plan vi lager sammen med deg.',
          begrunnelseNn:
            'Du kan ikkje ta vare på eiga helse eller personleg hygiene utan hjelp frå helsepersonell, og du har eit omfattande bistandsbehov. Heimesjukepleie blir gitt fleire gonger dagleg etter ein plan vi lagar saman med deg.',
          hjemmel: HJEMMEL.hjemmesykepleie,
        },
        {
          id: 'hs-middels',
          naar: alle(TRENGER_HELSEHJELP, f('bistandsbehov', 'lik', 'middels_til_stort')),
          utfall: 'innvilget',
          omfang: timer(2, 5),
          begrunnelse:
            'Du kan ikke ivareta egen helse eller personlig hygiene uten hjelp fra helsepersonell. Hjemmesykepleie gis for eksempel til legemiddelhåndtering, sårstell og personlig stell.',
          begrunnelseNn:
            'Du kan ikkje ta vare på eiga helse eller personleg hygiene utan hjelp frå helsepersonell. Heimesjukepleie blir gitt til dømes til legemiddelhandtering, sårstell og personleg stell.',
          hjemmel: HJEMMEL.hjemmesykepleie,
        },
        {
          id: 'hs-avgrenset',
          naar: TRENGER_HELSEHJELP,
          utfall: 'innvilget',
          omfang: timer(0.5, 2),
          begrunnelse:
            'Du trenger avgrenset hjelp fra helsepersonell, for eksempel til legemidler eller tilsyn. Hjemmesykepleie gis til de faste oppgavene du ikke kan utføre selv.',
          begrunnelseNn:
            'Du treng avgrensa hjelp frå helsepersonell, til dømes til legemiddel eller tilsyn. Heimesjukepleie blir gitt til dei faste oppgåvene du ikkje kan utføre sjølv.',
          hjemmel: HJEMMEL.hjemmesykepleie,
        },
        {
          id: 'hs-delvis-stell',
          naar: f('iplos.personligHygiene', 'lik', 3),
          utfall: 'delvis_innvilget',
          omfang: timer(0.5, 1),
          begrunnelse:
            'Du klarer det meste av personlig stell selv, men trenger noe hjelp, for eksempel til dusj. Vi anbefaler hjelp til dusj én gang i uken; resten klarer du selv.',
          begrunnelseNn:
            'Du klarer det meste av personleg stell sjølv, men treng noko hjelp, til dømes til dusj. Vi tilrår hjelp til dusj éin gong i veka; resten klarer du sjølv.',
          hjemmel: HJEMMEL.hjemmesykepleie,
        },
        {
          id: 'hs-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Hjemmesykepleie gis til den som ikke klarer seg uten hjelp fra helsepersonell i hjemmet. Kartleggingen viser at du ivaretar egen helse og personlig hygiene selv. Fastlegen din kan følge opp helsen din.',
          begrunnelseNn:
            'Heimesjukepleie blir gitt til den som ikkje klarer seg utan hjelp frå helsepersonell i heimen. Kartlegginga viser at du tek vare på eiga helse og personleg hygiene sjølv. Fastlegen din kan følgje opp helsa di.',
          hjemmel: HJEMMEL.hjemmesykepleie,
        },
      ],
    },
    bpa: {
      nivaa: 3,
      nivaaer: {
        fakta: 'vurdertTimebehovPerUke',
        inndeling: [
          { id: 'under-25', fra: 0, til: 25, beskrivelse: 'Under 25 timer per uke: ingen rett til BPA' },
          { id: '25-til-32', fra: 25, til: 32, beskrivelse: '25–32 timer per uke: rett med mindre BPA blir vesentlig dyrere' },
          { id: '32-til-84', fra: 32, til: 84, beskrivelse: '32–84 timer per uke: rett til BPA' },
          { id: '84-og-over', fra: 84, til: null, beskrivelse: '12 timer i døgnet eller mer: vurder heldøgns tilbud' },
        ],
      },
      regler: [
        {
          id: 'bpa-over-67',
          naar: f('alder', 'minst', 67),
          utfall: 'avslag',
          begrunnelse:
            'Retten til brukerstyrt personlig assistanse gjelder personer under 67 år. Behovet ditt dekkes med andre helse- og omsorgstjenester, som vurderes i samme sak.',
          begrunnelseNn:
            'Retten til brukarstyrt personleg assistanse gjeld personar under 67 år. Behovet ditt blir dekt med andre helse- og omsorgstenester, som blir vurderte i same sak.',
          hjemmel: HJEMMEL.bpa,
        },
        {
          id: 'bpa-kortvarig',
          naar: f('forventetVarighetManeder', 'hoyst', 24),
          utfall: 'avslag',
          begrunnelse: 'Retten til BPA gjelder et langvarig behov, det vil si over to år. Behovet ditt er vurdert til å vare kortere.',
          begrunnelseNn:
            'Retten til BPA gjeld eit langvarig behov, det vil seie over to år. Behovet ditt er vurdert til å vare kortare.',
          hjemmel: HJEMMEL.bpa,
        },
        {
          id: 'bpa-under-25',
          naar: { nivaa: 'under-25' },
          utfall: 'avslag',
          begrunnelse: 'Retten til BPA gjelder når behovet for personlig assistanse er minst 25 timer per uke. Behovet ditt er vurdert til under 25 timer per uke.',
          begrunnelseNn:
            'Retten til BPA gjeld når behovet for personleg assistanse er minst 25 timar per veke. Behovet ditt er vurdert til under 25 timar per veke.',
          hjemmel: HJEMMEL.bpa,
        },
        {
          id: 'bpa-84-og-over',
          naar: alle({ nivaa: '84-og-over' }, f('forventetVarighetManeder', 'minst', 25)),
          utfall: 'delvis_innvilget',
          omfang: timer(32, 84),
          begrunnelse:
            'Du har rett til BPA. Behovet ditt er vurdert til 12 timer i døgnet eller mer. Ved så stort behov skal vi vurdere om heldøgns tjenester i institusjon eller bolig gir et mer forsvarlig tilbud, og omfang ut over 84 timer per uke krever en særskilt vurdering.',
          begrunnelseNn:
            'Du har rett til BPA. Behovet ditt er vurdert til 12 timar i døgnet eller meir. Ved så stort behov skal vi vurdere om heildøgnstenester i institusjon eller bustad gir eit meir forsvarleg tilbod, og omfang ut over 84 timar per veke krev ei særskild vurdering.',
          hjemmel: `${HJEMMEL.bpa}; ${HJEMMEL.forsvarlighet}`,
        },
        {
          id: 'bpa-rett',
          naar: alle({ nivaa: '32-til-84' }, f('forventetVarighetManeder', 'minst', 25)),
          utfall: 'innvilget',
          omfang: timer(32, 84),
          begrunnelse:
            'Du er under 67 år, har et langvarig behov (over to år) og et behov for personlig assistanse på minst 32 timer per uke. Da har du rett til å få tjenestene organisert som brukerstyrt personlig assistanse.',
          begrunnelseNn:
            'Du er under 67 år, har eit langvarig behov (over to år) og eit behov for personleg assistanse på minst 32 timar per veke. Då har du rett til å få tenestene organiserte som brukarstyrt personleg assistanse.',
          hjemmel: HJEMMEL.bpa,
        },
        {
          id: 'bpa-25-til-32',
          naar: alle({ nivaa: '25-til-32' }, f('forventetVarighetManeder', 'minst', 25)),
          utfall: 'delvis_innvilget',
          omfang: timer(25, 32),
          begrunnelse:
            'Behovet ditt er mellom 25 og 32 timer per uke og varer over to år. Du har rett til BPA med mindre kommunen dokumenterer at BPA blir vesentlig dyrere enn tjenestene organisert på annen måte. Dette må vurderes konkret.',
          begrunnelseNn:
            'Behovet ditt er mellom 25 og 32 timar per veke og varer over to år. Du har rett til BPA med mindre kommunen dokumenterer at BPA blir vesentleg dyrare enn tenestene organiserte på annan måte. Dette må vurderast konkret.',
          hjemmel: HJEMMEL.bpa,
        },
        {
          id: 'bpa-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Vilkårene for rett til BPA er ikke dokumentert: behovet for personlig assistanse må være vurdert til minst 25 timer per uke og forventet å vare i over to år.',
          begrunnelseNn:
            'Vilkåra for rett til BPA er ikkje dokumenterte: behovet for personleg assistanse må vere vurdert til minst 25 timar per veke og venta å vare i over to år.',
          hjemmel: HJEMMEL.bpa,
        },
      ],
    },
    korttidsopphold: {
      nivaa: 4,
      regler: [
        {
          id: 'ko-utrygg',
          naar: f('utryggUtenHeldognstilbud', 'lik', true),
          utfall: 'innvilget',
          omfang: dogn(7, 21),
          begrunnelse:
            'Det er nå ikke forsvarlig at du bor hjemme uten tjenester hele døgnet. Korttidsopphold gis for observasjon og utredning, og mens behovet for et varig tilbud vurderes.',
          begrunnelseNn:
            'Det er no ikkje forsvarleg at du bur heime utan tenester heile døgnet. Korttidsopphald blir gitt for observasjon og utgreiing, og medan behovet for eit varig tilbod blir vurdert.',
          hjemmel: HJEMMEL.institusjon,
        },
        {
          id: 'ko-midlertidig',
          naar: alle(f('bistandsbehov', 'lik', 'omfattende'), f('forventetVarighetManeder', 'hoyst', 3)),
          utfall: 'innvilget',
          omfang: dogn(7, 21),
          begrunnelse:
            'Du har et midlertidig omfattende behov, for eksempel etter sykehusopphold. Korttidsopphold gir deg opptrening og behandling slik at du kan komme trygt hjem igjen.',
          begrunnelseNn:
            'Du har eit mellombels omfattande behov, til dømes etter sjukehusopphald. Korttidsopphald gir deg opptrening og behandling, slik at du kan kome trygt heim att.',
          hjemmel: HJEMMEL.institusjon,
        },
        {
          id: 'ko-utredning',
          naar: alle(f('bistandsbehov', 'lik', 'omfattende'), f('kognitivSvikt', 'lik', true)),
          utfall: 'delvis_innvilget',
          omfang: dogn(7, 14),
          begrunnelse:
            'Du har kognitiv svikt og et omfattende bistandsbehov. Et kortere opphold for utredning anbefales før det tas stilling til videre tjenester.',
          begrunnelseNn:
            'Du har kognitiv svikt og eit omfattande bistandsbehov. Eit kortare opphald for utgreiing er tilrådd før det blir teke stilling til vidare tenester.',
          hjemmel: HJEMMEL.institusjon,
        },
        {
          id: 'ko-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Behovet ditt kan dekkes forsvarlig med tjenester i hjemmet, som er et lavere nivå i omsorgstrappen. Korttidsopphold gis når hjemmetjenester ikke er tilstrekkelig for en periode.',
          begrunnelseNn:
            'Behovet ditt kan dekkjast forsvarleg med tenester i heimen, som er eit lågare nivå i omsorgstrappa. Korttidsopphald blir gitt når heimetenester ikkje er tilstrekkelege for ein periode.',
          hjemmel: HJEMMEL.institusjon,
        },
      ],
    },
    avlastning: {
      nivaa: 4,
      regler: [
        {
          id: 'av-ingen-omsorgsyter',
          naar: f('hjelpFraFamilie', 'lik', 'ingen'),
          utfall: 'avslag',
          begrunnelse: 'Avlastning gis til pårørende med særlig tyngende omsorgsarbeid. Kartleggingen viser at ingen pårørende utfører omsorgsarbeid for deg i dag.',
          begrunnelseNn:
            'Avlasting blir gitt til pårørande med særleg tyngjande omsorgsarbeid. Kartlegginga viser at ingen pårørande utfører omsorgsarbeid for deg i dag.',
          hjemmel: HJEMMEL.avlastning,
        },
        {
          id: 'av-tyngende',
          naar: alle(f('hjelpFraFamilie', 'lik', 'mye'), f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'innvilget',
          omfang: dogn(4, 8),
          begrunnelse:
            'Dine pårørende utfører særlig tyngende omsorgsarbeid, og du har et omfattende bistandsbehov. Avlastning i institusjon, inntil 8 døgn per måned, skal gi dem nødvendig fri og hindre at de blir utslitt.',
          begrunnelseNn:
            'Dei pårørande dine utfører særleg tyngjande omsorgsarbeid, og du har eit omfattande bistandsbehov. Avlasting i institusjon, inntil 8 døgn per månad, skal gi dei nødvendig fri og hindre at dei blir utslitne.',
          hjemmel: HJEMMEL.avlastning,
        },
        {
          id: 'av-middels',
          naar: alle(f('hjelpFraFamilie', 'lik', 'mye'), f('bistandsbehov', 'lik', 'middels_til_stort')),
          utfall: 'innvilget',
          omfang: dogn(2, 4),
          begrunnelse: 'Dine pårørende gir deg mye hjelp, og omsorgsarbeidet er tyngende. Avlastning, inntil 4 døgn per måned, gir dem nødvendig fri.',
          begrunnelseNn:
            'Dei pårørande dine gir deg mykje hjelp, og omsorgsarbeidet er tyngjande. Avlasting, inntil 4 døgn per månad, gir dei nødvendig fri.',
          hjemmel: HJEMMEL.avlastning,
        },
        {
          id: 'av-noe',
          naar: alle(f('hjelpFraFamilie', 'lik', 'noe'), f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'delvis_innvilget',
          omfang: dogn(1, 2),
          begrunnelse:
            'Du har et omfattende bistandsbehov, men pårørende dekker bare en mindre del av det. Avlastning gis i mindre omfang, og resten av behovet vurderes dekket av andre tjenester.',
          begrunnelseNn:
            'Du har eit omfattande bistandsbehov, men pårørande dekkjer berre ein mindre del av det. Avlasting blir gitt i mindre omfang, og resten av behovet blir vurdert dekt av andre tenester.',
          hjemmel: HJEMMEL.avlastning,
        },
        {
          id: 'av-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse: 'Omsorgsarbeidet dine pårørende utfører er ikke vurdert som særlig tyngende. Andre tjenester kan være aktuelle.',
          begrunnelseNn:
            'Omsorgsarbeidet dei pårørande dine utfører, er ikkje vurdert som særleg tyngjande. Andre tenester kan vere aktuelle.',
          hjemmel: HJEMMEL.avlastning,
        },
      ],
    },
    omsorgsstonad: {
      nivaa: 4,
      regler: [
        {
          id: 'os-ingen-omsorgsyter',
          naar: f('hjelpFraFamilie', 'lik', 'ingen'),
          utfall: 'avslag',
          begrunnelse: 'Omsorgsstønad gis til den som utfører særlig tyngende omsorgsarbeid. Ingen pårørende utfører omsorgsarbeid for deg i dag.',
          begrunnelseNn:
            'Omsorgsstønad blir gitt til den som utfører særleg tyngjande omsorgsarbeid. Ingen pårørande utfører omsorgsarbeid for deg i dag.',
          hjemmel: HJEMMEL.omsorgsstonad,
        },
        {
          id: 'os-tyngende',
          naar: alle(f('hjelpFraFamilie', 'lik', 'mye'), f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'innvilget',
          omfang: timer(3, 8),
          begrunnelse:
            'Dine pårørende utfører særlig tyngende omsorgsarbeid som ellers måtte vært dekket av kommunale tjenester. Omsorgsstønad gis som godtgjøring for dette arbeidet.',
          begrunnelseNn:
            'Dei pårørande dine utfører særleg tyngjande omsorgsarbeid som elles måtte ha vore dekt av kommunale tenester. Omsorgsstønad blir gitt som godtgjersle for dette arbeidet.',
          hjemmel: HJEMMEL.omsorgsstonad,
        },
        {
          id: 'os-middels',
          naar: alle(f('hjelpFraFamilie', 'lik', 'mye'), f('bistandsbehov', 'lik', 'middels_til_stort'), f('vurdertTimebehovPerUke', 'minst', 10)),
          utfall: 'delvis_innvilget',
          omfang: timer(1, 3),
          begrunnelse: 'Dine pårørende utfører et betydelig omsorgsarbeid, men ikke i et omfang som regnes som særlig tyngende. Omsorgsstønad gis for en mindre del av arbeidet.',
          begrunnelseNn:
            'Dei pårørande dine utfører eit betydeleg omsorgsarbeid, men ikkje i eit omfang som blir rekna som særleg tyngjande. Omsorgsstønad blir gitt for ein mindre del av arbeidet.',
          hjemmel: HJEMMEL.omsorgsstonad,
        },
        {
          id: 'os-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse: 'Omsorgsarbeidet er ikke vurdert som særlig tyngende. Omsorgsstønad gis når pårørende utfører omsorg som ellers måtte vært dekket av kommunen.',
          begrunnelseNn:
            'Omsorgsarbeidet er ikkje vurdert som særleg tyngjande. Omsorgsstønad blir gitt når pårørande utfører omsorg som elles måtte ha vore dekt av kommunen.',
          hjemmel: HJEMMEL.omsorgsstonad,
        },
      ],
    },
    dagaktivitet: {
      nivaa: 4,
      regler: [
        {
          id: 'da-demens',
          naar: alle(f('kognitivSvikt', 'lik', true), noen(f('iplos.sosialDeltakelse', 'minst', 3), f('iplos.maksKognitiv', 'minst', 3))),
          utfall: 'innvilget',
          omfang: dogn(1, 3),
          begrunnelse:
            'Du har demens eller kognitiv svikt og trenger hjelp for å ha en aktiv og meningsfull hverdag. Dagaktivitetstilbud, 1–3 dager per uke, gir aktivitet, fellesskap og avlastning for pårørende.',
          begrunnelseNn:
            'Du har demens eller kognitiv svikt og treng hjelp for å ha ein aktiv og meiningsfull kvardag. Dagaktivitetstilbod, 1–3 dagar per veke, gir aktivitet, fellesskap og avlasting for pårørande.',
          hjemmel: HJEMMEL.dagaktivitet,
        },
        {
          id: 'da-demens-lett',
          naar: f('kognitivSvikt', 'lik', true),
          utfall: 'delvis_innvilget',
          omfang: dogn(1, 1),
          begrunnelse: 'Du har kognitiv svikt, men klarer deg for det meste selv. Dagaktivitetstilbud én dag per uke anbefales for å bevare funksjon og sosial kontakt.',
          begrunnelseNn:
            'Du har kognitiv svikt, men klarer deg for det meste sjølv. Dagaktivitetstilbod éin dag per veke er tilrådd for å halde ved lag funksjon og sosial kontakt.',
          hjemmel: HJEMMEL.dagaktivitet,
        },
        {
          id: 'da-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Dagaktivitetstilbudet er for hjemmeboende personer med demens. Kartleggingen viser ikke kognitiv svikt. Frivillige aktivitetstilbud og seniorsenter kan være aktuelle.',
          begrunnelseNn:
            'Dagaktivitetstilbodet er for heimebuande personar med demens. Kartlegginga viser ikkje kognitiv svikt. Frivillige aktivitetstilbod og seniorsenter kan vere aktuelle.',
          hjemmel: HJEMMEL.dagaktivitet,
        },
      ],
    },
    langtidsopphold: {
      nivaa: 6,
      regler: [
        {
          id: 'lt-eneste-forsvarlige',
          naar: alle(f('utryggUtenHeldognstilbud', 'lik', true), noen(f('bistandsbehov', 'lik', 'omfattende'), f('kognitivSvikt', 'lik', true))),
          utfall: 'innvilget',
          begrunnelse:
            'Etter en samlet vurdering er langtidsopphold i sykehjem eller tilsvarende bolig det eneste tilbudet som kan sikre deg nødvendige og forsvarlige helse- og omsorgstjenester. Da har du rett til langtidsopphold.',
          begrunnelseNn:
            'Etter ei samla vurdering er langtidsopphald i sjukeheim eller tilsvarande bustad det einaste tilbodet som kan sikre deg nødvendige og forsvarlege helse- og omsorgstenester. Då har du rett til langtidsopphald.',
          hjemmel: HJEMMEL.langtid,
        },
        {
          id: 'lt-over-12-timer',
          naar: alle(f('vurdertTimebehovPerUke', 'minst', 84), f('bistandsbehov', 'lik', 'omfattende')),
          utfall: 'venteliste',
          begrunnelse:
            'Du har behov for hjelp 12 timer i døgnet eller mer. Ved så stort behov er heldøgns omsorg i institusjon ofte det beste tilbudet. Du fyller kriteriene og settes på venteliste, og får tjenester i hjemmet i mellomtiden. Ventelisten er ordnet etter behov, ikke ventetid.',
          begrunnelseNn:
            'Du har behov for hjelp 12 timar i døgnet eller meir. Ved så stort behov er heildøgns omsorg i institusjon ofte det beste tilbodet. Du fyller kriteria og blir sett på venteliste, og får tenester i heimen i mellomtida. Ventelista er ordna etter behov, ikkje ventetid.',
          hjemmel: `${HJEMMEL.langtid}; ${HJEMMEL.forsvarlighet}`,
        },
        {
          id: 'lt-venteliste',
          naar: alle(f('bistandsbehov', 'lik', 'omfattende'), noen(f('kognitivSvikt', 'lik', true), f('iplos.maksADL', 'minst', 4))),
          utfall: 'venteliste',
          begrunnelse:
            'Du fyller kriteriene for langtidsopphold, men det er forsvarlig at du venter med tjenester i hjemmet i mellomtiden. Du settes på venteliste, som er ordnet etter behov, ikke ventetid.',
          begrunnelseNn:
            'Du fyller kriteria for langtidsopphald, men det er forsvarleg at du ventar med tenester i heimen i mellomtida. Du blir sett på venteliste, som er ordna etter behov, ikkje ventetid.',
          hjemmel: HJEMMEL.langtid,
        },
        {
          id: 'lt-utrygg',
          naar: f('utryggUtenHeldognstilbud', 'lik', true),
          utfall: 'venteliste',
          begrunnelse:
            'Det er utrygt for deg å bo hjemme uten tjenester hele døgnet, men bistandsbehovet ditt tilsier ikke sykehjem nå. Du settes på venteliste, og vi vurderer korttidsopphold eller bolig med heldøgns tjenester i mellomtiden.',
          begrunnelseNn:
            'Det er utrygt for deg å bu heime utan tenester heile døgnet, men bistandsbehovet ditt tilseier ikkje sjukeheim no. Du blir sett på venteliste, og vi vurderer korttidsopphald eller bustad med heildøgnstenester i mellomtida.',
          hjemmel: HJEMMEL.langtid,
        },
        {
          id: 'lt-avslag',
          naar: ALLTID,
          utfall: 'avslag',
          begrunnelse:
            'Behovet ditt kan dekkes forsvarlig på et lavere nivå i omsorgstrappen, med tjenester i hjemmet. Langtidsopphold gis når det er det eneste forsvarlige tilbudet, eller når behovet er omfattende.',
          begrunnelseNn:
            'Behovet ditt kan dekkjast forsvarleg på eit lågare nivå i omsorgstrappa, med tenester i heimen. Langtidsopphald blir gitt når det er det einaste forsvarlege tilbodet, eller når behovet er omfattande.',
          hjemmel: HJEMMEL.langtid,
        },
      ],
    },
  },
};

/**
 * Sample local deviation for seeding: Vestvågøy's own regulation on long-term care and the waiting list
 * (hol. § 3-8 a requires each municipality to have one) places people with a middels-til-stort need on the
 * waiting list too, where the common proposal requires an omfattende need. The regulation's exact title and
 * date must be verified before the office adopts it.
 */
export const LOKALE_AVVIK_EKSEMPEL: LokaltAvvik[] = [
  {
    kommunenummer: '1860',
    tjenestekode: 'langtidsopphold',
    erstatterRegelId: 'lt-venteliste',
    regel: {
      id: 'lt-venteliste-1860',
      naar: alle(f('bistandsbehov', 'en_av', ['middels_til_stort', 'omfattende']), noen(f('kognitivSvikt', 'lik', true), f('iplos.maksADL', 'minst', 4))),
      utfall: 'venteliste',
      begrunnelse:
        'Du fyller kriteriene for langtidsopphold etter kommunens forskrift, men det er forsvarlig at du venter med tjenester i hjemmet i mellomtiden. Du settes på venteliste, som er ordnet etter behov, ikke ventetid.',
      begrunnelseNn:
        'Du fyller kriteria for langtidsopphald etter forskrifta til kommunen, men det er forsvarleg at du ventar med tenester i heimen i mellomtida. Du blir sett på venteliste, som er ordna etter behov, ikkje ventetid.',
      hjemmel: `${HJEMMEL.langtid}; kommunens forskrift etter ${HOL} § 3-8 a`,
    },
    begrunnelse:
      'Vestvågøy kommunes forskrift setter også personer med middels til stort bistandsbehov og demens eller stort behov for personlig stell på venteliste, slik at behovet blir kjent og prioritert tidlig.',
    begrunnelseNn:
      'Forskrifta til Vestvågøy kommune set òg personar med middels til stort bistandsbehov og demens eller stort behov for personleg stell på venteliste, slik at behovet blir kjent og prioritert tidleg.',
    vedtattAv: 'Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig, Vestvågøy kommune (hol. § 3-8 a; tittel og dato må verifiseres)',
  },
];
