import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { foreloepigSvarPaakrevd, forventetSvardato } from '../../domain/src/frister/frister.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { BREVTEKSTER } from '../../letters/src/brevtekster.js';
import { BrevbestillingService } from './brevbestilling.service.js';

const VENTER: string[] = ['mottatt', 'under_kartlegging', 'vedtak_utkast'];

/**
 * Interim replies (forvaltningsloven § 11 a): an application that cannot be answered within one month gets
 * a letter with this case's reason (from what it waits for) and the date the office expects to answer (its due
 * date, or two weeks on when that has passed), as soon as that is expected and at the latest three weeks after
 * receipt. Run on a schedule; the unique letter per case makes a
 * second run (or two workers at once) queue nothing more.
 */
@Injectable()
export class ForeloepigSvarService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly systemvid: SystemvidTilgang,
    private readonly brev: BrevbestillingService,
  ) {}

  async kjor(idag = idagINorge()): Promise<{ bestilt: number }> {
    return this.systemvid.forAlleKommuner('foreloepigSvar', () =>
      this.tx.run(async (tm) => {
        const kandidater = await tm.find(SoknadEntity, { where: { status: In(VENTER), foreloepigSvarDato: IsNull() } });
        let bestilt = 0;
        // As soon as the case is expected to take more than a month, and at the latest three weeks after receipt.
        for (const s of kandidater.filter((k) => foreloepigSvarPaakrevd(k.mottattDato, idag, undefined, false, forventetSvardato(k.fristDato, idag)))) {
          const brev = await this.brev.bestill(tm, {
            soknad: s,
            brevtype: 'foreloepig_svar',
            dato: idag,
            // The reason follows what the case waits for, in the letter's målform.
            innhold: (m) => ({
              foreloepigSvar: {
                grunn: BREVTEKSTER[m].foreloepigGrunn[s.status === 'vedtak_utkast' ? 'godkjenning' : 'kartlegging'],
                forventetSvardato: forventetSvardato(s.fristDato, idag),
              },
            }),
          });
          if (brev) {
            bestilt += 1;
            await tm.update(SoknadEntity, { id: s.id }, { foreloepigSvarDato: idag });
          }
        }
        return { bestilt };
      }),
    );
  }
}
