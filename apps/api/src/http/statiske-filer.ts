import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPER: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const KOMPRIMERBAR = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/** Vite puts content-hashed files under /assets/: a new build gives new names, so they never change. */
export const UFORANDERLIG = 'public, max-age=31536000, immutable';
/** Pages (index.html) name the hashed files: always asked again, so a new build is seen at once. */
export const SPOR_IGJEN = 'no-cache';

interface Fil {
  type: string;
  cache: string;
  rå: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** The encoding to answer with: brotli, then gzip, among those the client accepts (`q=0` refuses one). */
export function velgKoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const godtatt = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((d) => d.trim().split(';'))
      .filter(([, ...p]) => !p.some((x) => /^\s*q=0(\.0*)?\s*$/.test(x)))
      .map(([navn]) => navn!.trim().toLowerCase()),
  );
  if (godtatt.has('br')) return 'br';
  if (godtatt.has('gzip')) return 'gzip';
  return null;
}

/**
 * The built web app, read once at start and compressed once (brotli and gzip), served from memory: the bundle is
 * a few hundred kilobytes, and compressing per request would cost CPU the case work needs.
 */
export class StatiskeFiler {
  private readonly filer = new Map<string, Fil>();

  constructor(rot: string) {
    for (const sti of alleFiler(rot)) {
      const url = `/${relative(rot, sti).split(sep).join('/')}`;
      const ext = extname(sti).toLowerCase();
      const rå = readFileSync(sti);
      const fil: Fil = { type: TYPER[ext] ?? 'application/octet-stream', cache: url.startsWith('/assets/') ? UFORANDERLIG : SPOR_IGJEN, rå };
      if (KOMPRIMERBAR.has(ext) && rå.length > 1024) {
        fil.br = brotliCompressSync(rå, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: rå.length } });
        fil.gzip = gzipSync(rå, { level: 9 });
      }
      this.filer.set(url, fil);
    }
  }

  har(url: string): boolean {
    return this.filer.has(url);
  }

  /** Answers with the file at `url` (which must exist), compressed when the client accepts it. */
  send(url: string, req: { method: string; headers: Record<string, string | string[] | undefined> }, res: Svar): void {
    const fil = this.filer.get(url)!;
    const koding = velgKoding(req.headers['accept-encoding'] as string | undefined);
    const kropp = (koding && fil[koding]) || fil.rå;
    res.setHeader('Content-Type', fil.type);
    res.setHeader('Cache-Control', fil.cache);
    if (fil.br) res.setHeader('Vary', 'Accept-Encoding');
    if (kropp !== fil.rå) res.setHeader('Content-Encoding', koding!);
    res.setHeader('Content-Length', String(kropp.length));
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : kropp);
  }
}

interface Svar {
  statusCode: number;
  setHeader(navn: string, verdi: string): void;
  end(kropp?: Buffer): void;
}

function alleFiler(mappe: string): string[] {
  return readdirSync(mappe).flatMap((navn) => {
    const sti = join(mappe, navn);
    return statSync(sti).isDirectory() ? alleFiler(sti) : [sti];
  });
}
