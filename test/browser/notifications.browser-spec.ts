import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs, logout } from './support/chromium';
import { eventually } from '../support/eventually';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';

// Port 9 (discard) on loopback: nothing listens, and dev mode lets a webhook point at plain http there.
const HOOK_URL = 'http://127.0.0.1:9/hook';

/**
 * Notifications in a real Chromium: a reporter's choice of mails outlives a reload, and a vendor registers a
 * webhook, is shown its secret once, reads its delivery log, and deletes it again.
 */
describe('notifications and webhooks through the web UI', () => {
  let site: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    site = await startBrowserApp();
    page = await site.newPage();
  });
  afterAll(async () => site.close());

  async function loaded(): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-label^="Henter"]').length === 0);
  }

  it("keeps a GP's choice to get no mail about new comments", async () => {
    await loginAs(page, site.baseUrl, 'lege.cgm');
    await page.getByRole('link', { name: 'Varsler', exact: true }).click();
    await page.getByText('kari.nordmann@morkved-legesenter.example.no').waitFor();
    const comments = page.getByRole('switch', { name: 'Ny kommentar i saken min' });
    await expect(comments.isChecked()).resolves.toBe(true);
    await comments.uncheck();
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('status').getByText('Valgene dine er lagret.').waitFor();

    await page.reload();
    await comments.waitFor();
    await expect(comments.isChecked()).resolves.toBe(false);
    await expect(page.getByRole('switch', { name: 'Saken min er løst' }).isChecked()).resolves.toBe(true);
    await logout(page);
  });

  it('lets a vendor register a webhook, and shows its secret only once', async () => {
    await loginAs(page, site.baseUrl, 'support.cgm');
    await page.getByRole('link', { name: 'Webhooker', exact: true }).click();
    await loaded();
    await page.getByText('Ingen webhooker er registrert.').waitFor();
    await page.getByLabel('Adresse (URL)').fill(HOOK_URL);
    await page.getByLabel('Beskrivelse (valgfritt)').fill('Testmottaker');
    await page.getByRole('button', { name: 'Registrer webhook' }).click();

    await page.getByRole('heading', { name: 'Webhooken er registrert' }).waitFor();
    await page.getByText('Kopier hemmeligheten nå – den vises ikke igjen.').waitFor();
    const secret = await page.getByLabel('Hemmelighet').inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    const webhook = page.getByRole('article', { name: HOOK_URL });
    await webhook.getByText('Aktiv').waitFor();

    await page.reload();
    await loaded();
    await webhook.waitFor();
    await expect(page.getByLabel('Hemmelighet').count()).resolves.toBe(0);
    expect(await page.content()).not.toContain(secret);
  });

  it('logs each delivery to the webhook and what the receiver answered', async () => {
    const token = await site.app.tokenFor('support.cgm');
    const listed = await site.app.http().get('/api/webhooks').set('authorization', `Bearer ${token}`).expect(200);
    const id = (listed.body as { id: string }[])[0]?.id ?? '';
    await site.app
      .http()
      .post('/api/reports')
      .set('authorization', `Bearer ${await site.app.tokenFor('lege.cgm')}`)
      .send(sfmSyncReport())
      .expect(201);
    await eventually(
      'a failed attempt to deliver the routing to the webhook',
      async () => {
        const log = await site.app.http().get(`/api/webhooks/${id}/deliveries`).set('authorization', `Bearer ${token}`);
        const items = log.body.items as { eventType: string; attempts: unknown[] }[];
        return items.some((item) => item.eventType === 'case.routed' && item.attempts.length > 0) ? true : undefined;
      },
      { attempts: 200, intervalMs: 100 },
    );
    const webhook = page.getByRole('article', { name: HOOK_URL });
    await webhook.getByRole('button', { name: 'Vis leveranser' }).click();
    const routed = webhook.getByRole('row', { name: /Sendt til/ });
    await routed.getByText(/ECONNREFUSED/).waitFor();
    await expect(routed.getByRole('link', { name: 'Sendt til' }).getAttribute('href')).resolves.toMatch(/^\/saker\//);
  });

  it('deletes the webhook after a second click', async () => {
    const webhook = page.getByRole('article', { name: HOOK_URL });
    await webhook.getByRole('button', { name: 'Slett', exact: true }).click();
    await webhook.getByRole('button', { name: 'Ja, slett webhooken' }).click();
    await page.getByRole('status').getByText('er slettet').waitFor();
    await expect(webhook.count()).resolves.toBe(0);
    await page.reload();
    await loaded();
    await page.getByText('Ingen webhooker er registrert.').waitFor();
    await logout(page);
  });
});
