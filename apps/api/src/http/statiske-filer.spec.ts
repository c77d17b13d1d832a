import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SPOR_IGJEN, StatiskeFiler, UFORANDERLIG, velgKoding } from './statiske-filer.js';

describe('the web app served compressed, hashed files cached for a year', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(velgKoding('gzip, deflate, br')).toBe('br');
    expect(velgKoding('gzip')).toBe('gzip');
    expect(velgKoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(velgKoding(undefined)).toBeNull();
  });

  it('answers a hashed asset compressed and immutable, a page uncompressed for a client that takes none, and asked for again', () => {
    const rot = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(rot, 'assets'));
    const js = `export const a = ${JSON.stringify('x'.repeat(5000))};`;
    writeFileSync(join(rot, 'assets', 'main-AbC123.js'), js);
    writeFileSync(join(rot, 'index.html'), `<!doctype html><title>TK</title>${'<p>tekst</p>'.repeat(200)}`);
    const filer = new StatiskeFiler(rot);
    const svar = () => {
      const hoder: Record<string, string> = {};
      const r = { statusCode: 0, kropp: Buffer.alloc(0) as Buffer, hoder, setHeader: (n: string, v: string) => void (hoder[n.toLowerCase()] = v), end: (b?: Buffer) => void (r.kropp = b ?? Buffer.alloc(0)) };
      return r;
    };
    const br = svar();
    filer.send('/assets/main-AbC123.js', { method: 'GET', headers: { 'accept-encoding': 'gzip, br' } }, br);
    expect(br.hoder).toMatchObject({ 'content-encoding': 'br', 'cache-control': UFORANDERLIG, vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(br.kropp).toString()).toBe(js);
    const gz = svar();
    filer.send('/assets/main-AbC123.js', { method: 'GET', headers: { 'accept-encoding': 'gzip' } }, gz);
    expect(gunzipSync(gz.kropp).toString()).toBe(js);
    expect(gz.kropp.length).toBeLessThan(js.length / 4);
    const side = svar();
    filer.send('/index.html', { method: 'GET', headers: {} }, side);
    expect(side.hoder['content-encoding']).toBeUndefined();
    expect(side.hoder['cache-control']).toBe(SPOR_IGJEN);
    expect(side.kropp.toString()).toMatch(/^<!doctype html>/);
  });
});
