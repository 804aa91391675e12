import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { CaseViewProjection } from '@lagspill/casework';
import { isOverdue, type CasePage, type CaseView } from '@lagspill/contracts';
import { seedDemoYear } from '@lagspill/demo';
import { parseCsv } from '@lagspill/directory';
import { EventStore } from '@lagspill/event-store';
import { CaseReferenceSequence } from '@lagspill/intake';
import { TextScreener } from '@lagspill/platform';
import { RouteReportedCaseHandler } from '@lagspill/routing';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { describeViolations, loginAs, seriousAxeViolations } from './support/chromium';
import { eventually } from '../support/eventually';

const CARDS = 'ul[aria-label="Saker"] > li';
const REFERENCE = /PLL-\d{4}-\d{6}/;

/**
 * Issue 17, point 5 in a real Chromium, on a seeded month: the working group's coordinator opens the
 * group's inbox (due first, overdue marked), narrows the list of all cases to those with a party («Hos»),
 * saves that filter, applies it again and downloads the list as CSV.
 */
describe('the working group’s own queue in the web UI', () => {
  let site: BrowserApp;
  let page: Page;

  /** GET /api/cases as the coordinator, over HTTP, for what the page must show. */
  const casesOf = async (query: string): Promise<CaseView[]> => {
    const token = await site.app.tokenFor('koordinator.nord');
    const response = await fetch(`${site.baseUrl}/api/cases${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as CasePage).items as CaseView[];
  };

  /** A party's name as GET /api/parties gives it. */
  const partyName = async (id: string): Promise<string> => {
    const token = await site.app.tokenFor('koordinator.nord');
    const response = await fetch(`${site.baseUrl}/api/parties`, { headers: { authorization: `Bearer ${token}` } });
    return ((await response.json()) as { id: string; name: string }[]).find((p) => p.id === id)?.name ?? id;
  };

  /** The references of the cards on the page, once the first is `first` (the list has come for the filter). */
  const listed = async (first: string | undefined): Promise<string[]> => {
    if (first)
      await page
        .locator(CARDS)
        .first()
        .getByRole('link', { name: new RegExp(`^${first}:`) })
        .waitFor();
    const texts = await page.locator(`${CARDS} h2`).allTextContents();
    return texts.map((text) => REFERENCE.exec(text)?.[0] ?? text);
  };

  beforeAll(async () => {
    site = await startBrowserApp();
    const app = site.app.app;
    await seedDemoYear(
      { store: app.get(EventStore), screener: app.get(TextScreener), references: app.get(CaseReferenceSequence) },
      // A month long past: the cases it leaves with the group are overdue whatever day the test runs.
      { cases: 300, months: 1, now: new Date('2026-10-01T10:00:00.000Z') },
    );
    // The router reads the seeded month first (it routed it already), then the new reports.
    await app.get(RouteReportedCaseHandler).whenCaughtUp(60_000);
    // And some just reported, due in the future: with the group, and with CGM.
    const token = await site.app.tokenFor('sykepleier');
    for (const category of ['collaboration', 'collaboration', 'sfm']) {
      const reported = await fetch(`${site.baseUrl}/api/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          category,
          subcategory: category === 'sfm' ? 'sync' : 'no-contact',
          title: 'Ny sak fra hjemmetjenesten',
          description: 'Meldt nettopp.',
          occurredAt: new Date().toISOString(),
          system: { vendor: 'cgm', product: 'CGM Journal' },
          multidoseMode: 'none',
          harm: 'none',
          scope: { multiplePatients: false, multipleOrganisations: false },
        }),
      });
      expect(reported.status).toBe(201);
      const { id } = (await reported.json()) as { id: string };
      await eventually('the router to route the new case', async () => {
        const read = await fetch(`${site.baseUrl}/api/cases/${id}`, { headers: { authorization: `Bearer ${token}` } });
        return ((await read.json()) as CaseView).status === 'routed' ? true : undefined;
      });
    }
    await app.get(CaseViewProjection).whenCaughtUp();
    page = await site.newPage();
    await loginAs(page, site.baseUrl, 'koordinator.nord');
  }, 120_000);
  afterAll(async () => site.close());

  it('gives the coordinator the group’s inbox: open cases with the group, due first, overdue ones marked', async () => {
    await page.getByRole('link', { name: 'Innboks', exact: true }).click();
    const group = await partyName('arbeidsgruppe-nord');
    await page.getByRole('heading', { level: 1, name: `Innboks – ${group}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/innboks');

    const inbox = await casesOf('?party=arbeidsgruppe-nord&open=true&sort=due&limit=50');
    expect(inbox.length).toBeGreaterThan(0);
    expect(await listed(inbox[0]?.reference)).toEqual(inbox.map((c) => c.reference));
    await expect(page.getByLabel('Hos', { exact: true }).inputValue()).resolves.toBe('arbeidsgruppe-nord');

    // The seeded month leaves the group cases past their due time: each is marked, and no other.
    const now = Date.now();
    const overdue = inbox.filter((c) => isOverdue(c, now));
    const timely = inbox.filter((c) => c.routedTo && Date.parse(c.routedTo.dueAt) > now + 60_000);
    expect(overdue.length).toBeGreaterThan(0);
    expect(timely.length).toBeGreaterThan(0);
    for (const c of overdue.slice(0, 5)) {
      const card = page.locator(CARDS).filter({ hasText: `${c.reference}:` });
      await card.getByText('Over fristen', { exact: true }).waitFor();
      await card.getByText(/^Fristen gikk ut/).waitFor();
    }
    for (const c of timely.slice(0, 5)) {
      const card = page.locator(CARDS).filter({ hasText: `${c.reference}:` });
      await expect(card.getByText('Over fristen', { exact: true }).count()).resolves.toBe(0);
    }

    const violations = await seriousAxeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
  });

  it('narrows the list of all cases to those with one party («Hos»), by its name', async () => {
    await page.getByRole('link', { name: 'Saker', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saker' }).waitFor();
    const cgm = await partyName('cgm');
    const options = await page.getByLabel('Hos', { exact: true }).locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Alle', cgm, await partyName('nhn'), await partyName('apotek1')]));
    await page.getByLabel('Hos', { exact: true }).selectOption({ label: cgm });
    await page.waitForURL((url) => url.searchParams.get('party') === 'cgm');

    const atCgm = await casesOf('?party=cgm&limit=50');
    expect(atCgm.length).toBeGreaterThan(0);
    expect(await listed(atCgm[0]?.reference)).toEqual(atCgm.map((c) => c.reference));
    for (const text of await page.locator(`${CARDS} p.muted`).allTextContents()) expect(text).toContain(`hos ${cgm}`);
  });

  it('saves the filter under a name, and applies it again after the list was changed', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('routed');
    await page.waitForURL((url) => url.searchParams.get('status') === 'routed');
    await page.getByLabel('Lagre filtrene over som').fill('Sendt til CGM');
    await page.getByRole('button', { name: 'Lagre filteret' }).click();
    await page.getByText('Filteret «Sendt til CGM» er lagret.').waitFor();

    // The same name again is the server's refusal, said in Norwegian beside the field.
    await page.getByLabel('Lagre filtrene over som').fill('sendt til cgm');
    await page.getByRole('button', { name: 'Lagre filteret' }).click();
    await page.getByText('Du har allerede et filter med dette navnet.').waitFor();

    // Back to everything, then the saved filter brings party and status back.
    await page.getByLabel('Hos', { exact: true }).selectOption('');
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.waitForURL((url) => url.search === '');
    await page.getByLabel('Mine filtre').selectOption({ label: 'Sendt til CGM' });
    await page.getByRole('button', { name: 'Bruk filteret' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('party') === 'cgm' && url.searchParams.get('status') === 'routed',
    );
    const routedAtCgm = await casesOf('?party=cgm&status=routed&limit=50');
    expect(await listed(routedAtCgm[0]?.reference)).toEqual(routedAtCgm.map((c) => c.reference));
    await expect(page.getByLabel('Hos', { exact: true }).inputValue()).resolves.toBe('cgm');
    await expect(page.getByLabel('Status', { exact: true }).inputValue()).resolves.toBe('routed');

    // Saved for the person, on the server.
    const token = await site.app.tokenFor('koordinator.nord');
    const saved = await fetch(`${site.baseUrl}/api/saved-filters`, { headers: { authorization: `Bearer ${token}` } });
    expect(await saved.json()).toEqual([
      expect.objectContaining({ name: 'Sendt til CGM', filters: { party: 'cgm', status: ['routed'] } }),
    ]);
  });

  it('downloads the filtered list as CSV for Norwegian Excel, every page of it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lagspill-saker-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFReferanse;Tittel;Status;/);
    const [headings = [], ...rows] = parseCsv(csv).map((record) => record.cells);
    const all = await casesOf('?party=cgm&status=routed&limit=200');
    const cgm = await partyName('cgm');
    expect(rows.map((cells) => cells[headings.indexOf('Referanse')])).toEqual(all.map((c) => c.reference));
    for (const cells of rows) {
      expect(cells[headings.indexOf('Hos')]).toBe(cgm);
      expect(cells[headings.indexOf('Status')]).toBe('Sendt til ansvarlig');
    }
  });

  it('deletes the saved filter', async () => {
    await page.getByLabel('Mine filtre').selectOption({ label: 'Sendt til CGM' });
    await page.getByRole('button', { name: 'Slett filteret' }).click();
    await page.getByText('Filteret «Sendt til CGM» er slettet.').waitFor();
    await page.getByText('Du har ingen lagrede filtre ennå.').waitFor();
  });
});
