/**
 * Unit-tier support: in-memory stand-ins for the case side's repositories and for the services around them, so
 * the case services' rules run in milliseconds without a database. Each fake implements its repository's public
 * methods (a changed signature fails the type check here). Not exported from the library's index.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { OppslagRepository, Oppslagsentitet, Oppslagsrad } from '../../access/index.js';
import { Tilgang } from '../../access/index.js';
import { AuditService, type NyTilgangsloggrad, type TilgangsloggRepository } from '../../audit/index.js';
import type { BrevbestillingService } from '../../brevproduksjon/index.js';
import type { AppConfig } from '../../config/index.js';
import type { DokumentService } from '../../dokumenter/index.js';
import { DomeneFeil, type Bruker } from '../../domain/index.js';
import {
  BrevEntity,
  DokumentEntity,
  JournalnotatEntity,
  KartleggingEntity,
  KlageEntity,
  PersonEntity,
  SoknadEntity,
  StatushistorikkEntity,
  VedtakEntity,
  VedtakslinjeEntity,
  type KommuneEntity,
  type Referansedata,
  type RequestContext,
  type TenantManager,
  type TenantTransaction,
  type TilgangsloggEntity,
  type TjenesteEntity,
} from '../../persistence/index.js';
import { KartleggingService } from './kartlegging.service.js';
import type { NyPerson, PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';
import type { ReferanseRepository } from './referanse.repository.js';
import { SaksflytService } from './saksflyt.service.js';
import type { BrevIMappe, KlageIMappe, SaksmappeRepository, VedtakIMappe } from './saksmappe.repository.js';
import type { Arbeidslistesporring, NyKartlegging, NyStatushistorikk, NyttJournalnotat, SoknadRepository } from './soknad.repository.js';
import { SoknadService } from './soknad.service.js';

type Offentlig<T> = { [K in keyof T]: T[K] };

/** The rows the fakes keep: one list per table. */
export class Kartotek {
  soknader: SoknadEntity[] = [];
  personer: PersonEntity[] = [];
  historikk: StatushistorikkEntity[] = [];
  /** The change feed's events, one per history row, as the repository writes them. */
  hendelser: { soknadId: string; handling: string; status: string }[] = [];
  journal: JournalnotatEntity[] = [];
  kartlegginger: KartleggingEntity[] = [];
  vedtak: VedtakEntity[] = [];
  vedtakslinjer: VedtakslinjeEntity[] = [];
  klager: KlageEntity[] = [];
  brev: BrevEntity[] = [];
  dokumenter: DokumentEntity[] = [];
  tilgangslogg: NyTilgangsloggrad[] = [];
  saksnummerserie = new Map<string, number>();

  tabell(entitet: unknown): { id: string }[] {
    const tabeller = new Map<unknown, { id: string }[]>([
      [SoknadEntity, this.soknader],
      [PersonEntity, this.personer],
      [VedtakEntity, this.vedtak],
      [KlageEntity, this.klager],
      [BrevEntity, this.brev],
      [DokumentEntity, this.dokumenter],
    ]);
    const t = tabeller.get(entitet);
    if (!t) throw new Error('Kartoteket har ingen tabell for denne entiteten');
    return t;
  }
}

/** Copies `felter` onto a fresh entity, as the database would hand back a new row. */
function rad<T extends object>(klasse: new () => T, felter: Partial<T>): T {
  return Object.assign(new klasse(), felter);
}

const kopi = <T extends object>(r: T): T => Object.assign(Object.create(Object.getPrototypeOf(r)) as T, r);

/** Where the fakes take the case's row-level security from: not at all, since they hold one tenant's rows. */
export const tm = {} as TenantManager;

export function falskTransaksjon(): TenantTransaction {
  return { run: (fn: (tm: TenantManager) => Promise<unknown>) => fn(tm), les: (fn: (tm: TenantManager) => Promise<unknown>) => fn(tm) } as unknown as TenantTransaction;
}

/** The request context with a caller who can be swapped between steps (`kontekst.bruker = …`). */
export function falskKontekst(bruker: Bruker): RequestContext & { bruker: Bruker } {
  return { bruker, korrelasjonId: 'test-korrelasjon', harBruker: true } as unknown as RequestContext & { bruker: Bruker };
}

export const SAKSBEHANDLER: Bruker = { id: 'sb-1', navn: 'Siri Saksbehandler', roller: ['saksbehandler'], kommuner: ['1860', '1865'] };
export const SAKSBEHANDLER_2: Bruker = { id: 'sb-2', navn: 'Per Saksbehandler', roller: ['saksbehandler'], kommuner: ['1860', '1865'] };
export const LEDER: Bruker = { id: 'leder-1', navn: 'Liv Leder', roller: ['leder'], kommuner: ['1860', '1865'] };

export class FalskOppslag implements Offentlig<OppslagRepository> {
  constructor(private readonly k: Kartotek) {}

  async hentMedIder<T extends Oppslagsrad>(_tm: TenantManager, entitet: Oppslagsentitet<T>, ider: readonly string[]): Promise<T[]> {
    return this.k.tabell(entitet).filter((r) => ider.includes(r.id)).map((r) => kopi(r) as unknown as T);
  }
}

export class FalskTilgangslogg implements Offentlig<TilgangsloggRepository> {
  constructor(private readonly k: Kartotek) {}

  async leggTil(_tm: TenantManager, rader: readonly NyTilgangsloggrad[]): Promise<void> {
    this.k.tilgangslogg.push(...rader);
  }

  async finnForPersoner(_tm: TenantManager, personIder: readonly string[]): Promise<TilgangsloggEntity[]> {
    // Newest first, as the log is read.
    return this.k.tilgangslogg.filter((r) => r.personId && personIder.includes(r.personId)).map((r) => ({ ...r, id: randomUUID(), tidspunkt: new Date() }) as TilgangsloggEntity).reverse();
  }
}

export class FalskSoknadRepository implements Offentlig<SoknadRepository> {
  constructor(private readonly k: Kartotek) {}

  async finn(_tm: TenantManager, id: string): Promise<SoknadEntity | null> {
    const s = this.k.soknader.find((r) => r.id === id);
    return s ? kopi(s) : null;
  }

  async hent(_tm: TenantManager, id: string): Promise<SoknadEntity> {
    const s = await this.finn(tm, id);
    if (!s) throw new Error('EntityNotFound: soknad');
    return s;
  }

  async opprett(_tm: TenantManager, felter: Partial<SoknadEntity>): Promise<SoknadEntity> {
    const s = rad(SoknadEntity, { id: randomUUID(), versjon: 1, opprettet: new Date(), innhenting: null, forhandsvarsel: null, foreloepigSvarDato: null, vedtattDato: null, arkivSaksnummer: null, situasjon: null, samtykkeInnhenting: null, innsenderSokenokkel: null, ...felter });
    this.k.soknader.push(s);
    return kopi(s);
  }

  async nesteLopenummer(_tm: TenantManager, kommunenummer: string, aar: number): Promise<number> {
    const n = (this.k.saksnummerserie.get(`${kommunenummer}-${aar}`) ?? 0) + 1;
    this.k.saksnummerserie.set(`${kommunenummer}-${aar}`, n);
    return n;
  }

  async oppdaterVedVersjon(_tm: TenantManager, id: string, versjon: number, endringer: Partial<SoknadEntity>): Promise<boolean> {
    const s = this.k.soknader.find((r) => r.id === id);
    if (!s || s.versjon !== versjon) return false;
    Object.assign(s, endringer, { versjon: versjon + 1 });
    return true;
  }

  async flyttBarnTilKommune(_tm: TenantManager, soknadId: string, kommunenummer: string, personId: string): Promise<void> {
    for (const r of [...this.k.kartlegginger, ...this.k.historikk, ...this.k.journal, ...this.k.dokumenter]) if (r.soknadId === soknadId) r.kommunenummer = kommunenummer;
    for (const d of this.k.dokumenter) if (d.soknadId === soknadId) d.personId = personId;
  }

  async leggTilHistorikk(_tm: TenantManager, soknad: Pick<SoknadEntity, 'id' | 'kommunenummer' | 'saksnummer'>, r: NyStatushistorikk): Promise<void> {
    this.k.historikk.push(rad(StatushistorikkEntity, { ...r, id: String(this.k.historikk.length + 1), kommunenummer: soknad.kommunenummer, soknadId: soknad.id, tidspunkt: new Date() }));
    this.k.hendelser.push({ soknadId: soknad.id, handling: r.handling, status: r.tilStatus });
  }

  async historikk(_tm: TenantManager, soknadId: string): Promise<StatushistorikkEntity[]> {
    return this.k.historikk.filter((h) => h.soknadId === soknadId);
  }

  async leggTilJournalnotat(_tm: TenantManager, r: NyttJournalnotat): Promise<JournalnotatEntity> {
    const notat = rad(JournalnotatEntity, { ...r, id: randomUUID(), opprettet: new Date() });
    this.k.journal.push(notat);
    return notat;
  }

  async journal(_tm: TenantManager, soknadId: string): Promise<JournalnotatEntity[]> {
    return this.k.journal.filter((j) => j.soknadId === soknadId);
  }

  async leggTilKartlegging(_tm: TenantManager, r: NyKartlegging): Promise<KartleggingEntity> {
    const k = rad(KartleggingEntity, { ...r, id: randomUUID(), opprettet: new Date() });
    this.k.kartlegginger.push(k);
    return k;
  }

  async kartlegginger(_tm: TenantManager, soknadId: string): Promise<KartleggingEntity[]> {
    return this.k.kartlegginger.filter((k) => k.soknadId === soknadId).sort((a, b) => b.dato.localeCompare(a.dato) || b.opprettet.getTime() - a.opprettet.getTime());
  }

  async nyesteKartlegging(_tm: TenantManager, soknadId: string): Promise<KartleggingEntity | null> {
    return (await this.kartlegginger(tm, soknadId))[0] ?? null;
  }

  /** The filters a unit test relies on (municipality, status, assignee), sorted by deadline; the SQL itself is the integration tier's. */
  async arbeidsliste(_tm: TenantManager, f: Arbeidslistesporring): Promise<{ rader: { soknad: SoknadEntity; personnavn: string }[]; antall: number }> {
    const treff = this.k.soknader
      .filter((s) => (!f.kommune || s.kommunenummer === f.kommune) && (!f.status?.length || f.status.includes(s.status)))
      .filter((s) => (f.saksbehandler === 'ingen' ? s.saksbehandlerId === null : !f.saksbehandler || s.saksbehandlerId === f.saksbehandler))
      .sort((a, b) => a.fristDato.localeCompare(b.fristDato) || a.saksnummer.localeCompare(b.saksnummer));
    const side = treff.slice((f.side - 1) * f.antall, f.side * f.antall);
    return { rader: side.map((s) => ({ soknad: kopi(s), personnavn: this.k.personer.find((p) => p.id === s.personId)!.navn })), antall: Math.min(treff.length, f.grense + 1) };
  }
}

export class FalskPersonRepository implements Offentlig<PersonRepository> {
  constructor(private readonly k: Kartotek) {}

  async hent(_tm: TenantManager, id: string): Promise<PersonEntity> {
    const p = this.k.personer.find((r) => r.id === id);
    if (!p) throw new Error('EntityNotFound: person');
    return kopi(p);
  }

  async finnIKommune(_tm: TenantManager, kommunenummer: string, fnrSokenokkel: string): Promise<PersonEntity | null> {
    const p = this.k.personer.find((r) => r.kommunenummer === kommunenummer && r.fnrSokenokkel === fnrSokenokkel);
    return p ? kopi(p) : null;
  }

  async finnMedSokenokkel(_tm: TenantManager, fnrSokenokkel: string): Promise<PersonEntity[]> {
    return this.k.personer.filter((r) => r.fnrSokenokkel === fnrSokenokkel).map(kopi);
  }

  async opprett(_tm: TenantManager, felter: NyPerson): Promise<PersonEntity> {
    const p = rad(PersonEntity, { ...felter, id: randomUUID(), versjon: 1, opprettet: new Date(), endret: new Date() });
    this.k.personer.push(p);
    return kopi(p);
  }

  async oppdater(_tm: TenantManager, person: PersonEntity, felter: Partial<PersonEntity>): Promise<PersonEntity> {
    const p = this.k.personer.find((r) => r.id === person.id)!;
    Object.assign(p, felter, { versjon: p.versjon + 1 });
    return kopi(p);
  }
}

export class FalskSaksmappe implements Offentlig<SaksmappeRepository> {
  constructor(private readonly k: Kartotek) {}

  async vedtak(_tm: TenantManager, soknadId: string): Promise<VedtakIMappe[]> {
    return this.k.vedtak.filter((v) => v.soknadId === soknadId);
  }

  async klager(_tm: TenantManager, soknadId: string): Promise<KlageIMappe[]> {
    return this.k.klager.filter((v) => v.soknadId === soknadId);
  }

  async brev(_tm: TenantManager, soknadId: string): Promise<BrevIMappe[]> {
    return this.k.brev.filter((v) => v.soknadId === soknadId);
  }

  async vedtakslinjer(_tm: TenantManager, vedtakIder: readonly string[]): Promise<Pick<VedtakslinjeEntity, 'vedtakId' | 'tjenestekode' | 'utfall'>[]> {
    return this.k.vedtakslinjer.filter((l) => vedtakIder.includes(l.vedtakId));
  }

  async kvitteringsbrev(_tm: TenantManager, soknadId: string): Promise<BrevEntity> {
    return this.k.brev.find((b) => b.soknadId === soknadId && b.brevtype === 'kvittering')!;
  }
}

/** Two services of the catalogue: home nursing (a right, pbrl. § 2-1 a) and a safety alarm (discretionary). */
export const TJENESTER = [
  { kode: 'hjemmesykepleie', navn: 'Hjemmesykepleie', rettsgrunnlag: 'pbrl_2_1_a', behandlingsfristDager: 28, omfangsenhet: 'timer_per_uke' },
  { kode: 'trygghetsalarm', navn: 'Trygghetsalarm', rettsgrunnlag: 'skjonn', behandlingsfristDager: 21, omfangsenhet: 'antall' },
].map((t) => ({ ...t, navnNynorsk: t.navn, aktiv: true, tekster: { nb: { navn: t.navn }, nn: { navn: t.navn } } }) as unknown as TjenesteEntity);

const KOMMUNE = { kommunenummer: '1865', navn: 'Vågan', telefon: '76 06 60 00', epost: 'post@vagan.kommune.no', klageorgan: 'Klagenemnda' } as unknown as KommuneEntity;

/** The reference data with or without a manager: the same two services and one municipality. */
export const falskReferanse = {
  kommuner: async () => new Map([[KOMMUNE.kommunenummer, KOMMUNE]]),
  kommune: async (_em: unknown, nr?: string) => ({ ...KOMMUNE, kommunenummer: nr ?? KOMMUNE.kommunenummer }),
  tjenester: async () => TJENESTER,
  tjenestenavn: async () => (kode: string) => TJENESTER.find((t) => t.kode === kode)?.navn ?? kode,
} as unknown as Referansedata;

export const falskKatalog: Offentlig<ReferanseRepository> = {
  kommuner: async () => new Map([[KOMMUNE.kommunenummer, KOMMUNE]]),
  kommune: async (nr) => ({ ...KOMMUNE, kommunenummer: nr }) as KommuneEntity,
  tjenester: async () => TJENESTER,
  tjenestenavn: async () => (kode) => TJENESTER.find((t) => t.kode === kode)?.navn ?? kode,
};

/** The letters ordered, as the letter queue would receive them. */
export type Brevbestilling = Parameters<BrevbestillingService['bestill']>[1];

export function falskBrevbestilling(bestilt: Brevbestilling[]): BrevbestillingService {
  return {
    bestill: async (_tm: TenantManager, b: Brevbestilling) => {
      bestilt.push(b);
      return { id: randomUUID() };
    },
  } as unknown as BrevbestillingService;
}

/** The case side wired as the module wires it, with fakes for every repository and for letter ordering. */
export function lagSaksbehandling(bruker: Bruker = SAKSBEHANDLER) {
  const k = new Kartotek();
  const kontekst = falskKontekst(bruker);
  const tx = falskTransaksjon();
  const tilgang = new Tilgang(kontekst, new FalskOppslag(k));
  const audit = new AuditService(kontekst, new FalskTilgangslogg(k));
  const soknadrader = new FalskSoknadRepository(k);
  const personrader = new FalskPersonRepository(k);
  const config = { PERSON_DATA_KEY: randomBytes(32).toString('base64'), NODE_ENV: 'test' } as AppConfig;
  const personer = new PersonService(config, personrader);
  const saksflyt = new SaksflytService(kontekst, soknadrader);
  const kartlegging = new KartleggingService(tx, kontekst, tilgang, audit, saksflyt, soknadrader, personrader);
  const bestilt: Brevbestilling[] = [];
  const brev = falskBrevbestilling(bestilt);
  const dokumenter = { registrer: async () => [], forSoknader: async () => [] } as unknown as DokumentService;
  const soknader = new SoknadService(tx, kontekst, tilgang, audit, personer, saksflyt, kartlegging, falskReferanse, brev, dokumenter, soknadrader, personrader, new FalskSaksmappe(k), falskKatalog as unknown as ReferanseRepository);
  return { kartotek: k, kontekst, tx, tilgang, audit, personer, saksflyt, kartlegging, soknader, brev, bestilt, soknadrader, personrader };
}

/** The error a call fails with (the test fails if it does not). */
export async function feilFra(kall: Promise<unknown>): Promise<DomeneFeil> {
  const utfall = await kall.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(utfall instanceof DomeneFeil)) throw new Error(`Ventet en DomeneFeil, fikk ${String(utfall)}`);
  return utfall;
}
