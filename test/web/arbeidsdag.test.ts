import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { ApiHarness, lagBruker, VAGAN } from '../support/harness.js';
import { fokus, nyFane, sjekkAlleRegler, sjekkReflow } from '../support/nettleser.js';
import { startNettapp, type Nettapp } from '../support/nettapp.js';

/**
 * The caseworker's working day by keyboard alone, in a real Chromium: inbox, search, person overview, the case,
 * a decision, documents, and a colleague's draft approved from the inbox. After every action that waits for the
 * API the test asserts where focus went; every page and state passes axe-core with all its rules (best practices
 * included) and does not scroll sideways at 320 and 640 pixels.
 */
let api: ApiHarness;
let browser: Browser;
let base: string;

let nettapp: Nettapp | undefined;

beforeAll(async () => {
  nettapp = await startNettapp();
  ({ api, browser, base } = nettapp);
});

afterAll(async () => {
  await nettapp?.stopp();
});

/** Activates a link or button the way a keyboard user does: focus on it, then Enter. */
async function trykk(page: Page, navn: string | RegExp, rolle: 'link' | 'button' = 'link', innenfor?: ReturnType<Page['getByRole']>): Promise<void> {
  const el = (innenfor ?? page).getByRole(rolle, { name: navn }).first();
  await el.focus();
  await page.keyboard.press('Enter');
}

async function sjekkSiden(page: Page, navn: string): Promise<void> {
  await sjekkAlleRegler(page, navn);
  await sjekkReflow(page, navn);
}

describe("the caseworker's working day in a real browser", () => {
  it('search → person overview → case → decide and add documents; inbox → approve a colleague’s draft; all by keyboard, focus asserted after each action', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Registrerer');
    const kollega = await lagBruker('saksbehandler', [VAGAN], 'Kari Kollega');
    const h = (b: { token: string }) => ({ Authorization: `Bearer ${b.token}` });
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: syntetiskFnr('1939-09-09'), navn: 'Áile Ŋuolla Webtest', adresse: 'Storgata 3, 8300 Svolvær' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(h(sb)).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4 }) })).expect(201);
    const lang = await registrerSoknad(api, kollega, VAGAN, { tjenester: ['langtidsopphold'], person: { fodselsnummer: syntetiskFnr('1933-03-03'), navn: 'Utkast Urheim' } });
    await api.http.post(`/api/v1/soknader/${lang.id}/kartlegging`).set(h(kollega)).send(kartleggingBody(1, { iplos: iplos(5), utryggUtenHeldognstilbud: true, kognitivSvikt: false })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${lang.id}/anbefaling`).set(h(kollega))).body.anbefalinger[0];
    const avvik = anb.utfall === 'venteliste' ? {} : { avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Ingen ledig plass nå.' };
    const utkast = await api.http.post(`/api/v1/soknader/${lang.id}/vedtak`).set(h(kollega)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk'], tjenesterIMellomtiden: [{ tjeneste: 'Hjemmesykepleie', omfang: 'To besøk hver dag' }], tjenester: [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste', ...avvik }] });
    expect(utkast.body.status).toBe('utkast');

    const { ctx, page, feil } = await nyFane(browser);
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await page.getByLabel(/Saksbehandler – Vågan og Vestvågøy/).check();
    await trykk(page, 'Logg inn', 'button');
    // The inbox is the start page, and its heading has focus.
    await page.getByRole('heading', { name: 'Innboks', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Venter på min godkjenning/ }).waitFor();
    expect(await fokus(page)).toMatchObject({ tag: 'h1', tekst: 'Innboks' });
    await sjekkSiden(page, 'innboks');

    // Search: the field is the next tab stop after the heading; after the search focus is on the result's heading.
    await trykk(page, 'Søk', 'link', page.getByRole('navigation', { name: 'Hovedmeny' }));
    await page.getByRole('heading', { name: 'Søk', level: 1 }).waitFor();
    expect(await fokus(page)).toMatchObject({ tag: 'h1', tekst: 'Søk' });
    await page.keyboard.press('Tab');
    expect(await fokus(page)).toMatchObject({ tag: 'input' });
    await page.keyboard.type('aile ŋuo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '1 person funnet' }).waitFor();
    expect(await fokus(page)).toMatchObject({ tag: 'h2', tekst: '1 person funnet' });
    await sjekkSiden(page, 'sok-treff');
    // A search with digits that is not a whole identity number: the error summary takes focus and names the field by its label.
    await page.getByLabel('Navn, fødselsnummer eller saksnummer').fill('12345');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'alert' });
    expect(await page.getByRole('alert').getByRole('link').textContent()).toMatch(/^Navn, fødselsnummer eller saksnummer: /);
    await sjekkSiden(page, 'sok-feil');
    await page.getByLabel('Navn, fødselsnummer eller saksnummer').fill('Áile');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '1 person funnet' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await fokus(page)).toMatchObject({ tag: 'a', tekst: 'Áile Ŋuolla Webtest' });
    await page.keyboard.press('Enter');

    // The person overview: every case of the person, linked.
    await page.getByRole('heading', { name: 'Áile Ŋuolla Webtest', level: 1 }).waitFor();
    expect(await fokus(page)).toMatchObject({ tag: 'h1' });
    await sjekkSiden(page, 'person');
    await trykk(page, sak.saksnummer);
    await page.getByRole('heading', { name: new RegExp(`Sak ${sak.saksnummer}`), level: 1 }).waitFor();
    await page.getByText(/Anbefalt:/).first().waitFor();
    await sjekkSiden(page, 'sak-for-vedtak');

    // Decide: the preview takes focus, then the decision's status message does.
    await page.getByLabel('Opplysninger vedtaket bygger på').fill('Hjemmebesøk med søkeren');
    await trykk(page, 'Forhåndsvis brevet', 'button');
    await page.getByRole('heading', { name: 'Forhåndsvisning av vedtaksbrevet' }).waitFor();
    expect(await fokus(page)).toMatchObject({ tag: 'h4', tekst: 'Forhåndsvisning av vedtaksbrevet' });
    await trykk(page, 'Fatt vedtak', 'button');
    await page.getByText('Vedtaket er fattet. Brevet lages nå.').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status', tekst: expect.stringContaining('Vedtaket er fattet') });
    await page.getByRole('link', { name: /^Praktisk bistand[^:]*: (delvis )?innvilget – \d\d\.\d\d\.\d{4}$/ }).waitFor();
    await sjekkSiden(page, 'sak-vedtatt-med-beskrivelse');

    // Documents: a scanned PDF is added; focus goes to the message saying so.
    const dokumenter = page.getByRole('region', { name: 'Dokumenter' });
    await dokumenter.getByLabel('Hva dokumentet er').fill('Legeerklæring');
    await dokumenter.getByLabel(/^Fil/).setInputFiles({ name: 'lege.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await trykk(page, 'Last opp', 'button', dokumenter);
    await dokumenter.getByText('Dokumentet «Legeerklæring» er lagt til i saken.').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status' });
    await dokumenter.getByRole('cell', { name: 'Legeerklæring', exact: true }).waitFor();
    // A file of another type, whatever its name: the error summary takes focus and links to the file field.
    await dokumenter.getByLabel('Hva dokumentet er').fill('Skjema');
    await dokumenter.getByLabel(/^Fil/).setInputFiles({ name: 'skjema.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>ikke en pdf</html>') });
    await trykk(page, 'Last opp', 'button', dokumenter);
    await dokumenter.getByRole('alert').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'alert' });
    await trykk(page, /^Fil \(PDF, JPEG eller PNG, høyst 10 MB\): /, 'link', dokumenter);
    expect(await fokus(page)).toMatchObject({ tag: 'input' });
    await sjekkSiden(page, 'sak-dokumenter');
    const [nedlasting] = await Promise.all([page.waitForEvent('download'), trykk(page, 'Last ned Legeerklæring', 'button', dokumenter)]);
    expect(nedlasting.suggestedFilename()).toBe('Legeerklæring.pdf');

    // The inbox: a colleague's draft waits for my approval; approving it moves focus to the confirmation.
    await trykk(page, 'Innboks', 'link', page.getByRole('navigation', { name: 'Hovedmeny' }));
    const tilGodkjenning = page.getByRole('region', { name: /Venter på min godkjenning/ });
    await trykk(page, new RegExp(`${lang.saksnummer}: Utkast Urheim`), 'link', tilGodkjenning);
    await page.getByRole('button', { name: 'Godkjenn vedtaket' }).waitFor();
    await sjekkSiden(page, 'vedtak-til-godkjenning');
    await trykk(page, 'Godkjenn vedtaket', 'button');
    await page.getByText('Vedtaket er godkjent.').waitFor();
    expect(await fokus(page)).toMatchObject({ rolle: 'status', tekst: 'Vedtaket er godkjent.' });

    // An address that does not exist says so.
    await page.goto(`${base}/finnes-ikke`);
    await page.getByRole('heading', { name: 'Fant ikke siden', level: 1 }).waitFor();
    await sjekkSiden(page, 'fant-ikke-siden');

    // The work list: singular and plural, and "Tildel meg" only on cases nobody has.
    await trykk(page, 'Arbeidsliste', 'link', page.getByRole('navigation', { name: 'Hovedmeny' }));
    await page.getByRole('heading', { name: 'Arbeidsliste', level: 1 }).waitFor();
    expect(await page.getByText(/^\d+ (sak|saker)$/).textContent()).toMatch(/^(1 sak|\d*[02-9] saker|\d{2,} saker)$/);
    expect(await page.getByRole('button', { name: new RegExp(`Tildel meg sak ${sak.saksnummer}`) }).count()).toBe(0);
    await sjekkSiden(page, 'arbeidsliste-smal');
    expect(feil).toEqual([]);
    await ctx.close();
  });
});
