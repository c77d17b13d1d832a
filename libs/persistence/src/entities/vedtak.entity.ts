import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { SoknadEntity } from './soknad.entity.js';

/**
 * A decision (vedtak). A draft awaits four-eyes approval; a decided decision is immutable, and a change is
 * a new decision that refers to the one it replaces. The criteria version, a snapshot of the inputs and the
 * recommendation are kept with it, so it always shows what it was made on.
 */
@Entity({ name: 'vedtak' })
@Index('idx_vedtak_soknad', ['soknadId'])
@Index('idx_vedtak_erstatter', ['erstatterVedtakId', 'status', 'kommunenummer'], { where: '"erstatter_vedtak_id" IS NOT NULL' })
@Index('idx_vedtak_statistikk', ['kommunenummer', 'vedtaksdato', 'status', 'id', 'soknadId', 'bistandsbehov', 'aldersgruppe', 'borAlene'])
export class VedtakEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_vedtak' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'soknad_id' }) soknadId: string;

  @ManyToOne(() => SoknadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'soknad_id', foreignKeyConstraintName: 'fk_vedtak_soknad' })
  soknad?: SoknadEntity;

  @Column({ type: 'uuid', name: 'person_id' }) personId: string;
  @Column({ type: 'varchar', length: 12 }) status: 'utkast' | 'vedtatt' | 'forkastet';
  @Column({ type: 'uuid', name: 'erstatter_vedtak_id', nullable: true }) erstatterVedtakId: string | null;
  @Column({ type: 'uuid', name: 'kriteriesett_id' }) kriteriesettId: string;
  @Column({ type: 'integer', name: 'kriteriesett_versjon' }) kriteriesettVersjon: number;
  @Column({ type: 'text', name: 'kriteriesett_navn' }) kriteriesettNavn: string;
  @Column({ type: 'uuid', name: 'kartlegging_id' }) kartleggingId: string;
  /** The facts the criteria were evaluated on, as they were. */
  @Column({ type: 'jsonb' }) grunnlag: Record<string, unknown>;
  @Column({ type: 'jsonb' }) anbefaling: Record<string, unknown>[];
  @Column({ type: 'text' }) fakta: string;
  @Column({ type: 'text' }) vurdering: string;
  @Column({ type: 'text', name: 'egenandel', nullable: true }) egenandel: string | null;
  /** Waiting list: the services given while waiting (required for that outcome), as the letter lists them. */
  @Column({ type: 'jsonb', name: 'tjenester_i_mellomtiden', default: () => "'[]'" }) tjenesterIMellomtiden: { tjeneste: string; omfang: string }[];
  /** A change or stop of an earlier decision: that decision's date and the day this one takes effect. */
  @Column({ type: 'jsonb', nullable: true }) endring: { tidligereVedtaksdato: string; virkningsdato: string } | null;
  @Column({ type: 'date' }) vedtaksdato: string;
  /** Strata for the equal-treatment statistics, fixed at decision time. */
  @Column({ type: 'varchar', length: 30 }) bistandsbehov: string;
  @Column({ type: 'varchar', length: 10 }) aldersgruppe: string;
  @Column({ type: 'boolean', name: 'bor_alene' }) borAlene: boolean;
  @Column({ type: 'boolean', name: 'krever_godkjenning' }) kreverGodkjenning: boolean;
  @Column({ type: 'text', name: 'utkast_av' }) utkastAv: string;
  @Column({ type: 'text', name: 'utkast_av_navn' }) utkastAvNavn: string;
  @Column({ type: 'text', name: 'vedtatt_av', nullable: true }) vedtattAv: string | null;
  @Column({ type: 'text', name: 'vedtatt_av_navn', nullable: true }) vedtattAvNavn: string | null;
  @Column({ type: 'timestamptz', name: 'vedtatt_tid', nullable: true }) vedtattTid: Date | null;
  /** The decision's ETag: 1 when made, one more each time it changes (a draft approved). */
  @VersionColumn({ name: 'versjon', default: 1 }) versjon: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
}

/** One service in a decision: outcome, scope and dates, and how it relates to the recommendation. */
@Entity({ name: 'vedtakslinje' })
@Index('idx_vedtakslinje_vedtak', ['vedtakId'])
@Index('idx_vedtakslinje_statistikk', ['kommunenummer', 'tjenestekode', 'vedtakId', 'utfall', 'omfang', 'avviker', 'lokaltAvvik', 'avvikRetning', 'avvikKategori'])
export class VedtakslinjeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_vedtakslinje' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'uuid', name: 'vedtak_id' }) vedtakId: string;

  @ManyToOne(() => VedtakEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vedtak_id', foreignKeyConstraintName: 'fk_vedtakslinje_vedtak' })
  vedtak?: VedtakEntity;

  @Column({ type: 'varchar', length: 40 }) tjenestekode: string;
  @Column({ type: 'varchar', length: 20 }) utfall: string;
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true }) omfang: string | null;
  @Column({ type: 'varchar', length: 20, name: 'omfangsenhet' }) omfangsenhet: string;
  @Column({ type: 'text', nullable: true }) innhold: string | null;
  @Column({ type: 'date', name: 'startdato', nullable: true }) startdato: string | null;
  @Column({ type: 'date', name: 'sluttdato', nullable: true }) sluttdato: string | null;
  @Column({ type: 'date', name: 'evalueringsdato', nullable: true }) evalueringsdato: string | null;
  @Column({ type: 'text' }) hjemmel: string;
  @Column({ type: 'varchar', length: 20, name: 'anbefalt_utfall' }) anbefaltUtfall: string;
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'anbefalt_omfang_min', nullable: true }) anbefaltOmfangMin: string | null;
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'anbefalt_omfang_maks', nullable: true }) anbefaltOmfangMaks: string | null;
  @Column({ type: 'varchar', length: 80, name: 'anbefalt_regel_id' }) anbefaltRegelId: string;
  /** The recommendation came from a municipality's explicit local deviation. */
  @Column({ type: 'boolean', name: 'lokalt_avvik' }) lokaltAvvik: boolean;
  @Column({ type: 'boolean', name: 'avviker' }) avviker: boolean;
  @Column({ type: 'varchar', length: 10, name: 'avvik_retning', nullable: true }) avvikRetning: 'gunstigere' | 'strengere' | null;
  @Column({ type: 'varchar', length: 40, name: 'avvik_kategori', nullable: true }) avvikKategori: string | null;
  @Column({ type: 'text', name: 'avvik_begrunnelse', nullable: true }) avvikBegrunnelse: string | null;
  /** Why the line is partly granted or refused (fvl. §§ 24–25), printed in the letter. */
  @Column({ type: 'text', nullable: true }) begrunnelse: string | null;
}
