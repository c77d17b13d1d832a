import { lagForsendelse, leveransestatus, postadresse } from './forsendelse.js';
import { mottakerAv } from './svarut-leveranse.js';

const grunnlag = {
  eksternReferanse: '0b6f3c0e-7f7c-4a55-9a55-1c1f0f1d2e3a',
  brevtype: 'vedtak_innvilget',
  saksnummer: '1874-2026-000042',
  dato: '2026-05-04',
  kommunenavn: 'Moskenes',
  organisasjonsnummer: '945039661',
  filnavn: '1874-2026-000042-vedtak_innvilget.pdf',
  avgivendeSystem: 'TK Lofoten saksbehandling',
};

describe('SvarUt forsendelse', () => {
  it('goes to the person digitally with the print address, flagged for health data, the letter id as eksternReferanse', () => {
    const f = lagForsendelse({ ...grunnlag, mottaker: { navn: 'Kari Nordhus', fodselsnummer: '14023812345', adresselinjer: ['Fiskergata 3', '8390 Reine'] } });
    expect(f).toMatchObject({
      eksternReferanse: grunnlag.eksternReferanse,
      krevNiva4Innlogging: true,
      taushetsbelagtPost: true,
      mottaker: { digitalAdresse: { fodselsNummer: '14023812345' }, postAdresse: { navn: 'Kari Nordhus', adresse1: 'Fiskergata 3', postNummer: '8390', postSted: 'Reine', land: 'Norge' } },
      metadataFraAvleverendeSystem: { saksAar: 2026, saksSekvensNummer: 42, journalPostType: 'U' },
      dokumenter: [{ filnavn: grunnlag.filnavn, mimeType: 'application/pdf', inneholderPersonsensitivInformasjon: true }],
    });
    expect(f.tittel).toBe('Vedtak om helse- og omsorgstjenester – sak 1874-2026-000042');
  });

  it('a protected address is not sent: digital only, no postal address', () => {
    const f = lagForsendelse({ ...grunnlag, mottaker: mottakerAv({ part: { navn: 'Skjermet Person', adresselinjer: null }, verge: null }, '14023812345') });
    expect(f.mottaker).toEqual({ digitalAdresse: { fodselsNummer: '14023812345' } });
  });

  it('a guardian gets the letter on paper at the guardian\'s address; a guardian without an address is an error a leader sees', () => {
    const verge = { navn: 'Vera Verge', rolle: 'verge', adresselinjer: ['Postboks 5', '8380 Ramberg'] };
    const m = mottakerAv({ part: { navn: 'Kari Nordhus', adresselinjer: ['Fiskergata 3', '8390 Reine'] }, verge }, '14023812345');
    expect(m).toEqual({ navn: 'Vera Verge', fodselsnummer: null, adresselinjer: ['Postboks 5', '8380 Ramberg'] });
    expect(lagForsendelse({ ...grunnlag, mottaker: m }).mottaker).toEqual({ postAdresse: expect.objectContaining({ navn: 'Vera Verge', postNummer: '8380', postSted: 'Ramberg' }) });
    expect(() => mottakerAv({ part: { navn: 'Kari', adresselinjer: null }, verge: { ...verge, adresselinjer: null } }, '14023812345')).toThrow(/ingen postadresse/);
  });

  it('reads a Norwegian address only when it has a postal code line', () => {
    expect(postadresse('A', ['Storgata 1', '8300 Svolvær'])).toMatchObject({ adresse1: 'Storgata 1', postNummer: '8300', postSted: 'Svolvær' });
    expect(postadresse('A', ['Storgata 1'])).toBeNull();
  });

  it.each([
    ['MOTTATT', 'sendt'],
    ['SENDT_DIGITALT', 'levert_digitalt'],
    ['LEVERT_SDP', 'levert_digitalt'],
    ['SENDT_PRINT', 'sendt_print'],
    ['PRINTET', 'printet'],
    ['LEST', 'lest'],
    ['AVVIST', 'feilet'],
    ['IKKE_LEVERT', 'feilet'],
    ['MANUELT_HANDTERT', 'manuelt_handtert'],
    ['UKJENT', null],
  ])('SvarUt status %s is %s here', (svarut, her) => {
    expect(leveransestatus(svarut)).toBe(her);
  });
});
