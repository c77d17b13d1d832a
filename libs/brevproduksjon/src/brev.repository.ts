import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import type { Maalform } from '../../domain/index.js';
import { BrevEntity, BrevmalEntity, PersonEntity, SoknadEntity, type TenantManager } from '../../persistence/index.js';

/** A new letter's row: what `bestill` stores, frozen at the time of ordering. */
export type NyttBrev = Pick<BrevEntity, 'kommunenummer' | 'soknadId' | 'vedtakId' | 'klageId' | 'brevtype' | 'maalform' | 'brevmalId' | 'brevmalVersjon' | 'flettedata'>;

/** A letter in the leaders' list of failed letters. */
export interface FeiletBrev {
  id: string;
  kommunenummer: string;
  brevtype: string;
  feil: string | null;
  forsok: number;
  opprettet: Date;
  saksnummer: string;
  vedtakId: string | null;
  leveransekanal: string | null;
  leveransestatus: string | null;
}

/** The letters' backlog in one municipality. */
export interface Brevetterslep {
  kommunenummer: string;
  bestilt: number;
  eldsteSekunder: number | null;
  feilet: number;
}

/** A letter the reconciliation queues again: ordered and stuck, or rendered and failed in delivery. */
export interface UkoetBrev {
  id: string;
  kommunenummer: string;
  levering: boolean;
  /** PostgreSQL's text of the time: a JavaScript Date would cut its microseconds, and this is the page cursor. */
  opprettet: string;
}

/** Where a letter went, as the delivery channel answered. */
export interface Leveranseresultat {
  referanse: string;
  kanal: BrevEntity['leveransekanal'];
  status: BrevEntity['leveransestatus'];
  sendtDato: string;
}

/**
 * The letter aggregate (`brev`), with the rows a letter is made from: its template, the case it answers and
 * the person it goes to. Every method runs in the caller's tenant transaction.
 */
@Injectable()
export class BrevRepository {
  hent(tm: TenantManager, id: string): Promise<BrevEntity> {
    return tm.findOneByOrFail(BrevEntity, { id });
  }

  /** The case a letter answers. */
  hentSak(tm: TenantManager, soknadId: string): Promise<SoknadEntity> {
    return tm.findOneByOrFail(SoknadEntity, { id: soknadId });
  }

  /** The letter's recipient (the case's party). */
  hentPerson(tm: TenantManager, personId: string): Promise<PersonEntity> {
    return tm.findOneByOrFail(PersonEntity, { id: personId });
  }

  hentMal(tm: TenantManager, id: string): Promise<BrevmalEntity> {
    return tm.findOneByOrFail(BrevmalEntity, { id });
  }

  /** The newest published template of a letter type in a målform, or null. */
  nyestePubliserteMal(tm: TenantManager, brevtype: string, maalform: Maalform): Promise<BrevmalEntity | null> {
    return tm.findOne(BrevmalEntity, { where: { brevtype, maalform, status: 'publisert' }, order: { versjon: 'DESC' } });
  }

  /**
   * Stores an ordered letter; null when the unique indexes (decision + type + template version; one interim
   * reply per case) say it is already ordered. Those indexes, not a read first, are the guard.
   */
  async bestill(tm: TenantManager, brev: NyttBrev): Promise<BrevEntity | null> {
    const res = await tm
      .createQueryBuilder()
      .insert()
      .into(BrevEntity)
      .values({ ...brev, status: 'bestilt', flettedata: brev.flettedata as never })
      .orIgnore()
      .returning('id')
      .execute();
    const rad = res.raw[0] as { id: string } | undefined;
    return rad ? this.hent(tm, rad.id) : null;
  }

  /** Stores the rendered bytes once; false when another run stored its bytes first. */
  async lagrePdf(tm: TenantManager, id: string, pdf: Buffer, sha256: string, rendererVersjon: string): Promise<boolean> {
    const res = await tm
      .createQueryBuilder()
      .update(BrevEntity)
      .set({ pdf, sha256, rendererVersjon, status: 'ferdig', rendretTid: () => 'now()', feil: null, forsok: () => 'forsok + 1' } as never)
      .where('id = :id AND pdf IS NULL', { id })
      .execute();
    return res.affected === 1;
  }

  /** Marks the letter sent; true only for the run that changed it (a letter already sent stays as it is). */
  async markerSendt(tm: TenantManager, id: string, l: Leveranseresultat): Promise<boolean> {
    const res = await tm.update(BrevEntity, { id, status: Not('sendt') }, { status: 'sendt', sendtDato: l.sendtDato, leveranseRef: l.referanse, leveransekanal: l.kanal, leveransestatus: l.status, leveransestatusTid: l.status ? new Date() : null, feil: null });
    return res.affected === 1;
  }

  /** Failed after the last retry; a letter already sent stays sent. */
  async markerFeilet(tm: TenantManager, id: string, feil: string): Promise<void> {
    await tm.update(BrevEntity, { id, status: Not('sendt') }, { status: 'feilet', feil });
  }

  /** Back to ordered, for another round of rendering. */
  async settTilBestilt(tm: TenantManager, id: string): Promise<void> {
    await tm.update(BrevEntity, { id }, { status: 'bestilt', feil: null });
  }

  /** A forsendelse SvarUt could not deliver goes again: rendered, with its delivery attempt counted up. */
  async settTilNyLevering(tm: TenantManager, id: string, leveranseforsok: number): Promise<void> {
    await tm.update(BrevEntity, { id }, { status: 'ferdig', leveransestatus: null, leveransestatusTid: null, leveranseforsok, feil: null });
  }

  /** Letters failed in rendering or delivery (or reported failed by SvarUt), oldest first. */
  feilede(tm: TenantManager): Promise<FeiletBrev[]> {
    return tm
      .createQueryBuilder(BrevEntity, 'b')
      .innerJoin(SoknadEntity, 's', 's.id = b.soknad_id')
      .select(['b.id AS id', 'b.kommunenummer AS kommunenummer', 'b.brevtype AS brevtype', 'b.feil AS feil', 'b.forsok AS forsok', 'b.opprettet AS opprettet', 's.saksnummer AS saksnummer', 'b.vedtak_id AS "vedtakId"', 'b.leveransekanal AS leveransekanal', 'b.leveransestatus AS leveransestatus'])
      .where(`b.status = 'feilet' OR b.leveransestatus = 'feilet'`)
      .orderBy('b.opprettet', 'ASC')
      .getRawMany();
  }

  /** Ordered and failed letters per municipality, with the age of the oldest ordered one. */
  etterslep(tm: TenantManager): Promise<Brevetterslep[]> {
    return tm.query(
      `SELECT kommunenummer,
              count(*) FILTER (WHERE status = 'bestilt')::int AS bestilt,
              floor(extract(epoch FROM now() - min(opprettet) FILTER (WHERE status = 'bestilt')))::int AS "eldsteSekunder",
              count(*) FILTER (WHERE status = 'feilet')::int AS feilet
         FROM brev WHERE status IN ('bestilt', 'feilet') GROUP BY kommunenummer ORDER BY kommunenummer`,
    );
  }

  /**
   * One page of letters with no unpublished outbox row that should be on their way: ordered more than
   * `eldreEnnSekunder` ago, or rendered but failed in delivery. Ordered by time and id, after `etter`.
   */
  ukoede(tm: TenantManager, eldreEnnSekunder: number, etter: Pick<UkoetBrev, 'opprettet' | 'id'> | null, side: number): Promise<UkoetBrev[]> {
    return tm.query(
      `SELECT b.id, b.kommunenummer, b.status = 'feilet' AS levering, b.opprettet::text AS opprettet FROM brev b
       WHERE ((b.status = 'bestilt' AND b.opprettet < now() - make_interval(secs => $1)) OR (b.status = 'feilet' AND b.pdf IS NOT NULL))
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.publisert IS NULL AND o.payload->>'brevId' = b.id::text)
         AND ($2::timestamptz IS NULL OR (b.opprettet, b.id) > ($2::timestamptz, $3::uuid))
       ORDER BY b.opprettet, b.id LIMIT $4`,
      [eldreEnnSekunder, etter?.opprettet ?? null, etter?.id ?? null, side],
    );
  }
}
