import { kortDato, vedtaksbeskrivelse } from './beskrivelse.js';

describe('a decision described by service, outcome and date', () => {
  it('names every service with its outcome, then the date in Norwegian form', () => {
    expect(vedtaksbeskrivelse([{ tjenestenavn: 'Praktisk bistand', utfall: 'delvis_innvilget' }, { tjenestenavn: 'Trygghetsalarm', utfall: 'avslag' }], '2026-03-12')).toBe(
      'Praktisk bistand: delvis innvilget, Trygghetsalarm: avslått – 12.03.2026',
    );
  });

  it('says "Vedtak" when no line is known, and never shows an id', () => {
    expect(vedtaksbeskrivelse([], '2026-01-02')).toBe('Vedtak – 02.01.2026');
    expect(kortDato('2026-12-31')).toBe('31.12.2026');
  });
});
