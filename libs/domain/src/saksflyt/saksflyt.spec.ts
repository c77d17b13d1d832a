import fc from 'fast-check';
import { DomeneFeil, ROLLER, type Rolle } from '../felles/typer.js';
import {
  HANDLINGER,
  OVERGANGER,
  SAKSSTATUSER,
  STATUSNAVN,
  handlingEtterStatsforvalteren,
  kanOvergaa,
  kontrollerFireOyne,
  tillatteHandlinger,
  utforOvergang,
  type Handling,
  type Saksstatus,
} from './saksflyt.js';

/*
 * The diagram written out by hand, independently of OVERGANGER, so a change to the table that nobody
 * meant shows up here as a failing test.
 */
const DIAGRAM: readonly [Saksstatus, Handling, Saksstatus][] = [
  ['mottatt', 'start_kartlegging', 'under_kartlegging'],
  ['mottatt', 'trekk', 'trukket'],
  ['mottatt', 'avvis', 'avvist'],
  ['under_kartlegging', 'utkast_vedtak', 'vedtak_utkast'],
  ['under_kartlegging', 'fatt_vedtak', 'vedtatt'],
  ['under_kartlegging', 'trekk', 'trukket'],
  ['under_kartlegging', 'avvis', 'avvist'],
  ['vedtak_utkast', 'godkjenn_vedtak', 'vedtatt'],
  ['vedtak_utkast', 'returner_utkast', 'under_kartlegging'],
  ['vedtak_utkast', 'trekk', 'trukket'],
  ['vedtatt', 'iverksett', 'i_gang'],
  ['vedtatt', 'revurder', 'under_revurdering'],
  ['vedtatt', 'avslutt', 'avsluttet'],
  ['vedtatt', 'registrer_klage', 'klage_mottatt'],
  ['i_gang', 'revurder', 'under_revurdering'],
  ['i_gang', 'avslutt', 'avsluttet'],
  ['i_gang', 'registrer_klage', 'klage_mottatt'],
  ['under_revurdering', 'utkast_vedtak', 'vedtak_utkast'],
  ['under_revurdering', 'fatt_vedtak', 'vedtatt'],
  ['under_revurdering', 'avslutt', 'avsluttet'],
  ['avvist', 'registrer_klage', 'klage_mottatt'],
  ['klage_mottatt', 'omgjor', 'omgjort'],
  ['klage_mottatt', 'oppretthold_og_oversend', 'oversendt_statsforvalteren'],
  ['klage_mottatt', 'trekk_klage', 'vedtatt'],
  ['klage_mottatt', 'avvis_klage', 'vedtatt'],
  ['omgjort', 'iverksett', 'i_gang'],
  ['omgjort', 'revurder', 'under_revurdering'],
  ['omgjort', 'avslutt', 'avsluttet'],
  ['omgjort', 'registrer_klage', 'klage_mottatt'],
  ['oversendt_statsforvalteren', 'registrer_statsforvalterens_avgjorelse', 'statsforvalteren_avgjort'],
  ['oversendt_statsforvalteren', 'trekk_klage', 'vedtatt'],
  ['statsforvalteren_avgjort', 'start_kartlegging', 'under_kartlegging'],
  ['statsforvalteren_avgjort', 'iverksett', 'i_gang'],
  ['statsforvalteren_avgjort', 'revurder', 'under_revurdering'],
  ['statsforvalteren_avgjort', 'avslutt', 'avsluttet'],
];

const ROLLER_FOR: Record<Handling, readonly Rolle[]> = {
  start_kartlegging: ['saksbehandler'],
  utkast_vedtak: ['saksbehandler'],
  returner_utkast: ['saksbehandler', 'leder'],
  fatt_vedtak: ['saksbehandler'],
  godkjenn_vedtak: ['saksbehandler', 'leder'],
  iverksett: ['saksbehandler'],
  revurder: ['saksbehandler'],
  avslutt: ['saksbehandler'],
  trekk: ['saksbehandler'],
  avvis: ['saksbehandler'],
  registrer_klage: ['saksbehandler'],
  omgjor: ['saksbehandler'],
  oppretthold_og_oversend: ['saksbehandler'],
  trekk_klage: ['saksbehandler'],
  avvis_klage: ['saksbehandler'],
  registrer_statsforvalterens_avgjorelse: ['saksbehandler'],
};

const ALLE_ROLLER: readonly Rolle[] = ['saksbehandler', 'leder'];

function feilFra(f: () => unknown): DomeneFeil {
  try {
    f();
  } catch (e) {
    if (e instanceof DomeneFeil) return e;
    throw e;
  }
  throw new Error('expected a DomeneFeil');
}

describe('allowed transitions', () => {
  it.each(DIAGRAM)('%s --%s--> %s', (fra, handling, til) => {
    for (const rolle of ROLLER_FOR[handling]) {
      expect(kanOvergaa(fra, handling, [rolle])).toBe(true);
      expect(utforOvergang(fra, handling, [rolle])).toBe(til);
    }
  });

  it('the table holds exactly the transitions of the diagram', () => {
    const fraTabell = OVERGANGER.flatMap((o) => o.fra.map((f) => `${f} ${o.handling} ${o.til}`)).sort();
    expect(fraTabell).toEqual(DIAGRAM.map((r) => r.join(' ')).sort());
  });

  it('each action has one row with a description', () => {
    expect(OVERGANGER.map((o) => o.handling).sort()).toEqual([...HANDLINGER].sort());
    for (const o of OVERGANGER) expect(o.beskrivelse.length).toBeGreaterThan(10);
  });
});

describe('illegal transitions answer 409 with a message a caseworker understands', () => {
  const lovlig = new Set(DIAGRAM.map(([fra, h]) => `${fra} ${h}`));
  const ulovlige = SAKSSTATUSER.flatMap((fra) =>
    HANDLINGER.filter((h) => !lovlig.has(`${fra} ${h}`)).map((h) => [fra, h] as [Saksstatus, Handling]),
  );

  it.each(ulovlige)('%s --%s--> 409', (fra, handling) => {
    expect(kanOvergaa(fra, handling, ALLE_ROLLER)).toBe(false);
    const feil = feilFra(() => utforOvergang(fra, handling, ALLE_ROLLER));
    expect(feil.kode).toBe('ULOVLIG_OVERGANG');
    expect(feil.status).toBe(409);
    expect(feil.melding).toContain(`Saken har status «${STATUSNAVN[fra].charAt(0).toLowerCase()}`);
  });

  it.each([
    [
      'vedtatt',
      'start_kartlegging',
      'Saken har status «vedtatt». Handlingen «start kartlegging» kan bare gjøres når saken har status «mottatt» eller «klage avgjort av Statsforvalteren».',
    ],
    [
      'mottatt',
      'godkjenn_vedtak',
      'Saken har status «mottatt». Handlingen «godkjenn vedtak» kan bare gjøres når saken har status «vedtaksutkast til godkjenning».',
    ],
    [
      'avsluttet',
      'registrer_klage',
      'Saken har status «avsluttet». Handlingen «registrer klage» kan bare gjøres når saken har status «tjenesten er i gang», «avvist», «vedtatt» eller «omgjort etter klage».',
    ],
    [
      'i_gang',
      'trekk',
      'Saken har status «tjenesten er i gang». Handlingen «registrer at søknaden er trukket» kan bare gjøres når saken har status «mottatt», «under kartlegging» eller «vedtaksutkast til godkjenning».',
    ],
  ] as [Saksstatus, Handling, string][])('%s + %s', (fra, handling, melding) => {
    expect(feilFra(() => utforOvergang(fra, handling, ['saksbehandler'])).melding).toBe(melding);
  });
});

describe('roles', () => {
  it.each(HANDLINGER.map((h) => [h] as [Handling]))('%s: other roles get 403', (handling) => {
    const fra = DIAGRAM.find(([, h]) => h === handling)![0];
    for (const rolle of ROLLER.filter((r) => !ROLLER_FOR[handling].includes(r))) {
      expect(kanOvergaa(fra, handling, [rolle])).toBe(false);
      const feil = feilFra(() => utforOvergang(fra, handling, [rolle]));
      expect(feil.kode).toBe('MANGLER_ROLLE');
      expect(feil.status).toBe(403);
    }
    expect(feilFra(() => utforOvergang(fra, handling, [])).kode).toBe('MANGLER_ROLLE');
  });

  it('names the role that is needed', () => {
    expect(feilFra(() => utforOvergang('vedtak_utkast', 'godkjenn_vedtak', ['tillitsvalgt'])).melding).toBe(
      'Du har ikke tilgang til handlingen «godkjenn vedtak». Den krever rollen «saksbehandler» eller «leder».',
    );
    expect(feilFra(() => utforOvergang('mottatt', 'start_kartlegging', ['leder', 'fagadmin'])).melding).toBe(
      'Du har ikke tilgang til handlingen «start kartlegging». Den krever rollen «saksbehandler».',
    );
  });

  it('a leader may approve a draft but not make a decision directly', () => {
    expect(tillatteHandlinger('vedtak_utkast', ['leder'])).toEqual(['returner_utkast', 'godkjenn_vedtak']);
    expect(tillatteHandlinger('under_kartlegging', ['leder'])).toEqual([]);
  });

  it('an unknown action from the API answers 400', () => {
    const feil = feilFra(() => utforOvergang('mottatt', 'slett_saken' as Handling, ['saksbehandler']));
    expect([feil.kode, feil.status]).toEqual(['UKJENT_HANDLING', 400]);
  });
});

describe('closing statuses', () => {
  it.each([['avsluttet'], ['trukket']] as [Saksstatus][])('%s allows nothing', (status) => {
    expect(tillatteHandlinger(status, ALLE_ROLLER)).toEqual([]);
  });

  it('avvist allows only a complaint on the dismissal', () => {
    expect(tillatteHandlinger('avvist', ALLE_ROLLER)).toEqual(['registrer_klage']);
  });
});

describe('four eyes and Statsforvalteren', () => {
  it('the drafter may not approve their own draft', () => {
    const feil = feilFra(() => kontrollerFireOyne('sb-1', 'sb-1'));
    expect([feil.kode, feil.status]).toEqual(['SAMME_SAKSBEHANDLER', 409]);
    expect(feil.melding).toContain('kan derfor ikke godkjenne det');
    expect(() => kontrollerFireOyne('sb-1', 'sb-2')).not.toThrow();
  });

  it.each([
    ['opphevet_sendt_tilbake', 'start_kartlegging', 'under_kartlegging'],
    ['stadfestet', 'iverksett', 'i_gang'],
    ['delvis_omgjort', 'iverksett', 'i_gang'],
    ['omgjort', 'iverksett', 'i_gang'],
  ] as const)('outcome %s → %s → %s', (utfall, handling, status) => {
    expect(handlingEtterStatsforvalteren(utfall)).toBe(handling);
    expect(utforOvergang('statsforvalteren_avgjort', handling, ['saksbehandler'])).toBe(status);
  });
});

describe('property: random walks stay inside the diagram', () => {
  const kanter = new Map<string, Saksstatus>(DIAGRAM.map(([fra, h, til]) => [`${fra} ${h}`, til]));
  const naaelige = new Set<Saksstatus>(['mottatt']);
  for (let endret = true; endret; ) {
    endret = false;
    for (const [fra, , til] of DIAGRAM) {
      if (naaelige.has(fra) && !naaelige.has(til)) {
        naaelige.add(til);
        endret = true;
      }
    }
  }

  it('every status is reachable from mottatt, and every status can reach a closing status', () => {
    expect([...naaelige].sort()).toEqual([...SAKSSTATUSER].sort());
    for (const start of SAKSSTATUSER) {
      const sett = new Set<Saksstatus>([start]);
      for (let endret = true; endret; ) {
        endret = false;
        for (const [fra, , til] of DIAGRAM) {
          if (sett.has(fra) && !sett.has(til)) {
            sett.add(til);
            endret = true;
          }
        }
      }
      expect(['avsluttet', 'trukket', 'avvist'].some((s) => sett.has(s as Saksstatus))).toBe(true);
    }
  });

  it('a random sequence of actions by random roles never leaves the declared diagram', () => {
    const steg = fc.record({
      handling: fc.constantFrom(...HANDLINGER),
      roller: fc.subarray([...ROLLER]),
    });
    fc.assert(
      fc.property(fc.array(steg, { maxLength: 60 }), (sekvens) => {
        let status: Saksstatus = 'mottatt';
        for (const { handling, roller } of sekvens) {
          const lov = kanOvergaa(status, handling, roller);
          let neste: Saksstatus | undefined;
          try {
            neste = utforOvergang(status, handling, roller);
          } catch (e) {
            expect(e).toBeInstanceOf(DomeneFeil);
            expect(['ULOVLIG_OVERGANG', 'MANGLER_ROLLE']).toContain((e as DomeneFeil).kode);
          }
          expect(neste !== undefined).toBe(lov);
          if (neste !== undefined) {
            expect(kanter.get(`${status} ${handling}`)).toBe(neste);
            expect(naaelige.has(neste)).toBe(true);
            status = neste;
          }
          if (status === 'avsluttet' || status === 'trukket') {
            expect(tillatteHandlinger(status, ROLLER)).toEqual([]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
