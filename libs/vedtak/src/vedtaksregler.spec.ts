import type { Anbefaling } from '../../domain/index.js';
import { aldersgruppe, avvikFraAnbefaling, reduserer, vedtaksbrevtype } from './vedtaksregler.js';

const anbefaling = (utfall: Anbefaling['utfall'], omfang: { min: number; max: number } | null): Anbefaling =>
  ({ tjenestekode: 'praktisk-bistand', utfall, omfang: omfang && { ...omfang, enhet: 'timer_per_uke' }, regelId: 'r', lokaltAvvik: false, begrunnelser: [] }) as unknown as Anbefaling;

describe('vedtaksregler', () => {
  it.each([
    [66, '<67'], [67, '67-79'], [79, '67-79'], [80, '80+'],
  ])('age %i is in band %s', (alder, band) => expect(aldersgruppe(alder)).toBe(band));

  it.each([
    ['innvilget', 2, 'innvilget', { min: 1, max: 3 }, { avviker: false, retning: null }],
    ['innvilget', 4, 'innvilget', { min: 1, max: 3 }, { avviker: true, retning: 'gunstigere' }],
    ['innvilget', 0.5, 'innvilget', { min: 1, max: 3 }, { avviker: true, retning: 'strengere' }],
    ['avslag', null, 'innvilget', { min: 1, max: 3 }, { avviker: true, retning: 'strengere' }],
    ['innvilget', 2, 'avslag', null, { avviker: true, retning: 'gunstigere' }],
    ['venteliste', null, 'venteliste', null, { avviker: false, retning: null }],
    // The discretionary path (no criteria for the service): any outcome, never a deviation.
    ['avslag', null, null, null, { avviker: false, retning: null }],
    ['innvilget', null, null, null, { avviker: false, retning: null }],
  ] as const)('decided %s %p against recommended %s %p', (utfall, omfang, anbefalt, spenn, forventet) => {
    expect(avvikFraAnbefaling(anbefaling(anbefalt, spenn), utfall, omfang)).toEqual(forventet);
  });

  it('picks one letter type per decision', () => {
    expect(vedtaksbrevtype(['innvilget', 'innvilget'])).toBe('vedtak_innvilget');
    expect(vedtaksbrevtype(['innvilget', 'avslag'])).toBe('vedtak_delvis_innvilget');
    expect(vedtaksbrevtype(['avslag'])).toBe('vedtak_avslag');
    expect(vedtaksbrevtype(['venteliste', 'innvilget'])).toBe('vedtak_venteliste');
  });

  it.each([
    ['innvilget', 4, 'innvilget', 4, false],
    ['innvilget', 4, 'innvilget', 6, false],
    ['innvilget', 4, 'delvis_innvilget', 2, true],
    ['innvilget', 4, 'avslag', null, true],
    ['innvilget', null, 'venteliste', null, true],
    ['avslag', null, 'avslag', null, false],
  ] as const)('before %s %p, now %s %p: gives less (needs advance notice) = %s', (fraU, fraO, tilU, tilO, mindre) => {
    expect(reduserer([{ tjenestekode: 'pb', utfall: fraU, omfang: fraO }], [{ tjenestekode: 'pb', utfall: tilU, omfang: tilO }])).toBe(mindre);
  });

  it('a service left out of the new decision is stopped', () => {
    expect(reduserer([{ tjenestekode: 'pb', utfall: 'innvilget', omfang: 2 }], [{ tjenestekode: 'ta', utfall: 'innvilget', omfang: null }])).toBe(true);
  });
});
