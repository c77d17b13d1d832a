import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../../../libs/access/src/tilgang.js';
import { DomeneFeil } from '../../../../libs/domain/src/felles/typer.js';
import { KommuneRepository } from './kommune.repository.js';
import type { KommuneDto, KommuneinnstillingerDto } from './kommune.dto.js';

/** Municipalities are shared reference data (no personal data), so no tenant transaction is needed. */
@Injectable()
export class KommuneService {
  constructor(
    private readonly repo: KommuneRepository,
    private readonly tilgang: Tilgang,
  ) {}

  /**
   * Fagadmin keeps the municipality's complaint body and its regulation on long-term care right; letters
   * ordered from now on cite them (other processes see the change within a minute).
   */
  async endreInnstillinger(kommunenummer: string, body: KommuneinnstillingerDto): Promise<KommuneDto> {
    this.tilgang.krevRolle('fagadmin');
    this.tilgang.krevKommune(kommunenummer);
    // Letters cite the regulation by name; a number in its place (as the municipality's number once was) tells the reader nothing.
    if (!/\p{L}{3,}/u.test(body.langtidsforskrift) || new RegExp(`(^|\\D)${kommunenummer}(\\D|$)`).test(body.langtidsforskrift)) {
      throw new DomeneFeil('UGYLDIGE_INNSTILLINGER', 'Innstillingene har ugyldige felt.', 400, [{ field: 'langtidsforskrift', message: 'Skriv forskriftens fulle navn, slik brevene skal vise til den, ikke et nummer.' }]);
    }
    const endret = await this.repo.endreInnstillinger(kommunenummer, { klageorgan: body.klageorgan.trim(), langtidsforskrift: body.langtidsforskrift.trim(), langtidsforskriftDato: body.langtidsforskriftDato });
    if (!endret) throw new DomeneFeil('UKJENT_KOMMUNE', 'Kommunen finnes ikke.', 404);
    return (await this.list()).find((k) => k.kommunenummer === kommunenummer)!;
  }

  async list(): Promise<KommuneDto[]> {
    const rows = [...(await this.repo.alle()).values()];
    return rows.map((k) => ({ ...k, brevhode: `${k.navn} kommune, ved Felles tildelingskontor Lofoten` }));
  }

  async kommunenumre(): Promise<Set<string>> {
    return new Set(await this.repo.kommunenumre());
  }
}
