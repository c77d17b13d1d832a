/** Roles from the JWT `roles` claim (shared/API.md). */
export const ROLLER = ['saksbehandler', 'leder', 'tillitsvalgt', 'fagadmin'] as const;
export type Rolle = (typeof ROLLER)[number];

/** Four-digit municipality number, e.g. "1865" for Vågan. The set of municipalities is data (table `kommune`). */
export type Kommunenummer = string;
export const KOMMUNENUMMER_MONSTER = /^\d{4}$/;

/** Written standard of a letter (målform). */
export const MAALFORMER = ['nb', 'nn'] as const;
export type Maalform = (typeof MAALFORMER)[number];

/** ISO date without time, `YYYY-MM-DD`, in Norwegian local time. */
export type IsoDato = string;

/**
 * A domain rule was broken. `kode` is stable for clients; `melding` is bokmål a caseworker understands.
 * The HTTP layer maps it to a problem reply (409 unless the rule says otherwise); it is never retried by the queue.
 */
export class DomeneFeil extends Error {
  constructor(
    readonly kode: string,
    readonly melding: string,
    readonly status: 400 | 403 | 404 | 409 | 412 | 413 | 422 = 409,
    readonly felt: { field: string; message: string }[] = [],
  ) {
    super(melding);
    this.name = 'DomeneFeil';
  }
}

/** Outcome of a decision or a recommendation, per service. */
export const UTFALL = ['innvilget', 'delvis_innvilget', 'avslag', 'venteliste'] as const;
export type Utfall = (typeof UTFALL)[number];
