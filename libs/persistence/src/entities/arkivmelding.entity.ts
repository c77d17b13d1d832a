import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SoknadEntity } from './soknad.entity.js';

export type Arkivgjelder = 'sak' | 'brev' | 'klage' | 'notat';

/**
 * One Fiks Arkiv message: the case's saksmappe (with the application's incoming journalpost), a letter's
 * outgoing journalpost, a complaint's incoming journalpost or a journal note. Unique per thing archived, so a
 * sweep that runs twice (or on two workers) sends nothing twice; the archive's ids arrive with its kvittering.
 */
@Entity({ name: 'arkivmelding' })
@Index('uq_arkivmelding_gjelder', ['gjelder', 'gjelderId'], { unique: true })
@Index('idx_arkivmelding_soknad', ['soknadId'])
@Check('ck_arkivmelding_gjelder', `"gjelder" IN ('sak', 'brev', 'klage', 'notat')`)
@Check('ck_arkivmelding_status', `"status" IN ('sendt', 'arkivert', 'feilet')`)
export class ArkivmeldingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_arkivmelding' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_arkivmelding_soknad' })
  soknad?: SoknadEntity;

  @Column({ type: 'varchar', length: 10 }) gjelder: Arkivgjelder;
  @Column({ type: 'uuid', name: 'gjelder_id' }) gjelderId: string;
  @Column({ type: 'varchar', length: 10, default: 'sendt' }) status: 'sendt' | 'arkivert' | 'feilet';
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @Column({ type: 'timestamptz', nullable: true }) kvittert: Date | null;
  @Column({ type: 'uuid', name: 'system_id', nullable: true }) systemId: string | null;
  @Column({ type: 'text', nullable: true }) journalpostnummer: string | null;
  @Column({ type: 'text', nullable: true }) feil: string | null;
}
