import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type Rapporttype = 'likebehandling' | 'anonymisert';
export type Rapportstatus = 'bestilt' | 'ferdig' | 'feilet';

/**
 * An ordered report and, once computed, its content (JSON, CSV and PDF). Not tenant-owned: a report holds
 * aggregates only, never a person, and may span municipalities; who may see it is checked in the service
 * (the orderer, and leaders covering all of its municipalities). `kommuner` is fixed at ordering time.
 */
@Entity({ name: 'rapport' })
@Index('idx_rapport_bestilt_av', ['bestiltAv'])
@Check('ck_rapport_type', `"type" IN ('likebehandling', 'anonymisert')`)
@Check('ck_rapport_status', `"status" IN ('bestilt', 'ferdig', 'feilet')`)
export class RapportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rapport' }) id: string;
  @Column({ type: 'varchar', length: 20 }) type: Rapporttype;
  @Column({ type: 'varchar', length: 12 }) status: Rapportstatus;
  /** Calendar year the report covers. */
  @Column({ type: 'integer' }) aar: number;
  /** Municipalities the figures come from (the leader's, or all four for the anonymised report). */
  @Column({ type: 'text', array: true }) kommuner: string[];
  @Column({ type: 'text', name: 'bestilt_av' }) bestiltAv: string;
  @Column({ type: 'text', name: 'bestilt_av_rolle' }) bestiltAvRolle: string;
  @Column({ type: 'jsonb', nullable: true }) innhold: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) csv: string | null;
  @Column({ type: 'bytea', nullable: true }) pdf: Buffer | null;
  @Column({ type: 'text', nullable: true }) feil: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @Column({ type: 'timestamptz', name: 'ferdig_tid', nullable: true }) ferdigTid: Date | null;
}

/**
 * One released table of an anonymised report, exactly as published. Every later release is checked
 * against all of these (secondary suppression across releases, issue 6), so rows are never changed.
 */
@Entity({ name: 'rapport_utgivelse' })
@Index('uq_rapport_utgivelse_tabell', ['rapportId', 'tabellId'], { unique: true })
export class RapportUtgivelseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rapport_utgivelse' }) id: string;
  @Column({ type: 'uuid', name: 'rapport_id' }) rapportId: string;

  @ManyToOne(() => RapportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rapport_id', foreignKeyConstraintName: 'fk_rapport_utgivelse_rapport' })
  rapport?: RapportEntity;

  @Column({ type: 'varchar', length: 80, name: 'tabell_id' }) tabellId: string;
  @Column({ type: 'jsonb' }) tabell: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}

/**
 * The counts an anonymised release was made from (no persons), so a later release of the same period can be
 * checked against what this one published after new decisions and corrections. Internal: never shown.
 */
@Entity({ name: 'rapport_utgivelsesgrunnlag' })
export class RapportUtgivelsesgrunnlagEntity {
  @PrimaryColumn({ type: 'uuid', name: 'rapport_id', primaryKeyConstraintName: 'pk_rapport_utgivelsesgrunnlag' }) rapportId: string;

  @ManyToOne(() => RapportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rapport_id', foreignKeyConstraintName: 'fk_rapport_utgivelsesgrunnlag_rapport' })
  rapport?: RapportEntity;

  @Column({ type: 'jsonb' }) tellinger: Record<string, unknown>[];
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}

/** The report entities, for the one entry in ENTITIES. */
export const RAPPORT_ENTITIES = [RapportEntity, RapportUtgivelseEntity, RapportUtgivelsesgrunnlagEntity];
