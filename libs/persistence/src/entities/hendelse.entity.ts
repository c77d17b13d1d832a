import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The change feed (`GET /hendelser`): one row per change of a case, written in the change's own transaction.
 * Ids and case numbers only, never personal data. The id is the feed's cursor. Append-only.
 */
@Entity({ name: 'hendelse' })
@Index('idx_hendelse_kommune', ['kommunenummer', 'id'])
export class HendelseEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_hendelse' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'varchar', length: 40 }) type: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;
  @Column({ type: 'varchar', length: 20 }) saksnummer: string;
  @Column({ type: 'varchar', length: 60 }) handling: string;
  @Column({ type: 'varchar', length: 40 }) status: string;
  /** The letter a `brev.sendt` event is about; null for the others. */
  @Column({ type: 'uuid', name: 'brev_id', nullable: true }) brevId: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) tidspunkt: Date;
}
