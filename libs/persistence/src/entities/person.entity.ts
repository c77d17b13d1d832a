import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export interface Representant {
  navn: string;
  /** verge (guardian), fullmektig (power of attorney), forelder (parent). */
  rolle: 'verge' | 'fullmektig' | 'forelder';
  adresse?: string | null;
  telefon?: string | null;
}

/**
 * A person as known to one municipality (tenant-owned). The identity number is held only encrypted and as
 * a search hash. A person with a protected address (strengt fortrolig) has the address shown only to the
 * caseworkers named on their cases.
 */
@Entity({ name: 'person' })
@Index('uq_person_kommune_fnr', ['kommunenummer', 'fnrSokenokkel'], { unique: true })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'varchar', length: 64, name: 'fnr_sokenokkel' }) fnrSokenokkel: string;
  @Column({ type: 'text', name: 'fnr_kryptert' }) fnrKryptert: string;
  @Column({ type: 'date' }) fodselsdato: string;
  @Column({ type: 'text' }) navn: string;
  @Column({ type: 'text', nullable: true }) adresse: string | null;
  @Column({ type: 'text', nullable: true }) telefon: string | null;
  @Column({ type: 'text', nullable: true }) epost: string | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) maalform: 'nb' | 'nn' | null;
  @Column({ type: 'boolean', name: 'strengt_fortrolig', default: false }) strengtFortrolig: boolean;
  @Column({ type: 'jsonb', nullable: true }) representant: Representant | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'endret' }) endret: Date;
  @VersionColumn({ name: 'versjon' }) versjon: number;
}
