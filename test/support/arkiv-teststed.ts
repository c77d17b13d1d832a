import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PROVEMAPPE } from './integrasjonsprover.js';

const NS_KVITTERING = 'https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1';

type Node = Record<string, unknown>;

export interface ArkivertJournalpost {
  pakke: string;
  journalposttype: string;
  tittel: string;
  eksternNoekkel: string;
  mappeNoekkel: string;
  korrespondansepart: string | null;
  beskrivelse: string | null;
  dokument: { filnavn: string; sjekksum: string; sjekksumAlgoritme: string; filstoerrelse: number; innhold: Buffer } | null;
  skjermingshjemmel: string;
}

export interface ArkivertMappe {
  pakke: string;
  tittel: string;
  offentligTittel: string;
  eksternNoekkel: string;
  partNavn: string;
  personId: string | null;
  klasser: string[];
  skjermingshjemmel: string;
}

/**
 * A stand-in for a municipality's Noark 5 archive behind Fiks Arkiv, reading this system's package outbox as the
 * archive integration would: it checks each package (the files `arkivmelding.xml` names are there, with the
 * size and SHA-256 it states), registers the saksmappe and journalposts, answers with an `arkivmeldingKvittering`
 * carrying its own ids, and keeps every arkivmelding (and kvittering) for the CI's check against KS's XSDs.
 */
export class FiksArkivTeststed {
  readonly mapper: ArkivertMappe[] = [];
  readonly journalposter: ArkivertJournalpost[] = [];
  readonly avvist: string[] = [];
  private sekvens = 0;
  private readonly parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (navn) => ['klassifikasjon', 'postadresse'].includes(navn) });

  constructor(private readonly rot: string) {}

  /** Picks up every complete package of the municipality; returns how many. */
  behandle(kommunenummer: string): number {
    const ut = join(this.rot, kommunenummer, 'ut');
    if (!existsSync(ut)) return 0;
    const pakker = readdirSync(ut).filter((n) => !n.startsWith('.'));
    for (const navn of pakker) {
      const mappe = join(ut, navn);
      const xml = readFileSync(join(mappe, 'arkivmelding.xml'), 'utf8');
      const lagret = join(PROVEMAPPE, 'arkiv', `${process.pid}-${navn}`);
      mkdirSync(lagret, { recursive: true });
      writeFileSync(join(lagret, 'arkivmelding.xml'), xml);
      const kvittering = this.registrer(navn, mappe, this.parser.parse(xml) as Node);
      writeFileSync(join(lagret, 'arkivmeldingKvittering.xml'), kvittering);
      mkdirSync(join(this.rot, kommunenummer, 'inn'), { recursive: true });
      writeFileSync(join(this.rot, kommunenummer, 'inn', `${navn}.xml`), kvittering);
      cpSync(mappe, join(this.rot, kommunenummer, 'hentet', navn), { recursive: true });
      rmSync(mappe, { recursive: true });
    }
    return pakker.length;
  }

  private registrer(navn: string, mappe: string, dok: Node): string {
    const m = dok.arkivmelding as Node;
    const filer = readdirSync(mappe).filter((f) => f !== 'arkivmelding.xml');
    const feil = (tekst: string) => {
      this.avvist.push(`${navn}: ${tekst}`);
      return kvitteringXml(null, null, tekst);
    };
    if (Number(m.antallFiler) !== filer.length) return feil(`antallFiler ${String(m.antallFiler)}, men pakken har ${filer.length} filer`);
    let mappeKv: string | null = null;
    if (m.mappe) {
      const s = m.mappe as Node;
      const part = s.part as Node;
      this.mapper.push({
        pakke: navn,
        tittel: String(s.tittel),
        offentligTittel: String(s.offentligTittel),
        eksternNoekkel: String((s.referanseEksternNoekkel as Node).noekkel),
        partNavn: String(part.partNavn),
        personId: part.personID ? String((part.personID as Node).identifikator) : null,
        klasser: (s.klassifikasjon as Node[]).map((k) => String(k.klasseID)),
        skjermingshjemmel: String((s.skjerming as Node).skjermingshjemmel),
      });
      this.sekvens += 1;
      mappeKv = `<mappeKvittering xsi:type="saksmappeKvittering"><systemID>${randomUUID()}</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende><saksaar>2026</saksaar><sakssekvensnummer>${this.sekvens}</sakssekvensnummer></mappeKvittering>`;
    }
    let regKv: string | null = null;
    if (m.registrering) {
      const r = m.registrering as Node;
      const d = r.dokumentbeskrivelse as Node | undefined;
      let dokument: ArkivertJournalpost['dokument'] = null;
      if (d) {
        const o = d.dokumentobjekt as Node;
        const fil = join(mappe, String(o.referanseDokumentfil));
        if (!existsSync(fil)) return feil(`filen ${String(o.referanseDokumentfil)} mangler`);
        const innhold = readFileSync(fil);
        if (createHash('sha256').update(innhold).digest('hex') !== o.sjekksum) return feil('sjekksummen stemmer ikke');
        if (innhold.length !== Number(o.filstoerrelse)) return feil('filstørrelsen stemmer ikke');
        dokument = { filnavn: String(o.filnavn), sjekksum: String(o.sjekksum), sjekksumAlgoritme: String(o.sjekksumAlgoritme), filstoerrelse: innhold.length, innhold };
      }
      const k = r.korrespondansepart as Node | undefined;
      this.journalposter.push({
        pakke: navn,
        journalposttype: String((r.journalposttype as Node).kode),
        tittel: String(r.tittel),
        eksternNoekkel: String((r.referanseEksternNoekkel as Node).noekkel),
        mappeNoekkel: String(((r.referanseForelderMappe as Node).referanseEksternNoekkel as Node).noekkel),
        korrespondansepart: k ? String(k.korrespondansepartNavn) : null,
        beskrivelse: r.beskrivelse ? String(r.beskrivelse) : null,
        dokument,
        skjermingshjemmel: String((r.skjerming as Node).skjermingshjemmel),
      });
      const nr = this.journalposter.length;
      regKv = `<registreringKvittering xsi:type="journalpostKvittering"><systemID>${randomUUID()}</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende><journalaar>2026</journalaar><journalsekvensnummer>${nr}</journalsekvensnummer><journalpostnummer>${nr}</journalpostnummer></registreringKvittering>`;
    }
    return kvitteringXml(mappeKv, regKv, null);
  }
}

function kvitteringXml(mappe: string | null, registrering: string | null, feil: string | null): string {
  const innhold = feil ? `<registreringFeilet><feil:feilId xmlns:feil="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/feilmelding/v1">${randomUUID()}</feil:feilId><feil:feilmelding xmlns:feil="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/feilmelding/v1">${feil}</feil:feilmelding></registreringFeilet>` : `${mappe ?? ''}${registrering ?? ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<arkivmeldingKvittering xmlns="${NS_KVITTERING}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${innhold}</arkivmeldingKvittering>\n`;
}
