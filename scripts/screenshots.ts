import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { startEmbeddedPostgres } from '../libs/platform/src/database/embedded-postgres';
import { startBrowserApp } from '../test/browser/support/browser-app';
import { loginAs, logout } from '../test/browser/support/chromium';
import { eventually } from '../test/support/eventually';

/**
 * `npm run screenshots`: every page of the web UI, as the person it is for, written to
 * docs/screenshots/. Runs the real app on a throw-away embedded PostgreSQL filled by seed:demo, and
 * takes a report through the report form, so the pictures show what a user would see.
 */
const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');
const run = promisify(execFile);

/** A page as a person sees it; long lists only as far as the first screen goes. */
async function shoot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-label^="Henter"]').length === 0);
  // Reference data (taxonomy labels, party names) arrives after the page's own data.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  process.stdout.write(`  docs/screenshots/${name}.png\n`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const directory = await mkdtemp(join(tmpdir(), 'lagspill-screenshots-'));
  const postgres = await startEmbeddedPostgres({ directory, settings: { fsync: 'off', synchronous_commit: 'off' } });
  process.env.LAGSPILL_TEST_POSTGRES_URL = postgres.url;
  // No digest window: the seeded year's last days mail the parties too, and the report's mails must not wait.
  const site = await startBrowserApp({ INDICATOR_REFRESH_INTERVAL_MS: '1000', MAIL_DIGEST_SECONDS: '0' });
  try {
    process.stdout.write('Seeding 3,000 demo cases over 6 months …\n');
    await run(process.execPath, [join(ROOT, 'dist/scripts/seed-demo.js'), '--cases', '3000', '--months', '6'], {
      env: { ...process.env, DATABASE_URL: site.app.database.url, LOG_LEVEL: 'warn' },
    });
    const page = await site.newPage({ width: 1280, height: 900 });
    await page.goto(`${site.baseUrl}/logg-inn`);
    await page.getByText('Kari Nordmann').waitFor();
    await shoot(page, 'login');

    await loginAs(page, site.baseUrl, 'lege.cgm');
    await page.goto(`${site.baseUrl}/meld`);
    await page.getByLabel('Hva gjelder det?').selectOption('sfm');
    await page.getByLabel('Datadeling journal–SFM').check();
    await page.getByLabel('Overskrift').fill('Doseendring i SFM kom ikke over i journalen');
    await page
      .getByLabel('Hva skjedde?')
      .fill(
        'Endret dosen av Marevan for pasient 311299 56715 i SFM, men journalen viste den gamle dosen etter lagring.',
      );
    await page.getByText('Det ser ut som du har skrevet et fødselsnummer').waitFor();
    await shoot(page, 'report-form');
    await page.getByRole('button', { name: 'Send melding' }).click();
    const confirmation = page.getByRole('heading', { name: /Saken er registrert som/ });
    await confirmation.waitFor();
    const reference = /PLL-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    await shoot(page, 'report-confirmation');
    await page.getByRole('link', { name: 'Våre saker' }).click();
    await page.locator('.case-list').waitFor();
    await shoot(page, 'our-cases', { fullPage: false });
    await logout(page);

    // The vendor the report was routed to: its inbox, and the report with the identity number held back.
    const token = await site.app.tokenFor('support.cgm');
    // The router works through the seeded year's log first.
    await eventually(
      `${reference} at CGM`,
      async () =>
        (await site.app.http().get(`/api/cases/${reference}`).auth(token, { type: 'bearer' })).ok ? true : undefined,
      { attempts: 600, intervalMs: 100 },
    );
    await loginAs(page, site.baseUrl, 'support.cgm');
    await page.locator('.case-list').waitFor();
    await shoot(page, 'inbox', { fullPage: false });
    await page.goto(`${site.baseUrl}/saker/${reference}`);
    await page.getByRole('button', { name: 'Ta saken' }).click();
    await page.getByText('Under behandling').first().waitFor();
    await shoot(page, 'case-responder');
    await page.getByRole('link', { name: 'Webhooker', exact: true }).click();
    await page.getByLabel('Adresse (URL)').fill('http://127.0.0.1:9/lagspill');
    await page.getByLabel('Beskrivelse (valgfritt)').fill('Saksmottak i supportsystemet vårt');
    await page.getByRole('button', { name: 'Registrer webhook' }).click();
    await page.getByRole('heading', { name: 'Webhooken er registrert' }).waitFor();
    await shoot(page, 'webhooks');
    await logout(page);

    // The dev mailbox: what routing the report and taking the case would have mailed.
    await eventually(
      `the mails about ${reference}`,
      async () => {
        const mails = (await site.app.http().get('/api/dev/mail')).body as { text: string }[];
        return mails.filter((mail) => mail.text.includes(reference)).length >= 2 ? true : undefined;
      },
      { attempts: 300, intervalMs: 100 },
    );
    await page.goto(`${site.baseUrl}/dev/mail`);
    await shoot(page, 'dev-mail', { fullPage: false });
    await page.getByRole('link', { name: new RegExp(`tatt imot saken din ${reference}`) }).click();
    await shoot(page, 'dev-mail-message', { fullPage: false });

    await loginAs(page, site.baseUrl, 'lege.cgm');
    await page.goto(`${site.baseUrl}/varsler`);
    await page.getByRole('switch', { name: 'Saken min er løst' }).waitFor();
    await shoot(page, 'notification-settings', { fullPage: false });
    await logout(page);

    await loginAs(page, site.baseUrl, 'koordinator.nord');
    await page.getByLabel('Fra').fill(new Date(Date.now() - 182 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.locator('svg[data-chart="stacked-bars"] rect').first().waitFor();
    await shoot(page, 'dashboard');
    await page.getByRole('link', { name: 'Klynger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klynger av like feil' }).waitFor();
    await shoot(page, 'clusters', { fullPage: false });
    await page.getByRole('link', { name: 'Rutingregler' }).click();
    await page.getByText(/^Versjon \d+/).waitFor();
    await shoot(page, 'routing-rules', { fullPage: false });

    const phone = await site.newPage({ width: 360, height: 780 });
    await loginAs(phone, site.baseUrl, 'lege.cgm');
    await phone.goto(`${site.baseUrl}/meld`);
    await shoot(phone, 'report-form-360px');
  } finally {
    await site.close();
    await postgres.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
