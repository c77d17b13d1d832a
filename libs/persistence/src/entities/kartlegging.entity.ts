import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SoknadEntity } from './soknad.entity.js';
import type { Bistandsbehov, HjelpFraFamilie, IplosSkaar, IplosVariabel, SansSkaar } from '../../../domain/src/kartlegging/iplos.js';

/** A needs assessment (kartlegging). Several per case over time; the newest applies. */
@Entity({ name: 'kartlegging' })
@Index('idx_kartlegging_soknad', ['soknadId', 'dato'])
export class KartleggingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kartlegging' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_kartlegging_soknad' })
  soknad?: SoknadEntity;
  @Column({ type: 'date' }) dato: string;
  @Column({ type: 'text', array: true }) deltakere: string[];
  @Column({ type: 'boolean' }) hjemmebesok: boolean;
  @Column({ type: 'jsonb' }) iplos: Record<IplosVariabel, IplosSkaar>;
  @Column({ type: 'smallint' }) syn: SansSkaar;
  @Column({ type: 'smallint' }) horsel: SansSkaar;
  @Column({ type: 'boolean', name: 'bor_alene' }) borAlene: boolean;
  @Column({ type: 'varchar', length: 10, name: 'hjelp_fra_familie' }) hjelpFraFamilie: HjelpFraFamilie;
  @Column({ type: 'boolean', name: 'kognitiv_svikt' }) kognitivSvikt: boolean;
  @Column({ type: 'varchar', length: 30 }) bistandsbehov: Bistandsbehov;
  @Column({ type: 'numeric', precision: 5, scale: 1, name: 'vurdert_timebehov_per_uke', nullable: true }) vurdertTimebehovPerUke: string | null;
  @Column({ type: 'boolean', name: 'utrygg_uten_heldognstilbud', nullable: true }) utryggUtenHeldognstilbud: boolean | null;
  @Column({ type: 'integer', name: 'forventet_varighet_maneder', nullable: true }) forventetVarighetManeder: number | null;
  @Column({ type: 'text', nullable: true }) observasjoner: string | null;
  /** The applicant's own view, quoted in the letter's facts. */
  @Column({ type: 'text', name: 'sokers_syn', nullable: true }) sokersSyn: string | null;
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) opprettet: Date;
}
