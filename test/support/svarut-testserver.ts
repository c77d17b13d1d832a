import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { z } from 'zod';
import { lagreSvarutProve } from './integrasjonsprover.js';

/**
 * A stand-in for KS SvarUt's forsendelse service (REST v1) for the test tiers. It implements the endpoints this
 * system uses, checks every request against the fields KS documents for them (unknown fields, wrong types and
 * missing required fields are a 400 with SvarUt's error shape) and answers as SvarUt does. Every request it
 * accepted and every reply it gave is kept for the CI's check against KS's own JSON schemas.
 *
 * Faults as they happen in production: `mistNesteSvar` makes the forsendelse and then cuts the connection
 * before the reply (a lost answer); `stopp`/`start` take the whole service away and back on the same port.
 */

const digitalAdresse = z.union([
  z.strictObject({ fodselsNummer: z.string().regex(/^\d{11}$/) }),
  z.strictObject({ organisasjonsNummer: z.string().regex(/^\d{9}$/) }),
]);
const tekstEllerNull = z.string().nullable().optional();
const postAdresse = z.strictObject({
  navn: z.string().min(1),
  adresse1: tekstEllerNull,
  adresse2: tekstEllerNull,
  adresse3: tekstEllerNull,
  postNummer: tekstEllerNull,
  postSted: z.string().min(1),
  land: tekstEllerNull,
});
const adresse = z.strictObject({ postAdresse: postAdresse.optional(), digitalAdresse: digitalAdresse.optional() });
const dato = z.number().int().nullable().optional();
const dokument = z.strictObject({
  filnavn: z.string().min(1).max(226).regex(/^[^"<>?*|:\\/]+$/, 'filnavn kan ikke inneholde " < > ? * | : \\ /'),
  mimeType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  skalSigneres: z.boolean().optional(),
  inneholderPersonsensitivInformasjon: z.boolean().nullable().optional(),
  dokumentType: tekstEllerNull,
  giroarkSider: z.array(z.number().int()).nullable().optional(),
  ekstraMetadata: z.array(z.strictObject({ key: z.string(), value: z.string() })).optional(),
  ekskluderesFraUtskrift: z.boolean().optional(),
});
const noarkMetadata = z
  .strictObject({
    saksSekvensNummer: z.number().int().optional(),
    saksAar: z.number().int().optional(),
    journalAar: z.number().int().optional(),
    journalSekvensNummer: z.number().int().optional(),
    journalPostNummer: z.number().int().optional(),
    journalPostType: tekstEllerNull,
    journalStatus: tekstEllerNull,
    journalDato: dato,
    dokumentetsDato: dato,
    tittel: tekstEllerNull,
    saksBehandler: tekstEllerNull,
    ekstraMetadata: z.array(z.strictObject({ key: z.string(), value: z.string() })).optional(),
  })
  .nullable()
  .optional();

/** The forsendelse's fields as KS documents them (svarut-rest-klient's forsendelse.json). */
export const forsendelseSkjema = z.strictObject({
  mottaker: adresse,
  eksponertFor: z.array(digitalAdresse).optional(),
  avgivendeSystem: tekstEllerNull,
  tittel: z.string().min(1),
  konteringsKode: tekstEllerNull,
  kunDigitalLevering: z.boolean().optional(),
  kryptert: z.boolean().optional(),
  utskriftsKonfigurasjon: z.strictObject({ utskriftMedFarger: z.boolean().optional(), tosidig: z.boolean().optional() }).optional(),
  krevNiva4Innlogging: z.boolean().optional(),
  metadataFraAvleverendeSystem: noarkMetadata,
  metadataForImport: noarkMetadata,
  svarSendesTil: adresse.optional(),
  svarPaForsendelse: z.strictObject({ id: z.uuid() }).nullable().optional(),
  dokumenter: z.array(dokument).nullable().optional(),
  lenker: z.array(z.strictObject({ urlLenke: z.string(), urlTekst: z.string(), ledeTekst: tekstEllerNull })).nullable().optional(),
  forsendelsesType: tekstEllerNull,
  eksternReferanse: tekstEllerNull,
  svarPaForsendelseLink: z.boolean().optional(),
  signeringUtloper: dato,
  signaturType: z.enum(['AUTENTISERT_SIGNATUR', 'AVANSERT_SIGNATUR']).nullable().optional(),
  taushetsbelagtPost: z.boolean().optional(),
});
export type MottattForsendelse = z.infer<typeof forsendelseSkjema>;

export interface Forsendelsespost {
  id: string;
  avsender: string;
  forsendelse: MottattForsendelse;
  filer: { filnavn: string; type: string; innhold: Buffer }[];
  status: string;
  sisteStatusEndring: number;
  historikk: { tidspunkt: string; hendelse: string }[];
}

const STI = '/tjenester/api/forsendelse/v1';

export class SvarutTestserver {
  readonly forsendelser: Forsendelsespost[] = [];
  /** Every request that reached the service, in order (method and path, never bodies). */
  readonly kall: string[] = [];
  private server: Server | null = null;
  private readonly sokler = new Set<Socket>();
  private port = 0;
  private mistSvar = 0;

  constructor(private readonly kontoer: Record<string, string>) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.behandle(req, res).catch((e) => this.svar(res, 500, { errorcode: 'INTERN', message: e instanceof Error ? e.message : String(e) }));
    });
    this.server.on('connection', (s) => {
      this.sokler.add(s);
      s.on('close', () => this.sokler.delete(s));
    });
    await new Promise<void>((ok) => this.server!.listen(this.port, '127.0.0.1', ok));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The service goes away (connections refused) until `start` again, on the same port. */
  async stopp(): Promise<void> {
    for (const s of this.sokler) s.destroy();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
    this.server = null;
  }

  /** The next `n` forsendelser are made, but the connection is cut before the reply. */
  mistNesteSvar(n = 1): void {
    this.mistSvar = n;
  }

  /** As SvarUt's processing would: the forsendelse moves on (SENDT_DIGITALT, LEST, PRINTET, AVVIST …). */
  settStatus(id: string, status: string): void {
    const f = this.forsendelser.find((x) => x.id === id);
    if (!f) throw new Error(`Ukjent forsendelse ${id}`);
    f.status = status;
    f.sisteStatusEndring = Date.now();
    f.historikk.push({ tidspunkt: new Date().toISOString(), hendelse: status });
  }

  private async behandle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.kall.push(`${req.method} ${url.pathname}`);
    const avsender = this.avsender(req);
    if (!avsender) return this.svar(res, 401, { errorcode: 'UNAUTHORIZED', message: 'Feil brukernavn eller passord' });
    if (!url.pathname.startsWith(`${STI}/`)) return this.svar(res, 404, { errorcode: 'NOT_FOUND', message: 'Ukjent tjeneste' });
    const sti = url.pathname.slice(STI.length);
    const body = await les(req);

    if (req.method === 'POST' && sti === '/sendForsendelse') return this.sendForsendelse(req, res, body, avsender);
    if (req.method === 'POST' && sti === '/statuser') {
      const ider = z.array(z.uuid()).safeParse(json(body));
      if (!ider.success) return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'Forventet en liste med forsendelseider' });
      const statuser = this.forsendelser.filter((f) => f.avsender === avsender && ider.data.includes(f.id)).map(statusAv);
      return this.svar(res, 200, { statuser }, 'forsendelseStatusResult');
    }
    const eksternref = /^\/eksternref\/(.+)$/.exec(sti);
    if (req.method === 'GET' && eksternref) {
      const ref = decodeURIComponent(eksternref[1]!);
      return this.svar(res, 200, { forsendelseIder: this.forsendelser.filter((f) => f.avsender === avsender && f.forsendelse.eksternReferanse === ref).map((f) => ({ id: f.id })) }, 'forsendelsesIdResult');
    }
    const enkelt = /^\/([0-9a-f-]{36})\/(status|historikk)$/.exec(sti);
    if (req.method === 'GET' && enkelt) {
      const f = this.forsendelser.find((x) => x.id === enkelt[1] && x.avsender === avsender);
      if (!f) return this.svar(res, 404, { errorcode: 'NOT_FOUND', message: 'Fant ikke forsendelsen' });
      return enkelt[2] === 'status' ? this.svar(res, 200, statusAv(f), 'forsendelseStatus') : this.svar(res, 200, { hendelsesLogger: f.historikk }, 'forsendelseHistorikk');
    }
    return this.svar(res, 404, { errorcode: 'NOT_FOUND', message: 'Ukjent tjeneste' });
  }

  private async sendForsendelse(req: IncomingMessage, res: ServerResponse, body: Buffer, avsender: string): Promise<void> {
    if (!/^multipart\/form-data/.test(req.headers['content-type'] ?? '')) return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'sendForsendelse er multipart/form-data' });
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': req.headers['content-type']! } }).formData();
    const deler = [...form.entries()];
    if (deler[0]?.[0] !== 'forsendelse' || typeof deler[0][1] !== 'string') return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'Første del må hete forsendelse og være forsendelsens JSON' });
    const parsed = forsendelseSkjema.safeParse(json(Buffer.from(deler[0][1])));
    if (!parsed.success) return this.svar(res, 400, { errorcode: 'VALIDERING', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const f = parsed.data;
    if (!f.mottaker.digitalAdresse && !f.mottaker.postAdresse) return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'mottaker må ha digitalAdresse eller postAdresse' });
    const filer: Forsendelsespost['filer'] = [];
    for (const [navn, verdi] of deler.slice(1)) {
      if (navn !== 'filer' || typeof verdi === 'string') return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'Dokumentene sendes som filer' });
      filer.push({ filnavn: verdi.name, type: verdi.type, innhold: Buffer.from(await verdi.arrayBuffer()) });
    }
    const dokumenter = f.dokumenter ?? [];
    if (dokumenter.length !== filer.length || dokumenter.some((d, i) => d.filnavn !== filer[i]!.filnavn)) {
      return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'Filene må komme i samme rekkefølge og med samme navn som dokumentene i forsendelsen' });
    }
    if (dokumenter.some((d, i) => d.mimeType === 'application/pdf' && !filer[i]!.innhold.subarray(0, 5).equals(Buffer.from('%PDF-')))) {
      return this.svar(res, 400, { errorcode: 'VALIDERING', message: 'En fil merket application/pdf er ikke en PDF' });
    }
    lagreSvarutProve('forsendelse', f);
    const post: Forsendelsespost = { id: randomUUID(), avsender, forsendelse: f, filer, status: 'MOTTATT', sisteStatusEndring: Date.now(), historikk: [{ tidspunkt: new Date().toISOString(), hendelse: 'MOTTATT' }] };
    this.forsendelser.push(post);
    if (this.mistSvar > 0) {
      this.mistSvar -= 1;
      req.socket.destroy();
      return;
    }
    return this.svar(res, 200, { id: post.id }, 'forsendelsesId');
  }

  private avsender(req: IncomingMessage): string | null {
    const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (!m) return null;
    const [bruker, ...rest] = Buffer.from(m[1]!, 'base64').toString('utf8').split(':');
    return bruker && this.kontoer[bruker] === rest.join(':') ? bruker : null;
  }

  private svar(res: ServerResponse, status: number, body: unknown, skjema?: string): void {
    lagreSvarutProve(skjema ?? 'error', body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

function statusAv(f: Forsendelsespost) {
  return { forsendelsesId: { id: f.id }, status: f.status, sisteStatusEndring: f.sisteStatusEndring };
}

function json(b: Buffer): unknown {
  try {
    return JSON.parse(b.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function les(req: IncomingMessage): Promise<Buffer> {
  const deler: Buffer[] = [];
  for await (const d of req) deler.push(d as Buffer);
  return Buffer.concat(deler);
}
