import PDFDocument from 'pdfkit';
import { lastBrevfonter } from '../../letters/src/renderer.js';
import type { Funnel } from './likebehandling.js';

export interface PdfTabell {
  tittel: string;
  kolonner: string[];
  rader: (string | number | null)[][];
  fotnote?: string;
  /** Relative column widths; equal when absent. */
  bredder?: number[];
  /** Indices of rows to highlight (flagged rows), drawn on a tinted background. */
  markerte?: number[];
}

export interface PdfRapport {
  tittel: string;
  undertittel: string;
  avsnitt: string[];
  tabeller: PdfTabell[];
  funnel: Funnel[];
}

const MARG = 40;
const FARGE = '#1a1a1a';
const GRAA = '#666666';

const celle = (v: string | number | null): string => (v === null ? '–' : typeof v === 'number' ? String(v).replace('.', ',') : v);

/**
 * Draws a report into a PDF with pdfkit and the embedded DejaVu fonts (the same as the letters, so
 * Norwegian letters and "–" always render), landscape A4: text, tables and funnel plots drawn with vector
 * primitives (no native binaries, no browser).
 */
export function tegnRapportPdf(r: PdfRapport): Promise<Buffer> {
  const fonter = lastBrevfonter();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARG, bottom: MARG, left: MARG, right: MARG },
    font: fonter.vanlig as unknown as string,
    bufferPages: true,
    info: { Title: r.tittel, Author: 'TK Lofoten', Creator: 'tk-rapporter' },
  });
  doc.registerFont('R', fonter.vanlig as unknown as string);
  doc.registerFont('R-Fet', fonter.fet as unknown as string);
  const deler: Buffer[] = [];
  const ferdig = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (d: Buffer) => deler.push(d));
    doc.on('end', () => resolve(Buffer.concat(deler)));
    doc.on('error', reject);
  });
  const bredde = doc.page.width - 2 * MARG;
  const bunn = (): number => doc.page.height - MARG;

  doc.font('R-Fet').fontSize(16).fillColor(FARGE).text(r.tittel);
  doc.font('R').fontSize(10).fillColor(GRAA).text(r.undertittel).moveDown(0.5);
  doc.fillColor(FARGE).fontSize(9);
  for (const a of r.avsnitt) doc.text(a, { width: bredde }).moveDown(0.3);

  for (const t of r.tabeller) {
    const rel = t.bredder ?? t.kolonner.map(() => 1);
    const sum = rel.reduce((s, x) => s + x, 0);
    const w = rel.map((x) => (x / sum) * bredde);
    const fs = t.kolonner.length > 10 ? 6.5 : 8;
    const radhoyde = (verdier: string[], font: string): number => {
      doc.font(font).fontSize(fs);
      return Math.max(...verdier.map((v, i) => doc.heightOfString(v, { width: w[i] - 4 }))) + 4;
    };
    const tegnRad = (verdier: string[], font: string, bakgrunn?: string): void => {
      const h = radhoyde(verdier, font);
      if (doc.y + h > bunn()) doc.addPage();
      const y = doc.y;
      if (bakgrunn) doc.rect(MARG, y, bredde, h).fill(bakgrunn);
      doc.fillColor(FARGE).font(font).fontSize(fs);
      let x = MARG;
      verdier.forEach((v, i) => {
        doc.text(v, x + 2, y + 2, { width: w[i] - 4, lineBreak: true });
        x += w[i];
      });
      doc.moveTo(MARG, y + h).lineTo(MARG + bredde, y + h).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
      doc.x = MARG;
      doc.y = y + h;
    };
    if (doc.y + 60 > bunn()) doc.addPage();
    doc.moveDown(0.8).font('R-Fet').fontSize(11).fillColor(FARGE).text(t.tittel, MARG, doc.y, { width: bredde });
    doc.moveDown(0.2);
    tegnRad(t.kolonner, 'R-Fet', '#e8eef4');
    t.rader.forEach((rad, i) => tegnRad(rad.map(celle), 'R', t.markerte?.includes(i) ? '#fbe3cf' : undefined));
    if (t.fotnote) doc.moveDown(0.2).font('R').fontSize(7.5).fillColor(GRAA).text(t.fotnote, MARG, doc.y, { width: bredde }).fillColor(FARGE);
  }

  for (const f of r.funnel) tegnFunnel(doc, f);

  const sider = doc.bufferedPageRange();
  for (let i = 0; i < sider.count; i++) {
    doc.switchToPage(sider.start + i);
    doc.font('R').fontSize(7.5).fillColor(GRAA).text(`Side ${i + 1} av ${sider.count}`, MARG, doc.page.height - MARG + 12, { width: bredde, align: 'right', lineBreak: false });
  }
  doc.end();
  return ferdig;
}

/** A funnel plot (Spiegelhalter 2005): the indicator against n, the target line and the 95 % and 99.8 % limits. */
function tegnFunnel(doc: PDFKit.PDFDocument, f: Funnel): void {
  doc.addPage();
  const x0 = MARG + 50, y0 = MARG + 40, w = doc.page.width - 2 * MARG - 220, h = doc.page.height - 2 * MARG - 110;
  doc.font('R-Fet').fontSize(12).fillColor(FARGE).text(`Traktdiagram: ${f.tittel}`, MARG, MARG);
  const nMaks = Math.max(...f.punkter.map((p) => p.n));
  const yMin = Math.max(0, Math.min(...f.punkter.map((p) => p.nedre998), ...f.enheter.map((e) => e.andel)) - 0.05);
  const yMaks = Math.min(1, Math.max(...f.punkter.map((p) => p.ovre998), ...f.enheter.map((e) => e.andel)) + 0.05);
  const X = (n: number): number => x0 + (n / nMaks) * w;
  const Y = (p: number): number => y0 + h - ((p - yMin) / (yMaks - yMin || 1)) * h;
  // Axes and grid.
  doc.lineWidth(0.5).strokeColor('#999999').rect(x0, y0, w, h).stroke();
  doc.font('R').fontSize(7).fillColor(GRAA);
  for (let i = 0; i <= 5; i++) {
    const p = yMin + ((yMaks - yMin) * i) / 5;
    doc.moveTo(x0, Y(p)).lineTo(x0 + w, Y(p)).lineWidth(0.2).strokeColor('#dddddd').stroke();
    doc.text(`${Math.round(p * 100)} %`, x0 - 40, Y(p) - 3, { width: 36, align: 'right', lineBreak: false });
  }
  for (let i = 0; i <= 5; i++) {
    const n = Math.round((nMaks * i) / 5);
    doc.text(String(n), X(n) - 15, y0 + h + 4, { width: 30, align: 'center', lineBreak: false });
  }
  doc.text(f.xTittel, x0, y0 + h + 16, { width: w, align: 'center', lineBreak: false });
  // Limits.
  const linje = (verdi: (p: (typeof f.punkter)[number]) => number, farge: string, stiplet: boolean): void => {
    doc.save();
    if (stiplet) doc.dash(3, { space: 2 });
    f.punkter.forEach((p, i) => (i === 0 ? doc.moveTo(X(p.n), Y(verdi(p))) : doc.lineTo(X(p.n), Y(verdi(p)))));
    doc.lineWidth(0.8).strokeColor(farge).stroke();
    doc.restore();
  };
  linje((p) => p.nedre95, '#d08000', true);
  linje((p) => p.ovre95, '#d08000', true);
  linje((p) => p.nedre998, '#b00020', false);
  linje((p) => p.ovre998, '#b00020', false);
  doc.moveTo(x0, Y(f.p0)).lineTo(x0 + w, Y(f.p0)).lineWidth(0.8).strokeColor('#1f4e79').stroke();
  // Units.
  for (const e of f.enheter) {
    doc.circle(X(e.n), Y(e.andel), 3.5).fillColor('#1f4e79').fill();
    doc.font('R').fontSize(7.5).fillColor(FARGE).text(e.etikett, X(e.n) + 5, Y(e.andel) - 4, { lineBreak: false });
  }
  // Legend.
  const lx = x0 + w + 20;
  doc.font('R').fontSize(8).fillColor(FARGE);
  doc.text(`Mål (samlet): ${(f.p0 * 100).toFixed(1).replace('.', ',')} %`, lx, y0, { width: 150 });
  doc.text('Stiplet: 95 %-grenser', lx, y0 + 16, { width: 150 });
  doc.text('Heltrukket: 99,8 %-grenser', lx, y0 + 30, { width: 150 });
  doc.text('Enheter utenfor grensene er signaler å undersøke, ikke en rangering.', lx, y0 + 48, { width: 150 });
}
