import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type Tilgangshandling = 'les' | 'opprett' | 'endre' | 'sok' | 'eksporter';

/**
 * Access log (Normen): who read or changed a person's data, when and why. Append-only: the
 * application role has INSERT and SELECT only, and rows are written in the same transaction as the access.
 */
@Entity({ name: 'tilgangslogg' })
@Index('idx_tilgangslogg_person', ['personId', 'tidspunkt'])
@Index('idx_tilgangslogg_soknad', ['soknadId'])
export class TilgangsloggEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_tilgangslogg' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  tidspunkt: Date;

  @Column({ type: 'varchar', length: 4 })
  kommunenummer: string;

  @Column({ type: 'text', name: 'bruker_id' })
  brukerId: string;

  @Column({ type: 'text', name: 'bruker_navn' })
  brukerNavn: string;

  @Column({ type: 'text', array: true })
  roller: string[];

  @Column({ type: 'varchar', length: 16 })
  handling: Tilgangshandling;

  /** What was touched, e.g. `soknad`, `kartlegging`, `vedtak`. */
  @Column({ type: 'varchar', length: 40 })
  ressurs: string;

  @Column({ type: 'uuid', name: 'ressurs_id', nullable: true })
  ressursId: string | null;

  @Column({ type: 'uuid', name: 'person_id', nullable: true })
  personId: string | null;

  @Column({ type: 'uuid', name: 'soknad_id', nullable: true })
  soknadId: string | null;

  /** Why (tjenstlig behov), e.g. "saksbehandling", "godkjenning", "tilgangskontroll". */
  @Column({ type: 'text' })
  formaal: string;

  @Column({ type: 'varchar', length: 64, name: 'korrelasjon_id' })
  korrelasjonId: string;

  /** For changes: the fields changed with old and new values (never identity numbers). */
  @Column({ type: 'jsonb', nullable: true })
  endringer: Record<string, { fra: unknown; til: unknown }> | null;
}
