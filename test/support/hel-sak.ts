import type { components, Klient } from '../../libs/klient/src/klient.js';

type Problem = components['schemas']['Problem'];

/** The answer's body, or an error naming the operation and the problem: a typed client needs no casts. */
function svar<T>(operasjon: string, r: { data?: T; error?: Problem | unknown; response: Response }): T {
  if (r.data === undefined) throw new Error(`${operasjon}: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data;
}

const idag = () => new Date().toISOString().slice(0, 10);
const om = (dager: number) => new Date(Date.now() + dager * 86_400_000).toISOString().slice(0, 10);

/**
 * A whole case through the generated client, as an integrator would write it: registration, assessment,
 * recommendation, preview, decision, complaint, the office's assessment and Statsforvalteren's outcome.
 * Compiled with the project's strict settings; each step reads the fields it needs from the typed answer.
 */
export async function helSak(klient: Klient, kommunenummer: string, fodselsnummer: string): Promise<{ saksnummer: string; status: string; steg: string[] }> {
  const steg: string[] = [];
  const sak = svar('registrerSoknad', await klient.POST('/api/v1/soknader', {
    body: { kommunenummer, mottattDato: idag(), kanal: 'digital', sokerType: 'selv', tjenester: ['praktisk-bistand'], person: { fodselsnummer, navn: 'Kari Klient' } },
  }));
  steg.push(sak.status);

  const iplos: components['schemas']['IplosDto'] = {
    sosialDeltakelse: 1, beslutningerIDagliglivet: 1, styreAtferd: 1, alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4, lageMat: 2, ivaretaEgenHelse: 2,
    personligHygiene: 2, avOgPaakledning: 2, spise: 1, toalett: 1, bevegeSegInnendors: 2, bevegeSegUtendors: 3, hukommelse: 1, kommunikasjon: 1,
  };
  const kartlegging = svar('registrerKartlegging', await klient.POST('/api/v1/soknader/{id}/kartlegging', {
    params: { path: { id: sak.id } },
    body: { versjon: sak.versjon, dato: idag(), deltakere: ['bruker', 'saksbehandler'], hjemmebesok: true, iplos, syn: 1, horsel: 1, borAlene: true, hjelpFraFamilie: 'noe', kognitivSvikt: false },
  }));
  steg.push(`kartlagt: ${kartlegging.bistandsbehov}`);

  const anbefaling = svar('hentAnbefaling', await klient.GET('/api/v1/soknader/{id}/anbefaling', { params: { path: { id: sak.id } } }));
  const forslag = anbefaling.anbefalinger[0];
  if (!forslag?.utfall) throw new Error('Kriteriene anbefalte ikke noe utfall');
  const linje = {
    tjenestekode: forslag.tjenestekode,
    utfall: forslag.utfall,
    ...(forslag.omfang ? { omfang: forslag.omfang.min } : {}),
    ...(forslag.utfall === 'innvilget' || forslag.utfall === 'delvis_innvilget' ? { startdato: om(7), evalueringsdato: om(180) } : {}),
  };
  const vedtaksbody = { versjon: kartlegging.soknadVersjon, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [linje] };
  const forhandsvisning = svar('forhandsvisVedtaksbrev', await klient.POST('/api/v1/soknader/{id}/vedtak/forhandsvisning', { params: { path: { id: sak.id } }, body: vedtaksbody }));
  steg.push(`forhåndsvist: ${forhandsvisning.tittel}`);

  const vedtak = svar('fattVedtak', await klient.POST('/api/v1/soknader/{id}/vedtak', { params: { path: { id: sak.id } }, body: vedtaksbody }));
  steg.push(`vedtak: ${vedtak.status} ${vedtak.tjenester.map((t) => t.utfall).join(', ')}`);

  const klage = svar('registrerKlage', await klient.POST('/api/v1/soknader/{id}/klage', {
    params: { path: { id: sak.id } },
    body: { versjon: vedtak.soknadVersjon, vedtakId: vedtak.id, mottattDato: idag(), begrunnelse: 'Jeg trenger mer hjelp enn vedtaket gir.' },
  }));
  steg.push(`klage: ${klage.status}, frist ${klage.klagefrist}`);

  const vurdert = svar('vurderKlage', await klient.POST('/api/v1/klager/{id}/vurdering', {
    params: { path: { id: klage.id } },
    body: { versjon: klage.versjon, vurdering: 'opprettholdt', begrunnelse: 'Vedtaket følger kriteriene.' },
  }));
  steg.push(`vurdert: ${vurdert.status}`);

  const avgjort = svar('registrerStatsforvalterensAvgjorelse', await klient.POST('/api/v1/klager/{id}/statsforvalteren', {
    params: { path: { id: klage.id } },
    body: { versjon: vurdert.versjon, utfall: 'stadfestet', dato: idag() },
  }));
  steg.push(`statsforvalteren: ${avgjort.statsforvalterensUtfall ?? '–'}`);

  const slutt = svar('hentSak', await klient.GET('/api/v1/soknader/{id}', { params: { path: { id: sak.id } } }));
  return { saksnummer: slutt.saksnummer, status: slutt.status, steg };
}
