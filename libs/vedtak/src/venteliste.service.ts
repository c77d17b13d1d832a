import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { VentelisteEntity } from '../../persistence/src/entities/klage.entity.js';
import { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { TenantTransaction } from '../../persistence/src/tenant/tenant-transaction.js';
import { idagINorge } from '../../domain/src/frister/dato.js';

/**
 * The waiting list for long-term care places (pbrl. § 2-1 e and each municipality's regulation): ordered by
 * assessed need, highest first, and only then by the date placed. Reads and changes are audited.
 */
@Injectable()
export class VentelisteService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
  ) {}

  async list(kommunenummer: string) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    this.tilgang.krevKommune(kommunenummer);
    const idag = idagINorge();
    return this.tx.run(async (tm) => {
      const rader = await tm
        .createQueryBuilder(VentelisteEntity, 'v')
        .innerJoin(SoknadEntity, 's', 's.id = v.soknad_id')
        .innerJoin(PersonEntity, 'p', 'p.id = v.person_id')
        .select(['v.id AS id', 'v.soknad_id AS "soknadId"', 'v.vedtak_id AS "vedtakId"', 'v.tjenestekode AS tjenestekode', 'v.behovsskaar::float AS behovsskaar', 'v.oppfort_dato::text AS "oppfortDato"', 'v.versjon AS versjon', 's.saksnummer AS saksnummer', 'p.navn AS personnavn', 'v.person_id AS "personId"'])
        .where(`v.kommunenummer = :k AND v.status = 'venter'`, { k: kommunenummer })
        .orderBy('v.behovsskaar', 'DESC')
        .addOrderBy('v.oppfort_dato', 'ASC')
        .getRawMany<{ id: string; soknadId: string; vedtakId: string; tjenestekode: string; behovsskaar: number; oppfortDato: string; versjon: number; saksnummer: string; personnavn: string; personId: string }>();
      await this.audit.logg(tm, rader.map((r) => ({ handling: 'les' as const, ressurs: 'venteliste', ressursId: r.id, personId: r.personId, soknadId: r.soknadId, kommunenummer, formaal: 'venteliste' })));
      return {
        kommunenummer,
        lengde: rader.length,
        elementer: rader.map(({ personId: _p, ...r }, i) => ({ plass: i + 1, ...r, ventedager: Math.round((Date.parse(idag) - Date.parse(r.oppfortDato)) / 86400_000) })),
      };
    });
  }

  /** A place was given (or the person no longer waits): the entry leaves the list, with the reason audited. */
  async avslutt(id: string, input: { status: 'tildelt' | 'fjernet'; versjon: number; grunn: string }) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const idag = idagINorge();
    return this.tx.run(async (tm) => {
      const v = await this.tilgang.hent(tm, VentelisteEntity, id, 'plassen på ventelisten');
      if (v.status !== 'venter') throw new DomeneFeil('IKKE_PAA_VENTELISTE', 'Personen står ikke lenger på ventelisten.', 409);
      if (v.versjon !== input.versjon) throw new DomeneFeil('UTDATERT_VERSJON', `Ventelisten er endret av noen andre (nå versjon ${v.versjon}). Last den på nytt.`, 409);
      await tm.update(VentelisteEntity, { id }, { status: input.status, avsluttetDato: idag, versjon: v.versjon + 1 });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'venteliste', ressursId: id, personId: v.personId, soknadId: v.soknadId, kommunenummer: v.kommunenummer, formaal: input.grunn.slice(0, 500), endringer: { status: { fra: 'venter', til: input.status } } }]);
      return { id, status: input.status, avsluttetDato: idag };
    });
  }
}
