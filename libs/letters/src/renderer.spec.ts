import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { Brevdata } from './brevdata.js';
import { lagBrevdata, lagFullBrevdata } from './brevdata.fabrikk.js';
import type { Brevmalinnhold } from './brevmal.js';
import { BrevRenderer, lastBrevfonter, lesBrevfonter, renderBrev, RENDERER_VERSJON, sha256, type Brevmetadata } from './renderer.js';
import { STANDARD_BREVMALER, standardBrevmal } from './standard-brevmaler.js';

// ---- PDF tools (poppler-utils, qpdf): a missing tool fails the test with a clear message ----

const mappe = mkdtempSync(join(tmpdir(), 'tk-brev-'));
afterAll(() => rmSync(mappe, { recursive: true, force: true }));
let teller = 0;

function verktoy(program: string, args: string[]): string {
  try {
    return execFileSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${program} is not installed: install poppler-utils (pdftotext, pdffonts, pdfinfo) and qpdf to run the letter tests`, { cause: e });
    }
    const feil = e as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`${program} ${args.join(' ')} exited with ${feil.status}: ${feil.stdout ?? ''}${feil.stderr ?? ''}`, { cause: e });
  }
}

function somFil(pdf: Buffer): string {
  const fil = join(mappe, `brev-${++teller}.pdf`);
  writeFileSync(fil, pdf);
  return fil;
}

/** The text a reader sees, with line breaks and runs of spaces folded to one space. */
function tekstAv(pdf: Buffer, side?: number): string {
  const sider = side ? ['-f', String(side), '-l', String(side)] : [];
  return verktoy('pdftotext', [...sider, '-enc', 'UTF-8', somFil(pdf), '-']).replace(/\s+/g, ' ');
}

function antallSider(pdf: Buffer): number {
  const m = /^Pages:\s+(\d+)/m.exec(verktoy('pdfinfo', [somFil(pdf)]));
  if (!m) throw new Error('pdfinfo gave no page count');
  return Number(m[1]);
}

function fonter(pdf: Buffer): { navn: string; emb: string }[] {
  const linjer = verktoy('pdffonts', [somFil(pdf)]).trim().split('\n').slice(2);
  return linjer.map((l) => {
    const kolonner = l.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: emb is the 5th column from the end
    return { navn: kolonner[0]!, emb: kolonner[kolonner.length - 5]! };
  });
}

const metadata = (data: Brevdata, tittel = 'Vedtak om helse- og omsorgstjenester'): Brevmetadata => ({
  tittel,
  forfatter: data.saksbehandler.navn,
  emne: 'Vedtak',
  saksnummer: data.saksnummer,
  dato: data.dato,
});

async function render(mal: Brevmalinnhold, data: Brevdata): Promise<Buffer> {
  return renderBrev({ mal, data, metadata: metadata(data) });
}

// ---- A full decision letter, as the party reads it ----

describe.each([
  {
    kommune: 'Moskenes' as const,
    maalform: 'nn' as const,
    forventet: [
      'Moskenes kommune, ved Felles tildelingskontor Lofoten',
      'Unnateke offentlegheit, jf. offentleglova § 13 og forvaltningslova § 13',
      'Saksnummer: 2025/0007',
      'Dato: 12. mars 2025',
      'Praktisk bistand (hjemmehjelp): Innvilga',
      'Omfang: 3 timer per uke',
      'Varigheit: Frå 1. april 2025 inntil vidare. Vedtaket skal evaluerast innan 1. oktober 2025.',
      'Heimel: helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b',
      'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten, versjon 2025.1',
      'Fristen for å klage er 4 veker',
      'Klagen bør difor vere sendt innan 9. april 2025',
      'sender vi klagen til Statsforvaltaren i Nordland',
      'utsett iverksetjing',
      'brukarombodet i Nordland',
      'Du har rett til å sjå dokumenta i saka di, jf. forvaltningslova § 18',
      'Kontaktpersonen din er Ola Olsen',
      'Med venleg helsing Kari Nordmann Rådgiver',
    ],
  },
  {
    kommune: 'Vågan' as const,
    maalform: 'nb' as const,
    forventet: [
      'Vågan kommune, ved Felles tildelingskontor Lofoten',
      'Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13',
      'Saksnummer: 2025/0142',
      'Praktisk bistand (hjemmehjelp): Innvilget',
      'Omfang: 3 timer per uke',
      'Varighet: Fra 1. april 2025 inntil videre. Vedtaket skal evalueres innen 1. oktober 2025.',
      'Hjemmel: helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 b',
      'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten, versjon 2025.1',
      'Fristen for å klage er 4 uker',
      'sender vi klagen til Statsforvalteren i Nordland',
      'utsatt iverksetting',
      'brukerombudet i Nordland',
      'Du har rett til å se dokumentene i saken din, jf. forvaltningsloven § 18',
      'Med vennlig hilsen Kari Nordmann Rådgiver',
    ],
  },
])('decision letter for $kommune ($maalform)', ({ kommune, maalform, forventet }) => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await render(standardBrevmal('vedtak_innvilget', maalform), lagBrevdata(kommune));
  });

  it('says what the reader must be told', () => {
    const tekst = tekstAv(pdf);
    for (const f of forventet) expect(tekst).toContain(f);
    expect(tekst).toContain('Side 1 av');
  });

  it('keeps Norwegian and Sami letters', () => {
    const tekst = tekstAv(pdf);
    expect(tekst).toContain('Ánde Máhtte Čuđe-Ŋuolla');
    expect(tekst).toContain('ČĐŊŠŦŽ čđŋšŧž');
    expect(tekst).toContain('Rengjøring hver tredje uke');
  });

  it('embeds every font and never uses a standard 14 font', () => {
    const liste = fonter(pdf);
    expect(liste.length).toBeGreaterThan(0);
    for (const f of liste) {
      expect(f).toEqual({ navn: expect.stringMatching(/\+DejaVuSans(-Bold)?$/), emb: 'yes' });
    }
    expect(pdf.includes('Helvetica')).toBe(false);
  });

  it('passes qpdf --check', () => {
    expect(verktoy('qpdf', ['--check', somFil(pdf)])).toContain('No syntax or stream encoding errors found');
  });

  it('declares PDF/A-2b in XMP, with an sRGB output intent, tagged, in the letter language', () => {
    const xmp = verktoy('pdfinfo', ['-meta', somFil(pdf)]);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain(`<xmp:CreatorTool>${RENDERER_VERSJON}</xmp:CreatorTool>`);
    const raa = pdf.toString('latin1');
    expect(raa).toMatch(/\/S \/GTS_PDFA1/);
    expect(raa).toContain('(sRGB IEC61966-2.1)');
    expect(raa).toContain(`/Lang (${maalform}-NO)`);
    expect(raa).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(verktoy('pdfinfo', [somFil(pdf)])).toMatch(/^Tagged:\s+yes/m);
  });
});

describe('all standard templates', () => {
  it.each(STANDARD_BREVMALER.map((m) => [m.brevtype, m.maalform, m] as const))(
    '%s/%s renders its title and letterhead',
    async (_t, _m, mal) => {
      const data = lagFullBrevdata('Moskenes');
      if (mal.brevtype === 'vedtak_avslag') data.vedtak = data.vedtak!.map((v) => ({ ...v, utfall: 'avslag' as const }));
      if (mal.brevtype === 'vedtak_venteliste') {
        data.vedtak = [{ ...data.vedtak![0]!, tjeneste: 'Langtidsopphold i sykehjem', utfall: 'venteliste', startdato: null }];
      }
      const tekst = tekstAv(await render(mal, data));
      expect(tekst).toContain(mal.tittel);
      expect(tekst).toContain('Moskenes kommune, ved Felles tildelingskontor Lofoten');
      expect(tekst).toContain('Side 1 av');
    },
  );

  it('a waiting-list letter names the waiting list and the services meanwhile', async () => {
    const data = lagFullBrevdata('Vågan');
    data.vedtak = [{ ...data.vedtak![0]!, tjeneste: 'Langtidsopphold i sykehjem', utfall: 'venteliste', startdato: null, omfang: null }];
    const tekst = tekstAv(await render(standardBrevmal('vedtak_venteliste', 'nb'), data));
    expect(tekst).toContain('Langtidsopphold i sykehjem: Vilkårene er oppfylt – satt på venteliste');
    expect(tekst).toContain('satt på venteliste fra 12. mars 2025, jf. Forskrift om langtidsopphold i sykehjem, Vågan kommune');
    expect(tekst).toContain('Helsetjenester i hjemmet: 2 besøk per dag');
    expect(tekst).toContain('ikke etter hvor lenge man har ventet');
  });

  it('refuses a waiting-list letter that cites the regulation by the municipality\'s number (422 naming venteliste.forskrift)', async () => {
    const data = lagFullBrevdata('Vågan');
    data.vedtak = [{ ...data.vedtak![0]!, tjeneste: 'Langtidsopphold i sykehjem', utfall: 'venteliste', startdato: null, omfang: null }];
    data.venteliste = { ...data.venteliste!, forskrift: `Forskrift om tildeling av langtidsopphold, ${data.brevhode.kommunenummer}` };
    const feil = await render(standardBrevmal('vedtak_venteliste', 'nb'), data).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect((feil as DomeneFeil).felt).toEqual([{ field: 'venteliste.forskrift', message: expect.stringContaining('fullt navn') }]);
  });

  it('leaves out the egenandel section when there is none', async () => {
    const med = tekstAv(await render(standardBrevmal('vedtak_innvilget', 'nb'), lagBrevdata('Vågan')));
    const uten = tekstAv(await render(standardBrevmal('vedtak_innvilget', 'nb'), lagBrevdata('Vågan', { egenandel: null })));
    expect(med).toContain('Egenandel Praktisk bistand har egenandel');
    expect(uten).not.toContain('Egenandel');
  });
});

describe('complaint letters', () => {
  it.each([
    {
      maalform: 'nb' as const,
      forventet: [
        'Vedtak om avvisning av klagen din',
        'Vi viser til klagen din, som vi fikk 20. mai 2025, på vedtaket av 12. mars 2025',
        'Klagen er derfor avvist',
        'vedtaket av 12. mars 2025 står ved lag',
        'Klagen kom sju uker etter fristen, og du har ikke oppgitt noen grunn til at den kom for sent.',
        'forvaltningsloven § 33 andre ledd',
        'Fristen for å klage er 4 uker',
        'Klagen bør derfor være sendt innen 9. april 2025',
        'Statsforvalteren i Nordland, som avgjør saken',
        'Du har rett til å se dokumentene i saken din, jf. forvaltningsloven § 18',
      ],
    },
    {
      maalform: 'nn' as const,
      forventet: [
        'Vedtak om avvising av klagen din',
        'Vi viser til klagen din, som vi fekk 20. mai 2025, på vedtaket frå 12. mars 2025',
        'Klagen er difor avvist',
        'vedtaket frå 12. mars 2025 står ved lag',
        'Klagen kom sju uker etter fristen',
        'forvaltningslova § 33 andre ledd',
        'Fristen for å klage er 4 veker',
        'Statsforvaltaren i Nordland, som avgjer saka',
        'Du har rett til å sjå dokumenta i saka di, jf. forvaltningslova § 18',
      ],
    },
  ])('a dismissal ($maalform) gives the reason, the legal basis and the right to complain', async ({ maalform, forventet }) => {
    const tekst = tekstAv(await render(standardBrevmal('klage_avvist', maalform), lagFullBrevdata('Vågan')));
    for (const f of forventet) expect(tekst).toContain(f);
  });

  it('a withdrawal says Statsforvalteren is told only when the complaint had been forwarded', async () => {
    const mal = standardBrevmal('klage_trukket', 'nb');
    const ikkeOversendt = tekstAv(await render(mal, lagFullBrevdata('Vågan')));
    expect(ikkeOversendt).toContain('Den 2. april 2025 registrerte vi at du har trukket klagen.');
    expect(ikkeOversendt).toContain('vedtaket av 12. mars 2025 står ved lag');
    expect(ikkeOversendt).not.toContain('Statsforvalteren');

    const data = lagFullBrevdata('Vågan', { klagetrekking: { mottattDato: '2025-03-20', vedtaksdato: '2025-03-12', trukketDato: '2025-04-02', oversendtDato: '2025-03-27' } });
    const oversendt = tekstAv(await render(mal, data));
    expect(oversendt).toContain('Klagen var sendt til Statsforvalteren i Nordland 27. mars 2025. Vi gir Statsforvalteren beskjed om at du har trukket klagen');
  });

  it('a dismissal without its reason is refused, naming the field', async () => {
    const data = lagFullBrevdata('Vågan', { klageavvisning: { mottattDato: '2025-05-20', vedtaksdato: '2025-03-12', begrunnelse: '' } });
    await expect(render(standardBrevmal('klage_avvist', 'nb'), data)).rejects.toMatchObject({
      kode: 'BREVDATA_UGYLDIG',
      felt: [{ field: 'klageavvisning.begrunnelse', message: 'Flettefeltet «klageavvisning.begrunnelse» mangler.' }],
    });
  });
});

describe('letters that close an application', () => {
  it.each([
    {
      maalform: 'nb' as const,
      forventet: [
        'Vedtak om avvisning av søknaden din',
        'Vi viser til søknaden din om praktisk bistand og helsetjenester i hjemmet, som vi fikk 10. februar 2025.',
        'Søknaden er derfor avvist. Det betyr at vi ikke har vurdert innholdet i søknaden',
        'Du bor i Bodø og oppholder deg ikke i Vågan.',
        'forvaltningsloven § 2 tredje ledd',
        'forvaltningsloven §§ 24 og 25',
        'Du kan søke på nytt når vilkårene for å behandle søknaden er oppfylt',
        'Fristen for å klage er 4 uker',
        'Klagen bør derfor være sendt innen 9. april 2025',
        'Klagen sender du til Felles tildelingskontor Lofoten, Postboks 403, 8305 Svolvær',
        'Statsforvalteren i Nordland, som avgjør saken',
        'Du har rett til å se dokumentene i saken din, jf. forvaltningsloven § 18',
        'Kontaktpersonen din er Ola Olsen, telefon 76 00 00 01',
      ],
    },
    {
      maalform: 'nn' as const,
      forventet: [
        'Vedtak om avvising av søknaden din',
        'Vi viser til søknaden din om praktisk bistand og helsetjenester i hjemmet, som vi fekk 10. februar 2025.',
        'Søknaden er difor avvist. Det betyr at vi ikkje har vurdert innhaldet i søknaden',
        'Du bor i Bodø og oppholder deg ikke i Vågan.',
        'forvaltningslova § 2 tredje ledd',
        'Du kan søkje på nytt',
        'Fristen for å klage er 4 veker',
        'Statsforvaltaren i Nordland, som avgjer saka',
        'Du har rett til å sjå dokumenta i saka di, jf. forvaltningslova § 18',
      ],
    },
  ])('a dismissal ($maalform) names the application and gives the reason verbatim, the legal basis and the right to complain', async ({ maalform, forventet }) => {
    const tekst = tekstAv(await render(standardBrevmal('soknad_avvist', maalform), lagFullBrevdata('Vågan')));
    for (const f of forventet) expect(tekst).toContain(f);
  });

  it('a dismissal without its reason is refused, naming the field', async () => {
    const data = lagFullBrevdata('Vågan', { soknadsavvisning: { begrunnelse: '' } });
    await expect(render(standardBrevmal('soknad_avvist', 'nb'), data)).rejects.toMatchObject({
      kode: 'BREVDATA_UGYLDIG',
      felt: [{ field: 'soknadsavvisning.begrunnelse', message: 'Flettefeltet «soknadsavvisning.begrunnelse» mangler.' }],
    });
  });

  it.each([
    ['nb', 'telefon', 'Den 5. mars 2025 ga du oss beskjed på telefon om at du trekker søknaden.'],
    ['nb', 'muntlig', 'ga du oss beskjed muntlig om at du trekker søknaden'],
    ['nb', 'skriftlig', 'ga du oss beskjed skriftlig om at du trekker søknaden'],
    ['nb', 'digital', 'ga du oss beskjed digitalt om at du trekker søknaden'],
    ['nn', 'telefon', 'Den 5. mars 2025 gav du oss melding på telefon om at du trekkjer søknaden.'],
    ['nn', 'muntlig', 'gav du oss melding munnleg om at du trekkjer søknaden'],
    ['nn', 'skriftlig', 'gav du oss melding skriftleg om at du trekkjer søknaden'],
    ['nn', 'digital', 'gav du oss melding digitalt om at du trekkjer søknaden'],
  ] as const)('a withdrawal (%s) says how it came: %s', async (maalform, maate, forventet) => {
    const data = lagFullBrevdata('Vågan', { trukket: { trukketDato: '2025-03-05', maate } });
    expect(tekstAv(await render(standardBrevmal('trukket', maalform), data))).toContain(forventet);
  });

  it('a withdrawal with a way the vocabulary does not know is refused, naming the field and not the value', async () => {
    const data = lagFullBrevdata('Vågan', { trukket: { trukketDato: '2025-03-05', maate: 'i en telefonsamtale' as never } });
    await expect(render(standardBrevmal('trukket', 'nb'), data)).rejects.toMatchObject({
      kode: 'BREVDATA_UGYLDIG',
      felt: [{ field: 'trukket.maate', message: 'Flettefeltet «trukket.maate» må være en av: telefon, muntlig, skriftlig, digital.' }],
    });
  });
});

describe('recipient with a protected address', () => {
  const mal = standardBrevmal('foreloepig_svar', 'nb');
  const medDel = (overstyr: Partial<Brevdata>): Brevdata => lagFullBrevdata('Vågan', overstyr);

  it('prints "Adresse skjermet" and no address when there is no representative', async () => {
    const tekst = tekstAv(await render(mal, medDel({ part: { navn: 'Per Hansen', adresselinjer: null } })));
    expect(tekst).toContain('Per Hansen Adresse skjermet');
    expect(tekst).not.toContain('Storgata 1');
  });

  it('sends via the representative', async () => {
    const data = medDel({
      part: { navn: 'Per Hansen', adresselinjer: null },
      verge: { navn: 'Lise Verge', rolle: 'verge', adresselinjer: ['Vergeveien 2', '8373 Ballstad'] },
    });
    const tekst = tekstAv(await render(mal, data));
    expect(tekst).toContain('Lise Verge Vergeveien 2 8373 Ballstad');
    expect(tekst).toContain('Saken gjelder: Per Hansen');
    expect(tekst).not.toContain('Kopi til');
  });

  it('is addressed to the representative with the party named (fvl. § 12), and copies the party', async () => {
    const data = medDel({ verge: { navn: 'Lise Verge', rolle: 'verge', adresselinjer: ['Vergeveien 2'] } });
    const tekst = tekstAv(await render(mal, data));
    expect(tekst).toContain('Lise Verge Vergeveien 2');
    expect(tekst).toMatch(/Saken gjelder: Ánde Máhtte Čuđe-?Ŋuolla/);
    expect(tekst).not.toContain('Storgata 1');
    expect(tekst).toContain('Kopi til: Ánde Máhtte Čuđe-Ŋuolla');
  });

  it('copies a representative without an address, and writes to the party', async () => {
    const data = medDel({ verge: { navn: 'Lise Verge', rolle: 'verge', adresselinjer: null } });
    const tekst = tekstAv(await render(mal, data));
    expect(tekst).toContain('Storgata 1');
    expect(tekst).toContain('Kopi til: Lise Verge (verge)');
  });
});

describe('template injection', () => {
  it('prints merge data verbatim: template syntax, markup and SQL are just text', async () => {
    const farlig = "{{#x}}boom{{/x}} {{saksnummer}} <script>alert('x')</script> '; DROP TABLE vedtak; --";
    const data = lagBrevdata('Vågan', { vurdering: farlig });
    data.fakta = { ...data.fakta!, partensSyn: '{{>partial}} {{{triple}}}' };
    const tekst = tekstAv(await render(standardBrevmal('vedtak_innvilget', 'nb'), data));
    expect(tekst).toContain("{{#x}}boom{{/x}} {{saksnummer}} <script>alert('x')</script> '; DROP TABLE vedtak; --");
    expect(tekst).toContain('{{>partial}} {{{triple}}}');
  });

  it('refuses a function in the merge data (Mustache would call it)', async () => {
    let kalt = false;
    const lambda = (): string => {
      kalt = true;
      return 'kjørt';
    };
    const data = lagBrevdata('Vågan', { vurdering: lambda as unknown as string });
    const feil = await render(standardBrevmal('vedtak_innvilget', 'nb'), data).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect(feil).toMatchObject({
      kode: 'BREVDATA_UGYLDIG',
      felt: [{ field: 'data.vurdering', message: 'Flettedata kan ikke inneholde funksjoner: «data.vurdering» er en funksjon.' }],
    });
    expect(kalt).toBe(false);
  });

  it('refuses a function anywhere, even outside the vocabulary, and a getter', async () => {
    const data = { ...lagBrevdata('Vågan'), ekstra: { hjelp: () => 'x' } } as unknown as Brevdata;
    await expect(render(standardBrevmal('vedtak_innvilget', 'nb'), data)).rejects.toMatchObject({
      felt: [{ field: 'data.ekstra.hjelp' }],
    });
    const medGetter = lagBrevdata('Vågan');
    Object.defineProperty(medGetter, 'saksnummer', { get: () => '1', enumerable: true });
    await expect(render(standardBrevmal('vedtak_innvilget', 'nb'), medGetter)).rejects.toMatchObject({
      felt: [{ field: 'data.saksnummer' }],
    });
  });

  it('refuses an invalid template at render time too', async () => {
    const mal = { ...standardBrevmal('vedtak_innvilget', 'nb'), seksjoner: [] };
    await expect(render(mal, lagBrevdata('Vågan'))).rejects.toMatchObject({ kode: 'BREVMAL_UGYLDIG' });
  });
});

describe('merge data rules', () => {
  it('an open-ended grant without an evaluation date is refused, naming the field', async () => {
    const data = lagBrevdata('Vågan');
    data.vedtak = [{ ...data.vedtak![0]!, sluttdato: null, evalueringsdato: null }];
    await expect(render(standardBrevmal('vedtak_innvilget', 'nb'), data)).rejects.toMatchObject({
      kode: 'BREVDATA_UGYLDIG',
      felt: [{ field: 'vedtak[0].evalueringsdato' }],
    });
  });

  it('names missing and malformed required data without echoing values', async () => {
    const data = lagBrevdata('Vågan', { kriterier: undefined });
    data.klageveier = [{ ...data.klageveier![0]!, klagefrist: '2025-02-30' }];
    const feil = (await render(standardBrevmal('vedtak_innvilget', 'nb'), data).catch((e: unknown) => e)) as DomeneFeil;
    expect(feil.felt).toHaveLength(2);
    expect(feil.felt).toEqual(
      expect.arrayContaining([
        { field: 'kriterier', message: 'Flettefeltet «kriterier» mangler.' },
        { field: 'klageveier[0].klagefrist', message: 'Flettefeltet «klageveier[0].klagefrist» må være en gyldig dato (ÅÅÅÅ-MM-DD).' },
      ]),
    );
  });
});

describe('page numbers', () => {
  it('a multi-page letter says "Side X av Y" on every page', async () => {
    const lang = Array.from({ length: 70 }, (_, i) => `Avsnitt ${i + 1} i vurderingen. Vi har lagt vekt på opplysningene i saken.`).join('\n\n');
    const pdf = await render(standardBrevmal('vedtak_delvis_innvilget', 'nb'), lagBrevdata('Vågan', { vurdering: lang }));
    const n = antallSider(pdf);
    expect(n).toBeGreaterThanOrEqual(3);
    for (let side = 1; side <= n; side++) {
      const tekst = tekstAv(pdf, side);
      expect(tekst).toContain(`Side ${side} av ${n}`);
      expect(tekst).toContain('Saksnummer 2025/0142');
      for (let annen = 1; annen <= n; annen++) if (annen !== side) expect(tekst).not.toContain(`Side ${annen} av`);
    }
    expect(tekstAv(pdf)).toContain('Avsnitt 70 i vurderingen');
  });
});

describe('renderer plumbing', () => {
  it('text stays extractable when later letters reuse glyphs first seen as parts of Á and č', async () => {
    const renderer = new BrevRenderer(lesBrevfonter());
    const mal = standardBrevmal('trukket', 'nb');
    const forste = lagFullBrevdata('Vågan', { part: { navn: 'Ánde Čáhppes', adresselinjer: ['Storgata 1'] } });
    await renderer.render({ mal, data: forste, metadata: metadata(forste) });
    const andre = lagFullBrevdata('Vågan', { part: { navn: 'Anna Scott', adresselinjer: ['Storgata 1'] } });
    const tekst = tekstAv(await renderer.render({ mal, data: andre, metadata: metadata(andre) }));
    expect(tekst).toContain('Anna Scott');
  });

  it('loads the fonts once per process', () => {
    expect(lastBrevfonter()).toBe(lastBrevfonter());
  });

  it('sha256 is the hex SHA-256 of the bytes', () => {
    expect(sha256(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('XML-unsafe metadata does not break the XMP packet', async () => {
    const data = lagBrevdata('Vågan');
    const pdf = await new BrevRenderer().render({
      mal: standardBrevmal('trukket', 'nb'),
      data: lagFullBrevdata('Vågan'),
      metadata: { ...metadata(data), tittel: 'Sak <1> & "2"' },
    });
    const xmp = verktoy('pdfinfo', ['-meta', somFil(pdf)]);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Sak 1 og 2</rdf:li>');
    expect(verktoy('pdfinfo', [somFil(pdf)])).toMatch(/^Title:\s+Sak 1 og 2$/m);
  });
});
