import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Kriteriesett, LokaltAvvik } from '../../../domain/src/kriterier/typer.js';

export type Publiseringsstatus = 'utkast' | 'publisert' | 'tilbaketrukket';

/**
 * A version of the common criteria with the municipalities' explicit local deviations. Shared data (no
 * personal data). A published version never changes: the app role may only move it to `tilbaketrukket`.
 */
@Entity({ name: 'kriteriesett' })
@Index('uq_kriteriesett_versjon', ['versjon'], { unique: true })
@Check('ck_kriteriesett_status', `"status" IN ('utkast', 'publisert', 'tilbaketrukket')`)
export class KriteriesettEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kriteriesett' }) id: string;
  @Column({ type: 'text' }) navn: string;
  @Column({ type: 'integer' }) versjon: number;
  @Column({ type: 'date', name: 'gyldig_fra' }) gyldigFra: string;
  @Column({ type: 'date', name: 'gyldig_til', nullable: true }) gyldigTil: string | null;
  @Column({ type: 'varchar', length: 16 }) status: Publiseringsstatus;
  @Column({ type: 'jsonb' }) innhold: Kriteriesett;
  @Column({ type: 'jsonb', name: 'lokale_avvik', default: () => "'[]'" }) lokaleAvvik: LokaltAvvik[];
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @Column({ type: 'text', name: 'publisert_av', nullable: true }) publisertAv: string | null;
  @Column({ type: 'timestamptz', name: 'publisert_tid', nullable: true }) publisertTid: Date | null;
}
