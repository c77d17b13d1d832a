import { DomeneFeil } from '../../domain/index.js';
import { validerMottakerUrl } from './mottaker-url.js';

const feil = (url: string, miljo: 'development' | 'test' | 'production') => {
  try {
    validerMottakerUrl(url, miljo);
  } catch (e) {
    return e instanceof DomeneFeil ? { kode: e.kode, status: e.status, felt: e.felt.map((f) => f.field) } : e;
  }
  return null;
};

describe('a receiver URL', () => {
  it('must be https in production, and may be http in development and test', () => {
    expect(validerMottakerUrl('https://mottaker.example/tk', 'production')).toBe('https://mottaker.example/tk');
    expect(feil('http://mottaker.example/tk', 'production')).toEqual({ kode: 'UGYLDIG_ABONNEMENT', status: 400, felt: ['url'] });
    expect(validerMottakerUrl('http://127.0.0.1:8080/tk', 'test')).toBe('http://127.0.0.1:8080/tk');
    expect(validerMottakerUrl('http://localhost/tk', 'development')).toBe('http://localhost/tk');
  });

  it('refuses other schemes, credentials in the URL, a fragment and what is not a URL, naming the field', () => {
    for (const url of ['ftp://mottaker.example/tk', 'https://bruker:passord@mottaker.example/tk', 'https://mottaker.example/tk#x', 'mottaker.example/tk', '']) {
      expect(feil(url, 'test')).toEqual({ kode: 'UGYLDIG_ABONNEMENT', status: 400, felt: ['url'] });
    }
  });
});
