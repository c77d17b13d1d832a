import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HendelseEntity } from './hendelse.entity.js';

/**
 * A webhook subscription: a municipality's receiver and the event types it wants. The signing secret is stored
 * encrypted (libs/abonnementer) and is never part of a reply after the one that created it.
 */
@Entity({ name: 'abonnement' })
@Index('idx_abonnement_kommune', ['kommunenummer'])
export class AbonnementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_abonnement' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'varchar', length: 2000 }) url: string;
  @Column({ type: 'varchar', length: 40, array: true }) hendelsestyper: string[];
  @Column({ type: 'text' }) hemmelighet: string;
  @Column({ type: 'varchar', length: 200, name: 'opprettet_av' }) opprettetAv: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}

/** One event × subscription: the delivery log (status, attempts, last HTTP status), never the body. */
@Entity({ name: 'abonnement_leveranse' })
@Unique('uq_abonnement_leveranse', ['abonnementId', 'hendelseId'])
@Check('ck_abonnement_leveranse_status', `"status" IN ('venter', 'levert', 'feilet')`)
export class AbonnementLeveranseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_abonnement_leveranse' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'abonnement_id' }) abonnementId: string;

  // Deleting a subscription deletes its log.
  @ManyToOne(() => AbonnementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'abonnement_id', foreignKeyConstraintName: 'fk_abonnement_leveranse_abonnement' })
  abonnement?: AbonnementEntity;

  @Column({ type: 'bigint', name: 'hendelse_id' }) hendelseId: string;

  @ManyToOne(() => HendelseEntity)
  @JoinColumn({ name: 'hendelse_id', foreignKeyConstraintName: 'fk_abonnement_leveranse_hendelse' })
  hendelse?: HendelseEntity;

  @Column({ type: 'varchar', length: 12, default: 'venter' }) status: 'venter' | 'levert' | 'feilet';
  @Column({ type: 'integer', default: 0 }) forsok: number;
  @Column({ type: 'integer', name: 'siste_http_status', nullable: true }) sisteHttpStatus: number | null;
  @Column({ type: 'varchar', length: 300, name: 'siste_feil', nullable: true }) sisteFeil: string | null;
  @Column({ type: 'timestamptz', name: 'siste_forsok', nullable: true }) sisteForsok: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) levert: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}
