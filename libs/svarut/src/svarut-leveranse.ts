import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import { PersonnummerKrypto } from '../../persistence/src/crypto/personnummer-krypto.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import type { Forsendelse, Leveranse, Levert } from '../../brevproduksjon/src/leveranse.js';
import { BrevRepository } from '../../brevproduksjon/index.js';
import { lagForsendelse, type Brevmottaker } from './forsendelse.js';
import { SvarutKlient } from './svarut-klient.js';

export const AVGIVENDE_SYSTEM = 'TK Lofoten saksbehandling';

/**
 * Delivery through KS SvarUt. The letter's id is the forsendelse's `eksternReferanse`, and SvarUt is asked for
 * it before anything is sent: a retry after a lost answer (SvarUt made the forsendelse, the reply never came)
 * finds the first forsendelse and sends nothing again.
 */
@Injectable()
export class SvarutLeveranse implements Leveranse {
  private readonly krypto: PersonnummerKrypto;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TenantTransaction,
    private readonly referanse: Referansedata,
    private readonly brev: BrevRepository,
  ) {
    this.krypto = new PersonnummerKrypto(config.PERSON_DATA_KEY);
  }

  /** The municipality's SvarUt client; a municipality set to SvarUt without an account is a setup error a leader sees. */
  klient(kommunenummer: string): SvarutKlient {
    const env = this.config as unknown as Record<string, string | undefined>;
    const avsender = env[`SVARUT_AVSENDER_${kommunenummer}`];
    const passord = env[`SVARUT_PASSORD_${kommunenummer}`];
    if (!this.config.SVARUT_URL || !avsender || !passord) {
      throw new DomeneFeil('SVARUT_IKKE_KONFIGURERT', `Kommune ${kommunenummer} sender brev gjennom SvarUt, men SVARUT_URL, SVARUT_AVSENDER_${kommunenummer} eller SVARUT_PASSORD_${kommunenummer} mangler.`, 409);
    }
    return new SvarutKlient(this.config.SVARUT_URL, { avsender, passord }, this.config.SVARUT_TIMEOUT_MS);
  }

  async lever(f: Forsendelse): Promise<Levert> {
    const klient = this.klient(f.kommunenummer);
    const eksternReferanse = eksternReferanseFor(f);
    const tidligere = await klient.finnEksternRef(eksternReferanse);
    if (tidligere.length) return { referanse: tidligere[0]!, kanal: 'svarut', status: 'sendt' };
    const { mottaker, dato, kommune } = await this.tx.run(async (tm) => {
      const brev = await this.brev.hent(tm, f.brevId);
      const soknad = await this.brev.hentSak(tm, brev.soknadId);
      const person = await this.brev.hentPerson(tm, soknad.personId);
      const data = brev.flettedata as unknown as Brevdata;
      return { mottaker: mottakerAv(data, this.krypto.dekrypter(person.fnrKryptert)), dato: data.dato, kommune: await this.referanse.kommune(tm, f.kommunenummer) };
    });
    const filnavn = `${f.saksnummer}-${f.brevtype}.pdf`;
    const forsendelse = lagForsendelse({ eksternReferanse, brevtype: f.brevtype, saksnummer: f.saksnummer, dato, kommunenavn: kommune.navn, organisasjonsnummer: kommune.organisasjonsnummer, mottaker, filnavn, avgivendeSystem: AVGIVENDE_SYSTEM });
    const id = await klient.send(forsendelse, new Map([[filnavn, f.pdf]]));
    return { referanse: id, kanal: 'svarut', status: 'sendt' };
  }
}

/** The letter's id; a new delivery of a failed forsendelse adds its number (`<id>-2`), so the look-up finds that attempt's. */
export function eksternReferanseFor(f: Pick<Forsendelse, 'brevId' | 'leveranseforsok'>): string {
  return f.leveranseforsok > 1 ? `${f.brevId}-${f.leveranseforsok}` : f.brevId;
}

/**
 * Who gets the letter: a guardian (verge) or parent who represents the party gets it on paper at the address the
 * letter shows (this system does not hold their identity number); otherwise the person, digitally, with the
 * letter's address for print. A protected address is never in the letter's data, so it is never sent.
 */
export function mottakerAv(data: Pick<Brevdata, 'part' | 'verge'>, fodselsnummer: string): Brevmottaker {
  const rep = data.verge;
  if (rep && rep.rolle !== 'fullmektig') {
    if (!rep.adresselinjer?.length) throw new DomeneFeil('MANGLER_ADRESSE', `Brevet skal til ${rep.rolle === 'verge' ? 'vergen' : 'representanten'}, men det er ingen postadresse å sende det til.`, 409);
    return { navn: rep.navn, fodselsnummer: null, adresselinjer: rep.adresselinjer };
  }
  return { navn: data.part.navn, fodselsnummer, adresselinjer: data.part.adresselinjer };
}
