import { Injectable } from '@nestjs/common';

import { Tilgang } from '../../access/src/tilgang.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonService } from './person.service.js';
import { AuditService, TilgangsloggRepository } from '../../audit/index.js';
import { PersonRepository } from './person.repository.js';

export interface TilgangsloggRad {
  tidspunkt: string;
  kommunenummer: string;
  brukerId: string;
  brukerNavn: string;
  roller: string[];
  handling: string;
  ressurs: string;
  soknadId: string | null;
  formaal: string;
  endringer: Record<string, { fra: unknown; til: unknown }> | null;
}

/**
 * Who read or changed a person's data (the person's right to know, and the leader's duty to check the log).
 * The identity number arrives in the body, is turned into its search key and is never stored or logged.
 */
@Injectable()
export class TilgangsloggService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly personer: PersonService,
    private readonly audit: AuditService,
    private readonly personrader: PersonRepository,
    private readonly logg: TilgangsloggRepository,
  ) {}

  async sok(fodselsnummer: string, fra?: string, til?: string): Promise<{ rader: TilgangsloggRad[] }> {
    this.tilgang.krevRolle('leder');
    this.personer.valider(fodselsnummer, 'fodselsnummer');
    const nokkel = this.personer.sokenokkel(fodselsnummer);
    return this.tx.run(async (tm) => {
      const personer = await this.personrader.finnMedSokenokkel(tm, nokkel);
      if (!personer.length) return { rader: [] };
      const rader = await this.logg.finnForPersoner(tm, personer.map((p) => p.id), fra, til);
      // The search itself is an access to the person's data, and is logged too.
      await this.audit.logg(tm, personer.map((p) => ({ handling: 'sok' as const, ressurs: 'tilgangslogg', ressursId: p.id, personId: p.id, kommunenummer: p.kommunenummer, formaal: 'kontroll av tilgangslogg' })));
      return {
        rader: rader.map((r) => ({
          tidspunkt: r.tidspunkt.toISOString(),
          kommunenummer: r.kommunenummer,
          brukerId: r.brukerId,
          brukerNavn: r.brukerNavn,
          roller: r.roller,
          handling: r.handling,
          ressurs: r.ressurs,
          soknadId: r.soknadId,
          formaal: r.formaal,
          endringer: r.endringer,
        })),
      };
    });
  }
}

