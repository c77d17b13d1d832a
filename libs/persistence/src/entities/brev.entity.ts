import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type Brevstatus = 'bestilt' | 'ferdig' | 'sendt' | 'feilet';

/**
 * A letter: ordered in the same transaction as the decision (or the case event) that causes it, rendered
 * once by the worker and archived as the exact bytes sent, with checksum, template version, merge data and
 * renderer version. A correction is a new letter, never an edit.
 */
@Entity({ name: 'brev' })
@Index('uq_brev_vedtak_type_mal', ['vedtakId', 'brevtype', 'brevmalVersjon'], { unique: true, where: '"vedtak_id" IS NOT NULL' })
@Index('uq_brev_foreloepig_svar', ['soknadId'], { unique: true, where: `"brevtype" = 'foreloepig_svar'` })
@Index('idx_brev_soknad', ['soknadId'])
@Index('idx_brev_status', ['status'])
@Index('idx_brev_svarut_apen', ['kommunenummer'], { where: `"leveransekanal" = 'svarut' AND "leveransestatus" IN ('sendt', 'levert_digitalt', 'sendt_print')` })
export class BrevEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_brev' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;
  @Column({ type: 'uuid', name: 'vedtak_id', nullable: true }) vedtakId: string | null;
  @Column({ type: 'uuid', name: 'klage_id', nullable: true }) klageId: string | null;
  @Column({ type: 'varchar', length: 40 }) brevtype: string;
  @Column({ type: 'varchar', length: 2 }) maalform: 'nb' | 'nn';
  @Column({ type: 'uuid', name: 'brevmal_id' }) brevmalId: string;
  @Column({ type: 'integer', name: 'brevmal_versjon' }) brevmalVersjon: number;
  @Column({ type: 'varchar', length: 12 }) status: Brevstatus;
  @Column({ type: 'jsonb' }) flettedata: Record<string, unknown>;
  @Column({ type: 'bytea', nullable: true }) pdf: Buffer | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) sha256: string | null;
  @Column({ type: 'varchar', length: 80, name: 'renderer_versjon', nullable: true }) rendererVersjon: string | null;
  @Column({ type: 'integer', default: 0 }) forsok: number;
  @Column({ type: 'text', nullable: true }) feil: string | null;
  @Column({ type: 'timestamptz', name: 'rendret_tid', nullable: true }) rendretTid: Date | null;
  @Column({ type: 'date', name: 'sendt_dato', nullable: true }) sendtDato: string | null;
  @Column({ type: 'text', name: 'leveranse_ref', nullable: true }) leveranseRef: string | null;
  /** `fil` or `svarut`: how the letter went out (`leveranseRef` is then the file or the SvarUt forsendelse id). */
  @Column({ type: 'varchar', length: 10, nullable: true }) leveransekanal: 'fil' | 'svarut' | null;
  /** What SvarUt last reported, polled by the worker; null for the file drop. */
  @Column({ type: 'varchar', length: 20, nullable: true }) leveransestatus: Leveransestatus | null;
  @Column({ type: 'timestamptz', name: 'leveransestatus_tid', nullable: true }) leveransestatusTid: Date | null;
  /** Which delivery this is: 1, and one more each time a leader sends a failed forsendelse again. */
  @Column({ type: 'integer', default: 1 }) leveranseforsok: number;
  /** The ids the archive gave the letter's journalpost (Fiks Arkiv kvittering). */
  @Column({ type: 'uuid', name: 'arkiv_system_id', nullable: true }) arkivSystemId: string | null;
  @Column({ type: 'text', name: 'arkiv_journalpostnummer', nullable: true }) arkivJournalpostnummer: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}

/** A SvarUt forsendelse's status in this system's words (see libs/svarut: how SvarUt's statuses map). */
export type Leveransestatus = 'sendt' | 'levert_digitalt' | 'sendt_print' | 'printet' | 'lest' | 'feilet' | 'manuelt_handtert';

/**
 * Transactional outbox: a side effect written in the same transaction as the change that caused it; a relay
 * moves it to the queue and marks it. Nothing is lost when Redis is down, and nothing happens twice.
 */
@Entity({ name: 'outbox' })
@Index('idx_outbox_ventende', ['opprettet'], { where: '"publisert" IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_outbox' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'varchar', length: 40 }) ko: string;
  @Column({ type: 'varchar', length: 60 }) jobbnavn: string;
  /** Deterministic: the same side effect always gets the same job id. */
  @Column({ type: 'varchar', length: 120, name: 'jobb_id' }) jobbId: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @Column({ type: 'timestamptz', nullable: true }) publisert: Date | null;
}
