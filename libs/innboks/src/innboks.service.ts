import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService, type Tilgangshendelse } from '../../audit/src/audit.service.js';
import { harRolle } from '../../domain/src/felles/bruker.js';
import { idagINorge, leggTilDager } from '../../domain/src/frister/dato.js';
import { foreloepigSvarPaakrevd, forventetSvardato } from '../../domain/src/frister/frister.js';
import { vedtaksbeskrivelse } from '../../domain/src/saksflyt/beskrivelse.js';
import { STATUSNAVN, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import { brevtittel } from '../../letters/src/brevtitler.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { VENTER_PAA_VEDTAK } from '../../domain/src/saksflyt/saksflyt.js';
import { InnboksRepository, type Innboksrad } from './innboks.repository.js';

/** How far ahead an evaluation date or the end of a time-limited decision becomes a task. */
export const OPPFOLGING_DAGER_FOR = 30;
/** "This week": deadlines within the coming seven days, and those already passed. */
export const FRIST_DAGER_FOR = 7;

/** One case in the inbox: what it is about and the date that puts it there. */
export interface Innboksoppgave {
  soknadId: string;
  saksnummer: string;
  kommunenummer: string;
  personId: string;
  personnavn: string;
  status: Saksstatus;
  statusnavn: string;
  /** The date that makes it a task: the deadline, the evaluation date, the end date, the complaint's date … */
  dato: string;
  /** What is due, in words, e.g. "Evaluering: Praktisk bistand". */
  beskrivelse: string;
  /** The decision, complaint or letter the task is about, when it is about one. */
  gjelderId: string | null;
}

export interface Innboks {
  idag: string;
  /** My cases still waiting for a decision, earliest deadline first. */
  mineSaker: Innboksoppgave[];
  /** Drafted decisions a four-eyes approval waits for, never the caller's own drafts. */
  tilGodkjenning: Innboksoppgave[];
  /** Deadlines passed or within the coming week (caseworker: own and unassigned cases; leader: all). */
  frister: Innboksoppgave[];
  /** Evaluation dates of services in force within 30 days (or passed). */
  evalueringer: Innboksoppgave[];
  /** Time-limited decisions ending within 30 days. */
  utloper: Innboksoppgave[];
  /** Cases that need an interim reply (fvl. § 11 a) within the coming week and have none. */
  foreloepigeSvar: Innboksoppgave[];
  /** Complaints the office has not yet assessed, with their deadline. */
  klager: Innboksoppgave[];
  /** Letters that failed for good (leaders only; empty for others). */
  feiledeBrev: Innboksoppgave[];
}

/**
 * The caseworker's start page: what needs doing, gathered from the cases of the caller's municipalities.
 * Evaluations and expiring decisions are read from the decisions themselves each time, so a decision's
 * evaluation date becomes a task 30 days ahead without anything being scheduled.
 */
@Injectable()
export class InnboksService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly referanse: Referansedata,
    private readonly rader: InnboksRepository,
  ) {}

  async hent(): Promise<Innboks> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const bruker = this.context.bruker;
    const leder = harRolle(bruker, 'leder');
    const idag = idagINorge();
    const omEnUke = leggTilDager(idag, FRIST_DAGER_FOR);
    const oppfolgingTil = leggTilDager(idag, OPPFOLGING_DAGER_FOR);
    return this.tx.run(async (tm) => {
      const navn = await this.referanse.tjenestenavn(tm);
      const oppgave = (r: Innboksrad, dato: string, beskrivelse: string, gjelderId: string | null = null): Innboksoppgave => ({
        soknadId: r.soknad_id,
        saksnummer: r.saksnummer,
        kommunenummer: r.kommunenummer,
        personId: r.person_id,
        personnavn: r.personnavn,
        status: r.status as Saksstatus,
        statusnavn: STATUSNAVN[r.status as Saksstatus],
        dato,
        beskrivelse,
        gjelderId,
      });

      const mine = await this.rader.mineSaker(tm, bruker.id, VENTER_PAA_VEDTAK);
      const frister = await this.rader.frister(tm, VENTER_PAA_VEDTAK, omEnUke, leder ? null : bruker.id);
      const utkast = await this.rader.utkastTilGodkjenning(tm, bruker.id);
      const utkastlinjer = await this.rader.vedtakslinjer(tm, utkast.map((r) => String(r.vedtak_id)));
      const evalueringer = await this.rader.oppfolging(tm, 'l.evalueringsdato', oppfolgingTil, idag);
      const utloper = await this.rader.oppfolging(tm, 'l.sluttdato', oppfolgingTil, idag);
      const interimKandidater = await this.rader.utenForeloepigSvar(tm, VENTER_PAA_VEDTAK);
      const klager = await this.rader.klagerTilVurdering(tm);
      const feilede = leder ? await this.rader.feiledeBrev(tm) : [];

      const dato = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
      const innboks: Innboks = {
        idag,
        mineSaker: mine.map((r) => oppgave(r, dato(r.frist_dato), dato(r.frist_dato) < idag ? 'Fristen er passert' : 'Frist for vedtak')),
        frister: frister.map((r) => oppgave(r, dato(r.frist_dato), dato(r.frist_dato) < idag ? 'Fristen er passert' : 'Frist denne uken')),
        tilGodkjenning: utkast.map((r) => {
          const linjer = utkastlinjer.filter((l) => l.vedtakId === r.vedtak_id).map((l) => ({ tjenestenavn: navn(l.tjenestekode), utfall: l.utfall }));
          return oppgave(r, dato(r.vedtaksdato), `Utkast til vedtak: ${vedtaksbeskrivelse(linjer, dato(r.vedtaksdato))}`, String(r.vedtak_id));
        }),
        evalueringer: evalueringer.map((r) => oppgave(r, dato(r.oppfolgingsdato), `Evaluering: ${navn(String(r.tjenestekode))}`, String(r.vedtak_id))),
        utloper: utloper.map((r) => oppgave(r, dato(r.oppfolgingsdato), `Vedtaket om ${navn(String(r.tjenestekode))} utløper`, String(r.vedtak_id))),
        foreloepigeSvar: interimKandidater
          .filter((r) => foreloepigSvarPaakrevd(dato(r.mottatt_dato), omEnUke, undefined, false, forventetSvardato(dato(r.frist_dato), idag)))
          .map((r) => oppgave(r, dato(r.mottatt_dato), 'Foreløpig svar skal sendes')),
        klager: klager.map((r) => oppgave(r, dato(r.klagefrist), `Klage mottatt ${dato(r.klage_mottatt)}${r.innen_frist ? '' : ' (etter klagefristen)'}`, String(r.klage_id))),
        feiledeBrev: feilede.map((r) => oppgave(r, dato(r.brev_opprettet), `Brevet feilet: ${brevtittel(String(r.brevtype))}`, String(r.brev_id))),
      };
      await this.logg(tm, innboks);
      return innboks;
    });
  }

  /** Every case shown is an access to its person's name: one row per case, as on the work list. */
  private async logg(tm: TenantManager, innboks: Innboks): Promise<void> {
    const sett = new Map<string, Tilgangshendelse>();
    for (const liste of [innboks.mineSaker, innboks.tilGodkjenning, innboks.frister, innboks.evalueringer, innboks.utloper, innboks.foreloepigeSvar, innboks.klager, innboks.feiledeBrev]) {
      for (const o of liste) sett.set(o.soknadId, { handling: 'les', ressurs: 'innboks', ressursId: o.soknadId, personId: o.personId, soknadId: o.soknadId, kommunenummer: o.kommunenummer, formaal: 'innboks' });
    }
    await this.audit.logg(tm, [...sett.values()]);
  }
}
