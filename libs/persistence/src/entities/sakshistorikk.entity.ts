import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SoknadEntity } from './soknad.entity.js';

/** Every status change of a case, and every change of responsible municipality. Append-only. */
@Entity({ name: 'statushistorikk' })
@Index('idx_statushistorikk_soknad', ['soknadId', 'tidspunkt'])
export class StatushistorikkEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_statushistorikk' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_statushistorikk_soknad' })
  soknad?: SoknadEntity;
  @Column({ type: 'varchar', length: 40, name: 'fra_status', nullable: true }) fraStatus: string | null;
  @Column({ type: 'varchar', length: 40, name: 'til_status' }) tilStatus: string;
  @Column({ type: 'varchar', length: 60 }) handling: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) tidspunkt: Date;
  @Column({ type: 'text', name: 'bruker_id' }) brukerId: string;
  @Column({ type: 'text', name: 'bruker_navn' }) brukerNavn: string;
  @Column({ type: 'text', nullable: true }) kommentar: string | null;
}

/** Notes on the case (saksjournal). */
@Entity({ name: 'journalnotat' })
@Index('idx_journalnotat_soknad', ['soknadId'])
export class JournalnotatEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_journalnotat' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_journalnotat_soknad' })
  soknad?: SoknadEntity;
  @Column({ type: 'text' }) tekst: string;
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  @Column({ type: 'text', name: 'opprettet_av_navn' }) opprettetAvNavn: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) opprettet: Date;
}

/** Per municipality and year, the last case number used. Row-locked when a number is taken. */
@Entity({ name: 'saksnummerserie' })
export class SaksnummerserieEntity {
  @Column({ type: 'varchar', length: 4, primary: true, primaryKeyConstraintName: 'pk_saksnummerserie' }) kommunenummer: string;
  @Column({ type: 'integer', primary: true, primaryKeyConstraintName: 'pk_saksnummerserie' }) aar: number;
  @Column({ type: 'integer', name: 'siste' }) siste: number;
}
