import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { AuditService } from '../../audit/index.js';
import { DomeneFeil, idagINorge } from '../../domain/index.js';
import { type KartleggingEntity, type SoknadEntity, type TenantManager, TenantTransaction, type VedtakslinjeEntity } from '../../persistence/index.js';
import { VentelisteRepository } from './venteliste.repository.js';

/**
 * Need score for the waiting list: the mean of the scored IPLOS variables, raised when the person is unsafe
 * without round-the-clock care or has cognitive failure. Higher comes first; ties go by date placed.
 */
export function behovsskaar(k: Pick<KartleggingEntity, 'iplos' | 'utryggUtenHeldognstilbud' | 'kognitivSvikt'>): number {
  const skaar = Object.values(k.iplos).filter((s) => s !== 9);
  const snitt = skaar.length ? skaar.reduce((a, b) => a + b, 0) / skaar.length : 1;
  return Math.round((snitt + (k.utryggUtenHeldognstilbud ? 1 : 0) + (k.kognitivSvikt ? 0.5 : 0)) * 100) / 100;
}

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
    private readonly repo: VentelisteRepository,
  ) {}

  async list(kommunenummer: string) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    this.tilgang.krevKommune(kommunenummer);
    const idag = idagINorge();
    return this.tx.run(async (tm) => {
      const rader = await this.repo.finnVentende(tm, kommunenummer);
      await this.audit.logg(tm, rader.map((r) => ({ handling: 'les' as const, ressurs: 'venteliste', ressursId: r.id, personId: r.personId, soknadId: r.soknadId, kommunenummer, formaal: 'venteliste' })));
      return {
        kommunenummer,
        lengde: rader.length,
        elementer: rader.map(({ personId: _p, ...r }, i) => ({ plass: i + 1, ...r, ventedager: Math.round((Date.parse(idag) - Date.parse(r.oppfortDato)) / 86400_000) })),
      };
    });
  }

  /** A decided waiting-list line places the person on the list, scored by the assessment the decision rests on. */
  async plasser(tm: TenantManager, soknad: SoknadEntity, vedtakId: string, linjer: readonly Pick<VedtakslinjeEntity, 'tjenestekode' | 'utfall'>[], kartlegging: KartleggingEntity, dato: string): Promise<void> {
    for (const l of linjer.filter((x) => x.utfall === 'venteliste')) {
      await this.repo.plasser(tm, {
        kommunenummer: soknad.kommunenummer,
        soknadId: soknad.id,
        vedtakId,
        personId: soknad.personId,
        tjenestekode: l.tjenestekode,
        behovsskaar: String(behovsskaar(kartlegging)),
        oppfortDato: dato,
        status: 'venter',
      });
    }
  }

  /** A place was given (or the person no longer waits): the entry leaves the list, with the reason audited. */
  async avslutt(id: string, input: { status: 'tildelt' | 'fjernet'; versjon: number; grunn: string }) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const idag = idagINorge();
    return this.tx.run(async (tm) => {
      const v = await this.repo.hent(tm, id);
      if (v.status !== 'venter') throw new DomeneFeil('IKKE_PAA_VENTELISTE', 'Personen står ikke lenger på ventelisten.', 409);
      if (v.versjon !== input.versjon) throw new DomeneFeil('UTDATERT_VERSJON', `Ventelisten er endret av noen andre (nå versjon ${v.versjon}). Last den på nytt.`, 409);
      await this.repo.avslutt(tm, id, { status: input.status, avsluttetDato: idag, versjon: v.versjon + 1 });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'venteliste', ressursId: id, personId: v.personId, soknadId: v.soknadId, kommunenummer: v.kommunenummer, formaal: input.grunn.slice(0, 500), endringer: { status: { fra: 'venter', til: input.status } } }]);
      return { id, status: input.status, avsluttetDato: idag };
    });
  }
}
