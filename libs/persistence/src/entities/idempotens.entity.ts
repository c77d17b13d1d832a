import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A POST's answer kept under the client's `Idempotency-Key`, per user, for 24 hours: a retry after a lost
 * answer gets the first answer again instead of a second case. `svar` is null while the first request runs.
 * Not tenant-owned (the user's key, not a municipality's data): the answer is only ever replayed to the
 * same user, who got it the first time.
 */
@Entity('idempotens')
export class IdempotensEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'bruker_id', primaryKeyConstraintName: 'pk_idempotens' }) brukerId: string;
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_idempotens' }) nokkel: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ type: 'char', length: 64, name: 'forespoersel_hash' }) forespoerselHash: string;
  @Column({ type: 'int', nullable: true }) status: number | null;
  @Column({ type: 'jsonb', nullable: true }) svar: unknown;
  @Column({ type: 'text', nullable: true }) location: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) opprettet: Date;
}
