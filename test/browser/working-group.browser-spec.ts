import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seedDemoYear } from '@lagspill/demo';
import { EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs } from './support/chromium';
import { eventually } from '../support/eventually';

/**
 * The regional working group's pages on a seeded month (ordinary traffic and the demo's two incident
 * bursts): dashboard with charts and CSV, cluster suggestions, routing rules.
 */
describe('the working group in the web UI', () => {
  let site: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    site = await startBrowserApp({ INDICATOR_REFRESH_INTERVAL_MS: '300' });
    const app = site.app.app;
    await seedDemoYear(
      { store: app.get(EventStore), screener: app.get(TextScreener), references: app.get(CaseReferenceSequence) },
      { cases: 600, months: 1 },
    );
    page = await site.newPage();
    await loginAs(page, site.baseUrl, 'koordinator.nord');
  });
  afterAll(async () => site.close());

  it('opens on the dashboard and draws its four charts from the indicators', async () => {
    expect(new URL(page.url()).pathname).toBe('/oversikt');
    // The demo cases reach the indicators within a refresh or two; reload until the bars show.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      if ((await page.locator('svg[data-chart="stacked-bars"] rect').count()) > 0) break;
      await page.waitForTimeout(250);
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
    }
    await expect(page.locator('figure.chart svg[role="img"]').count()).resolves.toBe(4);
    expect(await page.locator('svg[data-chart="stacked-bars"] rect').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[data-chart="lines"] polyline').count()).toBeGreaterThan(0);
    const reported = await page.locator('.key-figure').first().locator('.key-figure__value').textContent();
    expect(Number(reported?.replace(/\s/g, ''))).toBeGreaterThan(0);
  });

  it('regroups by helsefellesskap and downloads the same table as CSV', async () => {
    await page.getByLabel('Fordelt på', { exact: true }).selectOption('helsefellesskap');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page
      .getByRole('heading', { name: /fordelt på helsefellesskap/ })
      .first()
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lagspill-indikatorer-helsefellesskap-.*\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain(';');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
  });

  it('confirms the most sudden cluster suggestion as an incident', async () => {
    await page.getByRole('link', { name: 'Klynger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klynger av like feil' }).waitFor();
    const first = page.locator('ul[aria-label="Klynger"] > li').first();
    await first.waitFor();
    const id = (await first.locator('[data-cluster]').getAttribute('data-cluster')) ?? '';
    expect(id).toMatch(/^cl-/);
    await first.getByRole('button', { name: 'Bekreft som hendelse' }).click();
    await first.getByLabel('Navn på hendelsen').fill('Felles feil bekreftet fra nettleseren');
    await first.getByRole('button', { name: 'Bekreft som hendelse' }).click();
    // Decided: no longer among the suggestions, and listed as confirmed.
    await page.locator(`[data-cluster="${id}"]`).waitFor({ state: 'detached' });
    await page.getByLabel('Vis', { exact: true }).selectOption('confirmed');
    await page.locator(`[data-cluster="${id}"]`).getByText('Bekreftet hendelse').waitFor();
    // The incident itself is read through its projection: give it a moment to catch up.
    const token = await site.app.tokenFor('koordinator.nord');
    const incidents = await eventually('the incident in GET /api/incidents', async () => {
      const answer = await site.app.http().get('/api/incidents').set('authorization', `Bearer ${token}`);
      return answer.text.includes('Felles feil bekreftet fra nettleseren') ? answer.text : undefined;
    });
    expect(incidents).toContain('Felles feil bekreftet fra nettleseren');
  });

  it('edits the routing rules and publishes them as a new version', async () => {
    await page.getByRole('link', { name: 'Fordelingsregler' }).click();
    const version = page.getByText(/^Versjon \d+/);
    await version.waitFor();
    const before = Number(/Versjon (\d+)/.exec((await version.textContent()) ?? '')?.[1]);
    const firstTitle = await page.locator('.rule-list > li').nth(0).locator('h2').textContent();
    await page.getByRole('button', { name: 'Flytt ned: regel 1', exact: true }).click();
    await expect(page.locator('.rule-list > li').nth(1).locator('h2').textContent()).resolves.toContain(
      firstTitle?.replace(/^1\. /, '') ?? '',
    );
    await page.getByRole('button', { name: 'Publiser endringene' }).click();
    await page.getByText('Reglene er publisert').waitFor();
    const after = Number(/Versjon (\d+)/.exec((await version.textContent()) ?? '')?.[1]);
    expect(after).toBe(before + 1);
    const rules = await site.app
      .http()
      .get('/api/routing/rules')
      .set('authorization', `Bearer ${await site.app.tokenFor('koordinator.nord')}`);
    expect(rules.body.version).toBe(after);
  });

  it('refuses a table whose catch-all is not last, naming the problem', async () => {
    const last = page.locator('.rule-list > li').last();
    await last.getByRole('button', { name: /Flytt opp: regel \d+/ }).click();
    await page.getByRole('button', { name: 'Publiser endringene' }).click();
    await page.getByRole('heading', { name: 'Reglene ble ikke publisert' }).waitFor();
  });
});
