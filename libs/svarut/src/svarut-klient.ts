import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { SvarutForsendelse } from './forsendelse.js';

export interface SvarutKonto {
  avsender: string;
  passord: string;
}

export interface SvarutStatus {
  forsendelsesId: { id: string };
  status: string;
  sisteStatusEndring?: number | null;
}

const STI = '/tjenester/api/forsendelse/v1';

/**
 * KS SvarUt's forsendelse service, REST v1, as one municipality's avsender (HTTP basic authentication with the
 * avsender's service password). A 4xx other than 404 is a request SvarUt will never accept as it is: a domain
 * error, not retried. Everything else (5xx, a connection refused or cut) is technical and retried by the queue.
 * SvarUt's own error text is not passed on: it may repeat what was sent.
 */
export class SvarutKlient {
  constructor(
    private readonly url: string,
    private readonly konto: SvarutKonto,
    private readonly tidsavbruddMs: number,
  ) {}

  /** Forsendelser already made with this `eksternReferanse` (a letter sent before its answer was lost). */
  async finnEksternRef(eksternReferanse: string): Promise<string[]> {
    const svar = await this.kall('GET', `/eksternref/${encodeURIComponent(eksternReferanse)}`);
    if (svar === null) return [];
    return ((svar as { forsendelseIder?: { id: string }[] | null }).forsendelseIder ?? []).map((f) => f.id);
  }

  /** `sendForsendelse`: multipart, the forsendelse's JSON first (part `forsendelse`), then the files (`filer`) in its order. */
  async send(forsendelse: SvarutForsendelse, filer: Map<string, Buffer>): Promise<string> {
    const form = new FormData();
    form.append('forsendelse', JSON.stringify(forsendelse));
    for (const d of forsendelse.dokumenter) form.append('filer', new Blob([filer.get(d.filnavn)!], { type: d.mimeType }), d.filnavn);
    const svar = (await this.kall('POST', '/sendForsendelse', form)) as { id?: string } | null;
    if (!svar?.id) throw new Error('SvarUt svarte uten forsendelsesId');
    return svar.id;
  }

  async statuser(ider: string[]): Promise<SvarutStatus[]> {
    const svar = (await this.kall('POST', '/statuser', JSON.stringify(ider), 'application/json')) as { statuser?: SvarutStatus[] | null } | null;
    return svar?.statuser ?? [];
  }

  private async kall(metode: 'GET' | 'POST', sti: string, body?: FormData | string, type?: string): Promise<unknown> {
    const headers: Record<string, string> = { Authorization: `Basic ${Buffer.from(`${this.konto.avsender}:${this.konto.passord}`).toString('base64')}`, Accept: 'application/json' };
    if (type) headers['Content-Type'] = type;
    const res = await fetch(`${this.url.replace(/\/$/, '')}${STI}${sti}`, { method: metode, headers, body, signal: AbortSignal.timeout(this.tidsavbruddMs) });
    if (res.status === 404) return null;
    if (res.ok) return res.json();
    const feilkode = await res
      .json()
      .then((e) => (e as { errorcode?: string | null }).errorcode ?? null)
      .catch(() => null);
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new DomeneFeil('SVARUT_AVVIST', `SvarUt avviste forsendelsen (HTTP ${res.status}${feilkode ? `, ${feilkode}` : ''}).`, 422);
    }
    throw new Error(`SvarUt svarte HTTP ${res.status}${feilkode ? ` (${feilkode})` : ''}`);
  }
}
