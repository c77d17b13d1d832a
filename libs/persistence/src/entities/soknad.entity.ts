import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PersonEntity } from './person.entity.js';

export type Kanal = 'digital' | 'papir' | 'muntlig' | 'registrert_av_saksbehandler';
export type Sokertype = 'selv' | 'verge' | 'fullmektig' | 'parorende' | 'forelder';

/** A request for information sent from the case. */
/** Advance notice of a reduction or stop of a running decision (fvl. § 16), before the change decision. */
export interface Forhandsvarselregistrering {
  vedtakId: string;
  endring: string;
  virkningsdato: string;
  uttalelsesfrist: string;
  sendtDato: string;
}

export interface Innhentingsforesporsel {
  opplysninger: string[];
  svarfrist: string;
  bestiltDato: string;
}

/** One service as applied for: scope in the service's unit and how often, each null when not stated. */
export interface SoktOm {
  tjenestekode: string;
  omfang: number | null;
  frekvens: string | null;
}

/** An application (søknad) and its case. Tenant-owned by the responsible municipality. */
@Entity({ name: 'soknad' })
@Index('uq_soknad_saksnummer', ['saksnummer'], { unique: true })
@Index('idx_soknad_arbeidsliste', ['kommunenummer', 'status', 'fristDato'])
@Index('idx_soknad_person', ['personId'])
@Index('idx_soknad_frist', ['fristDato', 'saksnummer'])
@Index('idx_soknad_statistikk', ['kommunenummer', 'mottattDato', 'id', 'foreloepigSvarDato', 'tjenester'])
export class SoknadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_soknad' }) id: string;
  @Column({ type: 'varchar', length: 4 }) kommunenummer: string;
  @Column({ type: 'varchar', length: 20 }) saksnummer: string;
  @Column({ type: 'uuid', name: 'person_id' }) personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_soknad_person' })
  person?: PersonEntity;

  @Column({ type: 'date', name: 'mottatt_dato' }) mottattDato: string;
  @Column({ type: 'varchar', length: 30 }) kanal: Kanal;
  @Column({ type: 'varchar', length: 20, name: 'soker_type' }) sokerType: Sokertype;
  @Column({ type: 'text', name: 'soker_navn', nullable: true }) sokerNavn: string | null;
  @Column({ type: 'text', array: true }) tjenester: string[];
  @Column({ type: 'text', nullable: true }) fritekst: string | null;
  /** What was applied for per service (scope, frequency), when known; printed beside what was granted. */
  @Column({ type: 'jsonb', name: 'sokt_om', default: () => "'[]'" }) soktOm: SoktOm[];
  /** The open request for information (fvl. § 17): what is needed and by when; null when nothing is asked for. */
  @Column({ type: 'jsonb', nullable: true }) innhenting: Innhentingsforesporsel | null;
  @Column({ type: 'jsonb', nullable: true }) forhandsvarsel: Forhandsvarselregistrering | null;
  /** From the digital form: the applicant's own account of the situation, and consent to obtain information. */
  @Column({ type: 'text', nullable: true }) situasjon: string | null;
  @Column({ type: 'boolean', name: 'samtykke_innhenting', nullable: true }) samtykkeInnhenting: boolean | null;
  /** The search key (HMAC) of whoever signed in with ID-porten to send it: they, and only they, may read its receipt. */
  @Column({ type: 'varchar', length: 64, name: 'innsender_sokenokkel', nullable: true }) innsenderSokenokkel: string | null;
  /** Emergency help given at once and decided formally afterwards (øyeblikkelig hjelp). */
  @Column({ type: 'boolean', default: false }) akutt: boolean;
  @Column({ type: 'varchar', length: 40 }) status: string;
  @Column({ type: 'date', name: 'frist_dato' }) fristDato: string;
  @Column({ type: 'date', name: 'foreloepig_svar_dato', nullable: true }) foreloepigSvarDato: string | null;
  @Column({ type: 'date', name: 'vedtatt_dato', nullable: true }) vedtattDato: string | null;
  @Column({ type: 'text', name: 'saksbehandler_id', nullable: true }) saksbehandlerId: string | null;
  @Column({ type: 'text', name: 'saksbehandler_navn', nullable: true }) saksbehandlerNavn: string | null;
  /** Caseworkers named on the case: the only ones who see a protected address. */
  @Column({ type: 'text', array: true, name: 'navngitte_saksbehandlere', default: () => "'{}'" }) navngitteSaksbehandlere: string[];
  @Column({ type: 'text', name: 'opprettet_av' }) opprettetAv: string;
  /** The saksmappe's ids in the municipality's archive (Fiks Arkiv kvittering): systemID and saksår/sekvensnummer. */
  @Column({ type: 'uuid', name: 'arkiv_system_id', nullable: true }) arkivSystemId: string | null;
  @Column({ type: 'text', name: 'arkiv_saksnummer', nullable: true }) arkivSaksnummer: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'opprettet' }) opprettet: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'endret' }) endret: Date;
  /** Optimistic locking: every change names the version it was based on. */
  @VersionColumn({ name: 'versjon' }) versjon: number;
}
