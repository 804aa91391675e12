import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { describeViolations, loginAs, logout, seriousAxeViolations } from './support/chromium';
import { eventually } from '../support/eventually';

// A valid fødselsnummer (from the domain's identifier tests).
const FNR = '31129956715';

/**
 * Issue 17 in the browser, after the report: a multidose pharmacy's case routed to the GP office it names.
 * The office's doctor finds it in the inbox without the identity number; the pharmacy shares it; the
 * doctor then reads it, asks, resolves; the pharmacy answers and closes. Another office sees nothing.
 */
describe('a case between a multidose pharmacy and a GP office, in the browser', () => {
  let site: BrowserApp;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    site = await startBrowserApp();
    page = await site.newPage();
    const reported = await site.app
      .http()
      .post('/api/reports')
      .set('authorization', `Bearer ${await site.app.tokenFor('multidose')}`)
      .send({
        category: 'prescribing',
        subcategory: 'multidose-method',
        title: 'Resept forskrevet som vanlig e-resept til multidosepasient',
        description: `Gjelder pasient ${FNR}. Resepten kan ikke pakkes før den er forskrevet som multidose.`,
        occurredAt: '2026-11-20T09:30:00Z',
        multidoseMode: 'electronic',
        harm: 'none',
        scope: { multiplePatients: false, multipleOrganisations: true },
        concerns: 'morkved-legesenter',
      })
      .expect(201);
    reference = reported.body.reference as string;
    // Routing and the case list follow the report a moment later: the inbox is opened once both have.
    const token = await site.app.tokenFor('lege.cgm');
    await eventually('the case in the office’s inbox', async () => {
      const inbox = await site.app
        .http()
        .get('/api/cases?party=organisation:morkved-legesenter&open=true')
        .set('authorization', `Bearer ${token}`);
      return (inbox.body.items as { reference: string }[]).some((c) => c.reference === reference) ? true : undefined;
    });
  });
  afterAll(async () => site.close());

  const openFromInbox = async () => {
    await page.getByRole('link', { name: 'Innboks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Innboks – Mørkved legesenter/ }).waitFor();
    await page.getByRole('link', { name: new RegExp(reference) }).click();
    await page.locator('.case-description').waitFor();
  };

  it("puts the case in the GP office's inbox, with the identity number held back", async () => {
    await loginAs(page, site.baseUrl, 'lege.cgm');
    await openFromInbox();
    await page.locator('.case-page__status').getByText('Mørkved legesenter').waitFor();
    const text = (await page.locator('.case-description').textContent()) ?? '';
    expect(text).toContain('[fødselsnummer]');
    expect(await page.content()).not.toContain(FNR);
    // The office cannot share what is not its own.
    await expect(page.getByTestId('identity-sharing').count()).resolves.toBe(0);
    expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
    await logout(page);
  });

  it('lets the pharmacy share the identity numbers with the office', async () => {
    await loginAs(page, site.baseUrl, 'multidose');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Del fødselsnummer med Mørkved legesenter' }).click();
    await page.getByText('Mørkved legesenter ser fødselsnumrene i meldingen').waitFor();
    await logout(page);
  });

  it('shows the office the original, says its reads are logged, and lets it ask and resolve', async () => {
    await loginAs(page, site.baseUrl, 'lege.cgm');
    await openFromInbox();
    await expect(page.locator('.case-description').textContent()).resolves.toContain(FNR);
    await page.getByText('har delt fødselsnumrene i meldingen med dere').waitFor();
    await page.getByRole('button', { name: 'Ta saken' }).click();
    await page.getByText('Under behandling').first().waitFor();
    await page.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await page.getByLabel('Spørsmål til melder').fill('Hvilken utlevering gjelder det?');
    await page.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await page.getByText('Venter på svar fra melder').first().waitFor();
    await logout(page);

    await loginAs(page, site.baseUrl, 'multidose');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Svar på spørsmålet' }).click();
    await page.getByLabel('Svar').fill('Utleveringen 20. november.');
    await page.getByRole('button', { name: 'Svar på spørsmålet' }).click();
    await page.locator('.timeline').getByText('Utleveringen 20. november.').waitFor();
    await logout(page);

    await loginAs(page, site.baseUrl, 'lege.cgm');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Merk som løst' }).click();
    await page.getByLabel('Hva ble gjort?').fill('Ny resept forskrevet som multidose.');
    await page.getByRole('button', { name: 'Merk som løst' }).click();
    await page.locator('.case-page__status').getByText('Løst').waitFor();
    await logout(page);
  });

  it('lets the working group follow the case, find it under «Følger», and stop', async () => {
    await loginAs(page, site.baseUrl, 'koordinator.nord');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Følg saken' }).click();
    const followingButton = page.getByRole('button', { name: 'Følger saken' });
    await followingButton.waitFor();
    expect(await followingButton.getAttribute('aria-pressed')).toBe('true');

    const listed = page.getByRole('link', { name: new RegExp(reference) });
    // The list is read from the read model, which follows the change a moment later.
    await eventually('the case under «Følger»', async () => {
      await page.getByRole('link', { name: 'Følger', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Følger' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label^="Henter"]').length === 0);
      return (await listed.count()) > 0 ? true : undefined;
    });
    expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);

    await listed.click();
    await followingButton.click();
    await page.getByRole('button', { name: 'Følg saken' }).waitFor();
    await logout(page);
  });

  it('lets the pharmacy close it, and keeps another GP office out', async () => {
    await loginAs(page, site.baseUrl, 'multidose');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Lukk saken' }).click();
    await page.locator('.case-page__status').getByText('Lukket').waitFor();
    await logout(page);

    await loginAs(page, site.baseUrl, 'lege.pridok');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('heading', { name: 'Fant ikke siden' }).waitFor();
    expect(await page.content()).not.toContain('multidosepasient');
    await logout(page);
  });
});
