import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { syntetiskFnr } from '../support/factories.js';
import { ApiHarness, auth, lagBruker, queryForKommuner, VAGAN } from '../support/harness.js';
import { IdportenStandIn } from '../support/idporten.js';
import { nyFane, sjekkTilgjengelighet, startChromium } from '../support/nettleser.js';

/**
 * The citizens' application form (/soknad) in Chromium on a phone-sized screen: bokmål and nynorsk, the sign-in
 * through ID-porten's stand-in (oidc-provider's own login and consent pages), the form, and the receipt.
 */
describe('the citizens\' digital form', () => {
  const KARI = syntetiskFnr('1943-03-03');
  const idporten = new IdportenStandIn({ kari: { pid: KARI, acr: 'idporten-loa-high' } });
  const api = new ApiHarness();
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync('apps/web/dist/soknad.html')) throw new Error('Bygg nettappen først: npm run build:web');
    await idporten.start();
    await api.start(idporten.env);
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    await idporten.konfigurer([`${base}/soknad`]);
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api.stop();
    await idporten.stopp();
  });

  it('a citizen signs in with ID-porten on a phone, applies in nynorsk and gets the receipt; the case reaches the office', async () => {
    const { ctx, page, feil } = await nyFane(browser, [base]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/soknad`);
    await page.getByRole('heading', { name: 'Søk om helse- og omsorgstjenester' }).waitFor();
    await sjekkTilgjengelighet(page, 'innbygger-innlogging');
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.getByRole('heading', { name: 'Søk om helse- og omsorgstenester' }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('nn');

    const autorisering = page.waitForRequest((r) => r.url().startsWith(`${idporten.issuer}/auth?`));
    await page.getByRole('button', { name: 'Logg inn med ID-porten' }).click();
    // What the form asked ID-porten for: the high level, nynorsk, PKCE.
    const q = new URL((await autorisering).url()).searchParams;
    expect({ acr: q.get('acr_values'), sprak: q.get('ui_locales'), pkce: q.get('code_challenge_method') }).toEqual({ acr: 'idporten-loa-high', sprak: 'nn', pkce: 'S256' });
    await page.getByPlaceholder('Enter any login').fill('kari');
    await page.getByPlaceholder('and password').fill('ikke-sjekket-av-testleverandoren');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('group', { name: 'Kva kommune bur den som treng hjelp i?' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await sjekkTilgjengelighet(page, 'innbygger-skjema');
    // One column on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Sent without confirming: the API's message for the field, nothing stored.
    await page.getByRole('radio', { name: 'Vågan' }).check();
    await page.getByRole('checkbox', { name: /Praktisk bistand/ }).check();
    await page.getByLabel('Skildre kva du treng hjelp til').fill('Hjelp til reinhald og handel.');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByLabel('Namnet ditt').fill('Kari Nynorsk');
    await page.getByRole('button', { name: 'Send søknaden' }).click();
    await page.getByRole('alert').getByText('Bekreft at opplysningene er riktige.').waitFor();

    await page.getByRole('checkbox', { name: 'Eg stadfestar at opplysningane er rette' }).check();
    // A medical statement attached: it becomes an incoming document of the case.
    const legeerklaring = Buffer.from('%PDF-1.4\n% legeerklæring frå fastlegen\n%%EOF\n', 'latin1');
    await page.getByLabel(/^Vedlegg, til dømes ei legeerklæring/).setInputFiles({ name: 'legeerklæring.pdf', mimeType: 'application/pdf', buffer: legeerklaring });
    await page.getByRole('button', { name: 'Send søknaden' }).click();
    await page.getByRole('heading', { name: 'Søknaden er motteken' }).waitFor();
    const saksnummer = (await page.locator('dd').first().textContent())!;
    expect(saksnummer).toMatch(/^1865-\d{4}-\d{6}$/);
    expect(await page.locator('dl').textContent()).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    await sjekkTilgjengelighet(page, 'innbygger-kvittering');

    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const liste = await api.http.get('/api/v1/soknader').query({ kommune: VAGAN }).set(auth(sb));
    const sak = (liste.body.elementer as { id: string; saksnummer: string }[]).find((s) => s.saksnummer === saksnummer)!;
    const detalj = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    expect(detalj.body).toMatchObject({ kanal: 'digital', fritekst: 'Hjelp til reinhald og handel.', person: { navn: 'Kari Nynorsk' } });
    const dokumenter = await api.http.get(`/api/v1/soknader/${sak.id}/dokumenter`).set(auth(sb));
    expect(dokumenter.body).toEqual([expect.objectContaining({ tittel: 'legeerklæring', filnavn: 'legeerklæring.pdf', kilde: 'innbygger', retning: 'inngaaende', storrelse: legeerklaring.length })]);
    // Nynorsk chosen on the form: the person's målform, so the receipt and later letters come in nynorsk.
    expect(await queryForKommuner([VAGAN], `select p.maalform from person p join soknad s on s.person_id = p.id where s.id = $1`, [sak.id])).toEqual([{ maalform: 'nn' }]);
    expect(feil).toEqual([]);
    await ctx.close();
  });
});
