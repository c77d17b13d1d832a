import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { Omfangsenhet, Tjenestedefinisjon } from '../../../domain/src/tjenester/katalog.js';
import type { Rettsgrunnlag, Tjenestetekstsett } from '../../../domain/src/tjenester/rettsgrunnlag.js';

/** The service catalogue, kept as data (shared by all four municipalities). */
@Entity({ name: 'tjeneste' })
@Check('ck_tjeneste_enhet', `"omfangsenhet" IN ('timer_per_uke', 'dogn', 'ja_nei')`)
@Check('ck_tjeneste_rettsgrunnlag', `"rettsgrunnlag" IN ('pbrl_2_1_a', 'pbrl_2_1_d', 'pbrl_2_1_e', 'skjonn')`)
export class TjenesteEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_tjeneste' })
  kode: string;

  @Column({ type: 'text' }) navn: string;
  @Column({ type: 'text', name: 'navn_nynorsk' }) navnNynorsk: string;
  @Column({ type: 'text' }) hjemmel: string;
  @Column({ type: 'varchar', length: 20 }) omfangsenhet: Omfangsenhet;
  @Column({ type: 'boolean' }) rettighet: boolean;
  /** The legal regime; the complaint route (deadline, who decides) follows from it. */
  @Column({ type: 'varchar', length: 12 }) rettsgrunnlag: Rettsgrunnlag;
  /** Name, legal basis, duty and right in bokmål and nynorsk, as the letters print them. */
  @Column({ type: 'jsonb' }) tekster: Tjenestetekstsett;
  @Column({ type: 'boolean' }) egenandel: boolean;
  @Column({ type: 'varchar', length: 10 }) rapporteringskode: string;
  @Column({ type: 'varchar', length: 30 }) tjenestegruppe: Tjenestedefinisjon['tjenestegruppe'];
  @Column({ type: 'varchar', length: 20 }) klageinstans: Tjenestedefinisjon['klageinstans'];
  @Column({ type: 'integer', name: 'behandlingsfrist_dager' }) behandlingsfristDager: number;
  @Column({ type: 'boolean', default: true }) aktiv: boolean;
}
