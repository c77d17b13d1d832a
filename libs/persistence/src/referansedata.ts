import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomeneFeil, type Maalform } from '../../domain/src/felles/typer.js';
import { KommuneEntity } from './entities/kommune.entity.js';
import { TjenesteEntity } from './entities/tjeneste.entity.js';

/** How long a process keeps the reference data before reading it again. */
export const REFERANSEDATA_LEVETID_MS = 60_000;

interface Lager<T> {
  verdi: T;
  lest: number;
}

/**
 * The municipalities (letterhead, målform, four-eyes services) and the service catalogue: shared reference
 * data that only a migration changes, and that a decision used to read three times over. Each process keeps
 * it for a minute, so a changed setting reaches every process within that minute.
 *
 * Inside a transaction the caller passes the manager it is working with, so the rows are read on that
 * transaction's connection, never on a second one (a request that waits for a second pooled connection
 * while it holds the first can wait forever when the pool is exhausted, and the embedded database has only
 * one session). Outside one (no manager) they are read on the DataSource. The rows handed out are frozen:
 * they are shared.
 */
@Injectable()
export class Referansedata {
  private kommunelager: Lager<ReadonlyMap<string, KommuneEntity>> | null = null;
  private tjenestelager: Lager<readonly TjenesteEntity[]> | null = null;

  constructor(@Optional() @Inject(DataSource) private readonly dataSource: DataSource | null = null) {}

  private leser(em: EntityManager | undefined): EntityManager {
    if (em) return em;
    if (!this.dataSource) throw new Error('Referansedata uten DataSource må få en EntityManager');
    return this.dataSource.manager;
  }

  private fersk<T>(l: Lager<T> | null): l is Lager<T> {
    return l !== null && Date.now() - l.lest < REFERANSEDATA_LEVETID_MS;
  }

  async kommuner(em?: EntityManager): Promise<ReadonlyMap<string, KommuneEntity>> {
    if (!this.fersk(this.kommunelager)) {
      const rader = await this.leser(em).getRepository(KommuneEntity).find({ order: { kommunenummer: 'ASC' } });
      this.kommunelager = { verdi: new Map(rader.map((k) => [k.kommunenummer, frys(k)])), lest: Date.now() };
    }
    return this.kommunelager.verdi;
  }

  /** The municipality numbers, in order: the tenant setting of background work that spans the office. */
  async kommunenumre(em?: EntityManager): Promise<string[]> {
    return [...(await this.kommuner(em)).keys()];
  }

  async kommune(em: EntityManager | undefined, kommunenummer: string): Promise<KommuneEntity> {
    const k = (await this.kommuner(em)).get(kommunenummer);
    if (!k) throw new DomeneFeil('UKJENT_KOMMUNE', `Kommunenummer ${kommunenummer} er ikke en av kommunene i TK Lofoten.`, 400);
    return k;
  }

  /** The whole catalogue, retired services included (old decisions name them), ordered by code. */
  async tjenester(em?: EntityManager): Promise<readonly TjenesteEntity[]> {
    if (!this.fersk(this.tjenestelager)) {
      const rader = await this.leser(em).getRepository(TjenesteEntity).find({ order: { kode: 'ASC' } });
      this.tjenestelager = { verdi: Object.freeze(rader.map(frys)), lest: Date.now() };
    }
    return this.tjenestelager.verdi;
  }

  /** The service's name as letters and lists show it, in the målform asked for (its code if the catalogue does not know it). */
  async tjenestenavn(em?: EntityManager, maalform: Maalform = 'nb'): Promise<(kode: string) => string> {
    const tjenester = await this.tjenester(em);
    return (kode) => tjenester.find((t) => t.kode === kode)?.tekster[maalform].navn ?? kode;
  }

  /** Forgets what this process has read, so a setting changed here is seen at once (other processes: within a minute). */
  glem(): void {
    this.kommunelager = null;
    this.tjenestelager = null;
  }
}

function frys<T extends object>(rad: T): T {
  for (const v of Object.values(rad)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(rad);
}
