import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { BrevRepository } from './brev.repository.js';

export interface Brevfil {
  pdf: Buffer;
  filnavn: string;
  sha256: string;
}

/**
 * The archived letters: the exact bytes that were sent, read again by a caseworker or leader. Every read is
 * in the access log, since a letter carries the person's name, address and case.
 */
@Injectable()
export class BrevarkivService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly repo: BrevRepository,
  ) {}

  async pdf(brevId: string): Promise<Brevfil> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => this.fil(tm, await this.tilgang.hent(tm, BrevEntity, brevId, 'brevet')));
  }

  /** The letter's bytes in the caller's transaction; 409 with the letter's status while it is not rendered. */
  async fil(tm: TenantManager, brev: BrevEntity): Promise<Brevfil> {
    if (!brev.pdf) {
      throw new DomeneFeil('BREV_IKKE_KLART', brev.status === 'feilet' ? `Brevet kunne ikke lages (status «feilet»): ${brev.feil ?? 'ukjent feil'}.` : `Brevet er ikke klart ennå (status «${brev.status}»). Prøv igjen om litt.`, 409);
    }
    const soknad = await this.repo.hentSak(tm, brev.soknadId);
    await this.audit.logg(tm, [{ handling: 'les', ressurs: 'brev', ressursId: brev.id, personId: soknad.personId, soknadId: soknad.id, kommunenummer: brev.kommunenummer, formaal: 'saksbehandling' }]);
    return { pdf: brev.pdf, filnavn: `${soknad.saksnummer}-${brev.brevtype}.pdf`, sha256: brev.sha256! };
  }
}
