import { DomeneFeil } from '../../domain/src/felles/typer.js';
import type { Handling } from '../../domain/src/saksflyt/saksflyt.js';
import type { KlageEntity } from '../../persistence/src/entities/klage.entity.js';

export type Klagestatus = KlageEntity['status'];

/** How a complaint can end without the office's or Statsforvalteren's assessment of its merits. */
export const KLAGEAVSLUTNINGER = ['trukket', 'avvist'] as const;
export type Klageavslutning = (typeof KLAGEAVSLUTNINGER)[number];

/** Complaint statuses as a caseworker reads them in a message. */
export const KLAGESTATUSNAVN: Readonly<Record<Klagestatus, string>> = {
  mottatt: 'mottatt',
  omgjort: 'omgjort av kontoret',
  oversendt: 'oversendt Statsforvalteren',
  avgjort: 'avgjort av Statsforvalteren',
  trukket: 'trukket',
  avvist: 'avvist',
};

/**
 * Where each ending is allowed from. The complainant may withdraw until Statsforvalteren has decided. The
 * office may dismiss only before forwarding: after that, dismissal is Statsforvalteren's (fvl. § 34 første ledd).
 */
export const AVSLUTNING_TILLATT_FRA: Readonly<Record<Klageavslutning, readonly Klagestatus[]>> = {
  trukket: ['mottatt', 'oversendt'],
  avvist: ['mottatt'],
};

/** The case's step for each ending (both lead back to `vedtatt`: the decision stands). */
export const AVSLUTNING_HANDLING: Readonly<Record<Klageavslutning, Handling>> = {
  trukket: 'trekk_klage',
  avvist: 'avvis_klage',
};

/**
 * Checks that a complaint with `status` can end with `utfall`.
 *
 * @throws DomeneFeil `KLAGE_KAN_IKKE_AVSLUTTES` (409) with a message saying why and what is possible.
 */
export function kontrollerAvslutning(status: Klagestatus, utfall: Klageavslutning): void {
  if (AVSLUTNING_TILLATT_FRA[utfall].includes(status)) return;
  const naa = KLAGESTATUSNAVN[status] ?? status;
  let melding: string;
  if (utfall === 'avvist' && status === 'oversendt') {
    melding = 'Klagen er allerede sendt til Statsforvalteren i Nordland, og da er det Statsforvalteren som avgjør om den skal avvises. Kontoret kan bare avvise en klage som har status «mottatt».';
  } else if (utfall === 'avvist') {
    melding = `Klagen har status «${naa}». Kontoret kan bare avvise en klage som har status «mottatt».`;
  } else {
    melding = `Klagen har status «${naa}» og kan ikke lenger trekkes. En klage kan trekkes mens den har status «mottatt» eller «oversendt Statsforvalteren».`;
  }
  throw new DomeneFeil('KLAGE_KAN_IKKE_AVSLUTTES', melding, 409);
}

/** A withdrawn complaint that Statsforvalteren already has: the office must tell Statsforvalteren. */
export function statsforvalterenMaaVarsles(k: Pick<KlageEntity, 'status' | 'oversendtDato'>): boolean {
  return k.status === 'trukket' && k.oversendtDato !== null;
}
