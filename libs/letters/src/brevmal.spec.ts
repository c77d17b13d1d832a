import fc from 'fast-check';
import { BREVTYPER, erVedtaksbrev } from './brevtyper.js';
import { paakrevdeSeksjoner } from './paakrevde-seksjoner.js';
import { brukteFlettefelt, validerBrevmal, type Brevmalinnhold } from './brevmal.js';
import { lagBrevdata } from './brevdata.fabrikk.js';
import { flettBrev } from './renderer.js';
import { STANDARD_BREVMALER, standardBrevmal } from './standard-brevmaler.js';

/** A mutable copy of a standard template with one section's text changed. */
function medSeksjon(mal: Brevmalinnhold, id: string, tekst: string | null): Brevmalinnhold {
  const seksjoner = mal.seksjoner
    .filter((s) => tekst !== null || s.id !== id)
    .map((s) => (s.id === id ? { ...s, tekst: tekst! } : { ...s }));
  const utkast = { ...mal, seksjoner };
  return { ...utkast, flettefelt: brukteFlettefelt(utkast) };
}

describe('standard templates', () => {
  it('has one template per letter type and målform (13 × 2)', () => {
    expect(STANDARD_BREVMALER).toHaveLength(26);
    for (const brevtype of BREVTYPER) {
      for (const maalform of ['nb', 'nn'] as const) {
        expect(STANDARD_BREVMALER.filter((m) => m.brevtype === brevtype && m.maalform === maalform)).toHaveLength(1);
      }
    }
  });

  it.each(STANDARD_BREVMALER.map((m) => [m.brevtype, m.maalform, m] as const))('%s/%s validates clean', (_t, _m, mal) => {
    expect(validerBrevmal(mal)).toEqual([]);
  });

  it('decision templates carry every required section', () => {
    for (const mal of STANDARD_BREVMALER.filter((m) => erVedtaksbrev(m.brevtype))) {
      const ider = mal.seksjoner.map((s) => s.id);
      expect(ider).toEqual(expect.arrayContaining(['vedtak', 'fakta', 'regelverk', 'vurdering', 'klage', 'innsyn', 'kontakt']));
    }
  });
});

describe('validerBrevmal: placeholders', () => {
  const grunnmal = standardBrevmal('vedtak_innvilget', 'nb');

  it('names an unknown placeholder', () => {
    const mal = medSeksjon(grunnmal, 'vurdering', '{{vurdering}} Fødselsnummer: {{part.fodselsnummer}}');
    const feil = validerBrevmal(mal);
    expect(feil).toContainEqual({
      field: 'seksjoner.vurdering.tekst',
      message: 'Ukjent flettefelt «part.fodselsnummer» i brevtypen «vedtak_innvilget».',
    });
  });

  it('names a declared placeholder that is not used', () => {
    const mal = { ...grunnmal, flettefelt: [...grunnmal.flettefelt, 'verge.navn'] };
    expect(validerBrevmal(mal)).toEqual([
      { field: 'flettefelt', message: 'Flettefeltet «verge.navn» er deklarert, men brukes ikke i malen.' },
    ]);
  });

  it('names a declared placeholder outside the vocabulary', () => {
    const mal = { ...grunnmal, flettefelt: [...grunnmal.flettefelt, 'part.personnummer'] };
    expect(validerBrevmal(mal)).toEqual([
      { field: 'flettefelt', message: 'Flettefeltet «part.personnummer» er deklarert, men er ukjent for brevtypen «vedtak_innvilget».' },
    ]);
  });

  it('names a used placeholder that is not declared', () => {
    const mal = { ...grunnmal, flettefelt: grunnmal.flettefelt.filter((f) => f !== 'kriterier.versjon') };
    expect(validerBrevmal(mal)).toEqual([
      { field: 'flettefelt', message: 'Flettefeltet «kriterier.versjon» brukes i malen, men er ikke deklarert.' },
    ]);
  });

  it('refuses a placeholder from another letter type', () => {
    const mal = medSeksjon(grunnmal, 'vurdering', '{{vurdering}} {{venteliste.forskrift}}');
    expect(validerBrevmal(mal).map((f) => f.message)).toContain(
      'Flettefeltet «venteliste.forskrift» kan ikke brukes i brevtypen «vedtak_innvilget».',
    );
  });

  it('refuses Object.prototype names such as constructor', () => {
    const mal = medSeksjon(grunnmal, 'vurdering', '{{vurdering}} {{constructor}} {{vurdering.length}}');
    const meldinger = validerBrevmal(mal).map((f) => f.message);
    expect(meldinger).toContain('Ukjent flettefelt «constructor» i brevtypen «vedtak_innvilget».');
    expect(meldinger).toContain('Ukjent flettefelt «vurdering.length» i brevtypen «vedtak_innvilget».');
  });

  it.each([
    ['{{vurdering}} {{>topptekst}}', 'Delmaler ({{>topptekst}}) er ikke tillatt i brevmaler.'],
    ['{{{vurdering}}}', 'Bruk {{vurdering}} i stedet for {{{vurdering}}} eller {{&vurdering}}.'],
    ['{{vurdering}} {{=<% %>=}} <% saksnummer %>', 'Å endre skilletegn ({{=...=}}) er ikke tillatt i brevmaler.'],
    ['{{#vedtak}}{{vurdering}}', 'Ugyldig malsyntaks: Unclosed section "vedtak" at 24.'],
    ['{{vurdering}} {{vedtak}}', 'Flettefeltet «vedtak» er en gruppe og kan ikke skrives ut direkte; bruk {{#vedtak}}...{{/vedtak}}.'],
  ])('refuses %s', (tekst, melding) => {
    const mal = medSeksjon(grunnmal, 'vurdering', tekst);
    expect(validerBrevmal(mal).map((f) => f.message)).toContain(melding);
  });

  it('resolves names inside a list section against the list item first', () => {
    expect(brukteFlettefelt({ ...grunnmal, seksjoner: [{ id: 'x', overskrift: '', tekst: '{{#regler}}{{hjemmel}} {{saksnummer}}{{/regler}}' }] })).toEqual([
      'regler',
      'regler.hjemmel',
      'saksnummer',
    ]);
  });
});

describe('validerBrevmal: required sections of a decision letter', () => {
  it('names the missing complaint section', () => {
    const mal = medSeksjon(standardBrevmal('vedtak_innvilget', 'nb'), 'klage', null);
    const feil = validerBrevmal(mal);
    expect(feil).toContainEqual({
      field: 'seksjoner',
      message: expect.stringContaining('mangler den påkrevde seksjonen «klage»'),
    });
  });

  it('requires the complaint section even when everything is granted, and not for an interim reply', () => {
    expect(validerBrevmal(medSeksjon(standardBrevmal('vedtak_innvilget', 'nn'), 'klage', null))).not.toEqual([]);
    expect(standardBrevmal('foreloepig_svar', 'nb').seksjoner.map((s) => s.id)).not.toContain('klage');
    expect(validerBrevmal(standardBrevmal('foreloepig_svar', 'nb'))).toEqual([]);
  });

  it('names each missing element of the complaint section', () => {
    const mal = medSeksjon(standardBrevmal('vedtak_avslag', 'nb'), 'klage', 'Du kan klage til {{brevhode.klageadresse}} innen tre uker.');
    const meldinger = validerBrevmal(mal).map((f) => `${f.field}: ${f.message}`);
    expect(meldinger).toEqual([
      'seksjoner.klage.tekst: Seksjonen «klage» må ta med klageveiene, én per rettsgrunnlag, med tjenestene og klagefristen: mangler «klageveier», «klageveier.tjenester», «klageveier.klagefrist».',
      'seksjoner.klage.tekst: Seksjonen «klage» må nevne klageveien for rettighetene: 4 uker etter pasient- og brukerrettighetsloven § 7-5, kontoret vurderer saken på nytt og Statsforvalteren i Nordland avgjør (f.eks. «4 uker ... pasient- og brukerrettighetsloven § 7-5 ... på nytt ... Statsforvalteren i Nordland»).',
      'seksjoner.klage.tekst: Seksjonen «klage» må ta med klageveien for rettighetene: 4 uker etter pasient- og brukerrettighetsloven § 7-5, kontoret vurderer saken på nytt og Statsforvalteren i Nordland avgjør: mangler «klageveier.statsforvalteren».',
      'seksjoner.klage.tekst: Seksjonen «klage» må nevne klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør (f.eks. «3 uker ... forvaltningsloven § 29»).',
      'seksjoner.klage.tekst: Seksjonen «klage» må ta med klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør: mangler «klageveier.kommunen», «klageveier.kommunen.klageorgan».',
      'seksjoner.klage.tekst: Seksjonen «klage» må nevne retten til å be om utsatt iverksetting (f.eks. «utsatt iverksetting»).',
      'seksjoner.klage.tekst: Seksjonen «klage» må nevne hjelp fra kontoret og fra pasient- og brukerombudet (f.eks. «hjelp ... pasient- og brukerombudet»).',
    ]);
  });

  it('refuses a complaint section that states only the route of rights: the discretionary services need theirs (fvl. § 29)', () => {
    const gammel = [
      'Du har rett til å klage på vedtaket. Fristen for å klage er 4 uker fra den dagen du mottok vedtaket, jf. pasient- og brukerrettighetsloven § 7-5. Klagen bør derfor være sendt innen {{klagefrist}}.',
      '{{#klageveier}}{{tjenester}} {{klagefrist}}{{#statsforvalteren}}{{/statsforvalteren}}{{/klageveier}}',
      'Klagen sender du til {{brevhode.klageadresse}}. Felles tildelingskontor Lofoten vurderer saken på nytt når vi får klagen. Hvis vi ikke gir deg medhold, sender vi klagen til Statsforvalteren i Nordland, som avgjør saken.',
      'Du kan be om utsatt iverksetting. Trenger du hjelp, kan du kontakte oss eller pasient- og brukerombudet i Nordland.',
    ].join('\n\n');
    expect(validerBrevmal(medSeksjon(standardBrevmal('vedtak_innvilget', 'nb'), 'klage', gammel))).toEqual([
      {
        field: 'seksjoner.klage.tekst',
        message:
          'Seksjonen «klage» må nevne klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør (f.eks. «3 uker ... forvaltningsloven § 29»).',
      },
      {
        field: 'seksjoner.klage.tekst',
        message:
          'Seksjonen «klage» må ta med klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør: mangler «klageveier.kommunen», «klageveier.kommunen.klageorgan».',
      },
    ]);
  });

  it('checks the deadline in the template målform: a nynorsk letter says "4 veker" and "3 veker"', () => {
    const nn = standardBrevmal('vedtak_innvilget', 'nn');
    const klage = nn.seksjoner.find((s) => s.id === 'klage')!.tekst.replace('4 veker', '4 uker').replace('3 veker', '3 uker');
    expect(validerBrevmal(medSeksjon(nn, 'klage', klage)).map((f) => f.message)).toEqual([
      'Seksjonen «klage» må nevne klageveien for rettighetene: 4 uker etter pasient- og brukerrettighetsloven § 7-5, kontoret vurderer saken på nytt og Statsforvalteren i Nordland avgjør (f.eks. «4 veker ... pasient- og brukarrettslova § 7-5 ... på nytt ... Statsforvaltaren i Nordland»).',
      'Seksjonen «klage» må nevne klageveien for skjønnsmessige tjenester: 3 uker etter forvaltningsloven § 29, kontoret vurderer saken på nytt og kommunens klageorgan avgjør (f.eks. «3 veker ... forvaltningslova § 29»).',
    ]);
  });

  it('names missing placeholders in the rules section (criteria version and effective date)', () => {
    const mal = medSeksjon(
      standardBrevmal('vedtak_delvis_innvilget', 'nb'),
      'regelverk',
      '{{#regler}}{{hjemmel}}{{/regler}} Kriterier: {{kriterier.navn}}.',
    );
    expect(validerBrevmal(mal)).toEqual([
      {
        field: 'seksjoner.regelverk.tekst',
        message: 'Seksjonen «regelverk» må ta med tildelingskriteriene med navn, versjon og ikrafttredelse: mangler «kriterier.versjon», «kriterier.gyldigFra».',
      },
    ]);
  });

  it('requires the reasons of each partly granted or refused line in the assessment of those letter types', () => {
    const mal = medSeksjon(standardBrevmal('vedtak_avslag', 'nb'), 'vurdering', 'Her forklarer vi hvorfor.\n\n{{vurdering}}');
    expect(validerBrevmal(mal)).toEqual([
      {
        field: 'seksjoner.vurdering.tekst',
        message: 'Seksjonen «vurdering» må ta med begrunnelsen for hver tjeneste som er delvis innvilget eller avslått: mangler «vedtak.begrunnelse».',
      },
    ]);
    expect(validerBrevmal(medSeksjon(standardBrevmal('vedtak_innvilget', 'nb'), 'vurdering', 'Her forklarer vi hvorfor.\n\n{{vurdering}}'))).toEqual([]);
  });

  it('names missing sections for the right to see documents and the reasons', () => {
    let mal = medSeksjon(standardBrevmal('vedtak_venteliste', 'nn'), 'innsyn', null);
    mal = medSeksjon(mal, 'vurdering', null);
    const meldinger = validerBrevmal(mal).map((f) => f.message);
    expect(meldinger).toEqual(
      expect.arrayContaining([
        expect.stringContaining('mangler den påkrevde seksjonen «innsyn» (retten til å se sakens dokumenter (forvaltningsloven § 18))'),
        expect.stringContaining('mangler den påkrevde seksjonen «vurdering» (begrunnelsen (forvaltningsloven §§ 24–25))'),
      ]),
    );
  });
});

describe('validerBrevmal: a dismissed complaint is a decision too', () => {
  it('the standard templates carry the dismissal, its reasons, the right to complain and to see the documents', () => {
    for (const maalform of ['nb', 'nn'] as const) {
      expect(standardBrevmal('klage_avvist', maalform).seksjoner.map((s) => s.id)).toEqual(expect.arrayContaining(['avvisning', 'begrunnelse', 'klage', 'innsyn']));
    }
  });

  it('names the missing complaint section of a dismissal', () => {
    const mal = medSeksjon(standardBrevmal('klage_avvist', 'nb'), 'klage', null);
    expect(validerBrevmal(mal)).toEqual([
      { field: 'seksjoner', message: 'Vedtaksbrev mangler den påkrevde seksjonen «klage» (retten til å klage på avvisningen (forvaltningsloven § 27 tredje ledd)).' },
    ]);
  });

  it('names a dismissal without the caseworker\'s reasons or the legal basis', () => {
    const mal = medSeksjon(standardBrevmal('klage_avvist', 'nn'), 'begrunnelse', 'Klagen kom for seint.');
    expect(validerBrevmal(mal).map((f) => f.message)).toEqual([
      'Seksjonen «begrunnelse» må ta med saksbehandlerens begrunnelse: mangler «klageavvisning.begrunnelse».',
      'Seksjonen «begrunnelse» må nevne hjemmelen (forvaltningsloven § 33 andre ledd) (f.eks. «forvaltningslova § 33 andre ledd»).',
    ]);
  });

  it('checks the deadline and Statsforvalteren in the dismissal\'s målform', () => {
    const mal = medSeksjon(standardBrevmal('klage_avvist', 'nn'), 'klage', 'Du kan klage innan 3 veker til {{brevhode.klageadresse}}. {{klagefrist}}');
    expect(validerBrevmal(mal).map((f) => f.message)).toEqual([
      'Seksjonen «klage» må nevne klagefristen på 4 uker (f.eks. «4 veker»).',
      'Seksjonen «klage» må nevne at Statsforvalteren i Nordland avgjør klagen (f.eks. «Statsforvaltaren i Nordland»).',
    ]);
  });

  it('requires no sections of the letters that are not decisions', () => {
    for (const brevtype of ['foreloepig_svar', 'innhenting_opplysninger', 'trukket', 'klage_oversendt', 'klage_trukket', 'kvittering'] as const) {
      expect(paakrevdeSeksjoner(brevtype)).toEqual([]);
    }
    expect(paakrevdeSeksjoner('vedtak_avslag').map((s) => s.id)).toContain('klage');
  });
});

describe('validerBrevmal: a dismissed application is a decision too', () => {
  it('the standard templates carry the dismissal, its reasons, the right to complain and to see the documents', () => {
    expect(paakrevdeSeksjoner('soknad_avvist').map((s) => s.id)).toEqual(['avvisning', 'begrunnelse', 'klage', 'innsyn']);
    for (const maalform of ['nb', 'nn'] as const) {
      expect(validerBrevmal(standardBrevmal('soknad_avvist', maalform))).toEqual([]);
    }
  });

  it('names the missing complaint section of a dismissal', () => {
    const mal = medSeksjon(standardBrevmal('soknad_avvist', 'nn'), 'klage', null);
    expect(validerBrevmal(mal)).toEqual([
      { field: 'seksjoner', message: 'Vedtaksbrev mangler den påkrevde seksjonen «klage» (retten til å klage på avvisningen (forvaltningsloven § 27 tredje ledd)).' },
    ]);
  });

  it('names a dismissal without the caseworker\'s reason or the legal basis', () => {
    const mal = medSeksjon(standardBrevmal('soknad_avvist', 'nb'), 'begrunnelse', 'Du bor ikke i kommunen.');
    expect(validerBrevmal(mal).map((f) => f.message)).toEqual([
      'Seksjonen «begrunnelse» må ta med saksbehandlerens begrunnelse: mangler «soknadsavvisning.begrunnelse».',
      'Seksjonen «begrunnelse» må nevne at avvisningen er et enkeltvedtak (forvaltningsloven § 2 tredje ledd) (f.eks. «forvaltningsloven § 2 tredje ledd»).',
      'Seksjonen «begrunnelse» må nevne begrunnelsesplikten (forvaltningsloven §§ 24 og 25) (f.eks. «forvaltningsloven §§ 24 og 25»).',
    ]);
  });

  it('names a dismissal that does not say the application\'s content is not assessed, in its målform', () => {
    const mal = medSeksjon(standardBrevmal('soknad_avvist', 'nn'), 'avvisning', 'Søknaden din om {{soknad.gjelder}} frå {{soknad.mottattDato}} er avvist. Vi har ikke vurdert innhaldet.');
    expect(validerBrevmal(mal).map((f) => f.message)).toEqual([
      'Seksjonen «avvisning» må nevne at innholdet i søknaden ikke er vurdert (f.eks. «vi har ikkje vurdert innhaldet i søknaden»).',
    ]);
  });

  it('a dismissal cannot use a complaint\'s merge fields', () => {
    const mal = medSeksjon(standardBrevmal('soknad_avvist', 'nb'), 'begrunnelse', '{{soknadsavvisning.begrunnelse}} {{klageavvisning.begrunnelse}} forvaltningsloven § 2 tredje ledd, §§ 24 og 25.');
    expect(validerBrevmal(mal).map((f) => f.message)).toContain('Flettefeltet «klageavvisning.begrunnelse» kan ikke brukes i brevtypen «soknad_avvist».');
  });
});

describe('flettBrev: merged values are data, never template', () => {
  it('keeps any string from the merge data verbatim', () => {
    const mal = standardBrevmal('vedtak_innvilget', 'nb');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (tekst) => {
        const { seksjoner } = flettBrev(mal, lagBrevdata('Vågan', { vurdering: `«${tekst}»` }));
        expect(seksjoner.find((s) => s.id === 'vurdering')!.tekst).toContain(`«${tekst}»`);
      }),
      { numRuns: 200 },
    );
  });
});
