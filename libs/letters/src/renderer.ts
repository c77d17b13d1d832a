import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Mustache from 'mustache';
import PDFDocument from 'pdfkit';
import { DomeneFeil, type IsoDato, type Maalform } from '../../domain/src/felles/typer.js';
import type { Brevdata } from './brevdata.js';
import { brukteFlettefelt, validerBrevmal, type Brevmalinnhold } from './brevmal.js';
import { avsenderlinje, formaterDato, lagFlettevisning, type Flettevisning } from './flettedata.js';

/**
 * Stored with every letter. Bump it whenever the layout, the fixed texts or the fonts change: an
 * archived letter is never re-rendered, and the version tells which code made its bytes.
 */
export const RENDERER_VERSJON = 'tk-brev/1.0.0+pdfkit-0.20';

/** Document metadata (PDF Info and XMP). */
export interface Brevmetadata {
  /** The PDF's Title; by default the letter's own title as the reader sees it ("Vedtak om …"). */
  tittel?: string;
  forfatter: string;
  emne: string;
  saksnummer: string;
  dato: IsoDato;
}

export interface RenderInput {
  mal: Brevmalinnhold;
  data: Brevdata;
  metadata: Brevmetadata;
}

/** SHA-256 of the exact bytes sent, hex. */
export function sha256(buffer: Uint8Array): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/** The parts of a fontkit font we use; pdfkit accepts the object itself as a font source. */
interface FontkitFont {
  postscriptName: string;
  characterSet: number[];
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): unknown;
}

export interface Brevfonter {
  vanlig: FontkitFont;
  fet: FontkitFont;
}

const krev = createRequire(import.meta.url);
let fontCache: Brevfonter | null = null;

/**
 * Reads and parses DejaVu Sans (regular and bold). It covers Norwegian (æ ø å) and North Sami
 * (á č đ ŋ š ŧ ž). pdfkit's standard 14 fonts are never used: they are not embedded (so not
 * PDF/A) and lack the Sami letters.
 *
 * Sharing one parsed font between documents has a trap: fontkit caches glyph objects, and the
 * first document whose subset contains a composite glyph (Á, č) creates its components (A, c)
 * without code points. Every later document then writes no ToUnicode entry for A and c, and
 * the letter's text can no longer be extracted or searched ("vsnitt" for "Avsnitt"). We fill
 * the cache from the cmap, lowest code point first, before the font is shared (so the result no
 * longer depends on which letter the process happened to render first).
 */
export function lesBrevfonter(): Brevfonter {
  const fontkit = krev('fontkit') as { create(data: Buffer): FontkitFont };
  const les = (fil: string): FontkitFont => {
    const font = fontkit.create(readFileSync(krev.resolve(`dejavu-fonts-ttf/ttf/${fil}`)));
    for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
      // Not the ligature code points (ﬀ ﬁ ﬂ ...): those glyphs must keep the code points layout
      // gives them ("f", "i"), so "offentlighet" is extracted as typed.
      if (cp < 0xfb00 || cp > 0xfb4f) font.glyphForCodePoint(cp);
    }
    return font;
  };
  return { vanlig: les('DejaVuSans.ttf'), fet: les('DejaVuSans-Bold.ttf') };
}

/**
 * The fonts, read once per process and shared by every document. Passing the parsed object
 * instead of a path avoids reading and parsing the file per letter (issue 5: about 70 against
 * 20 pages per second).
 */
export function lastBrevfonter(): Brevfonter {
  fontCache ??= lesBrevfonter();
  return fontCache;
}

const TEKSTER = {
  nb: {
    unntatt: 'Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13',
    saksnummer: 'Saksnummer',
    dato: 'Dato',
    adresseSkjermet: 'Adresse skjermet',
    hilsen: 'Med vennlig hilsen',
    elektronisk: 'Brevet er godkjent elektronisk og har derfor ingen håndskrevet signatur.',
    kopi: 'Kopi til',
    gjelder: 'Saken gjelder',
    side: (i: number, n: number) => `Side ${i} av ${n}`,
    orgnr: 'Org.nr.',
    telefon: 'Telefon',
    epost: 'E-post',
  },
  nn: {
    unntatt: 'Unnateke offentlegheit, jf. offentleglova § 13 og forvaltningslova § 13',
    saksnummer: 'Saksnummer',
    dato: 'Dato',
    adresseSkjermet: 'Adresse skjerma',
    hilsen: 'Med venleg helsing',
    elektronisk: 'Brevet er godkjent elektronisk og har difor inga handskriven underskrift.',
    kopi: 'Kopi til',
    gjelder: 'Saka gjeld',
    side: (i: number, n: number) => `Side ${i} av ${n}`,
    orgnr: 'Org.nr.',
    telefon: 'Telefon',
    epost: 'E-post',
  },
} as const;

const MARG = { top: 50, bottom: 64, left: 62, right: 62 };
const FARGE_TEKST = '#000000';
const FARGE_DEMPET = '#444444';

/**
 * Renders letters as PDF/A-2b with pdfkit. Holds the fonts (loaded once) and nothing else, so one
 * instance serves a whole worker process. Never re-render an archived letter with it: the stored
 * bytes are the letter.
 */
export class BrevRenderer {
  private readonly fonter: Brevfonter;

  constructor(fonter: Brevfonter = lastBrevfonter()) {
    this.fonter = fonter;
  }

  /**
   * Validates the template again (a stored template may have been changed behind our back),
   * builds the merge view from the whitelist vocabulary, and lays the letter out.
   * @throws DomeneFeil BREVMAL_UGYLDIG / BREVDATA_UGYLDIG naming each field (never a value).
   */
  async render({ mal, data, metadata }: RenderInput): Promise<Buffer> {
    const { tittel, seksjoner, visning } = flettBrev(mal, data);
    const rens = (x: string): string => this.sikkerTekst(x);
    return this.tegn(
      mal.maalform,
      data,
      visning,
      rens(tittel),
      seksjoner.map((x) => ({ ...x, overskrift: rens(x.overskrift), tekst: rens(x.tekst) })),
      { ...metadata, tittel: metadata.tittel ?? rens(tittel) },
    );
  }

  /** NFC, no control characters, and nothing the font cannot draw (PDF/A forbids .notdef). */
  private sikkerTekst(tekst: string): string {
    let ut = '';
    for (const tegn of tekst.normalize('NFC')) {
      const cp = tegn.codePointAt(0)!;
      if (tegn === '\n') ut += tegn;
      else if (tegn === '\t') ut += ' ';
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      else if (!this.fonter.vanlig.hasGlyphForCodePoint(cp) || !this.fonter.fet.hasGlyphForCodePoint(cp)) ut += '?';
      else ut += tegn;
    }
    return ut;
  }

  private tegn(
    maalform: Maalform,
    data: Brevdata,
    visning: Flettevisning,
    tittel: string,
    seksjoner: { id: string; overskrift: string; tekst: string }[],
    metadata: Brevmetadata,
  ): Promise<Buffer> {
    const t = TEKSTER[maalform];
    const st = (s: string): string => this.sikkerTekst(s);
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARG,
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      tagged: true,
      displayTitle: true,
      bufferPages: true,
      lang: maalform === 'nn' ? 'nn-NO' : 'nb-NO',
      // Set the embedded font at construction so pdfkit never loads its Helvetica default.
      // (@types/pdfkit says string, but pdfkit accepts a fontkit font object here.)
      font: this.fonter.vanlig as unknown as string,
      info: {
        Title: rensMetadata(metadata.tittel ?? tittel),
        Author: rensMetadata(metadata.forfatter),
        Subject: rensMetadata(metadata.emne),
        Keywords: rensMetadata(`${metadata.saksnummer}; ${metadata.dato}`),
        Creator: RENDERER_VERSJON,
      },
    });
    const deler: Buffer[] = [];
    const ferdig = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (d: Buffer) => deler.push(d));
      doc.on('end', () => resolve(Buffer.concat(deler)));
      doc.on('error', reject);
    });
    doc.registerFont('Brev', this.fonter.vanlig as unknown as string);
    doc.registerFont('Brev-Fet', this.fonter.fet as unknown as string);
    doc.font('Brev').fillColor(FARGE_TEKST);

    const bredde = doc.page.width - MARG.left - MARG.right;
    const rot = doc.struct('Document');
    doc.addStructure(rot);
    const blokk = (type: string, tegning: () => void): void => {
      rot.add(doc.struct(type, {}, tegning));
    };
    const plassIgjen = (): number => doc.page.height - MARG.bottom - doc.y;

    // Letterhead: the office decides on the municipality's behalf, and says so.
    const hode = data.brevhode;
    blokk('P', () => {
      doc.font('Brev-Fet').fontSize(13).text(st(avsenderlinje(hode.kommunenavn)), MARG.left, MARG.top, { width: bredde });
    });
    blokk('P', () => {
      doc
        .font('Brev')
        .fontSize(8.5)
        .fillColor(FARGE_DEMPET)
        .text(st(hode.adresselinjer.join(' · ')), { width: bredde })
        .text(st(`${t.orgnr} ${hode.organisasjonsnummer} · ${t.telefon} ${hode.telefon} · ${t.epost} ${hode.epost}`), { width: bredde })
        .fillColor(FARGE_TEKST);
    });
    doc.moveDown(0.6);
    blokk('P', () => {
      doc.font('Brev-Fet').fontSize(9).text(st(t.unntatt), { width: bredde });
    });
    doc.moveDown(1.2);

    // Recipient (left) and case number/date (right).
    const toppMottaker = doc.y;
    const mottakerBredde = bredde * 0.58;
    blokk('P', () => {
      doc.font('Brev').fontSize(10.5).text(st(mottakerlinjer(data, t.adresseSkjermet).join('\n')), MARG.left, toppMottaker, {
        width: mottakerBredde,
      });
    });
    const bunnMottaker = doc.y;
    const hoyreX = MARG.left + mottakerBredde + 12;
    blokk('P', () => {
      doc
        .font('Brev')
        .fontSize(9.5)
        .text(st(`${t.saksnummer}: ${data.saksnummer}\n${t.dato}: ${formaterDato(data.dato)}${tilRepresentant(data) ? `\n${t.gjelder}: ${data.part.navn}` : ''}`), hoyreX, toppMottaker, {
          width: bredde - mottakerBredde - 12,
        });
    });
    doc.x = MARG.left;
    doc.y = Math.max(bunnMottaker, doc.y) + 28;

    blokk('H1', () => {
      doc.font('Brev-Fet').fontSize(15).text(tittel, MARG.left, doc.y, { width: bredde });
    });
    doc.moveDown(0.5);

    for (const seksjon of seksjoner) {
      if (plassIgjen() < 70) doc.addPage();
      if (seksjon.overskrift) {
        doc.moveDown(0.5);
        blokk('H2', () => {
          doc.font('Brev-Fet').fontSize(11.5).text(seksjon.overskrift, MARG.left, doc.y, { width: bredde });
        });
        doc.moveDown(0.25);
      }
      for (const avsnitt of seksjon.tekst.split(/\n[ \t]*\n+/)) {
        for (const del of delAvsnitt(avsnitt)) {
          blokk('P', () => {
            doc.font('Brev').fontSize(10.5);
            if (del.punkt) {
              const y = doc.y;
              doc.text('•', MARG.left + 6, y, { lineBreak: false });
              doc.text(del.tekst, MARG.left + 18, y, { width: bredde - 18, lineGap: 1.5 });
            } else {
              doc.text(del.tekst, MARG.left, doc.y, { width: bredde, lineGap: 1.5 });
            }
          });
        }
        doc.moveDown(0.55);
      }
    }

    // Signature: keep it together on one page.
    if (plassIgjen() < 110) doc.addPage();
    doc.moveDown(0.8);
    const signatur = [t.hilsen, '', data.saksbehandler.navn, data.saksbehandler.tittel, 'Felles tildelingskontor Lofoten'];
    blokk('P', () => {
      doc.font('Brev').fontSize(10.5).text(st(signatur.join('\n')), MARG.left, doc.y, { width: bredde });
    });
    doc.moveDown(0.6);
    blokk('P', () => {
      doc.font('Brev').fontSize(8.5).fillColor(FARGE_DEMPET).text(st(t.elektronisk), { width: bredde }).fillColor(FARGE_TEKST);
    });
    // The party gets a copy of what goes to the representative, and the other way round, where an address may be printed.
    const verge = visning.verge as Flettevisning | null;
    const kopi = tilRepresentant(data) ? (data.part.adresselinjer ? data.part.navn : null) : data.verge && data.part.adresselinjer && verge ? `${data.verge.navn} (${data.verge.rolle})` : null;
    if (kopi) {
      doc.moveDown(0.6);
      blokk('P', () => {
        doc.font('Brev').fontSize(9).text(st(`${t.kopi}: ${kopi}`), { width: bredde });
      });
    }
    rot.end();

    // Page numbers on every page, as pagination artifacts (not part of the tagged content).
    const sider = doc.bufferedPageRange();
    for (let i = sider.start; i < sider.start + sider.count; i++) {
      doc.switchToPage(i);
      const bunnmarg = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - 40;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font('Brev').fontSize(8.5).fillColor(FARGE_DEMPET);
      doc.text(st(`${t.saksnummer} ${data.saksnummer}`), MARG.left, y, { width: bredde / 2, lineBreak: false });
      doc.text(t.side(i - sider.start + 1, sider.count), MARG.left + bredde / 2, y, { width: bredde / 2, align: 'right', lineBreak: false });
      doc.endMarkedContent();
      doc.fillColor(FARGE_TEKST);
      doc.page.margins.bottom = bunnmarg;
    }
    doc.end();
    return ferdig;
  }
}

/**
 * The address block. A protected address is never printed: the letter goes via the
 * representative when there is one, otherwise it is marked for manual dispatch.
 */
function mottakerlinjer(data: Brevdata, adresseSkjermet: string): string[] {
  const { part, verge } = data;
  if (tilRepresentant(data)) return [verge!.navn, ...verge!.adresselinjer!];
  if (part.adresselinjer) return [part.navn, ...part.adresselinjer];
  return [part.navn, adresseSkjermet];
}

/**
 * A guardian or someone with power of attorney who acts for the party receives the letter, with the party named
 * beside the case number (fvl. § 12); the party gets a copy where its address may be printed.
 */
function tilRepresentant(data: Brevdata): boolean {
  return !!data.verge?.adresselinjer?.length;
}

function delAvsnitt(avsnitt: string): { punkt: boolean; tekst: string }[] {
  const deler: { punkt: boolean; tekst: string }[] = [];
  let lopende: string[] = [];
  const tom = (): void => {
    if (lopende.length > 0) deler.push({ punkt: false, tekst: lopende.join('\n') });
    lopende = [];
  };
  for (const linje of avsnitt.split('\n')) {
    const m = /^\s*[-•]\s+(.*)$/.exec(linje);
    if (m) {
      tom();
      deler.push({ punkt: true, tekst: m[1]! });
    } else if (linje.trim() !== '') {
      lopende.push(linje.trimEnd());
    }
  }
  tom();
  return deler;
}

/**
 * pdfkit writes Info values into the XMP packet without XML escaping; a "<" or "&" would make the
 * XMP malformed (and the file not PDF/A). Info and XMP must also agree, so we remove the characters
 * from both rather than escaping one of them.
 */
function rensMetadata(verdi: string): string {
  return String(verdi)
    .replace(/&/g, 'og')
    .replace(/[<>"'\p{Cc}]/gu, '')
    .trim();
}

/** The letter's text after merging: what the PDF shows, usable for a preview. */
export interface FlettetBrev {
  tittel: string;
  /** Sections whose text merged to nothing (e.g. no egenandel) are left out. */
  seksjoner: { id: string; overskrift: string; tekst: string }[];
  visning: Flettevisning;
}

/**
 * Merges the merge data into the template, logic-less. Validates the template again (a stored
 * template may have been changed behind our back) and builds the view from the whitelist
 * vocabulary; merged values are never parsed as template syntax.
 * @throws DomeneFeil BREVMAL_UGYLDIG / BREVDATA_UGYLDIG naming each field (never a value).
 */
export function flettBrev(mal: Brevmalinnhold, data: Brevdata): FlettetBrev {
  const malfeil = validerBrevmal(mal);
  if (malfeil.length > 0) {
    throw new DomeneFeil('BREVMAL_UGYLDIG', 'Brevmalen er ugyldig og kan ikke brukes.', 422, malfeil);
  }
  const grupper = new Set(brukteFlettefelt(mal).map((sti) => sti.split('.')[0]!));
  const visning = lagFlettevisning(mal.brevtype, mal.maalform, data, grupper);
  // No HTML escaping: the output is PDF text, not markup.
  const flett = (tekst: string): string => Mustache.render(tekst, visning, {}, { escape: (v: unknown) => String(v) });
  const seksjoner = mal.seksjoner
    .map((x) => ({ id: x.id, overskrift: flett(x.overskrift).trim(), tekst: flett(x.tekst).trim() }))
    .filter((x) => x.tekst !== '');
  return { tittel: flett(mal.tittel).trim(), seksjoner, visning };
}

/** A merged letter as text, for reading in the page: what the PDF will say, without the PDF. */
export interface Brevtekst {
  /** The letterhead's sender line: "<kommune> kommune, ved Felles tildelingskontor Lofoten". */
  avsender: string;
  tittel: string;
  seksjoner: FlettetBrev['seksjoner'];
  /** Sender, title and sections as one plain text. */
  tekst: string;
}

export function brevSomTekst(mal: Brevmalinnhold, data: Brevdata): Brevtekst {
  const { tittel, seksjoner } = flettBrev(mal, data);
  const avsender = avsenderlinje(data.brevhode.kommunenavn);
  const tekst = [avsender, tittel, ...seksjoner.map((s) => (s.overskrift ? `${s.overskrift}\n${s.tekst}` : s.tekst))].join('\n\n');
  return { avsender, tittel, seksjoner, tekst };
}

let standardRenderer: BrevRenderer | null = null;

/** Renders with a process-wide renderer (fonts loaded once). */
export function renderBrev(input: RenderInput): Promise<Buffer> {
  standardRenderer ??= new BrevRenderer();
  return standardRenderer.render(input);
}
