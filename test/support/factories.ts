import { IPLOS_KODER } from '../../libs/domain/src/kartlegging/iplos.js';
import { lagSyntetiskFodselsnummer } from '../../libs/domain/src/person/fodselsnummer.js';
import type { ApiHarness, TestBruker } from './harness.js';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';

let teller = 0;

/** A fresh synthetic identity number (month + 80): never a real person's. */
export function syntetiskFnr(fodselsdato = '1941-03-12'): string {
  teller += 1;
  return lagSyntetiskFodselsnummer(fodselsdato, () => ((teller * 7919) % 1000) / 1000);
}

export function soknadBody(kommunenummer: string, overrides: Record<string, unknown> = {}) {
  return {
    kommunenummer,
    mottattDato: idagINorge(),
    kanal: 'muntlig',
    sokerType: 'selv',
    tjenester: ['praktisk-bistand'],
    fritekst: 'Trenger hjelp til rengjøring etter hoftebrudd.',
    person: { fodselsnummer: syntetiskFnr(), navn: 'Ola Testperson', adresse: 'Fiskergata 3, 8390 Reine' },
    ...overrides,
  };
}

export async function registrerSoknad(api: ApiHarness, bruker: TestBruker, kommunenummer: string, overrides: Record<string, unknown> = {}) {
  const res = await api.http.post('/api/v1/soknader').set('Authorization', `Bearer ${bruker.token}`).send(soknadBody(kommunenummer, overrides));
  if (res.status !== 201) throw new Error(`registrering feilet: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; saksnummer: string; status: string; fristDato: string; versjon: number };
}

export function iplos(skaar: number, unntak: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(IPLOS_KODER.map((k) => [k, unntak[k] ?? skaar]));
}

export function kartleggingBody(versjon: number, overrides: Record<string, unknown> = {}) {
  return {
    versjon,
    dato: idagINorge(),
    deltakere: ['bruker', 'saksbehandler'],
    hjemmebesok: true,
    iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 3 }),
    syn: 1,
    horsel: 1,
    borAlene: true,
    hjelpFraFamilie: 'noe',
    kognitivSvikt: false,
    sokersSyn: 'Ønsker hjelp til rengjøring hver uke.',
    ...overrides,
  };
}
