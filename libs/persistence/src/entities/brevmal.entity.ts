import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A version of a letter template (per letter type and målform), shared by all municipalities. */
@Entity({ name: 'brevmal' })
@Index('uq_brevmal_versjon', ['brevtype', 'maalform', 'versjon'], { unique: true })
@Check('ck_brevmal_status', `"status" IN ('utkast', 'publisert', 'tilbaketrukket')`)
export class BrevmalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_brevmal' }) id: string;
  @Column({ type: 'varchar', length: 40 }) brevtype: string;
  @Column({ type: 'varchar', length: 2 }) maalform: 'nb' | 'nn';
  @Column({ type: 'integer' }) versjon: number;
  @Column({ type: 'varchar', length: 16 }) status: 'utkast' | 'publisert' | 'tilbaketrukket';
  @Column({ type: 'jsonb' }) innhold: Record<string, unknown>;
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @Column({ type: 'text', name: 'publisert_av', nullable: true }) publisertAv: string | null;
  @Column({ type: 'timestamptz', name: 'publisert_tid', nullable: true }) publisertTid: Date | null;
}
