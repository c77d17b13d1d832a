import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DokumentService, type DokumentVisning } from '../../dokumenter/src/dokument.service.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import { maskerFodselsnummer } from '../../domain/src/person/fodselsnummer.js';
import { kortDato, vedtaksbeskrivelse } from '../../domain/src/saksflyt/beskrivelse.js';
import { STATUSNAVN, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import { brevtittel } from '../../letters/src/brevtitler.js';
import { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import type { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import type { VedtakEntity, VedtakslinjeEntity } from '../../persistence/src/entities/vedtak.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { PersonService } from '../../saksbehandling/src/person.service.js';
import { PersonoversiktRepository } from './personoversikt.repository.js';

export interface Vedtakslinjevisning {
  tjenestekode: string;
  tjenestenavn: string;
  utfall: string;
  omfang: number | null;
  omfangsenhet: string;
  startdato: string | null;
  sluttdato: string | null;
  evalueringsdato: string | null;
}

export interface Personoversikt {
  person: {
    id: string;
    navn: string;
    fodselsdato: string;
    fodselsnummerMaskert: string;
    /** Null when the address is protected (strengt fortrolig) and the caller is named on none of the person's cases. */
    adresse: string | null;
    adresseSkjermet: boolean;
    strengtFortrolig: boolean;
    /** The municipalities, among the caller's, where the person is known. */
    kommuner: string[];
  };
  soknader: { id: string; saksnummer: string; kommunenummer: string; status: Saksstatus; statusnavn: string; tjenester: string[]; mottattDato: string; fristDato: string; saksbehandlerNavn: string | null }[];
  /** Services the person has now: granted lines of decisions in force, not ended and not replaced. */
  lopendeTjenester: (Vedtakslinjevisning & { vedtakId: string; soknadId: string; vedtaksdato: string })[];
  vedtak: { id: string; soknadId: string; saksnummer: string; status: string; vedtaksdato: string; beskrivelse: string; linjer: Vedtakslinjevisning[] }[];
  brev: { id: string; soknadId: string; saksnummer: string; brevtype: string; tittel: string; status: string; sendtDato: string | null; beskrivelse: string }[];
  klager: { id: string; soknadId: string; saksnummer: string; vedtakId: string; vedtak: string; status: string; mottattDato: string; klagefrist: string; beskrivelse: string }[];
  venteliste: { id: string; soknadId: string; tjenestekode: string; tjenestenavn: string; oppfortDato: string; status: string }[];
  journal: { id: string; soknadId: string; saksnummer: string; tekst: string; opprettetAvNavn: string; opprettet: string }[];
  dokumenter: (DokumentVisning & { saksnummer: string })[];
}

/**
 * Everything about one person in one place, across the municipalities the caller may see: a person is known
 * once per municipality (by the same identity-number search key), and row-level security leaves out the others.
 */
@Injectable()
export class PersonoversiktService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly personer: PersonService,
    private readonly dokumenter: DokumentService,
    private readonly referanse: Referansedata,
    private readonly rader: PersonoversiktRepository,
  ) {}

  async hent(personId: string): Promise<Personoversikt> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => {
      const person = await this.tilgang.hent(tm, PersonEntity, personId, 'personen');
      const rader = await this.rader.personrader(tm, person.fnrSokenokkel);
      const personIder = rader.map((p) => p.id);
      const soknader = await this.rader.soknader(tm, personIder);
      const soknadIder = soknader.map((s) => s.id);
      const saksnummer = (id: string) => soknader.find((s) => s.id === id)?.saksnummer ?? '';
      const [vedtak, brev, klager, venteliste, journal, dokumenter, navn] = await Promise.all([
        this.rader.vedtak(tm, soknadIder),
        this.rader.brev(tm, soknadIder),
        this.rader.klager(tm, soknadIder),
        this.rader.venteliste(tm, personIder),
        this.rader.journal(tm, soknadIder),
        this.dokumenter.forSoknader(tm, soknadIder),
        this.referanse.tjenestenavn(tm),
      ]);
      const linjer = await this.rader.vedtakslinjer(tm, vedtak.map((v) => v.id));
      const linjevisning = (l: VedtakslinjeEntity): Vedtakslinjevisning => ({
        tjenestekode: l.tjenestekode,
        tjenestenavn: navn(l.tjenestekode),
        utfall: l.utfall,
        omfang: l.omfang === null ? null : Number(l.omfang),
        omfangsenhet: l.omfangsenhet,
        startdato: l.startdato,
        sluttdato: l.sluttdato,
        evalueringsdato: l.evalueringsdato,
      });
      const vedtaksvisning = vedtak.map((v) => {
        const egne = linjer.filter((l) => l.vedtakId === v.id).map(linjevisning);
        return { id: v.id, soknadId: v.soknadId, saksnummer: saksnummer(v.soknadId), status: v.status, vedtaksdato: v.vedtaksdato, beskrivelse: vedtaksbeskrivelse(egne, v.vedtaksdato), linjer: egne };
      });
      const beskrivVedtak = (id: string) => vedtaksvisning.find((v) => v.id === id)?.beskrivelse ?? 'Vedtak';
      await this.logg(tm, rader, soknader);
      return {
        person: this.personvisning(person, rader, soknader),
        soknader: soknader.map((s) => ({
          id: s.id,
          saksnummer: s.saksnummer,
          kommunenummer: s.kommunenummer,
          status: s.status as Saksstatus,
          statusnavn: STATUSNAVN[s.status as Saksstatus],
          tjenester: s.tjenester,
          mottattDato: s.mottattDato,
          fristDato: s.fristDato,
          saksbehandlerNavn: s.saksbehandlerNavn,
        })),
        lopendeTjenester: lopendeTjenester(vedtak, linjer, idagINorge()).map((l) => {
          const v = vedtak.find((x) => x.id === l.vedtakId)!;
          return { ...linjevisning(l), vedtakId: v.id, soknadId: v.soknadId, vedtaksdato: v.vedtaksdato };
        }),
        vedtak: vedtaksvisning,
        brev: brev.map((b) => {
          const tittel = brevtittel(b.brevtype);
          const dato = b.sendtDato ?? b.opprettet.toISOString().slice(0, 10);
          return { id: b.id, soknadId: b.soknadId, saksnummer: saksnummer(b.soknadId), brevtype: b.brevtype, tittel, status: b.status, sendtDato: b.sendtDato, beskrivelse: `${tittel} – ${kortDato(dato)}` };
        }),
        klager: klager.map((k) => ({
          id: k.id,
          soknadId: k.soknadId,
          saksnummer: saksnummer(k.soknadId),
          vedtakId: k.vedtakId,
          vedtak: beskrivVedtak(k.vedtakId),
          status: k.status,
          mottattDato: k.mottattDato,
          klagefrist: k.klagefrist,
          beskrivelse: `Klage på vedtak (${beskrivVedtak(k.vedtakId)}), mottatt ${kortDato(k.mottattDato)}`,
        })),
        venteliste: venteliste.map((v) => ({ id: v.id, soknadId: v.soknadId, tjenestekode: v.tjenestekode, tjenestenavn: navn(v.tjenestekode), oppfortDato: v.oppfortDato, status: v.status })),
        journal: journal.map((j) => ({ id: j.id, soknadId: j.soknadId, saksnummer: saksnummer(j.soknadId), tekst: j.tekst, opprettetAvNavn: j.opprettetAvNavn, opprettet: j.opprettet.toISOString() })),
        dokumenter: dokumenter.map((d) => ({ ...d, saksnummer: saksnummer(d.soknadId) })),
      };
    });
  }

  /** One access-log row per municipality's record of the person read. */
  private async logg(tm: TenantManager, rader: PersonEntity[], soknader: SoknadEntity[]): Promise<void> {
    await this.audit.logg(
      tm,
      rader.map((p) => ({ handling: 'les' as const, ressurs: 'personoversikt', ressursId: p.id, personId: p.id, soknadId: soknader.find((s) => s.personId === p.id)?.id ?? null, kommunenummer: p.kommunenummer, formaal: 'personoversikt' })),
    );
  }

  /** A protected address is shown only to a caseworker named on one of the person's cases, as on the case itself. */
  private personvisning(person: PersonEntity, rader: PersonEntity[], soknader: SoknadEntity[]): Personoversikt['person'] {
    const bruker = this.context.bruker.id;
    const fortrolig = rader.some((p) => p.strengtFortrolig);
    const skjermet = fortrolig && !soknader.some((s) => s.navngitteSaksbehandlere.includes(bruker));
    return {
      id: person.id,
      navn: person.navn,
      fodselsdato: person.fodselsdato,
      fodselsnummerMaskert: maskerFodselsnummer(this.personer.fodselsnummer(person)),
      adresse: skjermet ? null : person.adresse,
      adresseSkjermet: skjermet,
      strengtFortrolig: fortrolig,
      kommuner: rader.map((p) => p.kommunenummer),
    };
  }
}

/**
 * The services running on `idag`: granted or partly granted lines of decided decisions that no later decided
 * decision replaces, begun or about to begin, and not yet ended.
 */
export function lopendeTjenester(vedtak: readonly VedtakEntity[], linjer: readonly VedtakslinjeEntity[], idag: string): VedtakslinjeEntity[] {
  const erstattet = new Set(vedtak.filter((v) => v.status === 'vedtatt' && v.erstatterVedtakId).map((v) => v.erstatterVedtakId!));
  const gjeldende = new Set(vedtak.filter((v) => v.status === 'vedtatt' && !erstattet.has(v.id)).map((v) => v.id));
  return linjer.filter((l) => gjeldende.has(l.vedtakId) && ['innvilget', 'delvis_innvilget'].includes(l.utfall) && (!l.sluttdato || l.sluttdato >= idag));
}
