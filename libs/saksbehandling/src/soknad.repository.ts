import { Injectable } from '@nestjs/common';
import { KartleggingEntity, PersonEntity, JournalnotatEntity, StatushistorikkEntity, SoknadEntity, type TenantManager } from '../../persistence/index.js';
import { skrivHendelse } from '../../hendelser/index.js';

export type NyStatushistorikk = Pick<StatushistorikkEntity, 'fraStatus' | 'tilStatus' | 'handling' | 'brukerId' | 'brukerNavn' | 'kommentar'>;
export type NyttJournalnotat = Pick<JournalnotatEntity, 'kommunenummer' | 'soknadId' | 'tekst' | 'opprettetAv' | 'opprettetAvNavn'>;
export type NyKartlegging = Omit<KartleggingEntity, 'id' | 'opprettet' | 'soknad'>;

/** The work list's filter as the query needs it: the caller's own id already put in for `meg`. */
export interface Arbeidslistesporring {
  kommune?: string;
  status?: string[];
  tjeneste?: string;
  /** A user id, or `ingen` for unassigned cases. */
  saksbehandler?: string;
  /** Statuses that wait for a decision: the deadline filters apply to these only. */
  venter: readonly string[];
  forfalt?: boolean;
  snartForfall?: boolean;
  idag: string;
  sorter: 'frist' | 'mottatt' | 'saksnummer';
  side: number;
  antall: number;
  /** Count exactly up to this many cases; beyond it the count says "more than". */
  grense: number;
}

/** The case (søknad) with its number series, status history, journal notes and needs assessments. */
@Injectable()
export class SoknadRepository {
  finn(tm: TenantManager, id: string): Promise<SoknadEntity | null> {
    return tm.findOneBy(SoknadEntity, { id });
  }

  hent(tm: TenantManager, id: string): Promise<SoknadEntity> {
    return tm.findOneByOrFail(SoknadEntity, { id });
  }

  opprett(tm: TenantManager, felter: Partial<SoknadEntity>): Promise<SoknadEntity> {
    return tm.save(tm.create(SoknadEntity, felter));
  }

  /** The next number in the municipality's series for the year; the row lock serialises concurrent takers. */
  async nesteLopenummer(tm: TenantManager, kommunenummer: string, aar: number): Promise<number> {
    const [rad] = await tm.query(
      `INSERT INTO saksnummerserie (kommunenummer, aar, siste) VALUES ($1, $2, 1)
       ON CONFLICT (kommunenummer, aar) DO UPDATE SET siste = saksnummerserie.siste + 1 RETURNING siste`,
      [kommunenummer, aar],
    );
    return Number(rad.siste);
  }

  /** Optimistic locking: changes the row only if it is still at `versjon`; false when someone changed it since. */
  async oppdaterVedVersjon(tm: TenantManager, id: string, versjon: number, endringer: Partial<SoknadEntity>): Promise<boolean> {
    const res = await tm
      .createQueryBuilder()
      .update(SoknadEntity)
      .set(endringer as never)
      .where('id = :id AND versjon = :versjon', { id, versjon })
      .returning('*')
      .execute();
    return res.affected === 1;
  }

  /** The case's children follow it to a new municipality; documents also to the person's record there. */
  async flyttBarnTilKommune(tm: TenantManager, soknadId: string, kommunenummer: string, personId: string): Promise<void> {
    for (const tabell of ['kartlegging', 'statushistorikk', 'journalnotat', 'dokument']) {
      await tm.query(`UPDATE "${tabell}" SET kommunenummer = $1 WHERE soknad_id = $2`, [kommunenummer, soknadId]);
    }
    await tm.query(`UPDATE "dokument" SET person_id = $1 WHERE soknad_id = $2`, [personId, soknadId]);
  }

  /** The history row, and the change feed's event for it in the same transaction: every change the history records is an event. */
  async leggTilHistorikk(tm: TenantManager, soknad: Pick<SoknadEntity, 'id' | 'kommunenummer' | 'saksnummer'>, rad: NyStatushistorikk): Promise<void> {
    await tm.insert(StatushistorikkEntity, { ...rad, kommunenummer: soknad.kommunenummer, soknadId: soknad.id });
    await skrivHendelse(tm, soknad, rad.handling, rad.tilStatus);
  }

  historikk(tm: TenantManager, soknadId: string): Promise<StatushistorikkEntity[]> {
    return tm.find(StatushistorikkEntity, { where: { soknadId }, order: { tidspunkt: 'ASC', id: 'ASC' } });
  }

  leggTilJournalnotat(tm: TenantManager, rad: NyttJournalnotat): Promise<JournalnotatEntity> {
    return tm.save(tm.create(JournalnotatEntity, rad));
  }

  journal(tm: TenantManager, soknadId: string): Promise<JournalnotatEntity[]> {
    return tm.find(JournalnotatEntity, { where: { soknadId }, order: { opprettet: 'ASC' } });
  }

  leggTilKartlegging(tm: TenantManager, rad: NyKartlegging): Promise<KartleggingEntity> {
    return tm.save(tm.create(KartleggingEntity, rad));
  }

  /** The case's assessments, newest first (by date, then by when recorded). */
  kartlegginger(tm: TenantManager, soknadId: string): Promise<KartleggingEntity[]> {
    return tm.find(KartleggingEntity, { where: { soknadId }, order: { dato: 'DESC', opprettet: 'DESC' } });
  }

  nyesteKartlegging(tm: TenantManager, soknadId: string): Promise<KartleggingEntity | null> {
    return tm.findOne(KartleggingEntity, { where: { soknadId }, order: { dato: 'DESC', opprettet: 'DESC' } });
  }

  /** One page of the work list with each case's person's name, and the count up to `grense`. */
  async arbeidsliste(tm: TenantManager, f: Arbeidslistesporring): Promise<{ rader: { soknad: SoknadEntity; personnavn: string }[]; antall: number }> {
    const q = tm.createQueryBuilder(SoknadEntity, 's').innerJoin(PersonEntity, 'p', 'p.id = s.person_id').addSelect('p.navn', 'personnavn');
    if (f.kommune) q.andWhere('s.kommunenummer = :kommune', { kommune: f.kommune });
    if (f.status?.length) q.andWhere('s.status IN (:...status)', { status: f.status });
    if (f.tjeneste) q.andWhere(':tjeneste = ANY(s.tjenester)', { tjeneste: f.tjeneste });
    if (f.saksbehandler === 'ingen') q.andWhere('s.saksbehandler_id IS NULL');
    else if (f.saksbehandler) q.andWhere('s.saksbehandler_id = :sb', { sb: f.saksbehandler });
    if (f.forfalt || f.snartForfall) q.andWhere('s.status IN (:...venter)', { venter: f.venter });
    if (f.forfalt) q.andWhere('s.frist_dato < :idag', { idag: f.idag });
    if (f.snartForfall) q.andWhere("s.frist_dato >= :idag AND s.frist_dato <= (:idag::date + 5)", { idag: f.idag });
    const sortering = { frist: 's.frist_dato', mottatt: 's.mottatt_dato', saksnummer: 's.saksnummer' }[f.sorter];
    q.orderBy(sortering, 'ASC').addOrderBy('s.saksnummer', 'ASC').offset((f.side - 1) * f.antall).limit(f.antall);
    // Counted over at most `grense` + 1 rows, not over every visible case on every page view.
    const [telling, parametre] = q.clone().select('1', 'en').orderBy().offset(undefined).limit(f.grense + 1).getQueryAndParameters();
    const [{ entities, raw }, [{ n }]] = await Promise.all([
      q.getRawAndEntities(),
      tm.query(`SELECT count(*)::int AS n FROM (${telling}) x`, parametre) as Promise<{ n: number }[]>,
    ]);
    return { rader: entities.map((soknad, i) => ({ soknad, personnavn: raw[i].personnavn as string })), antall: n };
  }
}
