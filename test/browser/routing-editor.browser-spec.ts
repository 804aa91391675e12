import type { Page } from 'playwright-core';
import type { RoutingDryRun, RoutingRuleTable } from '@lagspill/contracts';
import { seedDemoYear } from '@lagspill/demo';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { ReportedCaseProjection } from '@lagspill/routing';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { describeViolations, loginAs, seriousAxeViolations } from './support/chromium';

/**
 * Issue 17, item 7 in the browser, on a seeded demo year: Helse Nord's coordinator edits «Fordelingsregler»
 * without seeing a technical id, moves a rule to any place in one action, tries the edited table on the last
 * 90 days' cases, and publishes a table with rules that can never match only after confirming them.
 */
describe('the routing editor in the web UI', () => {
  let site: BrowserApp;
  let page: Page;
  const rules = () => page.locator('.rule-list > li');
  const titles = async () => (await rules().locator('h2').allTextContents()).map((t) => t.replace(/^\d+\. /, ''));
  const api = async <T>(method: 'get' | 'post', path: string, body?: object) => {
    const token = await site.app.tokenFor('koordinator.nord');
    const call = site.app.http()[method](path).set('authorization', `Bearer ${token}`);
    return ((body ? await call.send(body) : await call).body ?? {}) as T;
  };

  beforeAll(async () => {
    site = await startBrowserApp();
    const app = site.app.app;
    await seedDemoYear(
      { store: app.get(EventStore), screener: app.get(TextScreener), references: app.get(CaseReferenceSequence) },
      { cases: 800, months: 12 },
    );
    await app.get(ReportedCaseProjection).whenCaughtUp();
    page = await site.newPage();
    await loginAs(page, site.baseUrl, 'koordinator.nord');
    await page.getByRole('link', { name: 'Fordelingsregler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fordelingsregler – Helse Nord' }).waitFor();
  });
  afterAll(async () => site.close());

  it('names rules by their description and recipients by name, never by id', async () => {
    const table = await api<RoutingRuleTable>('get', '/api/routing/rules');
    const text = await page.locator('main').innerText();
    // Ids are lower-case words joined by hyphens ("triage" alone is a word of its description).
    for (const rule of table.rules.filter((r) => r.id.includes('-'))) expect(text).not.toContain(rule.id);
    for (const party of DEMO_DIRECTORY.parties) expect(text).not.toMatch(new RegExp(`\\b${party.id}\\b`));
    expect(text).toContain(table.rules[0].description);
    expect(text).toContain('Den regionale arbeidsgruppen');
    await rules().first().getByRole('button', { name: 'Endre' }).click();
    await expect(page.getByLabel('Id', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Ferdig med regelen' }).click();
  });

  it('moves a rule to any place in one action', async () => {
    const before = await titles();
    const from = before.length - 2; // the last rule before the catch-all
    await rules()
      .nth(from)
      .getByLabel(`Ny plass for regel ${from + 1}`)
      .selectOption({ label: 'Plass 1' });
    await rules()
      .nth(from)
      .getByRole('button', { name: `Flytt til plass 1: regel ${from + 1}` })
      .click();
    const after = await titles();
    expect(after).toEqual([before[from], ...before.slice(0, from), ...before.slice(from + 1)]);
    await page.getByRole('button', { name: 'Forkast endringene' }).click();
    expect(await titles()).toEqual(before);
  });

  it('marks rules that can never match and shows how the last 90 days would have gone, before publishing', async () => {
    const before = await titles();
    // All SFM faults first, and to NHN: the SFM rules that were above it can then never match.
    const sfm = before.findIndex((title) => /^Sentral forskrivningsmodul \(SFM\): til leverandøren/.test(title));
    expect(sfm).toBeGreaterThan(0);
    await rules()
      .nth(sfm)
      .getByLabel(`Ny plass for regel ${sfm + 1}`)
      .selectOption({ label: 'Plass 1' });
    await rules()
      .nth(sfm)
      .getByRole('button', { name: `Flytt til plass 1: regel ${sfm + 1}` })
      .click();
    await rules().first().getByRole('button', { name: 'Endre' }).click();
    await page.getByLabel('Send til').selectOption({ label: 'Norsk helsenett (NHN)' });
    await page.getByRole('button', { name: 'Ferdig med regelen' }).click();

    const marked = rules().filter({ hasText: 'Slår aldri til' });
    expect(await marked.count()).toBeGreaterThan(0);
    await expect(marked.first().innerText()).resolves.toMatch(
      /Regel \d+ slår aldri til: regel 1 \(«Sentral forskrivningsmodul \(SFM\): til/,
    );
    await page.getByRole('heading', { name: /regler? slår aldri til$/ }).waitFor();

    await page.getByRole('button', { name: 'Prøvekjør på de siste 90 dagene' }).click();
    await page.getByRole('heading', { name: 'Prøvekjøring: de siste 90 dagene' }).waitFor();
    // The same comparison the API gives for the table being edited, row by row, with names for ids.
    const edited = (await api<RoutingRuleTable>('get', '/api/routing/rules')).rules.map((rule) => ({ ...rule }));
    const [moved] = edited.splice(sfm, 1);
    const proposed = [{ ...moved, target: 'nhn' as const }, ...edited];
    const expected = await api<RoutingDryRun>('post', '/api/routing/rules/dry-run', { rules: proposed });
    expect(expected.changed).toBeGreaterThan(0);
    const nhn = page.locator('tr[data-party="nhn"] td');
    await expect(nhn.allTextContents()).resolves.toEqual([
      'Norsk helsenett – kundesenter',
      String(expected.targets.find((t) => t.party === 'nhn')?.current),
      String(expected.targets.find((t) => t.party === 'nhn')?.proposed),
      `+${(expected.targets.find((t) => t.party === 'nhn')?.proposed ?? 0) - (expected.targets.find((t) => t.party === 'nhn')?.current ?? 0)}`,
    ]);
    const sample = page.getByRole('table', { name: 'Saker som ville fått en annen mottaker' });
    await expect(sample.locator('tbody tr').count()).resolves.toBe(expected.sample.length);
    const firstRow = await sample.locator('tbody tr').first().innerText();
    expect(firstRow).toContain(expected.sample[0].reference);
    expect(firstRow).toContain('Norsk helsenett – kundesenter');
    const section = await page.locator('section[aria-labelledby="provekjoring"]').innerText();
    for (const party of DEMO_DIRECTORY.parties) expect(section).not.toMatch(new RegExp(`\\b${party.id}\\b`));
    expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
  });

  it('refuses to publish them until the coordinator confirms, then publishes', async () => {
    const version = (await api<RoutingRuleTable>('get', '/api/routing/rules')).version;
    await page.getByRole('button', { name: 'Publiser endringene' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Reglene ble ikke publisert' });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toMatch(/Regel \d+: Regelen slår aldri til/);
    expect((await api<RoutingRuleTable>('get', '/api/routing/rules')).version).toBe(version);

    await page.getByLabel('Jeg vet at disse reglene aldri slår til, og vil publisere likevel').check();
    await page.getByRole('button', { name: 'Publiser endringene' }).click();
    await page.getByText('Reglene er publisert').waitFor();
    const published = await api<RoutingRuleTable>('get', '/api/routing/rules');
    expect(published.version).toBeGreaterThan(version);
    expect(published.rules[0]).toMatchObject({ when: { category: 'sfm' }, target: 'nhn' });
  });
});
