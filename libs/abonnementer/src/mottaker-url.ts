import { DomeneFeil } from '../../domain/index.js';

const ugyldig = (melding: string) => new DomeneFeil('UGYLDIG_ABONNEMENT', melding, 400, [{ field: 'url', message: melding }]);

/**
 * A receiver's URL: https in production (the events and their signature cross networks), http also in
 * development and test. No user name or password in it (they would be stored and shown as part of the URL),
 * no fragment.
 */
export function validerMottakerUrl(url: string, miljo: 'development' | 'test' | 'production'): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw ugyldig('Må være en hel URL, for eksempel https://mottaker.example/tk-hendelser.');
  }
  const tillatt = miljo === 'production' ? ['https:'] : ['https:', 'http:'];
  if (!tillatt.includes(u.protocol)) throw ugyldig(miljo === 'production' ? 'Må bruke https.' : 'Må bruke https eller http.');
  if (u.username || u.password) throw ugyldig('Kan ikke inneholde brukernavn eller passord; mottakeren kjenner avsenderen på signaturen.');
  if (u.hash) throw ugyldig('Kan ikke ha et fragment (#…).');
  return u.toString();
}
