import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { Maalform } from '../../../domain/src/felles/typer.js';

/** One of the four municipalities and its settings. Not tenant-owned: every user may read it. */
@Entity({ name: 'kommune' })
@Check('ck_kommune_maalform', `"maalform" IN ('nb', 'nn')`)
@Check('ck_kommune_leveransekanal', `"leveransekanal" IN ('fil', 'svarut')`)
@Check('ck_kommune_arkivering', `"arkivering" IN ('ingen', 'fiks_arkiv')`)
export class KommuneEntity {
  @PrimaryColumn({ type: 'varchar', length: 4, primaryKeyConstraintName: 'pk_kommune' })
  kommunenummer: string;

  @Column({ type: 'text' })
  navn: string;

  @Column({ type: 'varchar', length: 2 })
  maalform: Maalform;

  /** Inhabitants in total, 67+ and 80+ (approximate; kept as data so it can be updated yearly). */
  @Column({ type: 'integer' })
  innbyggere: number;

  @Column({ type: 'integer', name: 'innbyggere_67_pluss' })
  innbyggere67Pluss: number;

  @Column({ type: 'integer', name: 'innbyggere_80_pluss' })
  innbyggere80Pluss: number;

  @Column({ type: 'varchar', length: 9, name: 'organisasjonsnummer' })
  organisasjonsnummer: string;

  @Column({ type: 'text', name: 'postadresse' })
  postadresse: string;

  @Column({ type: 'text' })
  telefon: string;

  @Column({ type: 'text' })
  epost: string;

  /** Where a complaint is sent: to the office, which re-assesses before Statsforvalteren. */
  @Column({ type: 'text', name: 'klageadresse' })
  klageadresse: string;

  /**
   * The municipality's own complaint body, which decides complaints on discretionary services (fvl. § 28 andre
   * ledd), e.g. "Klagenemnda i Vågan kommune". Maintained by fagadmin.
   */
  @Column({ type: 'text' })
  klageorgan: string;

  /**
   * The local regulation on long-term care and its waiting list (hol. § 3-2 a, pbrl. § 2-1 e): its full name
   * and the date it was adopted, as letters cite it. Maintained by fagadmin.
   */
  @Column({ type: 'text', name: 'langtidsforskrift' })
  langtidsforskrift: string;

  @Column({ type: 'date', name: 'langtidsforskrift_dato' })
  langtidsforskriftDato: string;

  /** Services whose decisions need four-eyes approval in this municipality. */
  @Column({ type: 'text', array: true, name: 'fire_oyne_tjenester', default: () => "'{}'" })
  fireOyneTjenester: string[];

  /** How letters go out: `fil` (the file drop, the default) or `svarut` (KS SvarUt: digital post, print as fallback). */
  @Column({ type: 'varchar', length: 10, default: 'fil' })
  leveransekanal: Leveransekanal;

  /** `fiks_arkiv`: cases, letters, complaints and journal notes are archived through Fiks Arkiv. */
  @Column({ type: 'varchar', length: 12, default: 'ingen' })
  arkivering: 'ingen' | 'fiks_arkiv';
}

export type Leveransekanal = 'fil' | 'svarut';
