import { Injectable } from '@nestjs/common';
import { foreloepigSvarPaakrevd, forventetSvardato } from '../../domain/src/frister/frister.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import type { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { SystemvidTilgang } from '../../persistence/index.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { BREVTEKSTER, somListe, type ForeloepigGrunn } from '../../letters/src/brevtekster.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import { formaterDato } from '../../letters/src/flettedata.js';
import type { IsoDato, Maalform } from '../../domain/src/felles/typer.js';
import { leggTilDager } from '../../domain/src/frister/dato.js';
import { BrevbestillingService } from './brevbestilling.service.js';
import { ForeloepigSvarRepository } from './foreloepig-svar.repository.js';


/** Time the office gives itself after a reply deadline for information before it expects to answer. */
const DAGER_ETTER_SVARFRIST = 14;

export interface ForeloepigSvarValg {
  /** The caseworker's choice; by default what the case waits for. */
  grunn?: ForeloepigGrunn;
  forventetSvardato?: IsoDato;
}

/** When the office expects to answer: the due date (two weeks on when too close), never before two weeks after an information deadline. */
function forventetSvar(s: Pick<SoknadEntity, 'innhenting' | 'fristDato'>, idag: IsoDato): IsoDato {
  const utledet = forventetSvardato(s.fristDato, idag);
  const etterSvarfrist = s.innhenting ? leggTilDager(s.innhenting.svarfrist, DAGER_ETTER_SVARFRIST) : utledet;
  return etterSvarfrist > utledet ? etterSvarfrist : utledet;
}

/** What the case waits for: approval of a drafted decision, requested information, or the assessment. */
export function ventetGrunn(s: Pick<SoknadEntity, 'status' | 'innhenting'>): ForeloepigGrunn {
  if (s.status === 'vedtak_utkast') return 'godkjenning';
  return s.innhenting ? 'innhenting' : 'kartlegging';
}

/**
 * The interim reply's merge data: the reason (chosen, or what the case waits for) in the letter's målform, and the
 * expected date (chosen, or the due date, two weeks on when that is too close, and never before two weeks after
 * the reply deadline of requested information).
 */
export function foreloepigSvarInnhold(s: Pick<SoknadEntity, 'status' | 'innhenting' | 'fristDato'>, idag: IsoDato, valg: ForeloepigSvarValg = {}): (m: Maalform) => Partial<Brevdata> {
  const grunn = valg.grunn ?? ventetGrunn(s);
  const dato = valg.forventetSvardato ?? forventetSvar(s, idag);
  return (m) => {
    const t = BREVTEKSTER[m].foreloepigGrunn;
    const tekst = grunn === 'innhenting' && s.innhenting ? t.innhenting(somListe(s.innhenting.opplysninger, m), formaterDato(s.innhenting.svarfrist)) : grunn === 'innhenting' ? t.kartlegging : t[grunn];
    return { foreloepigSvar: { grunn: tekst, forventetSvardato: dato } };
  };
}

/**
 * Interim replies (forvaltningsloven § 11 a): an application that cannot be answered within one month gets
 * a letter with this case's reason (from what it waits for) and the date the office expects to answer (see
 * {@link foreloepigSvarInnhold}), as soon as that is expected and at the latest three weeks after receipt. A
 * caseworker may send it earlier with a reason of their choice (`SoknadService.sendForeloepigSvar`). Run on a schedule; the unique letter per case makes a
 * second run (or two workers at once) queue nothing more.
 */
@Injectable()
export class ForeloepigSvarService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly systemvid: SystemvidTilgang,
    private readonly brev: BrevbestillingService,
    private readonly repo: ForeloepigSvarRepository,
  ) {}

  async kjor(idag = idagINorge()): Promise<{ bestilt: number }> {
    return this.systemvid.forAlleKommuner('foreloepigSvar', () =>
      this.tx.run(async (tm) => {
        const kandidater = await this.repo.utenForeloepigSvar(tm);
        let bestilt = 0;
        // As soon as the case is expected to take more than a month, and at the latest three weeks after receipt.
        for (const s of kandidater.filter((k) => foreloepigSvarPaakrevd(k.mottattDato, idag, undefined, false, forventetSvar(k, idag)))) {
          const brev = await this.brev.bestill(tm, {
            soknad: s,
            brevtype: 'foreloepig_svar',
            dato: idag,
            // The reason follows what the case waits for, in the letter's målform.
            innhold: foreloepigSvarInnhold(s, idag),
          });
          if (brev) {
            bestilt += 1;
            await this.repo.merkSendt(tm, s.id, idag);
          }
        }
        return { bestilt };
      }),
    );
  }
}
