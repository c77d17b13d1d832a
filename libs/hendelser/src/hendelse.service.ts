import { Injectable } from '@nestjs/common';
import { TenantTransaction } from '../../persistence/index.js';
import { Tilgang } from '../../access/index.js';
import { somHendelse, type Hendelse } from '../../domain/index.js';
import { HendelseRepository } from './hendelse.repository.js';

export type { Hendelse } from '../../domain/index.js';

/** The change feed, read in the caller's tenant transaction: only the events of the caller's municipalities. */
@Injectable()
export class HendelseService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly repo: HendelseRepository,
  ) {}

  async les(etter: number, antall: number): Promise<{ hendelser: Hendelse[]; neste: number }> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => {
      const rader = await this.repo.etter(tm, etter, antall);
      const hendelser = rader.map(somHendelse);
      return { hendelser, neste: hendelser.at(-1)?.id ?? etter };
    });
  }
}
