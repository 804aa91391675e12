import type { Page } from 'playwright-core';
import { formatDateTime } from '../../apps/web/src/format/oslo-time';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { describeViolations, loginAs, logout, seriousAxeViolations } from './support/chromium';
import { eventually } from '../support/eventually';

/** The demo directory's reporter at Apotek 1 multidose Bodø (a multidose pharmacy). */
const PHARMACY_REPORTER = 'multidose';
const COORDINATOR = 'koordinator.nord';
const TITLE = 'Resepter på multidosepasient forskrevet som enkeltresepter';
const REFERENCE = 'SYN-2026-0451';

interface RoutedView {
  readonly reference: string;
  readonly routedTo: { readonly party: string; readonly dueAt: string } | null;
}

/**
 * Issue 17 in the browser: a multidose pharmacy reports a prescribing-method fault naming the GP office it
 * concerns, on a patient on both paper multidose and eMD with a fragmented list, harmful and notified; the
 * confirmation says where it went and when an answer is due; the case page shows all of it; the working
 * group's coordinator changes the organisation the case concerns.
 */
describe('a multidose pharmacy reports a fault that concerns a GP office', () => {
  let site: BrowserApp;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    site = await startBrowserApp();
    page = await site.newPage();
  });
  afterAll(async () => site.close());

  async function expectNoSeriousAxeViolations(on: Page): Promise<void> {
    expect(describeViolations(await seriousAxeViolations(on))).toEqual([]);
  }

  /** Searches an organisation picker and chooses the hit with this name. */
  async function pick(on: Page, search: string, name: string): Promise<void> {
    await on.getByLabel('Søk etter virksomhet').fill(search);
    await on.getByRole('radio', { name }).check();
  }

  it('fills the report: the organisation concerned, both kinds of multidose, the fragmented list', async () => {
    await loginAs(page, site.baseUrl, PHARMACY_REPORTER);
    await page.goto(`${site.baseUrl}/meld`);
    await page.getByLabel('Hva gjelder det?').selectOption('prescribing');
    await page.getByLabel('Feil forskrivningsmåte for multidose').check();
    await page.getByLabel('Overskrift').fill(TITLE);
    await page
      .getByLabel('Hva skjedde?')
      .fill('Legekontoret sendte enkeltresepter i stedet for multidoseresepter; pakkingen stoppet.');

    // The pharmacy's own organisation is not offered: a case concerns another one.
    await page.getByLabel('Søk etter virksomhet').fill('multidose Bodø');
    await page.getByText('Ingen virksomheter passer med «multidose Bodø».').waitFor();
    await pick(page, 'Mørkved', 'Mørkved legesenter');
    await page.getByText('Valgt: Mørkved legesenter').waitFor();

    await page.getByLabel('Både papirmultidose og eMD').check();
    await page.getByLabel('Dobbeltregistrering eller oppsplittet legemiddelliste').check();
    // Nothing about the statutory notice while nobody was harmed.
    await expect(page.getByRole('heading', { name: 'Husk meldeplikten' }).count()).resolves.toBe(0);
  });

  it('shows the duty to notify for a harmful event, and clears each problem as soon as it is answered', async () => {
    await page.getByLabel('Liten skade').check();
    await page.getByRole('heading', { name: 'Husk meldeplikten' }).waitFor();
    await page.getByRole('button', { name: 'Send melding' }).click();
    const statusProblem = page.getByRole('link', { name: /Meldt som uønsket hendelse: Svar på om hendelsen/ });
    await statusProblem.waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Ja, meldt').check();
    await statusProblem.waitFor({ state: 'detached' });
    await expect(page.getByText('Dette må rettes før du kan sende').count()).resolves.toBe(0);

    // Where it was notified is asked next, and its problem goes once answered too.
    await page.getByRole('button', { name: 'Send melding' }).click();
    const channelProblem = page.getByRole('link', { name: /Hvor den ble meldt: Velg hvor hendelsen ble meldt/ });
    await channelProblem.waitFor();
    await page.getByLabel('melde.no', { exact: true }).check();
    await channelProblem.waitFor({ state: 'detached' });

    // A reference the server would refuse is told before sending, and the message goes once corrected.
    await page.getByLabel('Referanse (valgfritt)').fill('#451');
    await page.getByRole('button', { name: 'Send melding' }).click();
    const referenceProblem = page.getByRole('link', { name: /Referanse: Referansen kan ha høyst 60 tegn/ });
    await referenceProblem.waitFor();
    await page.getByLabel('Referanse (valgfritt)').fill(REFERENCE);
    await referenceProblem.waitFor({ state: 'detached' });
    await expectNoSeriousAxeViolations(page);
  });

  it('says where the case went and when an answer is due, in Oslo time, once it has been routed', async () => {
    // As when the router has not routed the case yet (the usual answer): the page must ask again until it has.
    await page.route('**/api/reports', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), routedTo: null } });
    });
    // The page's reads of the case are held until it has shown that it is waiting.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let polled = () => {};
    const firstPoll = new Promise<void>((resolve) => (polled = resolve));
    await page.route(/\/api\/cases\/[0-9a-f-]{36}$/, async (route) => {
      polled();
      await released;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Send melding' }).click();
    await page.getByText('Saken sendes til rett mottaker nå').waitFor();
    await firstPoll;
    release();
    const confirmation = page.getByRole('heading', { name: /Saken er registrert som PLL-\d{4}-\d{6}/ });
    reference = /PLL-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');

    const token = await site.app.tokenFor(PHARMACY_REPORTER);
    const routed = await eventually('the report routed', async () => {
      const view = await site.app.http().get(`/api/cases/${reference}`).set('authorization', `Bearer ${token}`);
      return (view.body as RoutedView).routedTo ?? undefined;
    });
    // A prescribing-method fault reported by a pharmacy goes to the GP office it concerns (issue 17).
    await page
      .getByText(`Saken er sendt til Mørkved legesenter. Svar ventes innen ${formatDateTime(routed.dueAt)}.`)
      .waitFor();
    await page.unrouteAll();
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the organisation concerned, the multidose facts and the notice on the case page', async () => {
    await page.getByRole('link', { name: 'Se saken' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(fact(page, 'Gjelder virksomhet')).resolves.toBe(
      'Mørkved legesenter (Fastlegekontor), orgnr 974123002',
    );
    await expect(fact(page, 'Multidose')).resolves.toBe('Både papirmultidose og eMD');
    await expect(fact(page, 'Dobbeltregistrering eller oppsplittet legemiddelliste')).resolves.toBe('Ja');
    await expect(fact(page, 'Skade')).resolves.toBe('Liten skade');
    await expect(fact(page, 'Meldt som uønsket hendelse')).resolves.toBe(`Meldt på melde.no, referanse ${REFERENCE}`);
    await page.locator('.timeline').getByText('Gjelder Mørkved legesenter').waitFor();
    // Only the working group sets the organisation after the report.
    await expect(page.getByRole('button', { name: 'Endre virksomhet' }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await logout(page);
  });

  it("lets the region's coordinator change the organisation the case concerns", async () => {
    await loginAs(page, site.baseUrl, COORDINATOR);
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Endre virksomhet' }).click();
    await pick(page, 'Rønvik', 'Rønvik legesenter');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Lagre virksomhet' }).click();
    await page.locator('.timeline').getByText('Gjelder nå Rønvik legesenter').waitFor();
    await expect(fact(page, 'Gjelder virksomhet')).resolves.toBe('Rønvik legesenter (Fastlegekontor), orgnr 974123142');
    // The coordinator reads the notice's reference too.
    await expect(fact(page, 'Meldt som uønsket hendelse')).resolves.toBe(`Meldt på melde.no, referanse ${REFERENCE}`);
  });

  it("shows the server's refusal beside the picker: an organisation deactivated meanwhile", async () => {
    await page.getByRole('button', { name: 'Endre virksomhet' }).click();
    await pick(page, 'legevakt', 'Bodø interkommunale legevakt');
    const admin = await site.app.tokenFor('admin');
    await site.app
      .http()
      .patch('/api/directory/organisations/bodo-legevakt')
      .set('authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await page.getByRole('button', { name: 'Lagre virksomhet' }).click();
    await page
      .locator('#concerned-organisation')
      .getByText(/deactivated/)
      .waitFor();
    await expect(fact(page, 'Gjelder virksomhet')).resolves.toMatch(/^Rønvik legesenter/);
    await page.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('tells a coordinator clearly when someone else changed the case first, keeping the choice made', async () => {
    const other = await site.newPage();
    await loginAs(other, site.baseUrl, COORDINATOR);
    await other.goto(`${site.baseUrl}/saker/${reference}`);
    await other.getByRole('button', { name: 'Endre virksomhet' }).click();
    await pick(other, 'Mørkved', 'Mørkved legesenter');

    await page.getByRole('button', { name: 'Fjern virksomheten' }).click();
    await page.locator('.timeline').getByText('Gjelder ikke lenger en annen virksomhet').waitFor();
    await expect(fact(page, 'Gjelder virksomhet')).resolves.toBe('Ingen annen virksomhet oppgitt');

    await other.getByRole('button', { name: 'Lagre virksomhet' }).click();
    await other.getByRole('heading', { name: 'Noen andre endret saken før deg' }).waitFor();
    await other.locator('.timeline').getByText('Gjelder ikke lenger en annen virksomhet').waitFor();
    await other.getByText('Valgt: Mørkved legesenter').waitFor();
    // Sent again on the new version, it is taken.
    await other.getByRole('button', { name: 'Lagre virksomhet' }).click();
    await other.locator('.timeline').getByText('Gjelder nå Mørkved legesenter').waitFor();
    await expect(fact(other, 'Gjelder virksomhet')).resolves.toMatch(/^Mørkved legesenter/);
  });
});

/** The text of one fact of the case page's «Meldingen». */
async function fact(page: Page, term: string): Promise<string> {
  const row = page.locator('.facts > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) });
  return ((await row.locator('dd').textContent()) ?? '').trim();
}
