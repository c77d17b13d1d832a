import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { maskerFodselsnummer } from '../../domain/src/person/fodselsnummer.js';
import { STATUSNAVN, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonService } from '../../saksbehandling/src/person.service.js';
import { SokRepository, type Personsok } from './sok.repository.js';

/** How many persons one search returns at most: a name search that finds more needs more letters. */
export const SOK_MAKS_TREFF = 50;

export type Soketype = 'fodselsnummer' | 'saksnummer' | 'navn';

export interface Soketreff {
  personId: string;
  kommunenummer: string;
  navn: string;
  fodselsdato: string;
  /** Birth date part only; the full number is never returned. */
  fodselsnummerMaskert: string;
  strengtFortrolig: boolean;
  saker: { id: string; saksnummer: string; status: Saksstatus; statusnavn: string; tjenester: string[]; mottattDato: string }[];
}

export interface Sokeresultat {
  soketype: Soketype;
  treff: Soketreff[];
  /** More persons matched than were returned. */
  flereTreff: boolean;
}

/** What the search text is: an identity number (11 digits), a case number (`1865-2026-000123` or its start), or a name. */
export function tolkSok(q: string): { type: Soketype; verdi: string } {
  const tekst = q.trim().replace(/\s+/g, ' ');
  const utenMellomrom = tekst.replace(/[\s.]/g, '');
  if (/^\d{11}$/.test(utenMellomrom)) return { type: 'fodselsnummer', verdi: utenMellomrom };
  if (/^\d{4}-\d{1,4}(-\d{0,6})?$/.test(tekst)) return { type: 'saksnummer', verdi: tekst };
  if (/\d/.test(tekst)) {
    // Never echo the text: it may be part of an identity number.
    throw new DomeneFeil('UGYLDIG_SOK', 'Søket er verken et navn, et helt fødselsnummer eller et saksnummer.', 400, [
      { field: 'q', message: 'Skriv et navn, hele fødselsnummeret (11 siffer) eller et saksnummer som 1865-2026-000123.' },
    ]);
  }
  if (tekst.length < 2) throw new DomeneFeil('UGYLDIG_SOK', 'Søket er for kort.', 400, [{ field: 'q', message: 'Skriv minst to bokstaver av navnet.' }]);
  return { type: 'navn', verdi: tekst };
}

/**
 * Search by name (the start of any of the name's words, without regard to case or accents, Sami letters
 * included), identity number (exact, through its keyed search hash: never compared or stored in clear) or case
 * number. Only the caller's municipalities are searched (row-level security); every person found is access-logged.
 */
@Injectable()
export class SokService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly personer: PersonService,
    private readonly rader: SokRepository,
  ) {}

  async sok(q: string): Promise<Sokeresultat> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const { type, verdi } = tolkSok(q);
    if (type === 'fodselsnummer') this.personer.valider(verdi, 'q');
    const sok: Personsok =
      type === 'fodselsnummer' ? { type, sokenokkel: this.personer.sokenokkel(verdi) } : type === 'saksnummer' ? { type, saksnummerstart: verdi } : { type, ord: verdi.split(' ') };
    return this.tx.run(async (tm) => {
      const personer = await this.rader.finnPersoner(tm, sok, SOK_MAKS_TREFF + 1);
      const flereTreff = personer.length > SOK_MAKS_TREFF;
      const treff = personer.slice(0, SOK_MAKS_TREFF);
      const saker = await this.rader.sakerForPersoner(tm, treff.map((p) => p.id));
      await this.audit.logg(tm, treff.map((p) => ({ handling: 'sok' as const, ressurs: 'person', ressursId: p.id, personId: p.id, kommunenummer: p.kommunenummer, formaal: `søk på ${type}` })));
      return {
        soketype: type,
        flereTreff,
        treff: treff.map((p) => ({
          personId: p.id,
          kommunenummer: p.kommunenummer,
          navn: p.navn,
          fodselsdato: p.fodselsdato,
          fodselsnummerMaskert: maskerFodselsnummer(this.personer.fodselsnummer(p)),
          strengtFortrolig: p.strengtFortrolig,
          saker: saker
            .filter((s) => s.personId === p.id)
            .map((s) => ({ id: s.id, saksnummer: s.saksnummer, status: s.status as Saksstatus, statusnavn: STATUSNAVN[s.status as Saksstatus], tjenester: s.tjenester, mottattDato: s.mottattDato })),
        })),
      };
    });
  }
}
