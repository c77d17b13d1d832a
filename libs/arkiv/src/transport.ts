import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** One message for the archive: `arkivmelding.xml` and the files it names, under a name unique to what it archives. */
export interface Arkivpakke {
  kommunenummer: string;
  /** `<gjelder>-<id>`: the same thing archived again overwrites its own package, and the kvittering carries it back. */
  navn: string;
  arkivmelding: string;
  filer: { navn: string; innhold: Buffer }[];
}

/** What the archive answered: its ids for the saksmappe and the journalpost, or why it refused. */
export interface Arkivkvittering {
  navn: string;
  mappe: { systemId: string; saksaar: number | null; sakssekvensnummer: number | null } | null;
  registrering: { systemId: string; journalaar: number | null; journalsekvensnummer: number | null; journalpostnummer: number | null } | null;
  feil: string | null;
}

/** How arkivmeldinger reach the municipality's archive and its kvitteringer come back. */
export interface ArkivTransport {
  send(p: Arkivpakke): Promise<void>;
  kvitteringer(kommunenummer: string): Promise<Arkivkvittering[]>;
  /** The kvittering is stored; it is not read again. */
  ferdig(kommunenummer: string, navn: string): Promise<void>;
}

export const ARKIV_TRANSPORT = Symbol('ARKIV_TRANSPORT');

/**
 * No maintained Node client for Fiks IO exists in the npm registry, so the messages go to a package outbox that
 * the municipality's archive integration (its Fiks IO client) picks up: `<rot>/<kommunenummer>/ut/<navn>/` holds
 * `arkivmelding.xml` and its files, written whole under a temporary name and then renamed, so a reader never
 * sees half a package. The integration writes the archive's `arkivmeldingKvittering` (Fiks Arkiv V1) to
 * `<rot>/<kommunenummer>/inn/<navn>.xml`; a kvittering read is moved to `inn/behandlet/`.
 */
export class PakkeUtboks implements ArkivTransport {
  private readonly parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false });

  constructor(private readonly rot: string) {}

  async send(p: Arkivpakke): Promise<void> {
    const ut = join(this.rot, p.kommunenummer, 'ut');
    const tmp = join(ut, `.${p.navn}.tmp`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, 'arkivmelding.xml'), p.arkivmelding);
    for (const f of p.filer) await writeFile(join(tmp, f.navn), f.innhold);
    await rm(join(ut, p.navn), { recursive: true, force: true });
    await rename(tmp, join(ut, p.navn));
  }

  async kvitteringer(kommunenummer: string): Promise<Arkivkvittering[]> {
    const inn = join(this.rot, kommunenummer, 'inn');
    const navn = await readdir(inn).catch(() => [] as string[]);
    const ut: Arkivkvittering[] = [];
    for (const fil of navn.filter((n) => n.endsWith('.xml')).sort()) {
      ut.push(this.les(fil.slice(0, -4), await readFile(join(inn, fil), 'utf8')));
    }
    return ut;
  }

  async ferdig(kommunenummer: string, navn: string): Promise<void> {
    const inn = join(this.rot, kommunenummer, 'inn');
    await mkdir(join(inn, 'behandlet'), { recursive: true });
    await rename(join(inn, `${navn}.xml`), join(inn, 'behandlet', `${navn}.xml`));
  }

  /** Reads an `arkivmeldingKvittering`; anything else (or a refusal) is a kvittering with `feil`. */
  les(navn: string, xml: string): Arkivkvittering {
    type Node = Record<string, string | undefined>;
    const k = (this.parser.parse(xml) as { arkivmeldingKvittering?: Record<string, Node | undefined> }).arkivmeldingKvittering;
    if (!k) return { navn, mappe: null, registrering: null, feil: 'Kvitteringen er ikke en arkivmeldingKvittering' };
    const tall = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);
    const feil = [k.mappeFeilet, k.registreringFeilet].filter(Boolean).map((f) => f!.feilmelding ?? 'ukjent feil');
    const m = k.mappeKvittering;
    const r = k.registreringKvittering;
    return {
      navn,
      mappe: m?.systemID ? { systemId: m.systemID, saksaar: tall(m.saksaar), sakssekvensnummer: tall(m.sakssekvensnummer) } : null,
      registrering: r?.systemID ? { systemId: r.systemID, journalaar: tall(r.journalaar), journalsekvensnummer: tall(r.journalsekvensnummer), journalpostnummer: tall(r.journalpostnummer) } : null,
      feil: feil.length ? feil.join('; ') : null,
    };
  }
}
