import { Inject, Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { DomeneFeil, HENDELSESTYPER, type Hendelsestype } from '../../domain/index.js';
import { RequestContext, TenantTransaction } from '../../persistence/index.js';
import { AbonnementRepository, type AbonnementRad, type LeveranseRad } from './abonnement.repository.js';
import { HemmelighetKrypto, nyHemmelighet } from './hemmelighet.js';
import { validerMottakerUrl } from './mottaker-url.js';

export interface NyttAbonnement {
  kommunenummer: string;
  url: string;
  hendelsestyper: readonly Hendelsestype[];
  /** The caller's own secret; left out, one is made. Either way it is shown once, in the reply to this call. */
  hemmelighet?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ikkeFunnet = () => new DomeneFeil('IKKE_FUNNET', 'Fant ikke abonnementet.', 404);

/** Webhook subscriptions, kept by a fagadmin for the municipalities in their token. */
@Injectable()
export class AbonnementService {
  private readonly krypto: HemmelighetKrypto;

  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly context: RequestContext,
    private readonly abonnementer: AbonnementRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.krypto = new HemmelighetKrypto(config.PERSON_DATA_KEY);
  }

  async opprett(a: NyttAbonnement): Promise<AbonnementRad & { hemmelighet: string }> {
    this.tilgang.krevRolle('fagadmin');
    this.tilgang.krevKommune(a.kommunenummer);
    const url = validerMottakerUrl(a.url, this.config.NODE_ENV);
    const typer = [...new Set(a.hendelsestyper)].filter((t) => HENDELSESTYPER.includes(t));
    if (!typer.length) throw new DomeneFeil('UGYLDIG_ABONNEMENT', 'Velg minst én hendelsestype.', 400, [{ field: 'hendelsestyper', message: `Minst én av ${HENDELSESTYPER.join(', ')}.` }]);
    const hemmelighet = a.hemmelighet ?? nyHemmelighet();
    const rad = await this.tx.run((tm) =>
      this.abonnementer.opprett(tm, { kommunenummer: a.kommunenummer, url, hendelsestyper: typer, kryptertHemmelighet: this.krypto.krypter(hemmelighet), opprettetAv: this.context.bruker.id }),
    );
    return { ...rad, hemmelighet };
  }

  liste(): Promise<AbonnementRad[]> {
    this.tilgang.krevRolle('fagadmin');
    return this.tx.run((tm) => this.abonnementer.liste(tm));
  }

  async hent(id: string): Promise<AbonnementRad> {
    this.tilgang.krevRolle('fagadmin');
    if (!UUID.test(id)) throw ikkeFunnet();
    const abonnement = await this.tx.run((tm) => this.abonnementer.hent(tm, id));
    if (!abonnement) throw ikkeFunnet();
    return abonnement;
  }

  async slett(id: string): Promise<void> {
    this.tilgang.krevRolle('fagadmin');
    if (!UUID.test(id) || !(await this.tx.run((tm) => this.abonnementer.slett(tm, id)))) throw ikkeFunnet();
  }

  async leveranser(id: string, antall: number): Promise<LeveranseRad[]> {
    this.tilgang.krevRolle('fagadmin');
    if (!UUID.test(id)) throw ikkeFunnet();
    return this.tx.run(async (tm) => {
      if (!(await this.abonnementer.hent(tm, id))) throw ikkeFunnet();
      return this.abonnementer.leveranser(tm, id, antall);
    });
  }
}
