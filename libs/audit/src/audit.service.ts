import { Injectable } from '@nestjs/common';
import type { Tilgangshandling } from '../../persistence/src/entities/tilgangslogg.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import type { TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { TilgangsloggRepository } from './tilgangslogg.repository.js';

export interface Tilgangshendelse {
  handling: Tilgangshandling;
  ressurs: string;
  kommunenummer: string;
  ressursId?: string | null;
  personId?: string | null;
  soknadId?: string | null;
  /** Why the data was touched (tjenstlig behov). */
  formaal: string;
  endringer?: Record<string, { fra: unknown; til: unknown }> | null;
}

/**
 * Writes the access log in the caller's transaction: if the read or change rolls back, so does its log
 * row, and no read of personal data commits without one (Normen: logging and control of access).
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly context: RequestContext,
    private readonly rader: TilgangsloggRepository,
  ) {}

  async logg(tm: TenantManager, hendelser: Tilgangshendelse[]): Promise<void> {
    if (!hendelser.length) return;
    const bruker = this.context.bruker;
    const korrelasjonId = this.context.korrelasjonId;
    await this.rader.leggTil(
      tm,
      hendelser.map((h) => ({
        kommunenummer: h.kommunenummer,
        brukerId: bruker.id,
        brukerNavn: bruker.navn,
        roller: [...bruker.roller],
        handling: h.handling,
        ressurs: h.ressurs,
        ressursId: h.ressursId ?? null,
        personId: h.personId ?? null,
        soknadId: h.soknadId ?? null,
        formaal: h.formaal,
        korrelasjonId,
        endringer: h.endringer ?? null,
      })),
    );
  }
}

/** Old and new values of the fields that changed, for the log. */
export function endringerMellom<T extends object>(fra: T, til: Partial<T>, felter: (keyof T)[]): Record<string, { fra: unknown; til: unknown }> {
  const ut: Record<string, { fra: unknown; til: unknown }> = {};
  for (const f of felter) {
    if (f in til && JSON.stringify(fra[f]) !== JSON.stringify(til[f])) ut[String(f)] = { fra: fra[f], til: til[f] };
  }
  return ut;
}
