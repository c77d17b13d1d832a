import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Leveransekanal } from '../../persistence/src/entities/kommune.entity.js';
import type { Leveransestatus } from '../../persistence/src/entities/brev.entity.js';

export interface Forsendelse {
  brevId: string;
  kommunenummer: string;
  saksnummer: string;
  brevtype: string;
  sha256: string;
  pdf: Buffer;
  /** 1 for the first delivery; each new delivery of a failed forsendelse counts one more. */
  leveranseforsok: number;
}

/** Where the letter went: the file or the SvarUt forsendelse id, the channel, and the first status (SvarUt's). */
export interface Levert {
  referanse: string;
  kanal?: Leveransekanal;
  status?: Leveransestatus;
}

/**
 * Delivery of a finished letter: the file drop (a folder per municipality, as an archive import reads it) or
 * KS SvarUt (libs/svarut), chosen per municipality by its setting `leveransekanal`.
 */
export interface Leveranse {
  lever(f: Forsendelse): Promise<Levert>;
}

export const LEVERANSE = Symbol('LEVERANSE');

export class FilLeveranse implements Leveranse {
  constructor(private readonly rot: string) {}

  async lever(f: Forsendelse): Promise<Levert> {
    try {
      return await this.skriv(f);
    } catch (e) {
      throw new Error(`Brevet kunne ikke leveres til brevmappen: ${aarsak(e)}`, { cause: e });
    }
  }

  private async skriv(f: Forsendelse): Promise<Levert> {
    const mappe = join(this.rot, f.kommunenummer);
    await mkdir(mappe, { recursive: true });
    const navn = `${f.saksnummer}_${f.brevtype}_${f.brevId}`;
    // The same letter delivered twice overwrites itself with identical bytes: delivery is idempotent.
    await writeFile(join(mappe, `${navn}.pdf`), f.pdf);
    await writeFile(join(mappe, `${navn}.json`), JSON.stringify({ brevId: f.brevId, saksnummer: f.saksnummer, brevtype: f.brevtype, sha256: f.sha256, kommunenummer: f.kommunenummer }, null, 2));
    return { referanse: join(f.kommunenummer, `${navn}.pdf`), kanal: 'fil' };
  }
}

/** Each letter by its municipality's channel (`kommune.leveransekanal`; the file drop unless set otherwise). */
export class KommunensLeveranse implements Leveranse {
  constructor(
    private readonly kanal: (kommunenummer: string) => Promise<Leveransekanal>,
    private readonly kanaler: Record<Leveransekanal, Leveranse>,
  ) {}

  async lever(f: Forsendelse): Promise<Levert> {
    return this.kanaler[await this.kanal(f.kommunenummer)].lever(f);
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
