import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { VENTER_PAA_VEDTAK } from '../../domain/index.js';
import { SoknadEntity, type TenantManager } from '../../persistence/index.js';

/** The cases the interim-reply sweep reads and marks (the case's `foreloepig_svar_dato`). */
@Injectable()
export class ForeloepigSvarRepository {
  /** Cases waiting for a decision that have had no interim reply. */
  utenForeloepigSvar(tm: TenantManager): Promise<SoknadEntity[]> {
    return tm.find(SoknadEntity, { where: { status: In([...VENTER_PAA_VEDTAK]), foreloepigSvarDato: IsNull() } });
  }

  async merkSendt(tm: TenantManager, soknadId: string, dato: string): Promise<void> {
    await tm.update(SoknadEntity, { id: soknadId }, { foreloepigSvarDato: dato });
  }
}
