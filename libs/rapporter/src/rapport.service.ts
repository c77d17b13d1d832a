import { Injectable } from '@nestjs/common';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { harRolle } from '../../domain/src/felles/bruker.js';
import type { RapportEntity, Rapporttype } from '../../persistence/src/entities/rapport.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { RapportRepository } from './rapport.repository.js';

export type Rapportformat = 'json' | 'csv' | 'pdf';

export interface Rapportstatus {
  id: string;
  type: Rapporttype;
  status: RapportEntity['status'];
  aar: number;
  /** The municipalities the report covers (every municipality for the anonymised report). */
  kommuner: string[];
  opprettet: string;
  ferdigTid: string | null;
  feil: string | null;
  lenker: Partial<Record<Rapportformat, string>>;
}

/**
 * Ordering and reading reports. Who may see a report is decided here, in one place: the user who ordered
 * it, and a leader whose municipalities cover the report's (every leader may read an anonymised report).
 * Anyone else gets "not found", so a report's existence never leaks.
 */
@Injectable()
export class RapportService {
  constructor(
    private readonly repo: RapportRepository,
    private readonly tenant: TenantTransaction,
    private readonly context: RequestContext,
    private readonly systemvid: SystemvidTilgang,
  ) {}

  async bestill(type: Rapporttype, aar: number): Promise<Rapportstatus> {
    const bruker = this.context.bruker;
    const erLeder = harRolle(bruker, 'leder');
    if (type === 'likebehandling' && !erLeder) {
      throw new DomeneFeil('RAPPORT_IKKE_TILLATT', 'Bare ledere kan bestille likebehandlingsrapporten. Tillitsvalgte kan bestille den anonymiserte rapporten.', 403);
    }
    if (!erLeder && !harRolle(bruker, 'tillitsvalgt')) throw new DomeneFeil('RAPPORT_IKKE_TILLATT', 'Du har ikke tilgang til å bestille rapporter.', 403);
    if (bruker.kommuner.length === 0) throw new DomeneFeil('INGEN_KOMMUNE', 'Brukeren er ikke knyttet til noen kommune.', 403);
    const kommuner = type === 'anonymisert' ? await this.systemvid.alleKommuner('anonymisertRapport') : [...bruker.kommuner].sort();
    const rapport = await this.tenant.run((tm) =>
      this.repo.bestill(tm, { type, aar, kommuner, bestiltAv: bruker.id, rolle: erLeder ? 'leder' : 'tillitsvalgt', outboxKommune: bruker.kommuner[0] }),
    );
    return this.status(rapport);
  }

  async liste(filter: { type?: Rapporttype; aar?: number; antall?: number }): Promise<Rapportstatus[]> {
    const bruker = this.context.bruker;
    const rader = await this.repo.liste({ id: bruker.id, kommuner: bruker.kommuner, erLeder: harRolle(bruker, 'leder') }, filter, filter.antall ?? 50);
    return rader.map((r) => this.status(r));
  }

  async hent(id: string): Promise<Rapportstatus> {
    return this.status(await this.synlig(id));
  }

  async innhold(id: string, format: Rapportformat): Promise<{ type: string; data: Buffer | string | Record<string, unknown>; filnavn: string }> {
    const r = await this.synlig(id);
    if (r.status !== 'ferdig') {
      throw new DomeneFeil('RAPPORT_IKKE_KLAR', r.status === 'feilet' ? 'Rapporten kunne ikke lages.' : 'Rapporten er ikke ferdig ennå. Prøv igjen om litt.', 409);
    }
    const filnavn = `rapport-${r.type}-${r.aar}-${r.id.slice(0, 8)}`;
    if (format === 'pdf') return { type: 'application/pdf', data: r.pdf!, filnavn: `${filnavn}.pdf` };
    if (format === 'csv') return { type: 'text/csv; charset=utf-8', data: r.csv!, filnavn: `${filnavn}.csv` };
    return { type: 'application/json', data: r.innhold!, filnavn: `${filnavn}.json` };
  }

  /** The one access check for reports: not found for what the caller may not see. */
  private async synlig(id: string): Promise<RapportEntity> {
    const bruker = this.context.bruker;
    const r = /^[0-9a-f-]{36}$/i.test(id) ? await this.repo.hent(id) : null;
    const dekker = r !== null && (r.type === 'anonymisert' || r.kommuner.every((k) => bruker.kommuner.includes(k)));
    if (!r || !(r.bestiltAv === bruker.id || (harRolle(bruker, 'leder') && dekker))) {
      throw new DomeneFeil('RAPPORT_FINNES_IKKE', 'Fant ikke rapporten.', 404);
    }
    return r;
  }

  private status(r: RapportEntity): Rapportstatus {
    const base = `/api/v1/rapporter/${r.id}/innhold?format=`;
    return {
      id: r.id,
      type: r.type,
      status: r.status,
      aar: r.aar,
      kommuner: r.kommuner,
      opprettet: r.opprettet.toISOString(),
      ferdigTid: r.ferdigTid ? r.ferdigTid.toISOString() : null,
      feil: r.status === 'feilet' ? r.feil : null,
      lenker: r.status === 'ferdig' ? { json: `${base}json`, csv: `${base}csv`, pdf: `${base}pdf` } : {},
    };
  }
}
