import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ApiHarness, lagBruker, MOSKENES, VAGAN, VESTVAGOY } from '../support/harness.js';
import { vedtattSak } from '../support/flyt.js';
import { lesPdf } from '../support/pdf.js';
import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { fokus, nyFane, sjekkTilgjengelighet } from '../support/nettleser.js';
import { startNettapp, type Nettapp } from '../support/nettapp.js';

/**
 * The web app end to end: built static files served by the API process, a real headless Chromium (Debian's
 * package, never downloaded), the worker rendering letters and reports. Every page visited is checked with
 * axe-core for WCAG 2.1 A/AA violations, and the main pages are saved as screenshots (see test/support/nettleser.ts).
 */
const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);

let api: ApiHarness;
let browser: Browser;
let base: string;

async function loggInn(page: Page, demobruker: RegExp): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
  await page.getByLabel(demobruker).check();
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

let nettapp: Nettapp | undefined;

beforeAll(async () => {
  nettapp = await startNettapp();
  ({ api, browser, base } = nettapp);
});

afterAll(async () => {
  await nettapp?.stopp();
});

describe('the web app in a real browser', () => {
  it('is served by the API process with a strict CSP, and the SPA fallback keeps /api answering JSON', async () => {
    const side = await fetch(`${base}/saker/noe`);
    expect(side.status).toBe(200);
    expect(side.headers.get('content-type')).toMatch(/text\/html/);
    const csp = side.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(await side.text()).toMatch(/<div id="root">/);
    const ukjentApi = await fetch(`${base}/api/v1/finnes-ikke`);
    expect(ukjentApi.status).toBe(404);
    expect(ukjentApi.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('dev token endpoint validates role and municipalities', async () => {
    const ok = await api.http.post('/api/v1/dev/token').send({ rolle: 'leder', kommuner: [VAGAN] });
    expect(ok.status).toBe(200);
    expect(ok.body.token).toMatch(/^ey/);
    expect((await api.http.post('/api/v1/dev/token').send({ rolle: 'sjef', kommuner: [VAGAN] })).status).toBe(400);
    expect((await api.http.post('/api/v1/dev/token').send({ rolle: 'leder', kommuner: ['9999'] })).status).toBe(400);
    expect((await api.http.post('/api/v1/dev/token').send({ rolle: 'leder', kommuner: [] })).status).toBe(400);
  });

  it('caseworker: registers an oral application, assesses, decides, downloads the letter, and takes a complaint through re-assessment to Statsforvalteren', async () => {
    const { ctx, page, feil } = await nyFane(browser);
    await loggInn(page, /Saksbehandler – Vågan og Vestvågøy/);
    // The inbox is the caseworker's start page.
    await page.getByRole('heading', { name: 'Innboks', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }).click();
    await page.getByRole('heading', { name: 'Arbeidsliste' }).waitFor();
    await sjekkTilgjengelighet(page, 'arbeidsliste');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Registrer søknad' }).click();
    await page.getByRole('heading', { name: 'Registrer søknad' }).waitFor();
    // A validation error from the API is shown in place, next to the field.
    await page.getByRole('button', { name: 'Registrer søknaden' }).click();
    await page.getByRole('alert').waitFor();
    await sjekkTilgjengelighet(page, 'registrer-soknad-feil', false);
    await page.getByLabel('Muntlig (telefon eller oppmøte)').check();
    await page.getByLabel('Praktisk bistand (hjemmehjelp) og opplæring').check();
    await page.getByLabel('Fødselsnummer eller D-nummer (11 siffer)').fill(syntetiskFnr('1940-05-17'));
    await page.getByLabel('Navn', { exact: true }).fill('Astrid Webtest');
    await page.getByLabel('Hva søknaden gjelder').fill('Ringte inn: trenger hjelp til rengjøring og innkjøp.');
    await sjekkTilgjengelighet(page, 'registrer-soknad');
    await page.getByRole('button', { name: 'Registrer søknaden' }).click();

    await page.getByRole('heading', { name: /Sak 1865-\d{4}-\d+: Astrid Webtest/ }).waitFor();
    await expect(page.getByText('Mottatt', { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Alminnelig husarbeid').selectOption('4');
    await page.getByLabel('Skaffe seg varer og tjenester').selectOption('4');
    await page.getByLabel('Lage mat').selectOption('3');
    await page.getByLabel('Bor alene').check();
    await page.getByRole('button', { name: 'Lagre kartleggingen' }).click();
    // Saved: said as a status, and focus is on it (the form it came from is gone).
    await page.getByText('Kartleggingen er lagret.').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status', tekst: 'Kartleggingen er lagret.' });

    const anbefaling = page.locator('.anbefaling');
    await anbefaling.getByText(/Anbefalt:/).first().waitFor();
    expect(await anbefaling.textContent()).toMatch(/Hjemmel: helse- og omsorgstjenesteloven/);
    await sjekkTilgjengelighet(page, 'sak-anbefaling');

    // Deviate from the recommendation: the form asks for a justification in place.
    await page.getByLabel('Utfall').selectOption('avslag');
    await page.getByText('Vedtaket avviker fra kriterienes anbefaling.').waitFor();
    await page.getByLabel('Grunnen til avviket').selectOption('familiens_situasjon');
    await page.getByLabel('Begrunnelse for avviket').fill('Datteren har flyttet inn og dekker behovet.');
    await page.getByLabel('Utfall').selectOption({ index: 0 });
    // What the decision rests on is required: without it the API names the field and the form shows it.
    await page.getByRole('button', { name: 'Fatt vedtak' }).click();
    await page.getByText(/Skriv hvilke opplysninger vedtaket bygger på/).first().waitFor();
    await page.getByLabel('Opplysninger vedtaket bygger på').fill('Hjemmebesøk med søkeren og datteren');
    // The letter can be read before the decision is made; nothing is stored by that.
    await page.getByRole('button', { name: 'Forhåndsvis brevet' }).click();
    const forhandsvisning = page.getByRole('region', { name: 'Forhåndsvisning av vedtaksbrevet' });
    await forhandsvisning.getByText('Vågan kommune, ved Felles tildelingskontor Lofoten').waitFor();
    expect(await forhandsvisning.textContent()).toMatch(/Du kan klage.*Statsforvalteren i Nordland/s);
    await sjekkTilgjengelighet(page, 'sak-forhandsvisning');
    await page.getByRole('button', { name: 'Fatt vedtak' }).click();
    await page.getByText('Vedtaket er fattet. Brevet lages nå.').waitFor();
    await page.getByTestId('likebehandling').waitFor();
    await sjekkTilgjengelighet(page, 'sak-vedtatt');

    await page.getByRole('link', { name: 'Åpne vedtaket' }).click();
    const lastNed = page.getByRole('button', { name: 'Last ned vedtaksbrevet (PDF)' });
    await lastNed.waitFor({ timeout: 30_000 });
    await sjekkTilgjengelighet(page, 'vedtak');
    const [nedlasting] = await Promise.all([page.waitForEvent('download'), lastNed.click()]);
    const fil = await nedlasting.path();
    expect(readFileSync(fil).subarray(0, 5).toString()).toBe('%PDF-');
    expect(nedlasting.suggestedFilename()).toMatch(/^vedtaksbrev-.*\.pdf$/);

    // Back on the case: the decision is listed by service, outcome and date, and a complaint picks it from a list.
    await page.getByRole('link', { name: 'Til saken' }).click();
    await page.getByRole('link', { name: /^Praktisk bistand[^:]*: (delvis )?innvilget – \d\d\.\d\d\.\d{4}$/ }).waitFor();
    expect(await page.getByLabel('Vedtaket det klages på').locator('option').allTextContents()).toEqual([expect.stringMatching(/^Praktisk bistand[^:]*: (delvis )?innvilget – /)]);
    await page.getByRole('heading', { name: 'Registrer klage' }).waitFor();
    await page.getByLabel('Klagerens begrunnelse').fill('Jeg trenger mer hjelp enn vedtaket gir.');
    await page.getByRole('button', { name: 'Registrer klagen' }).click();
    await page.getByText('Klagen er registrert.').waitFor();
    await sjekkTilgjengelighet(page, 'sak-klage', false);

    // The office upholds its decision and forwards the complaint; then Statsforvalteren's outcome is recorded.
    const klager = page.getByRole('table', { name: 'Klager i saken' });
    await klager.getByText('Mottatt, ikke vurdert').waitFor();
    await page.getByLabel('Kontorets vurdering').selectOption('opprettholdt');
    await page.getByLabel('Begrunnelse for vurderingen').fill('Behovet er dekket av tjenesten som er innvilget.');
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await klager.getByText('Oversendt Statsforvalteren').waitFor();
    await page.getByRole('heading', { name: 'Statsforvalterens avgjørelse' }).waitFor();
    await sjekkTilgjengelighet(page, 'sak-klage-oversendt', false);
    await page.getByLabel('Utfall').selectOption('stadfestet');
    await page.getByRole('button', { name: 'Registrer avgjørelsen' }).click();
    await klager.getByText('Avgjort av Statsforvalteren').waitFor();
    expect(await page.getByRole('heading', { name: 'Statsforvalterens avgjørelse' }).count()).toBe(0);

    // The decision stands: the service starts, and the step is in the case's history with its comment.
    await page.getByLabel('Handling').selectOption({ label: 'Iverksett tjenesten' });
    await page.getByLabel('Kommentar til historikken (valgfritt)').fill('Oppstart avtalt med hjemmetjenesten.');
    await page.getByRole('button', { name: 'Utfør' }).click();
    const historikk = page.getByRole('table', { name: 'Statushistorikk' });
    await historikk.getByText('Oppstart avtalt med hjemmetjenesten.').waitFor();
    expect(await historikk.textContent()).toContain('Tjenesten er i gang');
    await sjekkTilgjengelighet(page, 'sak-i-gang', false);
    expect(feil).toEqual([]);
    await ctx.close();
  });

  it('caseworker: takes over a case, moves it to another municipality, dismisses an application with a letter, and closes one complaint as withdrawn and another as dismissed', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN, VESTVAGOY], 'Siri Saksbehandler');
    const h = { Authorization: `Bearer ${sb.token}` };
    const flytter = await registrerSoknad(api, sb, VESTVAGOY, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: syntetiskFnr('1938-03-03'), navn: 'Ola Flytter', adresse: 'Leknesveien 2, 8370 Leknes' } });
    const klager = [];
    for (const navn of ['Kari Trekker', 'Nils Sein']) {
      const { sak, vedtak } = await vedtattSak(api, sb, VAGAN, { person: { fodselsnummer: syntetiskFnr('1941-04-04'), navn, adresse: 'Storgata 9, 8300 Svolvær' } });
      await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(h).send({ versjon: 3, vedtakId: vedtak.id, mottattDato: om(0), begrunnelse: 'Jeg er uenig.' }).expect(201);
      klager.push(sak);
    }

    const avvises = await registrerSoknad(api, sb, VESTVAGOY, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: syntetiskFnr('1950-05-05'), navn: 'Per Bortreist', adresse: 'Ballstad 1, 8373 Ballstad' } });

    const { ctx, page, feil } = await nyFane(browser);
    await loggInn(page, /Saksbehandler – Vågan og Vestvågøy/);
    // The work list: a case a colleague has offers no "Tildel meg" (only unassigned cases do).
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }).click();
    await page.getByRole('link', { name: flytter.saksnummer }).waitFor();
    expect(await page.getByRole('button', { name: `Tildel meg sak ${flytter.saksnummer}` }).count()).toBe(0);
    await page.goto(`${base}/saker/${flytter.id}`);
    await page.getByRole('heading', { name: /Ola Flytter/ }).waitFor();
    const bytte = page.getByRole('region', { name: 'Bytt ansvarlig kommune' });
    await bytte.getByLabel('Ny ansvarlig kommune').selectOption({ label: 'Vågan' });
    await bytte.getByRole('button', { name: 'Flytt saken' }).click();
    // The reason is required: the API's field error is shown beside the field.
    await bytte.locator('.feltfeil').waitFor();
    await bytte.getByLabel('Grunn (for eksempel flyttedato)').fill('Flyttet til Svolvær 1. november.');
    await sjekkTilgjengelighet(page, 'sak-kommunebytte', false);
    await bytte.getByRole('button', { name: 'Flytt saken' }).click();
    await page.getByRole('table', { name: 'Statushistorikk' }).getByText(/Ansvarlig kommune endret fra 1860 til 1865: Flyttet til Svolvær/).waitFor();
    expect(await page.locator('.ingress').textContent()).toContain('Vågan');

    // Dismissing an application is a decision of its own: the reason is required, and it goes into a letter.
    await page.goto(`${base}/saker/${avvises.id}`);
    await page.getByRole('heading', { name: /Per Bortreist/ }).waitFor();
    const videre = page.getByRole('region', { name: 'Saken videre' });
    await videre.getByLabel('Handling').selectOption({ label: 'Avvis saken' });
    await videre.getByRole('button', { name: 'Utfør' }).click();
    await videre.locator('.feltfeil').getByText(/grunnen til avvisningen/i).waitFor();
    await videre.getByLabel('Grunnen til avvisningen').fill('Du bor ikke i Vestvågøy kommune, og kommunen har derfor ikke ansvar for å behandle søknaden.');
    await sjekkTilgjengelighet(page, 'sak-avvisning', false);
    await videre.getByRole('button', { name: 'Utfør' }).click();
    await page.getByText('Saken er oppdatert.').waitFor();
    await page.getByRole('table', { name: 'Brev i saken' }).getByRole('cell', { name: 'Søknaden er avvist', exact: true }).waitFor();

    // Withdrawn by the complainant: the decision stands and the case is decided again.
    await page.goto(`${base}/saker/${klager[0]!.id}`);
    await page.getByRole('heading', { name: /Kari Trekker/ }).waitFor();
    const avslutning = page.getByRole('form', { name: 'Trukket eller avvist klage' });
    await avslutning.getByLabel('Hvordan og når klagen ble trukket').fill('Ringte i dag og trakk klagen.');
    await sjekkTilgjengelighet(page, 'sak-klage-avslutning');
    await avslutning.getByRole('button', { name: 'Avslutt klagen' }).click();
    await page.getByRole('table', { name: 'Klager i saken' }).getByText(/Trukket av klageren .*Ringte i dag og trakk klagen\./).waitFor();
    await page.getByText('Vedtatt', { exact: true }).first().waitFor();

    // Dismissed as too late: a decision of its own, with a letter.
    await page.goto(`${base}/saker/${klager[1]!.id}`);
    await page.getByRole('heading', { name: /Nils Sein/ }).waitFor();
    const avvis = page.getByRole('form', { name: 'Trukket eller avvist klage' });
    await avvis.getByLabel('Klagen avsluttes fordi').selectOption('avvist');
    await avvis.getByRole('button', { name: 'Avslutt klagen' }).click();
    await avvis.locator('.feltfeil').waitFor();
    await avvis.getByLabel('Grunnen til avvisningen (står i brevet)').fill('Klagen kom etter fristen, og det er ikke grunn til å behandle den likevel.');
    await avvis.getByRole('button', { name: 'Avslutt klagen' }).click();
    await page.getByRole('table', { name: 'Klager i saken' }).getByText('Avvist').waitFor();
    expect(await page.getByRole('form', { name: 'Trukket eller avvist klage' }).count()).toBe(0);
    // The dismissal is a decision of its own: its letter is listed with the case's letters and downloaded
    // as the bytes that were sent, with the caseworker's reason in it.
    const lastNedAvvisning = page.getByRole('button', { name: 'Last ned klagen er avvist (PDF)' });
    for (let i = 0; i < 30 && !(await lastNedAvvisning.isVisible()); i++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('table', { name: 'Brev i saken' }).waitFor();
    }
    await sjekkTilgjengelighet(page, 'sak-brev', false);
    const [avvisningsbrev] = await Promise.all([page.waitForEvent('download'), lastNedAvvisning.click()]);
    expect(lesPdf(readFileSync(await avvisningsbrev.path())).tekst.replace(/\s+/g, ' ')).toContain('Klagen kom etter fristen, og det er ikke grunn til å behandle den likevel.');
    expect(feil).toEqual([]);
    await ctx.close();
  });

  it('leader: approves a drafted decision (four eyes), opens the dashboard, failed letters and the access log', async () => {
    const forfatter = await lagBruker('saksbehandler', [MOSKENES], 'Frida Forfatter');
    const auth = { Authorization: `Bearer ${forfatter.token}` };
    const fnr = syntetiskFnr('1936-02-11');
    const sak = await registrerSoknad(api, forfatter, MOSKENES, { tjenester: ['langtidsopphold'], person: { fodselsnummer: fnr, navn: 'Per Langtid', adresse: 'Reinevegen 1, 8390 Reine' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth).send(kartleggingBody(1, { iplos: iplos(4), kognitivSvikt: true, utryggUtenHeldognstilbud: true, hjelpFraFamilie: 'ingen' })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth)).body.anbefalinger[0];
    const linje = { tjenestekode: 'langtidsopphold', utfall: anb.utfall, ...(anb.utfall === 'innvilget' ? { startdato: om(14), evalueringsdato: om(365) } : {}) };
    const utkast = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }], tjenester: [linje] });
    expect(utkast.body).toMatchObject({ status: 'utkast', kreverGodkjenning: true });

    const { ctx, page, feil } = await nyFane(browser);
    await loggInn(page, /Leder – alle fire kommuner/);
    await page.getByRole('heading', { name: 'Innboks', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsliste' }).click();
    await page.getByRole('heading', { name: 'Arbeidsliste' }).waitFor();
    await page.getByLabel('Status').selectOption('vedtak_utkast');
    await page.getByRole('link', { name: sak.saksnummer }).click();
    await page.getByRole('heading', { name: /Per Langtid/ }).waitFor();
    await sjekkTilgjengelighet(page, 'sak-leder', false);

    await page.goto(`${base}/vedtak/${utkast.body.id}`);
    await page.getByRole('heading', { name: 'Godkjenning (fire øyne)' }).waitFor();
    await sjekkTilgjengelighet(page, 'vedtak-godkjenning');
    await page.getByRole('button', { name: 'Godkjenn vedtaket' }).click();
    await page.getByText('Vedtatt', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Last ned vedtaksbrevet (PDF)' }).waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Likebehandling' }).click();
    await page.getByRole('button', { name: 'Hent tall' }).click();
    await page.getByRole('heading', { name: 'Per kommune', exact: true }).waitFor({ timeout: 60_000 });
    // The button was disabled while the figures were computed: focus is on the message that they came.
    await page.getByText(/^Tallene for \d{4} er hentet\.$/).waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status' });
    expect(await page.locator('figure.funnel svg').count()).toBeGreaterThan(0);
    expect(await page.locator('table').first().textContent()).toMatch(/Moskenes|Vågan/);
    await sjekkTilgjengelighet(page, 'dashbord');

    await page.getByRole('link', { name: 'Feilede brev' }).click();
    await page.getByRole('heading', { name: 'Feilede brev' }).waitFor();
    await page.getByText(/Ingen brev har feilet|Kjør på nytt/).first().waitFor();
    await sjekkTilgjengelighet(page, 'feilede-brev');

    await page.getByRole('link', { name: 'Tilgangslogg' }).click();
    await page.getByLabel('Fødselsnummer').fill(fnr);
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.getByRole('cell', { name: /Frida Forfatter/ }).first().waitFor();
    expect(page.url()).not.toContain(fnr);
    await sjekkTilgjengelighet(page, 'tilgangslogg');

    await page.getByRole('link', { name: 'Rapporter' }).click();
    await page.getByRole('button', { name: 'Bestill rapport' }).click();
    await page.getByRole('button', { name: /Vis likebehandling/ }).waitFor({ timeout: 60_000 });
    await page.getByText('Rapporten er laget og står øverst i listen.').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status', tekst: 'Rapporten er laget og står øverst i listen.' });
    await sjekkTilgjengelighet(page, 'rapporter-leder', false);
    expect(feil).toEqual([]);
    await ctx.close();
  });

  it('union representative: orders and reads the anonymised report, downloads it, and is refused everything else', async () => {
    const { ctx, page } = await nyFane(browser);
    await loggInn(page, /Tillitsvalgt/);
    await page.getByRole('heading', { name: 'Rapporter', exact: true }).waitFor();
    const meny = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await meny.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(['Rapporter']);
    expect(await page.getByLabel('Rapporttype').locator('option').allTextContents()).toEqual(['Anonymisert (kan deles)']);

    await page.getByRole('button', { name: 'Bestill rapport' }).click();
    const vis = page.getByRole('button', { name: /Vis anonymisert/ });
    await vis.waitFor({ timeout: 60_000 });
    await vis.click();
    await page.getByRole('heading', { name: /Anonymisert rapport \d{4}/ }).waitFor();
    expect(await page.locator('.rapport').textContent()).toMatch(/Tall fra under 5 personer vises ikke/);
    await sjekkTilgjengelighet(page, 'rapport-anonymisert');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    expect(readFileSync(await csv.path()).toString()).toMatch(/^\uFEFF?tabell;periode/);
    // The list comes from the API: after a reload the report is still there, finished.
    await page.reload();
    const rad = page.getByRole('table', { name: 'Rapporter du kan se, nyeste først' }).getByRole('row').nth(1);
    await rad.getByText('Ferdig').waitFor();
    expect(await rad.textContent()).toContain('Anonymisert (kan deles)');

    // Everything else: the app says no, and so does the API.
    for (const sti of ['/saker', '/dashbord', '/tilgangslogg', '/kriterier']) {
      await page.goto(`${base}${sti}`);
      await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
    }
    await sjekkTilgjengelighet(page, 'ingen-tilgang');
    const statuser = await page.evaluate(async () => {
      const lager = (globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }).sessionStorage;
      const okt = JSON.parse(lager.getItem('tk.okt')!) as { token: string };
      const h = { Authorization: `Bearer ${okt.token}`, 'Content-Type': 'application/json' };
      return Promise.all([
        fetch('/api/v1/soknader', { headers: h }).then((r) => r.status),
        fetch('/api/v1/tjenester', { headers: h }).then((r) => r.status),
        fetch('/api/v1/brevmaler', { headers: h }).then((r) => r.status),
        fetch('/api/v1/tilgangslogg/sok', { method: 'POST', headers: h, body: JSON.stringify({ fodselsnummer: '12345678901' }) }).then((r) => r.status),
        fetch('/api/v1/rapporter', { method: 'POST', headers: h, body: JSON.stringify({ type: 'likebehandling', aar: 2026 }) }).then((r) => r.status),
      ]);
    });
    expect(statuser).toEqual([403, 403, 403, 403, 403]);
    await ctx.close();
  });

  it('fagadmin: opens the criteria, makes a draft, sees validation errors in place, compares a municipality; templates preview', async () => {
    const { ctx, page, feil } = await nyFane(browser);
    await loggInn(page, /Fagadministrator/);
    await page.getByRole('heading', { name: 'Tildelingskriterier' }).waitFor();
    await page.getByRole('button', { name: /Åpne versjon 1/ }).click();
    await page.getByLabel('Kriterier og lokale avvik').waitFor();
    await sjekkTilgjengelighet(page, 'kriterier');
    await page.getByRole('button', { name: 'Lag nytt utkast fra denne' }).click();
    await page.getByText('Nytt utkast er laget.', { exact: false }).waitFor();
    const felt = page.getByLabel('Kriterier og lokale avvik');
    const json = JSON.parse(await felt.inputValue()) as { innhold: Record<string, unknown> };
    json.innhold.tull = 1;
    await felt.fill(JSON.stringify(json, null, 2));
    await page.getByRole('button', { name: 'Lagre utkast' }).click();
    await page.locator('.feltfeil-liste').getByText(/ukjent felt «tull»/).waitFor();
    await sjekkTilgjengelighet(page, 'kriterier-valideringsfeil');
    await page.getByLabel('Kommune').selectOption(VAGAN);
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page.getByText(/lokale avvik\./).waitFor();
    // A draft that is not wanted is retired, after a confirmation in the page.
    await page.getByRole('button', { name: 'Trekk tilbake …' }).click();
    await page.getByRole('group', { name: /Trekke tilbake versjon \d+\?/ }).waitFor();
    await sjekkTilgjengelighet(page, 'kriterier-trekk-tilbake', false);
    await page.getByRole('button', { name: /^Trekk tilbake versjon \d+$/ }).click();
    await page.getByText(/Versjon \d+ er trukket tilbake\./).waitFor();
    await page.getByRole('table', { name: 'Versjoner av kriteriesettet' }).getByText('Trukket tilbake').first().waitFor();

    await page.getByRole('link', { name: 'Brevmaler' }).click();
    await page.getByRole('button', { name: /Åpne vedtak innvilget \(nb\)/ }).first().click();
    await page.getByRole('button', { name: 'Forhåndsvis med eksempeldata' }).click();
    await page.getByRole('region', { name: 'Forhåndsvisning med eksempeldata' }).getByText(/Felles tildelingskontor Lofoten/).first().waitFor();
    await sjekkTilgjengelighet(page, 'brevmaler');
    expect(feil).toEqual([]);
    await ctx.close();
  });
});
