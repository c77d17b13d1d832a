import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SoknadEntity } from './soknad.entity.js';

export type Dokumenttype = 'application/pdf' | 'image/jpeg' | 'image/png';

/**
 * An incoming (inngående) document of a case: a scanned application, a medical statement, an attachment from
 * the citizens' form. The exact bytes and their SHA-256 are kept; the server never renders or runs them.
 */
@Entity({ name: 'dokument' })
@Check('ck_dokument_retning', `"retning" IN ('inngaaende')`)
@Check('ck_dokument_kilde', `"kilde" IN ('saksbehandler', 'innbygger')`)
@Check('ck_dokument_innholdstype', `"innholdstype" IN ('application/pdf', 'image/jpeg', 'image/png')`)
@Index('idx_dokument_soknad', ['soknadId'])
@Index('idx_dokument_person', ['personId'])
export class DokumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_dokument' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_dokument_soknad' })
  soknad?: SoknadEntity;

  @Column({ type: 'uuid', name: 'person_id' }) personId: string;
  @Column({ type: 'varchar', length: 10, default: 'inngaaende' }) retning: 'inngaaende';
  /** Who brought it in: a caseworker (scanned paper, a statement) or the citizen through the digital form. */
  @Column({ type: 'varchar', length: 20 }) kilde: 'saksbehandler' | 'innbygger';
  @Column({ type: 'text' }) tittel: string;
  @Column({ type: 'text' }) filnavn: string;
  /** The type found in the content itself, not the one the sender claimed. */
  @Column({ type: 'varchar', length: 40 }) innholdstype: Dokumenttype;
  @Column({ type: 'integer' }) storrelse: number;
  @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Column({ type: 'bytea', select: false }) innhold: Buffer;
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  @Column({ type: 'text', name: 'opprettet_av_navn' }) opprettetAvNavn: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}
