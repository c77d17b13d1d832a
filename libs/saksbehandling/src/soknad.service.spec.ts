import { IPLOS_KODER, behandlingsfrist, idagINorge, lagSyntetiskFodselsnummer, leggTilDager } from '../../domain/index.js';
import type { RegistrerSoknad } from './soknad.service.js';
import { LEDER, SAKSBEHANDLER, SAKSBEHANDLER_2, feilFra, lagSaksbehandling } from './testhjelp.js';

/*
 * The case service's rules as a caseworker meets them, against in-memory repositories: what registration
 * accepts and refuses, where each step takes the case, which letter it orders, and what the access log records.
 */

const FNR = lagSyntetiskFodselsnummer('1948-05-17', () => 0.3);
const ANNET_FNR = lagSyntetiskFodselsnummer('1952-11-02', () => 0.7);
const IDAG = idagINorge();

function soknad(endringer: Partial<RegistrerSoknad> = {}): RegistrerSoknad {
  return {
    kommunenummer: '1865',
    mottattDato: IDAG,
    kanal: 'papir',
    sokerType: 'selv',
    tjenester: ['hjemmesykepleie', 'trygghetsalarm'],
    person: { fodselsnummer: FNR, navn: 'Kari Nordmann', adresse: 'Storgata 1, 8300 Svolvær' },
    ...endringer,
  };
}

describe('registering a case', () => {
  it('gives the case the next number in the municipality’s series, status «mottatt» and the shortest norm’s deadline', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const forste = await soknader.registrer(soknad());
    const andre = await soknader.registrer(soknad({ person: { fodselsnummer: ANNET_FNR, navn: 'Ola Nordmann' } }));

    const aar = IDAG.slice(0, 4);
    expect(forste).toMatchObject({ saksnummer: `1865-${aar}-000001`, status: 'mottatt', versjon: 1 });
    expect(andre.saksnummer).toBe(`1865-${aar}-000002`);
    // The safety alarm's 21 days, not home nursing's 28.
    expect(forste.fristDato).toBe(behandlingsfrist(IDAG, 21));
    expect(kartotek.historikk.filter((h) => h.soknadId === forste.id)).toEqual([
      expect.objectContaining({ fraStatus: null, tilStatus: 'mottatt', handling: 'registrer', kommentar: 'Mottatt via papir', brukerNavn: SAKSBEHANDLER.navn }),
    ]);
    expect(kartotek.hendelser).toContainEqual({ soknadId: forste.id, handling: 'registrer', status: 'mottatt' });
    expect(kartotek.soknader[0]).toMatchObject({ saksbehandlerId: SAKSBEHANDLER.id, navngitteSaksbehandlere: [SAKSBEHANDLER.id] });
  });

  it('logs the new person and the new case, with the purpose, in the access log', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    const person = kartotek.personer[0]!;
    expect(kartotek.tilgangslogg).toEqual([
      expect.objectContaining({ handling: 'opprett', ressurs: 'person', ressursId: person.id, personId: person.id, kommunenummer: '1865', formaal: 'registrering av søknad', brukerId: SAKSBEHANDLER.id }),
      expect.objectContaining({ handling: 'opprett', ressurs: 'soknad', ressursId: sak.id, soknadId: sak.id, formaal: 'registrering av søknad' }),
    ]);
  });

  it('knows a person again by identity number in the municipality: one person, updated contact details, logged as a change', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    await soknader.registrer(soknad());
    await soknader.registrer(soknad({ person: { fodselsnummer: FNR, navn: 'Kari Nordmann', telefon: '912 34 567' } }));
    expect(kartotek.personer).toHaveLength(1);
    // Contact details given are written; those not given (null) keep what was known.
    expect(kartotek.personer[0]).toMatchObject({ telefon: '912 34 567', adresse: 'Storgata 1, 8300 Svolvær' });
    expect(kartotek.soknader.map((s) => s.personId)).toEqual([kartotek.personer[0]!.id, kartotek.personer[0]!.id]);
    expect(kartotek.tilgangslogg.filter((r) => r.ressurs === 'person').map((r) => r.handling)).toEqual(['opprett', 'endre']);
    // The number is stored encrypted and searchable by its keyed hash, never in clear.
    expect(JSON.stringify(kartotek.personer)).not.toContain(FNR);
  });

  it('knows the same person as a new person in another municipality', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    await soknader.registrer(soknad());
    await soknader.registrer(soknad({ kommunenummer: '1860' }));
    expect(kartotek.personer.map((p) => p.kommunenummer)).toEqual(['1865', '1860']);
    expect(kartotek.soknader.map((s) => s.saksnummer.slice(0, 4))).toEqual(['1865', '1860']);
  });

  it('refuses a receipt date in the future, naming the field, and stores nothing', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const feil = await feilFra(soknader.registrer(soknad({ mottattDato: leggTilDager(IDAG, 1) })));
    expect(feil).toMatchObject({ kode: 'UGYLDIG_DATO', status: 400, felt: [{ field: 'mottattDato', message: 'Mottatt dato kan ikke være i fremtiden.' }] });
    expect(kartotek.soknader).toHaveLength(0);
    expect(kartotek.personer).toHaveLength(0);
  });

  it('refuses a service the catalogue does not have, naming its place in the list', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const feil = await feilFra(soknader.registrer(soknad({ tjenester: ['hjemmesykepleie', 'romreise'] })));
    expect(feil).toMatchObject({ kode: 'UKJENT_TJENESTE', status: 400, felt: [{ field: 'tjenester[1]', message: 'Ukjent tjeneste «romreise».' }] });
    expect(kartotek.soknader).toHaveLength(0);
  });

  it('refuses an invalid identity number without repeating it', async () => {
    const { soknader } = lagSaksbehandling();
    const galt = `${FNR.slice(0, 10)}${(Number(FNR[10]) + 1) % 10}`;
    const feil = await feilFra(soknader.registrer(soknad({ person: { fodselsnummer: galt, navn: 'Kari Nordmann' } })));
    expect(feil).toMatchObject({ kode: 'UGYLDIG_FODSELSNUMMER', status: 400, felt: [expect.objectContaining({ field: 'person.fodselsnummer' })] });
    expect(JSON.stringify(feil.felt) + feil.melding).not.toContain(galt);
  });

  it('refuses what is applied for when it names a service twice, one not applied for, or more hours than a week has', async () => {
    const { soknader } = lagSaksbehandling();
    const feil = await feilFra(
      soknader.registrer(
        soknad({
          tjenester: ['hjemmesykepleie'],
          soktOm: [
            { tjenestekode: 'hjemmesykepleie', omfang: 170 },
            { tjenestekode: 'hjemmesykepleie', omfang: 2 },
            { tjenestekode: 'trygghetsalarm' },
          ],
        }),
      ),
    );
    expect(feil.kode).toBe('UGYLDIG_SOKNAD');
    expect(feil.felt).toEqual([
      { field: 'soktOm[0].omfang', message: 'En uke har 168 timer.' },
      { field: 'soktOm[1].tjenestekode', message: 'Tjenesten står to ganger.' },
      { field: 'soktOm[2].tjenestekode', message: 'Søknaden gjelder ikke denne tjenesten.' },
    ]);
  });

  it('lets only a caseworker register, and only for a municipality they act for', async () => {
    const leder = lagSaksbehandling(LEDER);
    expect(await feilFra(leder.soknader.registrer(soknad()))).toMatchObject({ kode: 'MANGLER_ROLLE', status: 403 });
    const sb = lagSaksbehandling();
    expect(await feilFra(sb.soknader.registrer(soknad({ kommunenummer: '1859' })))).toMatchObject({ kode: 'KOMMUNE_IKKE_TILGANG', status: 403 });
    expect(sb.kartotek.soknader).toHaveLength(0);
  });
});

describe('steps of the case (saksflyt)', () => {
  it('withdraws a case: status «trukket», the history row, the confirmation letter and the logged change', async () => {
    const { soknader, kartotek, bestilt } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    const svar = await soknader.utforHandling(sak.id, { handling: 'trekk', versjon: 1, kommentar: 'Ringte og trakk søknaden' });

    expect(svar).toMatchObject({ status: 'trukket', statusnavn: 'Trukket', versjon: 2, personnavn: 'Kari Nordmann' });
    expect(kartotek.historikk.at(-1)).toMatchObject({ fraStatus: 'mottatt', tilStatus: 'trukket', handling: 'trekk', kommentar: 'Ringte og trakk søknaden' });
    expect(bestilt).toEqual([expect.objectContaining({ brevtype: 'trukket', innhold: { trukket: { trukketDato: IDAG, maate: 'muntlig' } } })]);
    expect(kartotek.tilgangslogg.at(-1)).toMatchObject({ handling: 'endre', ressurs: 'soknad', endringer: { status: { fra: 'mottatt', til: 'trukket' } } });
  });

  it('dismisses a case only with a reason, which goes into the decision letter with the complaint deadline', async () => {
    const { soknader, kartotek, bestilt } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    const feil = await feilFra(soknader.utforHandling(sak.id, { handling: 'avvis', versjon: 1, kommentar: '  ' }));
    expect(feil).toMatchObject({ kode: 'MANGLER_BEGRUNNELSE', status: 400, felt: [{ field: 'kommentar', message: 'Skriv grunnen til avvisningen. Den står i brevet til søkeren.' }] });
    expect(kartotek.soknader[0]!.status).toBe('mottatt');
    expect(bestilt).toHaveLength(0);

    await soknader.utforHandling(sak.id, { handling: 'avvis', versjon: 1, kommentar: ' Søkeren bor ikke i kommunen. ' });
    expect(kartotek.soknader[0]!.status).toBe('avvist');
    expect(bestilt).toEqual([expect.objectContaining({ brevtype: 'soknad_avvist', innhold: expect.objectContaining({ soknadsavvisning: { begrunnelse: 'Søkeren bor ikke i kommunen.' } }) })]);
  });

  it('refuses a step made at an old version (someone else changed the case) and leaves the case as it was', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    await soknader.tildel(sak.id, { saksbehandlerId: SAKSBEHANDLER_2.id, saksbehandlerNavn: SAKSBEHANDLER_2.navn, versjon: 1 });
    const feil = await feilFra(soknader.utforHandling(sak.id, { handling: 'trekk', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'UTDATERT_VERSJON', status: 409 });
    expect(feil.melding).toContain('nå versjon 2');
    expect(kartotek.soknader[0]).toMatchObject({ status: 'mottatt', versjon: 2 });
    expect(kartotek.historikk).toHaveLength(1);
  });

  it('refuses a step the state machine does not allow from the case’s status, saying which statuses allow it', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    const feil = await feilFra(soknader.utforHandling(sak.id, { handling: 'avslutt', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'ULOVLIG_OVERGANG', status: 409 });
    expect(feil.melding).toMatch(/^Saken har status «mottatt»\. Handlingen «.+» kan bare gjøres når saken har status /);
    expect(kartotek.soknader[0]!.status).toBe('mottatt');
  });

  it('ends a running service without a decision only for a death or a move, with a journal note and no letter', async () => {
    const { soknader, kartotek, bestilt } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    kartotek.soknader[0]!.status = 'i_gang';
    const feil = await feilFra(soknader.utforHandling(sak.id, { handling: 'avslutt', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'MANGLER_OPPHORSGRUNN', status: 400, felt: [expect.objectContaining({ field: 'opphorsgrunn' })] });

    await soknader.utforHandling(sak.id, { handling: 'avslutt', versjon: 1, opphorsgrunn: 'dod' });
    expect(kartotek.soknader[0]!.status).toBe('avsluttet');
    expect(kartotek.journal).toEqual([expect.objectContaining({ soknadId: sak.id, tekst: expect.stringMatching(new RegExp(`^Tjenesten er avsluttet ${IDAG} uten vedtak fordi `)) })]);
    expect(bestilt).toHaveLength(0);
  });

  it('records an assessment from «mottatt» as the start of the assessment step', async () => {
    const { soknader, kartlegging, kartotek } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad());
    const iplos = Object.fromEntries(IPLOS_KODER.map((kode) => [kode, 2]));
    const svar = await kartlegging.registrer(sak.id, { dato: IDAG, deltakere: ['Søker', 'Saksbehandler'], hjemmebesok: true, iplos, syn: 2, horsel: 2, borAlene: true, hjelpFraFamilie: 'noe', kognitivSvikt: false, versjon: 1 });
    expect(svar.soknadVersjon).toBe(2);
    expect(kartotek.soknader[0]!.status).toBe('under_kartlegging');
    expect(kartotek.historikk.at(-1)).toMatchObject({ handling: 'start_kartlegging', kommentar: 'Kartlegging registrert' });
  });
});

describe('reading cases', () => {
  it('logs every read of a case, and hides a protected address from a caseworker not named on it', async () => {
    const { soknader, kartotek, kontekst } = lagSaksbehandling();
    const sak = await soknader.registrer(soknad({ person: { fodselsnummer: FNR, navn: 'Kari Nordmann', adresse: 'Hemmelig vei 2', strengtFortrolig: true } }));

    const egen = await soknader.hent(sak.id);
    expect(egen.person).toMatchObject({ adresse: 'Hemmelig vei 2', adresseSkjermet: false, fodselsnummerMaskert: expect.not.stringContaining(FNR) });

    kontekst.bruker = SAKSBEHANDLER_2;
    const annen = await soknader.hent(sak.id);
    expect(annen.person).toMatchObject({ adresse: null, adresseSkjermet: true, telefon: null, strengtFortrolig: true });
    expect(kartotek.tilgangslogg.filter((r) => r.handling === 'les')).toEqual([
      expect.objectContaining({ ressurs: 'soknad', soknadId: sak.id, formaal: 'saksbehandling', brukerId: SAKSBEHANDLER.id }),
      expect.objectContaining({ ressurs: 'soknad', soknadId: sak.id, formaal: 'saksbehandling', brukerId: SAKSBEHANDLER_2.id }),
    ]);
  });

  it('answers 404 for a case id that is not a case the caller can see, and logs nothing', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    expect(await feilFra(soknader.hent('00000000-0000-4000-8000-000000000000'))).toMatchObject({ kode: 'IKKE_FUNNET', status: 404, melding: 'Fant ikke søknaden.' });
    expect(await feilFra(soknader.hent('ikke-en-uuid'))).toMatchObject({ kode: 'IKKE_FUNNET', status: 404 });
    expect(kartotek.tilgangslogg).toHaveLength(0);
  });

  it('logs one access-log row per case the work list shows', async () => {
    const { soknader, kartotek } = lagSaksbehandling();
    await soknader.registrer(soknad());
    await soknader.registrer(soknad({ person: { fodselsnummer: ANNET_FNR, navn: 'Ola Nordmann' } }));
    kartotek.tilgangslogg.length = 0;
    const side = await soknader.arbeidsliste({ saksbehandler: 'meg', antall: 1 });
    expect(side).toMatchObject({ totalt: 2, totaltAvkortet: false, side: 1, antall: 1 });
    expect(side.elementer.map((e) => e.personnavn)).toEqual(['Kari Nordmann']);
    expect(kartotek.tilgangslogg).toEqual([expect.objectContaining({ handling: 'les', ressurs: 'arbeidsliste', soknadId: side.elementer[0]!.id, formaal: 'arbeidsliste' })]);
  });
});
