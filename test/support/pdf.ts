import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF as a person (and an archive) would: its text, its fonts, its structure and its metadata. */
export function lesPdf(pdf: Buffer) {
  const fil = join(mkdtempSync(join(tmpdir(), 'tk-pdf-')), 'brev.pdf');
  writeFileSync(fil, pdf);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
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
