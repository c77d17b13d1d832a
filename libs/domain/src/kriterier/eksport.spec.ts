import { eksporterKriteriesett, importerKriteriesett } from './eksport.js';
import { FELLES_KRITERIER_2026 as FELLES, LOKALE_AVVIK_EKSEMPEL } from './fellesKriterier2026.js';
import { KRITERIEDOKUMENT_SKJEMA_ID, KRITERIESETT_SKJEMA } from './skjema.js';
import type { Kriteriesett } from './typer.js';

describe('eksporterKriteriesett', () => {
  const fil = eksporterKriteriesett(FELLES, LOKALE_AVVIK_EKSEMPEL);

  it('lager et lesbart JSON-dokument med skjema-id og formatversjon først', () => {
    expect(fil.startsWith(`{\n  "$schema": "${KRITERIEDOKUMENT_SKJEMA_ID}",\n  "formatversjon": 1,\n  "kriteriesett": {\n    "navn": "Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten",\n    "versjon": 1,`)).toBe(true);
    expect(fil.endsWith('}\n')).toBe(true);
    // A rule reads top-down: id, when, outcome, scope, reason, legal basis.
    expect(fil).toMatch(/\{\n {12}"id": "pb-husstand",\n {12}"naar": \{[\s\S]*?\n {12}"utfall": "delvis_innvilget",\n {12}"omfang": \{\n {14}"min": 0\.5,\n {14}"max": 1,\n {14}"enhet": "timer_per_uke"\n {12}\},\n {12}"begrunnelse": "Du bor sammen/);
  });

  it('er stabil: samme innhold med nøklene i annen rekkefølge gir samme bytes', () => {
    const omstokket = JSON.parse(JSON.stringify(FELLES), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as Kriteriesett;
    expect(Object.keys(omstokket)[0]).not.toBe(Object.keys(FELLES)[0]);
    expect(eksporterKriteriesett(omstokket, LOKALE_AVVIK_EKSEMPEL)).toBe(fil);
  });

  it('ordner tjenestene som i tjenestekatalogen', () => {
    const dok = JSON.parse(fil) as { kriteriesett: Kriteriesett };
    expect(Object.keys(dok.kriteriesett.tjenester)).toEqual([
      'hjemmesykepleie', 'praktisk-bistand', 'stottekontakt', 'bpa', 'korttidsopphold', 'avlastning', 'langtidsopphold', 'omsorgsstonad', 'dagaktivitet', 'trygghetsalarm', 'matombringing',
    ]);
  });
});

describe('importerKriteriesett', () => {
  it('leser en eksportert fil tilbake uendret', () => {
    expect(importerKriteriesett(eksporterKriteriesett(FELLES, LOKALE_AVVIK_EKSEMPEL))).toEqual({ ok: true, kriteriesett: FELLES, lokaleAvvik: LOKALE_AVVIK_EKSEMPEL });
  });

  it('ugyldig JSON', () => {
    const r = importerKriteriesett('{ "kriteriesett": ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.feil).toEqual([{ field: '$', message: expect.stringMatching(/^Filen er ikke gyldig JSON: /) }]);
  });

  it('feil formatversjon og feil skjema', () => {
    const dok = JSON.parse(eksporterKriteriesett(FELLES));
    expect(importerKriteriesett(JSON.stringify({ ...dok, formatversjon: 2 }))).toEqual({
      ok: false,
      feil: [{ field: 'formatversjon', message: 'formatversjon: filen har formatversjon 2, men systemet leser formatversjon 1' }],
    });
    expect(importerKriteriesett(JSON.stringify({ ...dok, $schema: 'noe-annet' }))).toEqual({
      ok: false,
      feil: [{ field: '$schema', message: `$schema: må være "${KRITERIEDOKUMENT_SKJEMA_ID}"` }],
    });
  });

  it('ukjent variabel i filen navngir feltet og regelen i filen', () => {
    const dok = JSON.parse(eksporterKriteriesett(FELLES));
    dok.kriteriesett.tjenester.bpa.regler[0].naar.fakta = 'alderIAar';
    expect(importerKriteriesett(JSON.stringify(dok))).toEqual({
      ok: false,
      feil: [
        {
          field: 'kriteriesett.tjenester.bpa.regler[0].naar.fakta',
          message: 'kriteriesett.tjenester.bpa.regler[0] (id "bpa-over-67"): ukjent fakta «alderIAar» (regler kan bare bruke faktaene i vurderingsgrunnlaget og de avledede IPLOS-faktaene)',
        },
      ],
    });
  });

  it('skjemafeil i et lokalt avvik i filen', () => {
    const dok = JSON.parse(eksporterKriteriesett(FELLES, LOKALE_AVVIK_EKSEMPEL));
    delete dok.lokaleAvvik[0].vedtattAv;
    dok.lokaleAvvik[0].kommunenummer = '186';
    expect(importerKriteriesett(JSON.stringify(dok))).toEqual({
      ok: false,
      feil: [
        { field: 'lokaleAvvik[0].vedtattAv', message: 'lokaleAvvik[0] (kommune 186, regel "lt-venteliste-1860"): mangler feltet «vedtattAv»' },
        { field: 'lokaleAvvik[0].kommunenummer', message: 'lokaleAvvik[0] (kommune 186, regel "lt-venteliste-1860"): kommunenummer må ha fire sifre' },
      ],
    });
  });
});

describe('KRITERIESETT_SKJEMA', () => {
  it('har en stabil id og beskriver settets felt, for OpenAPI', () => {
    expect(KRITERIESETT_SKJEMA.$id).toBe('urn:tk-lofoten:skjema:kriteriesett:1');
    expect(KRITERIESETT_SKJEMA.required).toEqual(['navn', 'versjon', 'gyldigFra', 'gyldigTil', 'tjenester']);
  });
});
