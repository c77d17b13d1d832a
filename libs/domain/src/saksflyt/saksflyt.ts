import { DomeneFeil, type Rolle } from '../felles/typer.js';
import { ENKLE_HANDLINGER, FOER_VEDTAK, OPPHORSGRUNNER, OPPHORSGRUNN_NAVN, VENTER_PAA_VEDTAK, HANDLINGER, HANDLINGSNAVN, SAKSSTATUSER, STATUSNAVN, type Handling, type Opphorsgrunn, type Saksstatus } from './navn.js';

export { ENKLE_HANDLINGER, FOER_VEDTAK, OPPHORSGRUNNER, OPPHORSGRUNN_NAVN, VENTER_PAA_VEDTAK, HANDLINGER, HANDLINGSNAVN, SAKSSTATUSER, STATUSNAVN, type Handling, type Opphorsgrunn, type Saksstatus };

/**
 * Statuses with no way on. `avvist` is the one exception, documented on {@link OVERGANGER}: a dismissal
 * is itself a decision that can be complained about.
 */
export const SLUTTSTATUSER: readonly Saksstatus[] = ['avsluttet', 'trukket', 'avvist'];

/** Role names as caseworkers say them. */
export const ROLLENAVN: Readonly<Record<Rolle, string>> = {
  saksbehandler: 'saksbehandler',
  leder: 'leder',
  tillitsvalgt: 'tillitsvalgt',
  fagadmin: 'fagadministrator',
};

export interface Overgang {
  fra: readonly Saksstatus[];
  til: Saksstatus;
  handling: Handling;
  /** Any one of these roles may perform the action. */
  roller: readonly Rolle[];
  beskrivelse: string;
}

const SAKSBEHANDLER: readonly Rolle[] = ['saksbehandler'];
const SAKSBEHANDLER_ELLER_LEDER: readonly Rolle[] = ['saksbehandler', 'leder'];

/** Statuses in which a decision stands and the service can run, change or end. */
const VEDTAK_STAAR: readonly Saksstatus[] = ['vedtatt', 'omgjort', 'statsforvalteren_avgjort'];

/**
 * The case state machine as data: one row per action, so an action always leads to the same status
 * and needs the same roles wherever it is allowed.
 *
 * Rules the machine does not check, because they need facts beyond the status (the service layer checks them):
 * - `fatt_vedtak` straight from assessment only where the municipality does not require four-eyes approval;
 *   otherwise the draft goes through `utkast_vedtak` and `godkjenn_vedtak`.
 * - The approver may not be the caseworker who drafted the decision ({@link kontrollerFireOyne}).
 * - `start_kartlegging` after Statsforvalteren only when the outcome was "opphevet og sendt tilbake".
 */
export const OVERGANGER: readonly Overgang[] = [
  {
    handling: 'start_kartlegging',
    fra: ['mottatt', 'statsforvalteren_avgjort'],
    til: 'under_kartlegging',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Kartlegging av behovet starter. Brukes også når Statsforvalteren har opphevet vedtaket og sendt saken tilbake til ny behandling.',
  },
  {
    handling: 'utkast_vedtak',
    fra: ['under_kartlegging', 'under_revurdering'],
    til: 'vedtak_utkast',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Vedtaksutkastet sendes til godkjenning av en annen saksbehandler eller leder (fire øyne).',
  },
  {
    handling: 'returner_utkast',
    fra: ['vedtak_utkast'],
    til: 'under_kartlegging',
    roller: SAKSBEHANDLER_ELLER_LEDER,
    beskrivelse: 'Godkjenneren sender utkastet tilbake for endring. Saken er igjen under kartlegging.',
  },
  {
    handling: 'fatt_vedtak',
    fra: ['under_kartlegging', 'under_revurdering'],
    til: 'vedtatt',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Vedtaket fattes uten egen godkjenning, der kommunen ikke krever fire øyne.',
  },
  {
    handling: 'godkjenn_vedtak',
    fra: ['vedtak_utkast'],
    til: 'vedtatt',
    roller: SAKSBEHANDLER_ELLER_LEDER,
    beskrivelse: 'Vedtaksutkastet godkjennes av en annen enn den som skrev det, og vedtaket er fattet.',
  },
  {
    handling: 'iverksett',
    fra: VEDTAK_STAAR,
    til: 'i_gang',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Tjenesten er startet etter vedtaket.',
  },
  {
    handling: 'revurder',
    fra: ['i_gang', ...VEDTAK_STAAR],
    til: 'under_revurdering',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Vedtaket vurderes på nytt (planlagt evaluering, endret behov eller nye opplysninger). En endring krever nytt vedtak.',
  },
  {
    handling: 'avslutt',
    fra: ['i_gang', 'under_revurdering', ...VEDTAK_STAAR],
    til: 'avsluttet',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Saken avsluttes: tjenesten er opphørt, klagefristen for et avslag er ute, eller brukeren er død eller flyttet.',
  },
  {
    handling: 'trekk',
    fra: ['mottatt', 'under_kartlegging', 'vedtak_utkast'],
    til: 'trukket',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Søkeren har trukket søknaden før vedtak er fattet.',
  },
  {
    handling: 'avvis',
    fra: ['mottatt', 'under_kartlegging'],
    til: 'avvist',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Søknaden avvises uten realitetsbehandling, for eksempel fordi søkeren ikke oppholder seg i kommunen eller ikke har rett til å søke.',
  },
  {
    handling: 'registrer_klage',
    // A dismissal is an individual decision (fvl. § 2 tredje ledd), so it can be complained about:
    // the one way out of a closing status.
    fra: ['i_gang', 'avvist', ...VEDTAK_STAAR.filter((s) => s !== 'statsforvalteren_avgjort')],
    til: 'klage_mottatt',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Klage på vedtaket er mottatt (pasient- og brukerrettighetsloven § 7-2). Statsforvalterens avgjørelse kan ikke påklages (fvl. § 28 tredje ledd).',
  },
  {
    handling: 'omgjor',
    fra: ['klage_mottatt'],
    til: 'omgjort',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Tildelingskontoret gir klageren fullt medhold og omgjør vedtaket (fvl. § 33 andre ledd).',
  },
  {
    handling: 'oppretthold_og_oversend',
    fra: ['klage_mottatt'],
    til: 'oversendt_statsforvalteren',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Tildelingskontoret opprettholder vedtaket helt eller delvis og sender klagen til Statsforvalteren i Nordland (fvl. § 33 fjerde ledd).',
  },
  {
    handling: 'trekk_klage',
    fra: ['klage_mottatt', 'oversendt_statsforvalteren'],
    til: 'vedtatt',
    roller: SAKSBEHANDLER,
    beskrivelse: 'Klageren har trukket klagen. Vedtaket står ved lag.',
  },
  {
    handling: 'avvis_klage',
    fra: ['klage_mottatt'],
    til: 'vedtatt',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Klagen avvises, for eksempel fordi den kom for sent og ikke kan tas under behandling (fvl. §§ 31 og 33 andre ledd). Vedtaket står ved lag.',
  },
  {
    handling: 'registrer_statsforvalterens_avgjorelse',
    fra: ['oversendt_statsforvalteren'],
    til: 'statsforvalteren_avgjort',
    roller: SAKSBEHANDLER,
    beskrivelse:
      'Statsforvalterens avgjørelse er registrert: stadfestet, delvis omgjort, omgjort, eller opphevet og sendt tilbake.',
  },
];

/** Outcomes of Statsforvalteren's review, recorded with `registrer_statsforvalterens_avgjorelse`. */
export const STATSFORVALTERENS_UTFALL = ['stadfestet', 'delvis_omgjort', 'omgjort', 'opphevet_sendt_tilbake'] as const;
export type StatsforvalterensUtfall = (typeof STATSFORVALTERENS_UTFALL)[number];

export const STATSFORVALTERENS_UTFALL_NAVN: Readonly<Record<StatsforvalterensUtfall, string>> = {
  stadfestet: 'Vedtaket er stadfestet',
  delvis_omgjort: 'Vedtaket er delvis omgjort',
  omgjort: 'Vedtaket er omgjort',
  opphevet_sendt_tilbake: 'Vedtaket er opphevet og sendt tilbake til ny behandling',
};

/**
 * The action that follows Statsforvalteren's outcome: a case sent back is assessed again; otherwise the
 * decision (as upheld or changed by Statsforvalteren) is put into effect.
 */
export function handlingEtterStatsforvalteren(utfall: StatsforvalterensUtfall): Handling {
  return utfall === 'opphevet_sendt_tilbake' ? 'start_kartlegging' : 'iverksett';
}

export function erSaksstatus(verdi: unknown): verdi is Saksstatus {
  return typeof verdi === 'string' && (SAKSSTATUSER as readonly string[]).includes(verdi);
}

export function erHandling(verdi: unknown): verdi is Handling {
  return typeof verdi === 'string' && (HANDLINGER as readonly string[]).includes(verdi);
}

export function finnOvergang(handling: Handling): Overgang | undefined {
  return OVERGANGER.find((o) => o.handling === handling);
}

function harEnAvRollene(roller: readonly Rolle[], kreves: readonly Rolle[]): boolean {
  return kreves.some((r) => roller.includes(r));
}

/** Whether `roller` may perform `handling` on a case with status `fra`. */
export function kanOvergaa(fra: Saksstatus, handling: Handling, roller: readonly Rolle[]): boolean {
  const overgang = finnOvergang(handling);
  return overgang !== undefined && overgang.fra.includes(fra) && harEnAvRollene(roller, overgang.roller);
}

/** The actions `roller` may perform now, in table order (for the caseworker's buttons). */
export function tillatteHandlinger(fra: Saksstatus, roller: readonly Rolle[]): Handling[] {
  return OVERGANGER.filter((o) => o.fra.includes(fra) && harEnAvRollene(roller, o.roller)).map((o) => o.handling);
}

function iSetning(navn: string): string {
  return navn.charAt(0).toLowerCase() + navn.slice(1);
}

function oppramsing(ord: readonly string[]): string {
  const sitert = ord.map((o) => `«${o}»`);
  return sitert.length <= 1 ? sitert.join('') : `${sitert.slice(0, -1).join(', ')} eller ${sitert[sitert.length - 1]}`;
}

/**
 * Performs a step and returns the new status.
 *
 * @throws DomeneFeil `MANGLER_ROLLE` (403) when none of the roles may perform the action (checked first:
 *   the answer then does not depend on the case), `ULOVLIG_OVERGANG` (409) when the action is not allowed in
 *   the case's status, `UKJENT_HANDLING` (400) for an action the system does not know.
 */
export function utforOvergang(fra: Saksstatus, handling: Handling, roller: readonly Rolle[]): Saksstatus {
  const overgang = erHandling(handling) ? finnOvergang(handling) : undefined;
  if (!overgang) {
    throw new DomeneFeil('UKJENT_HANDLING', 'Handlingen er ukjent. Velg en av handlingene saken tilbyr.', 400);
  }
  const navn = HANDLINGSNAVN[handling];
  if (!harEnAvRollene(roller, overgang.roller)) {
    const kreves = overgang.roller.map((r) => ROLLENAVN[r]);
    throw new DomeneFeil(
      'MANGLER_ROLLE',
      `Du har ikke tilgang til handlingen «${navn}». Den krever rollen ${oppramsing(kreves)}.`,
      403,
    );
  }
  if (!erSaksstatus(fra) || !overgang.fra.includes(fra)) {
    const naa = erSaksstatus(fra) ? iSetning(STATUSNAVN[fra]) : 'ukjent';
    const lovlige = overgang.fra.map((s) => iSetning(STATUSNAVN[s]));
    throw new DomeneFeil(
      'ULOVLIG_OVERGANG',
      `Saken har status «${naa}». Handlingen «${navn}» kan bare gjøres når saken har status ${oppramsing(lovlige)}.`,
      409,
    );
  }
  return overgang.til;
}

/**
 * Four-eyes approval: the approver may not be the caseworker who drafted the decision
 * (a control the municipality chooses as part of its internal control, kommuneloven § 25-1).
 *
 * @throws DomeneFeil `SAMME_SAKSBEHANDLER` (409)
 */
export function kontrollerFireOyne(utkastAvBrukerId: string, godkjennerBrukerId: string): void {
  if (utkastAvBrukerId === godkjennerBrukerId) {
    throw new DomeneFeil(
      'SAMME_SAKSBEHANDLER',
      'Du skrev selv vedtaksutkastet og kan derfor ikke godkjenne det. En annen saksbehandler eller leder må godkjenne.',
      409,
    );
  }
}
