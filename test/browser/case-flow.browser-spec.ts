import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs, logout } from './support/chromium';
import { eventually } from '../support/eventually';

// A valid fødselsnummer (from the domain's identifier tests), typed with a space as EPJs show it.
const IDENTITY_NUMBER = '311299 56715';

/**
 * A report's whole way through the site, in a real Chromium: the reporter sends it, the vendor it was
 * routed to sees it redacted and asks a question, the reporter answers, the vendor resolves, and
 * another vendor cannot open it.
 */
describe('a case through the web UI', () => {
  let site: BrowserApp;
  let page: Page;
  let reference: string;

  beforeAll(async () => {
    site = await startBrowserApp();
    page = await site.newPage();
  });
  afterAll(async () => site.close());

  it('lets a GP report a fault, warning about the identity number while typing', async () => {
    await loginAs(page, site.baseUrl, 'lege.cgm');
    expect(new URL(page.url()).pathname).toBe('/saker');
    await page.getByRole('link', { name: 'Meld feil', exact: true }).click();
    await page.getByLabel('Hva gjelder det?').selectOption('sfm');
    await page.getByLabel('Datadeling journal–SFM').check();
    await page.getByLabel('Overskrift').fill('Doseendring i SFM kom ikke over i journalen');
    const warning = page.getByText('Det ser ut som du har skrevet et fødselsnummer');
    await page.getByLabel('Hva skjedde?').fill('Endret dose for pasient 311299');
    await expect(warning.count()).resolves.toBe(0);
    await page.getByLabel('Hva skjedde?').pressSequentially(' 56715 i SFM, men journalen viste gammel dose.');
    await warning.waitFor();
    // Every typed field is watched, the system's version too (issue 14).
    await page.getByLabel('Versjon', { exact: true }).fill('311299 56715');
    await page.getByText(/«Hva skjedde\?», «Versjon»/).waitFor();
    await page.getByLabel('Versjon', { exact: true }).fill('');
    await page.getByLabel('Gjelder flere pasienter').check();
    await page.getByRole('button', { name: 'Send melding' }).click();

    const confirmation = page.getByRole('heading', { name: /Saken er registrert som PLL-\d{4}-\d{6}/ });
    await confirmation.waitFor();
    reference = /PLL-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    await page.getByText('Meldingen inneholdt et fødselsnummer').waitFor();
  });

  it("shows the report among the organisation's cases, with the reporter's own text", async () => {
    // The list is asked to include the case just reported, however far the read model lags.
    const listed = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/cases');
    await page.getByRole('link', { name: 'Våre saker' }).click();
    expect((await listed).headers()['lagspill-consistent-with']).toMatch(/^[0-9a-f-]{36};v=1$/);
    await page.getByRole('link', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { level: 1, name: 'Doseendring i SFM kom ikke over i journalen' }).waitFor();
    await expect(page.locator('.case-description').textContent()).resolves.toContain(IDENTITY_NUMBER);
    await page.locator('.timeline').getByText('Meldt', { exact: true }).waitFor();
    await logout(page);
  });

  it('puts it in the CGM inbox, redacted, and lets the vendor ask the reporter', async () => {
    // The router and the list follow the report a moment later (longer on a busy machine), and an inbox
    // is read when it opens: it is opened once the case is routed and listed.
    const token = await site.app.tokenFor('support.cgm');
    await eventually(
      'the case in the CGM inbox',
      async () => {
        const inbox = await site.app
          .http()
          .get('/api/cases?party=cgm&open=true')
          .set('authorization', `Bearer ${token}`);
        return (inbox.body.items as { reference: string }[]).some((c) => c.reference === reference) ? true : undefined;
      },
      { attempts: 300, intervalMs: 100 },
    );
    await loginAs(page, site.baseUrl, 'support.cgm');
    expect(new URL(page.url()).pathname).toBe('/innboks');
    await page.getByRole('link', { name: new RegExp(reference) }).click();
    const description = page.locator('.case-description');
    await description.waitFor();
    const text = (await description.textContent()) ?? '';
    expect(text).toContain('[fødselsnummer]');
    expect(text).not.toContain('56715');
    expect(await page.content()).not.toContain('56715');
    await page.getByRole('button', { name: 'Ta saken' }).click();
    await page.getByText('Under behandling').first().waitFor();
    await page.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await page.getByLabel('Spørsmål til melder').fill('Hvilken versjon av CGM Journal kjører dere?');
    await page.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await page.getByText('Venter på svar fra melder').first().waitFor();
    await logout(page);
  });

  it('lets the reporter answer, and the vendor resolve', async () => {
    await loginAs(page, site.baseUrl, 'lege.cgm');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByText('Hvilken versjon av CGM Journal kjører dere?').waitFor();
    await page.getByRole('button', { name: 'Svar på spørsmålet' }).click();
    await page.getByLabel('Svar').fill('Versjon 8.4.2, oppdatert i forrige uke.');
    await page.getByRole('button', { name: 'Svar på spørsmålet' }).click();
    await page.locator('.timeline').getByText('Versjon 8.4.2, oppdatert i forrige uke.').waitFor();
    await logout(page);

    await loginAs(page, site.baseUrl, 'support.cgm');
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Merk som løst' }).click();
    await page.getByLabel('Hva ble gjort?').fill('Rettet i CGM Journal 8.4.3; synkroniseringen går igjen.');
    await page.getByRole('button', { name: 'Merk som løst' }).click();
    await page.locator('.case-page__status').getByText('Løst').waitFor();
    await page.locator('.timeline').getByText('Rettet i CGM Journal 8.4.3; synkroniseringen går igjen.').waitFor();
    await logout(page);
  });

  it("keeps another vendor's responder out", async () => {
    await loginAs(page, site.baseUrl, 'support.eg');
    await expect(page.getByRole('link', { name: new RegExp(reference) }).count()).resolves.toBe(0);
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('heading', { name: 'Fant ikke siden' }).waitFor();
    expect(await page.content()).not.toContain('Doseendring i SFM');
    await logout(page);
  });

  it('tells a responder clearly when someone else changed the case first', async () => {
    const response = await site.app
      .http()
      .post('/api/reports')
      .set('authorization', `Bearer ${await site.app.tokenFor('lege.cgm')}`)
      .send({
        category: 'sfm',
        subcategory: 'gui',
        title: 'Knappen for å sende PLL mangler',
        description: 'Etter oppdateringen vises ikke knappen.',
        occurredAt: '2026-11-20T09:30:00Z',
        multidoseMode: 'none',
        harm: 'none',
        scope: { multiplePatients: false, multipleOrganisations: false },
      })
      .expect(201);
    const other = await site.newPage();
    await loginAs(page, site.baseUrl, 'support.cgm');
    await loginAs(other, site.baseUrl, 'support.cgm');
    const url = `${site.baseUrl}/saker/${response.body.reference as string}`;
    await page.goto(url);
    await other.goto(url);
    await page.getByRole('button', { name: 'Ta saken' }).waitFor();
    await other.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await other.getByLabel('Spørsmål til melder').fill('Hvilken skjerm gjelder det?');

    await page.getByRole('button', { name: 'Ta saken' }).click();
    await page.getByText('Under behandling').first().waitFor();
    await other.getByRole('button', { name: 'Be om mer informasjon' }).click();
    await other.getByRole('heading', { name: 'Noen andre endret saken før deg' }).waitFor();
    // The other's text is kept, and the page now shows the case as taken.
    await expect(other.getByLabel('Spørsmål til melder').inputValue()).resolves.toBe('Hvilken skjerm gjelder det?');
    await other.locator('.case-page__status').getByText('Under behandling').waitFor();
  });

  it('keeps a half-written report through a reload, and sends it once', async () => {
    const writer = await site.newPage();
    await loginAs(writer, site.baseUrl, 'lege.pridok');
    await writer.goto(`${site.baseUrl}/meld`);
    await writer.getByLabel('Hva gjelder det?').selectOption('sfm');
    await writer.getByLabel('Treghet eller tidsavbrudd').check();
    await writer.getByLabel('Overskrift').fill('SFM går ut på tid ved oppstart');
    await writer.getByLabel('Hva skjedde?').fill('Det tar over ett minutt å åpne legemiddellisten.');
    await writer.reload();
    await expect(writer.getByLabel('Overskrift').inputValue()).resolves.toBe('SFM går ut på tid ved oppstart');
    await expect(writer.getByLabel('Treghet eller tidsavbrudd').isChecked()).resolves.toBe(true);
    await writer.getByRole('button', { name: 'Send melding' }).click();
    await writer.getByRole('heading', { name: /Saken er registrert som/ }).waitFor();
    await writer.getByRole('button', { name: 'Meld en ny feil' }).click();
    await expect(writer.getByLabel('Overskrift').inputValue()).resolves.toBe('');
    const token = await site.app.tokenFor('lege.pridok');
    const listed = await eventually('the report in the case list', async () => {
      const cases = await site.app
        .http()
        .get('/api/cases?q=SFM%20g%C3%A5r%20ut%20p%C3%A5%20tid')
        .set('authorization', `Bearer ${token}`);
      return (cases.body.items as unknown[]).length > 0 ? (cases.body.items as unknown[]) : undefined;
    });
    expect(listed).toHaveLength(1);
  });
});
