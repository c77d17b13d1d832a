import { createHash } from 'node:crypto';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { Dokumenttype } from '../../persistence/src/entities/dokument.entity.js';

/** The largest document accepted, and, for the citizens' form, all its attachments together. */
export const DOKUMENT_MAKS_BYTES = 10 * 1024 * 1024;

/** What the request body may weigh on the routes that carry documents (base64 is 4/3 of the bytes, plus the other fields). */
export const DOKUMENT_BODY_LIMIT = '32mb';

export const DOKUMENTTYPER: Record<Dokumenttype, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** A document as it arrives in a request: a title, the sender's file name and the bytes in base64. */
export interface Dokumentinput {
  tittel: string;
  filnavn: string;
  innholdBase64: string;
}

export interface KontrollertDokument {
  tittel: string;
  filnavn: string;
  innholdstype: Dokumenttype;
  innhold: Buffer;
  sha256: string;
}

/**
 * The type from the content's first bytes (its signature), never from the name or the declared type: a
 * renamed executable or an HTML page is none of these and is refused.
 */
export function gjenkjennDokumenttype(b: Buffer): Dokumenttype | null {
  if (b.length >= 5 && b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The most base64 characters that can hold `bytes` bytes. */
const base64Lengde = (bytes: number) => Math.ceil(bytes / 3) * 4;

/**
 * Checks one document: size (413 naming the limit), base64 (400), the type from the content (400 naming the
 * types accepted). `felt` is the field path used in the problem reply, e.g. `vedlegg[1]`.
 */
export function kontrollerDokument(input: Dokumentinput, felt = ''): KontrollertDokument {
  const sti = (f: string) => (felt ? `${felt}.${f}` : f);
  if (input.innholdBase64.length > base64Lengde(DOKUMENT_MAKS_BYTES)) throw forStor(sti('innholdBase64'));
  if (input.innholdBase64.length % 4 !== 0 || !BASE64.test(input.innholdBase64)) {
    throw new DomeneFeil('UGYLDIG_DOKUMENT', 'Dokumentet er ikke gyldig base64.', 400, [{ field: sti('innholdBase64'), message: 'Innholdet må være filen kodet som base64.' }]);
  }
  const innhold = Buffer.from(input.innholdBase64, 'base64');
  if (innhold.length === 0) throw new DomeneFeil('UGYLDIG_DOKUMENT', 'Dokumentet er tomt.', 400, [{ field: sti('innholdBase64'), message: 'Filen er tom.' }]);
  if (innhold.length > DOKUMENT_MAKS_BYTES) throw forStor(sti('innholdBase64'));
  const innholdstype = gjenkjennDokumenttype(innhold);
  if (!innholdstype) {
    throw new DomeneFeil('UGYLDIG_DOKUMENTTYPE', 'Dokumentet er verken PDF, JPEG eller PNG.', 400, [
      { field: sti('innholdBase64'), message: 'Innholdet er ikke en PDF-, JPEG- eller PNG-fil (filtypen leses av innholdet, ikke av navnet).' },
    ]);
  }
  return { tittel: input.tittel.trim(), filnavn: input.filnavn.trim(), innholdstype, innhold, sha256: createHash('sha256').update(innhold).digest('hex') };
}

/** Several documents, with their total size held to the same limit as one. */
export function kontrollerDokumenter(inputs: readonly Dokumentinput[], felt: string): KontrollertDokument[] {
  const ut = inputs.map((d, i) => kontrollerDokument(d, `${felt}[${i}]`));
  if (ut.reduce((sum, d) => sum + d.innhold.length, 0) > DOKUMENT_MAKS_BYTES) throw forStor(felt, 'Vedleggene er til sammen');
  return ut;
}

function forStor(felt: string, hva = 'Dokumentet er'): DomeneFeil {
  const mb = DOKUMENT_MAKS_BYTES / 1024 / 1024;
  return new DomeneFeil('DOKUMENT_FOR_STORT', `${hva} større enn ${mb} MB.`, 413, [{ field: felt, message: `${hva} større enn grensen på ${mb} MB.` }]);
}
