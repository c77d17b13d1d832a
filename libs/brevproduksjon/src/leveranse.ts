import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Forsendelse {
  brevId: string;
  kommunenummer: string;
  saksnummer: string;
  brevtype: string;
  sha256: string;
  pdf: Buffer;
}

/**
 * Delivery of a finished letter. Today a file drop (a folder per municipality, as an archive import reads
 * it); the same interface fits KS Fiks SvarUt (digital post) and a Noark 5 archive.
 */
export interface Leveranse {
  lever(f: Forsendelse): Promise<{ referanse: string }>;
}

export const LEVERANSE = Symbol('LEVERANSE');

export class FilLeveranse implements Leveranse {
  constructor(private readonly rot: string) {}

  async lever(f: Forsendelse): Promise<{ referanse: string }> {
    try {
      return await this.skriv(f);
    } catch (e) {
      throw new Error(`Brevet kunne ikke leveres til brevmappen: ${aarsak(e)}`, { cause: e });
    }
  }

  private async skriv(f: Forsendelse): Promise<{ referanse: string }> {
    const mappe = join(this.rot, f.kommunenummer);
    await mkdir(mappe, { recursive: true });
    const navn = `${f.saksnummer}_${f.brevtype}_${f.brevId}`;
    // The same letter delivered twice overwrites itself with identical bytes: delivery is idempotent.
    await writeFile(join(mappe, `${navn}.pdf`), f.pdf);
    await writeFile(join(mappe, `${navn}.json`), JSON.stringify({ brevId: f.brevId, saksnummer: f.saksnummer, brevtype: f.brevtype, sha256: f.sha256, kommunenummer: f.kommunenummer }, null, 2));
    return { referanse: join(f.kommunenummer, `${navn}.pdf`) };
  }
}

/** The reason in words a leader understands (the file system's message names paths, not why). */
function aarsak(e: unknown): string {
  const kode = (e as { code?: string })?.code ?? 'ukjent';
  const tekst: Record<string, string> = {
    ENOSPC: 'disken er full',
    EDQUOT: 'diskkvoten er brukt opp',
    EACCES: 'ingen skrivetilgang',
    EPERM: 'ingen skrivetilgang',
    EROFS: 'filsystemet er skrivebeskyttet',
    ENOTDIR: 'mappen finnes ikke eller er ikke en mappe',
    EEXIST: 'mappen finnes ikke eller er ikke en mappe',
    ENOENT: 'mappen finnes ikke',
    EIO: 'lese-/skrivefeil på disken',
  };
  return `${tekst[kode] ?? 'ukjent feil'} (${kode})`;
}
