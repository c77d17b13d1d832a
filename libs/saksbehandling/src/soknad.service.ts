import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/src/audit.service.js';
import { BrevbestillingService } from '../../brevproduksjon/src/brevbestilling.service.js';
import { foreloepigSvarInnhold, type ForeloepigSvarValg } from '../../brevproduksjon/src/foreloepig-svar.service.js';
import { DokumentService } from '../../dokumenter/src/dokument.service.js';
import type { KontrollertDokument } from '../../dokumenter/src/dokumentkontroll.js';
import { Tilgang } from '../../access/src/tilgang.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { behandlingsfrist, forfalt, klagefrist, snartForfall } from '../../domain/src/frister/frister.js';
import { maskerFodselsnummer } from '../../domain/src/person/fodselsnummer.js';
import { FOER_VEDTAK, OPPHORSGRUNNER, OPPHORSGRUNN_NAVN, VENTER_PAA_VEDTAK, STATUSNAVN, type Opphorsgrunn, tillatteHandlinger, type Handling, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import { TREKKMAATER, type Trekkmaate } from '../../letters/src/brevdata.js';
import type { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import { SoknadEntity, type Kanal, type Sokertype, type SoktOm } from '../../persistence/src/entities/soknad.entity.js';
import type { TjenesteEntity } from '../../persistence/src/entities/tjeneste.entity.js';
import { VedtakEntity } from '../../persistence/src/entities/vedtak.entity.js';
import { vedtaksbeskrivelse } from '../../domain/src/saksflyt/beskrivelse.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { KartleggingService } from './kartlegging.service.js';
import { PersonRepository } from './person.repository.js';
import { PersonService, type PersonInput } from './person.service.js';
import { ReferanseRepository } from './referanse.repository.js';
import { SaksflytService } from './saksflyt.service.js';
import { SaksmappeRepository, type VedtakIMappe } from './saksmappe.repository.js';
import { SoknadRepository } from './soknad.repository.js';
import type { PersonVisning, Side, SoknadDetalj, SoknadSammendrag } from './soknad.views.js';
import { idagINorge } from '../../domain/src/frister/dato.js';

export interface RegistrerSoknad {
  kommunenummer: string;
  mottattDato: string;
  kanal: Kanal;
  sokerType: Sokertype;
  sokerNavn?: string | null;
  tjenester: string[];
  fritekst?: string | null;
  /** What was applied for per service, when known (an oral application may not say). */
  soktOm?: { tjenestekode: string; omfang?: number | null; frekvens?: string | null }[];
  akutt?: boolean;
  person: PersonInput;
}

export interface RegistrertSoknad {
  id: string;
  saksnummer: string;
  status: string;
  fristDato: string;
  versjon: number;
}

export interface Arbeidslistefilter {
  kommune?: string;
  status?: string[];
  tjeneste?: string;
  /** A user id, `meg` for the caller, or `ingen` for unassigned cases. */
  saksbehandler?: string;
  forfalt?: boolean;
  snartForfall?: boolean;
  sorter?: 'frist' | 'mottatt' | 'saksnummer';
  side?: number;
  antall?: number;
}

export interface Handlingsinput {
  handling: Handling;
  versjon: number;
  /** The history comment; for `avvis` required, as the reason printed in the letter. */
  kommentar?: string | null;
  /** For `trekk` only: how the withdrawal came (default `muntlig`), printed in the confirmation letter. */
  trukketMaate?: Trekkmaate | null;
  /** For `avslutt` of a running service: the person died or moved, so it ends without a decision or a letter. */
  opphorsgrunn?: Opphorsgrunn | null;
}

/** A running service: stopping it against the person's wish is a change decision with advance notice. */
const LOPENDE: readonly string[] = ['i_gang', 'under_revurdering'];

/**
 * Checks what the step itself needs beyond the DTO's field rules, before anything is read.
 *
 * @returns the dismissal's reason, trimmed (for `avvis`).
 * @throws DomeneFeil `MANGLER_BEGRUNNELSE` (400) for `avvis` without a reason; `UGYLDIG_TREKKMAATE` (400) for
 *   `trukketMaate` on another step or with an unknown value.
 */
export function kontrollerHandlingsinput(input: Handlingsinput): string | undefined {
  if (input.trukketMaate != null) {
    if (input.handling !== 'trekk') {
      throw new DomeneFeil('UGYLDIG_TREKKMAATE', 'Måten søknaden ble trukket på, hører bare til handlingen «trekk».', 400, [{ field: 'trukketMaate', message: 'Brukes bare når handling er «trekk».' }]);
    }
    if (!(TREKKMAATER as readonly string[]).includes(input.trukketMaate)) {
      throw new DomeneFeil('UGYLDIG_TREKKMAATE', 'Ukjent måte søknaden ble trukket på.', 400, [{ field: 'trukketMaate', message: `Må være en av: ${TREKKMAATER.join(', ')}.` }]);
    }
  }
  if (input.opphorsgrunn != null) {
    if (input.handling !== 'avslutt') {
      throw new DomeneFeil('UGYLDIG_OPPHORSGRUNN', 'Opphørsgrunnen hører bare til handlingen «avslutt».', 400, [{ field: 'opphorsgrunn', message: 'Brukes bare når handling er «avslutt».' }]);
    }
    if (!(OPPHORSGRUNNER as readonly string[]).includes(input.opphorsgrunn)) {
      throw new DomeneFeil('UGYLDIG_OPPHORSGRUNN', 'Ukjent opphørsgrunn.', 400, [{ field: 'opphorsgrunn', message: `Må være en av: ${OPPHORSGRUNNER.join(', ')}.` }]);
    }
  }
  if (input.handling !== 'avvis') return undefined;
  const begrunnelse = input.kommentar?.trim();
  if (!begrunnelse) {
    throw new DomeneFeil('MANGLER_BEGRUNNELSE', 'En avvisning må ha en begrunnelse.', 400, [{ field: 'kommentar', message: 'Skriv grunnen til avvisningen. Den står i brevet til søkeren.' }]);
  }
  return begrunnelse;
}

/** Applications: registration however they arrived, the case view, the work list, assignment and notes. */

/** How many cases past a page's start the work list counts exactly; beyond that it says "more than". */
const TELLEGRENSE = 1000;
@Injectable()
export class SoknadService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly personer: PersonService,
    private readonly saksflyt: SaksflytService,
    private readonly kartlegging: KartleggingService,
    private readonly referanse: Referansedata,
    private readonly brev: BrevbestillingService,
    private readonly dokumenter: DokumentService,
    private readonly soknader: SoknadRepository,
    private readonly personrader: PersonRepository,
    private readonly saksmappe: SaksmappeRepository,
    private readonly katalog: ReferanseRepository,
  ) {}

  idag(): string {
    return idagINorge();
  }

  async registrer(input: RegistrerSoknad): Promise<RegistrertSoknad> {
    this.tilgang.krevRolle('saksbehandler');
    this.tilgang.krevKommune(input.kommunenummer);
    const bruker = this.context.bruker;
    const forberedt = await this.forbered(input);
    return this.tx.run((tm) => this.opprett(tm, input, forberedt, bruker));
  }

  /**
   * An application from the citizens' digital form (ID-porten), run as the form's own user for the chosen
   * municipality: the case with channel `digital` and no caseworker yet, and its receipt letter ordered in the
   * same transaction, so there is never a case without its receipt.
   */
  async registrerDigital(input: RegistrerSoknad & { situasjon?: string | null; samtykkeInnhenting: boolean; innsenderSokenokkel: string; vedlegg?: KontrollertDokument[] }): Promise<RegistrertSoknad & { kvitteringsbrevId: string }> {
    this.tilgang.krevKommune(input.kommunenummer);
    const digital = { ...input, kanal: 'digital' as const, mottattDato: this.idag() };
    const forberedt = await this.forbered(digital);
    return this.tx.run(async (tm) => {
      const sak = await this.opprett(tm, digital, forberedt, null, { situasjon: input.situasjon ?? null, samtykkeInnhenting: input.samtykkeInnhenting, innsenderSokenokkel: input.innsenderSokenokkel });
      const soknad = await this.soknader.hent(tm, sak.id);
      await this.dokumenter.registrer(tm, soknad, input.vedlegg ?? [], 'innbygger');
      // No caseworker has the case yet: the office itself signs the receipt and is the contact.
      const kommune = await this.referanse.kommune(tm, soknad.kommunenummer);
      const kontor = 'Felles tildelingskontor Lofoten';
      const brev = await this.brev.bestill(tm, {
        soknad,
        brevtype: 'kvittering',
        dato: soknad.mottattDato,
        innhold: { saksbehandler: { navn: kontor, tittel: `på vegne av ${kommune.navn} kommune` }, kontaktperson: { navn: kontor, telefon: kommune.telefon, epost: kommune.epost } },
      });
      return { ...sak, kvitteringsbrevId: brev!.id };
    });
  }

  /**
   * Checks the input and returns the shortest processing norm (days) of its services. Before the transaction: the
   * service catalogue is read on its own connection, never while the transaction holds one (the embedded
   * database has a single session).
   */
  private async forbered(input: RegistrerSoknad): Promise<Forberedt> {
    this.personer.valider(input.person.fodselsnummer);
    if (input.mottattDato > this.idag()) {
      throw new DomeneFeil('UGYLDIG_DATO', 'Mottatt dato kan ikke være i fremtiden.', 400, [{ field: 'mottattDato', message: 'Mottatt dato kan ikke være i fremtiden.' }]);
    }
    const tjenester = await this.hentTjenester(input.tjenester);
    return { normDager: Math.min(...tjenester.map((t) => t.behandlingsfristDager)), soktOm: kontrollerSoktOm(input, tjenester) };
  }

  /** Creates the case in the caller's transaction; `saksbehandler` is who registered it, or null for the digital form. */
  private async opprett(tm: TenantManager, input: RegistrerSoknad, { normDager, soktOm }: Forberedt, saksbehandler: { id: string; navn: string } | null, digital?: Pick<SoknadEntity, 'situasjon' | 'samtykkeInnhenting' | 'innsenderSokenokkel'>): Promise<RegistrertSoknad> {
    const { person, ny } = await this.personer.finnEllerOpprett(tm, input.kommunenummer, input.person);
    const saksnummer = await this.nesteSaksnummer(tm, input.kommunenummer, Number(input.mottattDato.slice(0, 4)));
    const soknad = await this.soknader.opprett(tm, {
      kommunenummer: input.kommunenummer,
      saksnummer,
      personId: person.id,
      mottattDato: input.mottattDato,
      kanal: input.kanal,
      sokerType: input.sokerType,
      sokerNavn: input.sokerNavn ?? null,
      tjenester: input.tjenester,
      fritekst: input.fritekst ?? null,
      soktOm,
      akutt: input.akutt ?? false,
      status: 'mottatt',
      fristDato: behandlingsfrist(input.mottattDato, normDager),
      saksbehandlerId: saksbehandler?.id ?? null,
      saksbehandlerNavn: saksbehandler?.navn ?? null,
      navngitteSaksbehandlere: saksbehandler ? [saksbehandler.id] : [],
      opprettetAv: this.context.bruker.id,
      ...digital,
    });
    await this.saksflyt.historikk(tm, soknad, null, 'mottatt', 'registrer', `Mottatt via ${input.kanal}`);
    await this.audit.logg(tm, [
      { handling: ny ? 'opprett' : 'endre', ressurs: 'person', ressursId: person.id, personId: person.id, kommunenummer: input.kommunenummer, formaal: 'registrering av søknad' },
      { handling: 'opprett', ressurs: 'soknad', ressursId: soknad.id, personId: person.id, soknadId: soknad.id, kommunenummer: input.kommunenummer, formaal: 'registrering av søknad' },
    ]);
    return { id: soknad.id, saksnummer, status: soknad.status, fristDato: soknad.fristDato, versjon: soknad.versjon };
  }

  async hentTjenester(koder: string[]): Promise<TjenesteEntity[]> {
    const rader = (await this.katalog.tjenester()).filter((t) => t.aktiv && koder.includes(t.kode));
    const ukjente = koder.map((k, i) => ({ k, i })).filter(({ k }) => !rader.some((r) => r.kode === k));
    if (ukjente.length) {
      throw new DomeneFeil(
        'UKJENT_TJENESTE',
        'Søknaden gjelder en tjeneste som ikke finnes i tjenestekatalogen.',
        400,
        ukjente.map(({ k, i }) => ({ field: `tjenester[${i}]`, message: `Ukjent tjeneste «${k.slice(0, 40)}».` })),
      );
    }
    return rader;
  }

  /** Case numbers per municipality and year, e.g. 1865-2026-000123; the row lock serialises concurrent takers. */
  private async nesteSaksnummer(tm: TenantManager, kommunenummer: string, aar: number): Promise<string> {
    const siste = await this.soknader.nesteLopenummer(tm, kommunenummer, aar);
    return `${kommunenummer}-${aar}-${String(siste).padStart(6, '0')}`;
  }

  async hent(id: string): Promise<SoknadDetalj> {
    return this.tx.run(async (tm) => {
      const soknad = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      const person = await this.personrader.hent(tm, soknad.personId);
      const [historikk, journal, kartlegginger, vedtak, klager, brev] = await Promise.all([
        this.soknader.historikk(tm, id),
        this.soknader.journal(tm, id),
        this.kartlegging.list(tm, id),
        this.saksmappe.vedtak(tm, id),
        this.saksmappe.klager(tm, id),
        // Never the bytes: the list says what was sent and when; GET /brev/{id}/pdf reads one.
        this.saksmappe.brev(tm, id),
      ]);
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'soknad', ressursId: id, personId: person.id, soknadId: id, kommunenummer: soknad.kommunenummer, formaal: 'saksbehandling' }]);
      const beskrivelse = await this.vedtaksbeskrivelser(tm, vedtak);
      return {
        ...this.sammendrag(soknad, person.navn),
        kanal: soknad.kanal,
        sokerType: soknad.sokerType,
        sokerNavn: soknad.sokerNavn,
        fritekst: soknad.fritekst,
        soktOm: soknad.soktOm,
        innhenting: soknad.innhenting,
        forhandsvarsel: soknad.forhandsvarsel,
        vedtattDato: soknad.vedtattDato,
        person: this.personvisning(person, soknad),
        tillatteHandlinger: tillatteHandlinger(soknad.status as Saksstatus, this.context.bruker.roller),
        historikk: historikk.map((h) => ({ fraStatus: h.fraStatus, tilStatus: h.tilStatus, handling: h.handling, tidspunkt: h.tidspunkt.toISOString(), brukerNavn: h.brukerNavn, kommentar: h.kommentar })),
        journal: journal.map((j) => ({ id: j.id, tekst: j.tekst, opprettetAvNavn: j.opprettetAvNavn, opprettet: j.opprettet.toISOString() })),
        kartlegginger,
        vedtak: vedtak.map((v) => ({ id: v.id, status: v.status, vedtaksdato: v.vedtaksdato, kriteriesettVersjon: v.kriteriesettVersjon, erstatterVedtakId: v.erstatterVedtakId, beskrivelse: beskrivelse(v.id) })),
        klager: klager.map((k) => ({ id: k.id, vedtakId: k.vedtakId, vedtak: beskrivelse(k.vedtakId), status: k.status, mottattDato: k.mottattDato, klagefrist: k.klagefrist, innenFrist: k.innenFrist, fristoppreisning: k.fristoppreisningDato ? { dato: k.fristoppreisningDato, begrunnelse: k.fristoppreisningBegrunnelse ?? '' } : null, avsluttetDato: k.avsluttetDato, avslutningsgrunn: k.avslutningsgrunn, versjon: k.versjon })),
        brev: brev.map((b) => ({
          id: b.id,
          brevtype: b.brevtype,
          status: b.status,
          sendtDato: b.sendtDato,
          vedtakId: b.vedtakId,
          klageId: b.klageId,
          opprettet: b.opprettet.toISOString(),
          leveransekanal: b.leveransekanal,
          leveransestatus: b.leveransestatus,
          leveransestatusTid: b.leveransestatusTid?.toISOString() ?? null,
          arkivJournalpostnummer: b.arkivJournalpostnummer,
        })),
        arkivSaksnummer: soknad.arkivSaksnummer,
      };
    });
  }

  /** Each decision as a caseworker names it: its services with their outcomes, and its date (never its id). */
  private async vedtaksbeskrivelser(tm: TenantManager, vedtak: Pick<VedtakIMappe, 'id' | 'vedtaksdato'>[]): Promise<(id: string) => string> {
    const linjer = await this.saksmappe.vedtakslinjer(tm, vedtak.map((v) => v.id));
    const navn = await this.referanse.tjenestenavn(tm);
    return (id) => {
      const v = vedtak.find((x) => x.id === id);
      return v ? vedtaksbeskrivelse(linjer.filter((l) => l.vedtakId === id).map((l) => ({ tjenestenavn: navn(l.tjenestekode), utfall: l.utfall })), v.vedtaksdato) : 'Vedtak';
    };
  }

  /** A protected address (strengt fortrolig) is shown only to the caseworkers named on the case. */
  private personvisning(person: PersonEntity, soknad: SoknadEntity): PersonVisning {
    const skjermet = person.strengtFortrolig && !soknad.navngitteSaksbehandlere.includes(this.context.bruker.id);
    return {
      id: person.id,
      navn: person.navn,
      fodselsdato: person.fodselsdato,
      fodselsnummerMaskert: maskerFodselsnummer(this.personer.fodselsnummer(person)),
      adresse: skjermet ? null : person.adresse,
      adresseSkjermet: skjermet,
      telefon: skjermet ? null : person.telefon,
      epost: skjermet ? null : person.epost,
      strengtFortrolig: person.strengtFortrolig,
      representant: skjermet && person.representant ? { navn: person.representant.navn, rolle: person.representant.rolle } : person.representant,
    };
  }

  sammendrag(s: SoknadEntity, personnavn: string): SoknadSammendrag {
    const idag = this.idag();
    const venter = VENTER_PAA_VEDTAK.includes(s.status);
    return {
      id: s.id,
      saksnummer: s.saksnummer,
      kommunenummer: s.kommunenummer,
      status: s.status as Saksstatus,
      statusnavn: STATUSNAVN[s.status as Saksstatus] ?? s.status,
      mottattDato: s.mottattDato,
      fristDato: s.fristDato,
      forfalt: venter && forfalt(s.fristDato, idag),
      snartForfall: venter && !forfalt(s.fristDato, idag) && snartForfall(s.fristDato, idag),
      foreloepigSvarDato: s.foreloepigSvarDato,
      tjenester: s.tjenester,
      personnavn,
      saksbehandlerId: s.saksbehandlerId,
      saksbehandlerNavn: s.saksbehandlerNavn,
      akutt: s.akutt,
      versjon: s.versjon,
    };
  }

  /** The work list across every municipality the caller may act for. */
  async arbeidsliste(f: Arbeidslistefilter): Promise<Side<SoknadSammendrag>> {
    const side = Math.max(1, f.side ?? 1);
    const antall = Math.min(100, Math.max(1, f.antall ?? 25));
    if (f.kommune) this.tilgang.krevKommune(f.kommune);
    const grense = (side - 1) * antall + TELLEGRENSE;
    const saksbehandler = f.saksbehandler === 'meg' ? this.context.bruker.id : f.saksbehandler;
    return this.tx.run(async (tm) => {
      // The total is counted exactly up to TELLEGRENSE cases past the page's start, not over every visible case on every page view.
      const { rader, antall: n } = await this.soknader.arbeidsliste(tm, {
        kommune: f.kommune,
        status: f.status,
        tjeneste: f.tjeneste,
        saksbehandler,
        venter: VENTER_PAA_VEDTAK,
        forfalt: f.forfalt,
        snartForfall: f.snartForfall,
        idag: this.idag(),
        sorter: f.sorter ?? 'frist',
        side,
        antall,
        grense,
      });
      const elementer = rader.map((r) => this.sammendrag(r.soknad, r.personnavn));
      await this.audit.logg(
        tm,
        rader.map(({ soknad: s }) => ({ handling: 'les' as const, ressurs: 'arbeidsliste', ressursId: s.id, personId: s.personId, soknadId: s.id, kommunenummer: s.kommunenummer, formaal: 'arbeidsliste' })),
      );
      return { elementer, totalt: Math.min(n, grense), totaltAvkortet: n > grense, side, antall };
    });
  }

  /** Assign or reassign a case; the new caseworker is also named on it (protected addresses). */
  async tildel(id: string, input: { saksbehandlerId: string; saksbehandlerNavn: string; versjon: number }): Promise<SoknadSammendrag> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      const navngitte = s.navngitteSaksbehandlere.includes(input.saksbehandlerId) ? s.navngitteSaksbehandlere : [...s.navngitteSaksbehandlere, input.saksbehandlerId];
      const oppdatert = await this.saksflyt.oppdater(tm, s, { saksbehandlerId: input.saksbehandlerId, saksbehandlerNavn: input.saksbehandlerNavn, navngitteSaksbehandlere: navngitte }, input.versjon);
      await this.audit.logg(tm, [
        { handling: 'endre', ressurs: 'soknad', ressursId: id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'tildeling', endringer: { saksbehandlerId: { fra: s.saksbehandlerId, til: input.saksbehandlerId } } },
      ]);
      const person = await this.personrader.hent(tm, s.personId);
      return this.sammendrag(oppdatert, person.navn);
    });
  }

  /**
   * A step of the case that needs no other data than a comment (withdraw, dismiss, start, close …).
   * A withdrawal and a dismissal are told to the person by letter, ordered in the step's transaction: a
   * confirmation (`trukket`), or, since a dismissal is itself a decision (fvl. § 2 tredje ledd), the decision
   * letter `soknad_avvist` with the caseworker's reason (`kommentar`, then required) and the right to complain.
   */
  async utforHandling(id: string, input: Handlingsinput): Promise<SoknadSammendrag> {
    const begrunnelse = kontrollerHandlingsinput(input);
    const dato = this.idag();
    return this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      // Ending a running service without a decision is only for a death or a move: anything else against the
      // person's wish is a change decision with advance notice and a complaint right (revurder, forhandsvarsel).
      if (input.handling === 'avslutt' && LOPENDE.includes(s.status) && !input.opphorsgrunn) {
        throw new DomeneFeil('MANGLER_OPPHORSGRUNN', 'En tjeneste som er i gang, avsluttes uten vedtak bare når brukeren er død eller har flyttet.', 400, [
          { field: 'opphorsgrunn', message: `Velg ${OPPHORSGRUNNER.join(' eller ')}. Skal tjenesten reduseres eller stanses av andre grunner, må det fattes et endringsvedtak etter forhåndsvarsel (revurder).` },
        ]);
      }
      const oppdatert = await this.saksflyt.overgang(tm, s, input.handling, { versjon: input.versjon, kommentar: input.kommentar });
      if (input.handling === 'avslutt' && input.opphorsgrunn) {
        // No letter (not to the deceased, nor a decision to complain about): a journal note records why.
        const tekst = `Tjenesten er avsluttet ${dato} uten vedtak fordi ${OPPHORSGRUNN_NAVN[input.opphorsgrunn]}.${input.kommentar?.trim() ? ` ${input.kommentar.trim()}` : ''}`;
        await this.soknader.leggTilJournalnotat(tm, { kommunenummer: s.kommunenummer, soknadId: id, tekst, opprettetAv: this.context.bruker.id, opprettetAvNavn: this.context.bruker.navn });
      }
      if (input.handling === 'trekk' || input.handling === 'avvis') {
        await this.brev.bestill(tm, {
          soknad: oppdatert,
          dato,
          ...(input.handling === 'trekk'
            ? { brevtype: 'trukket' as const, innhold: { trukket: { trukketDato: dato, maate: input.trukketMaate ?? 'muntlig' } } }
            : { brevtype: 'soknad_avvist' as const, innhold: { soknadsavvisning: { begrunnelse: begrunnelse! }, klagefrist: klagefrist(dato) } }),
        });
      }
      await this.audit.logg(tm, [
        { handling: 'endre', ressurs: 'soknad', ressursId: id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'saksbehandling', endringer: { status: { fra: s.status, til: oppdatert.status } } },
      ]);
      const person = await this.personrader.hent(tm, s.personId);
      return this.sammendrag(oppdatert, person.navn);
    });
  }

  /**
   * A request for information (fvl. § 17): the letter `innhenting_opplysninger` says what is needed and by when,
   * ordered in the same transaction as the case records that it waits for it. Only before a decision.
   */
  async bestillInnhenting(id: string, input: { opplysninger: string[]; svarfrist: string; versjon: number }): Promise<SoknadDetalj> {
    this.tilgang.krevRolle('saksbehandler');
    const dato = this.idag();
    const opplysninger = input.opplysninger.map((o) => o.trim()).filter(Boolean);
    const feil = [
      ...(opplysninger.length === 0 ? [{ field: 'opplysninger', message: 'Skriv hvilke opplysninger dere trenger.' }] : []),
      ...(input.svarfrist <= dato ? [{ field: 'svarfrist', message: 'Svarfristen må være etter i dag.' }] : []),
    ];
    if (feil.length) throw new DomeneFeil('UGYLDIG_INNHENTING', 'Forespørselen har ugyldige felt.', 400, feil);
    await this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      if (!FOER_VEDTAK.includes(s.status)) throw new DomeneFeil('KAN_IKKE_INNHENTE', 'Opplysninger kan bare hentes inn før vedtak.', 409);
      const innhenting = { opplysninger, svarfrist: input.svarfrist, bestiltDato: dato };
      if (!(await this.soknader.oppdaterVedVersjon(tm, id, input.versjon, { innhenting, versjon: input.versjon + 1 }))) throw new DomeneFeil('UTDATERT_VERSJON', 'Saken er endret av noen andre. Last den på nytt.', 409);
      await this.brev.bestill(tm, {
        soknad: s,
        brevtype: 'innhenting_opplysninger',
        dato,
        innhold: { innhenting: { opplysninger: opplysninger.map((beskrivelse) => ({ beskrivelse })), svarfrist: input.svarfrist } },
      });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'soknad', ressursId: id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'innhenting av opplysninger', endringer: { innhentingSvarfrist: { fra: s.innhenting?.svarfrist ?? null, til: input.svarfrist } } }]);
    });
    return this.hent(id);
  }

  /**
   * An interim reply (fvl. § 11 a) sent by the caseworker as soon as the case is expected to take more than a month:
   * the reason chosen (or what the case waits for) and the expected date, in the case's transaction. A case gets one
   * interim reply; the scheduled sweep sends none after this.
   */
  async sendForeloepigSvar(id: string, input: ForeloepigSvarValg & { versjon: number }): Promise<SoknadDetalj> {
    this.tilgang.krevRolle('saksbehandler');
    const dato = this.idag();
    if (input.forventetSvardato !== undefined && input.forventetSvardato <= dato) {
      throw new DomeneFeil('UGYLDIG_FORELOEPIG_SVAR', 'Det foreløpige svaret har ugyldige felt.', 400, [{ field: 'forventetSvardato', message: 'Datoen dere regner med å svare, må være etter i dag.' }]);
    }
    await this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      if (!VENTER_PAA_VEDTAK.includes(s.status)) throw new DomeneFeil('KAN_IKKE_SENDE_FORELOEPIG_SVAR', 'Et foreløpig svar sendes bare før vedtak.', 409);
      if (s.foreloepigSvarDato) throw new DomeneFeil('FORELOEPIG_SVAR_SENDT', `Saken fikk foreløpig svar ${s.foreloepigSvarDato}. Gi søkeren beskjed på annen måte om nye forsinkelser.`, 409);
      if (input.grunn === 'innhenting' && !s.innhenting) {
        throw new DomeneFeil('UGYLDIG_FORELOEPIG_SVAR', 'Det foreløpige svaret har ugyldige felt.', 400, [{ field: 'grunn', message: 'Saken venter ikke på opplysninger: be om dem først (innhenting), eller velg en annen grunn.' }]);
      }
      if (!(await this.soknader.oppdaterVedVersjon(tm, id, input.versjon, { foreloepigSvarDato: dato, versjon: input.versjon + 1 }))) throw new DomeneFeil('UTDATERT_VERSJON', 'Saken er endret av noen andre. Last den på nytt.', 409);
      const brev = await this.brev.bestill(tm, { soknad: s, brevtype: 'foreloepig_svar', dato, innhold: foreloepigSvarInnhold(s, dato, input) });
      if (!brev) throw new DomeneFeil('FORELOEPIG_SVAR_SENDT', 'Saken har allerede fått foreløpig svar.', 409);
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'soknad', ressursId: id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'foreløpig svar', endringer: { foreloepigSvarDato: { fra: null, til: dato } } }]);
    });
    return this.hent(id);
  }

  /**
   * Advance notice (fvl. § 16) before a running service is reduced or stopped against the person's wish: what the
   * office intends and from when, and the deadline to comment; the change decision waits until it has passed.
   * During re-evaluation (`revurder`), in one transaction with its letter.
   */
  async sendForhandsvarsel(id: string, input: { vedtakId: string; endring: string; virkningsdato: string; uttalelsesfrist: string; versjon: number }): Promise<SoknadDetalj> {
    this.tilgang.krevRolle('saksbehandler');
    const dato = this.idag();
    const endring = input.endring.trim();
    const feil = [
      ...(!endring ? [{ field: 'endring', message: 'Skriv hva dere vurderer å endre, og hvorfor. Det står i varselet.' }] : []),
      ...(input.uttalelsesfrist <= dato ? [{ field: 'uttalelsesfrist', message: 'Fristen for å uttale seg må være etter i dag.' }] : []),
      ...(input.virkningsdato <= input.uttalelsesfrist ? [{ field: 'virkningsdato', message: 'Endringen kan tidligst gjelde etter fristen for å uttale seg.' }] : []),
    ];
    if (feil.length) throw new DomeneFeil('UGYLDIG_FORHANDSVARSEL', 'Forhåndsvarselet har ugyldige felt.', 400, feil);
    await this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      if (s.status !== 'under_revurdering') throw new DomeneFeil('KAN_IKKE_VARSLE', 'Forhåndsvarsel sendes når saken er under revurdering (revurder først).', 409);
      const vedtak = await this.tilgang.hent(tm, VedtakEntity, input.vedtakId, 'vedtaket');
      if (vedtak.soknadId !== id || vedtak.status !== 'vedtatt') {
        throw new DomeneFeil('UGYLDIG_FORHANDSVARSEL', 'Forhåndsvarselet har ugyldige felt.', 400, [{ field: 'vedtakId', message: 'Må være et fattet vedtak i denne saken.' }]);
      }
      const forhandsvarsel = { vedtakId: vedtak.id, endring, virkningsdato: input.virkningsdato, uttalelsesfrist: input.uttalelsesfrist, sendtDato: dato };
      if (!(await this.soknader.oppdaterVedVersjon(tm, id, input.versjon, { forhandsvarsel, versjon: input.versjon + 1 }))) throw new DomeneFeil('UTDATERT_VERSJON', 'Saken er endret av noen andre. Last den på nytt.', 409);
      await this.brev.bestill(tm, {
        soknad: s,
        brevtype: 'forhandsvarsel',
        dato,
        innhold: { forhandsvarsel: { tidligereVedtaksdato: vedtak.vedtaksdato, endring, virkningsdato: input.virkningsdato, uttalelsesfrist: input.uttalelsesfrist } },
      });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'soknad', ressursId: id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'forhåndsvarsel', endringer: { forhandsvarselFrist: { fra: s.forhandsvarsel?.uttalelsesfrist ?? null, til: input.uttalelsesfrist } } }]);
    });
    return this.hent(id);
  }

  async journalfor(id: string, tekst: string): Promise<{ id: string }> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const bruker = this.context.bruker;
    return this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      const notat = await this.soknader.leggTilJournalnotat(tm, { kommunenummer: s.kommunenummer, soknadId: id, tekst, opprettetAv: bruker.id, opprettetAvNavn: bruker.navn });
      await this.audit.logg(tm, [{ handling: 'opprett', ressurs: 'journalnotat', ressursId: notat.id, personId: s.personId, soknadId: id, kommunenummer: s.kommunenummer, formaal: 'saksbehandling' }]);
      return { id: notat.id };
    });
  }

  /**
   * The person moved: the case (and its assessments, history and journal) passes to the new responsible
   * municipality. The caller must act for both. History and the access log keep the old municipality.
   */
  async byttKommune(id: string, input: { tilKommunenummer: string; grunn: string; versjon: number }): Promise<SoknadSammendrag> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    this.tilgang.krevKommune(input.tilKommunenummer);
    return this.tx.run(async (tm) => {
      const s = await this.tilgang.hent(tm, SoknadEntity, id, 'søknaden');
      if (s.kommunenummer === input.tilKommunenummer) {
        throw new DomeneFeil('SAMME_KOMMUNE', 'Saken tilhører allerede denne kommunen.', 409);
      }
      // Decisions, letters and complaints belong to the municipality that made them; the new one decides anew.
      if (!FOER_VEDTAK.includes(s.status)) {
        throw new DomeneFeil('HAR_VEDTAK', 'Saken har et vedtak eller vedtaksutkast og kan ikke flyttes. Den nye kommunen må behandle en ny søknad.', 409);
      }
      const person = await this.personrader.hent(tm, s.personId);
      // The person is known per municipality: find or create them in the new one.
      let nyPerson = await this.personrader.finnIKommune(tm, input.tilKommunenummer, person.fnrSokenokkel);
      if (!nyPerson) {
        const { id: _id, opprettet: _o, endret: _e, versjon: _v, ...felter } = person;
        nyPerson = await this.personrader.opprett(tm, { ...felter, kommunenummer: input.tilKommunenummer });
      }
      const fra = s.kommunenummer;
      // Deferrable order: children first would break the foreign key; update the case, then its children.
      const oppdatert = await this.saksflyt.oppdater(tm, s, { kommunenummer: input.tilKommunenummer, personId: nyPerson.id }, input.versjon);
      await this.soknader.flyttBarnTilKommune(tm, id, input.tilKommunenummer, nyPerson.id);
      await this.saksflyt.historikk(tm, oppdatert, s.status, s.status, 'bytt_kommune', `Ansvarlig kommune endret fra ${fra} til ${input.tilKommunenummer}: ${input.grunn}`);
      await this.audit.logg(tm, [
        { handling: 'endre', ressurs: 'soknad', ressursId: id, personId: person.id, soknadId: id, kommunenummer: fra, formaal: 'bytte av ansvarlig kommune', endringer: { kommunenummer: { fra, til: input.tilKommunenummer } } },
        { handling: 'endre', ressurs: 'soknad', ressursId: id, personId: nyPerson.id, soknadId: id, kommunenummer: input.tilKommunenummer, formaal: 'bytte av ansvarlig kommune', endringer: { kommunenummer: { fra, til: input.tilKommunenummer } } },
      ]);
      return this.sammendrag(oppdatert, nyPerson.navn);
    });
  }
}

/** What was applied for: only services in the application, each once, hours within a week (400 naming the field). */
/** What registration checks before its transaction: the shortest processing norm (days) and what was applied for. */
interface Forberedt {
  normDager: number;
  soktOm: SoktOm[];
}

function kontrollerSoktOm(input: RegistrerSoknad, tjenester: readonly TjenesteEntity[]): SoktOm[] {
  const feil: { field: string; message: string }[] = [];
  const sett = new Set<string>();
  const ut = (input.soktOm ?? []).map((s, i) => {
    const tjeneste = tjenester.find((t) => t.kode === s.tjenestekode);
    if (!input.tjenester.includes(s.tjenestekode) || !tjeneste) feil.push({ field: `soktOm[${i}].tjenestekode`, message: 'Søknaden gjelder ikke denne tjenesten.' });
    if (sett.has(s.tjenestekode)) feil.push({ field: `soktOm[${i}].tjenestekode`, message: 'Tjenesten står to ganger.' });
    sett.add(s.tjenestekode);
    if (tjeneste?.omfangsenhet === 'timer_per_uke' && (s.omfang ?? 0) > 168) feil.push({ field: `soktOm[${i}].omfang`, message: 'En uke har 168 timer.' });
    return { tjenestekode: s.tjenestekode, omfang: s.omfang ?? null, frekvens: s.frekvens?.trim() || null };
  });
  if (feil.length) throw new DomeneFeil('UGYLDIG_SOKNAD', 'Søknaden har ugyldige felt.', 400, feil);
  return ut;
}
