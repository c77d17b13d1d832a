import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { Klagevei } from '../../../domain/src/tjenester/rettsgrunnlag.js';

/** A complaint on a decision (pbrl. § 7-2, fvl. § 28), its re-assessment and Statsforvalteren's outcome. */
@Entity({ name: 'klage' })
@Index('idx_klage_soknad', ['soknadId'])
@Check('ck_klage_klagevei', `"klagevei" IN ('statsforvalteren', 'kommunen')`)
export class KlageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_klage' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;
  @Column({ type: 'uuid', name: 'vedtak_id' }) vedtakId: string;
  @Column({ type: 'date', name: 'mottatt_dato' }) mottattDato: string;
  /** When the person learned of the decision: the letter's delivery date unless shown otherwise. */
  @Column({ type: 'date', name: 'kjent_dato' }) kjentDato: string;
  @Column({ type: 'date' }) klagefrist: string;
  @Column({ type: 'boolean', name: 'innen_frist' }) innenFrist: boolean;
  /** Who decides if the office upholds the decision: Statsforvalteren i Nordland, or the municipality's complaint body. */
  @Column({ type: 'varchar', length: 20, default: 'statsforvalteren' }) klagevei: Klagevei;
  @Column({ type: 'text' }) begrunnelse: string;
  /** `trukket`: the complainant withdrew it; `avvist`: the office dismissed it (fvl. §§ 31, 33 andre ledd). */
  @Column({ type: 'varchar', length: 30 }) status: 'mottatt' | 'omgjort' | 'oversendt' | 'avgjort' | 'trukket' | 'avvist';
  @Column({ type: 'varchar', length: 20, name: 'kontorets_vurdering', nullable: true }) kontoretsVurdering: 'omgjort' | 'opprettholdt' | null;
  @Column({ type: 'text', name: 'kontorets_begrunnelse', nullable: true }) kontoretsBegrunnelse: string | null;
  @Column({ type: 'date', name: 'vurdert_dato', nullable: true }) vurdertDato: string | null;
  @Column({ type: 'date', name: 'oversendt_dato', nullable: true }) oversendtDato: string | null;
  @Column({ type: 'varchar', length: 30, name: 'statsforvalterens_utfall', nullable: true }) statsforvalterensUtfall: string | null;
  @Column({ type: 'date', name: 'statsforvalteren_dato', nullable: true }) statsforvalterenDato: string | null;
  /** When the complaint was withdrawn or dismissed, and the caseworker's reason. */
  @Column({ type: 'date', name: 'avsluttet_dato', nullable: true }) avsluttetDato: string | null;
  @Column({ type: 'text', name: 'avslutningsgrunn', nullable: true }) avslutningsgrunn: string | null;
  /** A late complaint the office took up anyway (fvl. § 31): when, why and by whom; null while not taken up. */
  @Column({ type: 'date', name: 'fristoppreisning_dato', nullable: true }) fristoppreisningDato: string | null;
  @Column({ type: 'text', name: 'fristoppreisning_begrunnelse', nullable: true }) fristoppreisningBegrunnelse: string | null;
  @Column({ type: 'text', name: 'fristoppreisning_av', nullable: true }) fristoppreisningAv: string | null;
  @Column({ type: 'text', name: 'registrert_av' }) registrertAv: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @VersionColumn({ name: 'versjon' }) versjon: number;
}

/**
 * The waiting list for long-term care places, per municipality: ordered by assessed need and then date
 * (pbrl. § 2-1 e; the municipality's own regulation), never by date alone.
 */
@Entity({ name: 'venteliste' })
@Index('idx_venteliste_rekkefolge', ['kommunenummer', 'status', 'behovsskaar', 'oppfortDato'])
export class VentelisteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_venteliste' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;
  @Column({ type: 'uuid', name: 'vedtak_id' }) vedtakId: string;
  @Column({ type: 'uuid', name: 'person_id' }) personId: string;
  @Column({ type: 'varchar', length: 40 }) tjenestekode: string;
  /** Assessed need (higher first): derived from the assessment when placed on the list. */
  @Column({ type: 'numeric', precision: 5, scale: 2 }) behovsskaar: string;
  @Column({ type: 'date', name: 'oppfort_dato' }) oppfortDato: string;
  @Column({ type: 'varchar', length: 12 }) status: 'venter' | 'tildelt' | 'fjernet';
  @Column({ type: 'date', name: 'avsluttet_dato', nullable: true }) avsluttetDato: string | null;
  @VersionColumn({ name: 'versjon' }) versjon: number;
}
