import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF as a person (and an archive) would: its text, its fonts, its structure and its metadata. */
export function lesPdf(pdf: Buffer) {
  const fil = join(mkdtempSync(join(tmpdir(), 'tk-pdf-')), 'brev.pdf');
  writeFileSync(fil, pdf);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return {
    tekst: run('pdftotext', ['-layout', fil, '-']),
    fonter: run('pdffonts', [fil]),
    qpdfOk: (() => {
      try {
        run('qpdf', ['--check', fil]);
        return true;
      } catch {
        return false;
      }
    })(),
    xmp: run('pdfinfo', ['-meta', fil]),
  };
}

/** What every archived letter must be: PDF/A-2b (XMP identification), every font embedded, no Helvetica, a sound file. */
export function forventPdfA(pdf: ReturnType<typeof lesPdf>): void {
  expect(pdf.fonter.split('\n').slice(2).filter((l) => l.trim()).every((l) => /\byes\b.*\byes\b/.test(l))).toBe(true);
  expect(pdf.fonter).not.toMatch(/Helvetica/);
  expect(pdf.qpdfOk).toBe(true);
  expect(pdf.xmp).toMatch(/pdfaid:part[^0-9]*2/);
  expect(pdf.xmp).toMatch(/pdfaid:conformance[^A-Z]*B/);
}
