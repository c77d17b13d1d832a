import { Injectable } from '@nestjs/common';
import { TenantTransaction } from '../../persistence/index.js';
import { Tilgang } from '../../access/index.js';
import { HendelseRepository } from './hendelse.repository.js';

export interface Hendelse {
  id: number;
  type: string;
  kommunenummer: string;
  soknadId: string;
  saksnummer: string;
  handling: string;
  status: string;
  /** Only on `brev.sendt`: the letter that went out. */
  brevId?: string;
  tidspunkt: string;
}

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
      const hendelser = rader.map((h) => ({
        id: Number(h.id),
        type: h.type,
        kommunenummer: h.kommunenummer,
        soknadId: h.soknadId,
        saksnummer: h.saksnummer,
        handling: h.handling,
        status: h.status,
        ...(h.brevId ? { brevId: h.brevId } : {}),
        tidspunkt: h.tidspunkt.toISOString(),
      }));
      return { hendelser, neste: hendelser.at(-1)?.id ?? etter };
    });
  }
}
