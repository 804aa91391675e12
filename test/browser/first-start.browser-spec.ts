import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs } from './support/chromium';

const HELSE_NORD = resolve(__dirname, '../../examples/directory/helse-nord.csv');

/** A reporter of a GP office in the example file: the first `person` row of a Melder. */
function gpOf(sheet: string): { username: string; name: string } {
  const [heading = '', ...rows] = sheet.replace(/^\uFEFF/, '').split('\r\n');
  const column = (name: string) => heading.split(';').indexOf(name);
  const cells = rows.map((row) => row.split(';'));
  const gpOffices = new Set(cells.filter((c) => c[column('Type')] === 'Fastlegekontor').map((c) => c[column('ID')]));
  const gp = cells.find(
    (c) =>
      c[column('Oppføring')] === 'person' && c[column('Rolle')] === 'Melder' && gpOffices.has(c[column('Tilhører')]),
  );
  if (!gp) throw new Error('the example file has no reporter at a GP office');
  return { username: gp[column('ID')] ?? '', name: gp[column('Navn')] ?? '' };
}

/**
 * Issue 16's "done when", in a real Chromium: an installation with an empty directory and its bootstrap
 * administrator; the administrator imports examples/directory/helse-nord.csv from the Import page; a GP
 * from that file logs in and reports. (Dev login stands in for HelseID: it lists only the directory's people.)
 */
describe('the first start of a region’s installation', () => {
  let site: BrowserApp;

  beforeAll(async () => {
    site = await startBrowserApp({
      LAGSPILL_DEMO_DIRECTORY: 'false',
      LAGSPILL_BOOTSTRAP_ADMIN: 'drift',
      LAGSPILL_BOOTSTRAP_ADMIN_NAME: 'Regional drift',
      LAGSPILL_BOOTSTRAP_ADMIN_EMAIL: 'drift@helse-nord.example.no',
    });
  });
  afterAll(async () => site.close());

  it('lets the bootstrap admin import Helse Nord from the web page, and a GP from the file report', async () => {
    const sheet = readFileSync(HELSE_NORD);
    const gp = gpOf(sheet.toString('utf8'));

    const admin = await site.newPage();
    await admin.goto(`${site.baseUrl}/logg-inn`);
    await admin.locator('button[data-username="drift"]').waitFor();
    // Nobody but the administrator from the configuration can log in yet.
    await expect(admin.locator('button[data-username]').count()).resolves.toBe(1);
    await loginAs(admin, site.baseUrl, 'drift');
    await admin.getByRole('link', { name: 'Katalog', exact: true }).click();
    await admin.getByRole('navigation', { name: 'Katalog' }).getByRole('link', { name: 'Import' }).click();
    await admin
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'helse-nord.csv', mimeType: 'text/csv', buffer: sheet });
    await admin.getByRole('button', { name: 'Prøv først' }).click();
    await admin.getByRole('heading', { name: 'Prøvekjøring: dette vil importen gjøre' }).waitFor();
    const summary = admin.getByRole('table', { name: 'Hva importen vil gjøre, per type oppføring' });
    await expect(
      summary
        .getByRole('row', { name: /^Virksomheter/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['269', '0', '0']);
    await admin.getByRole('button', { name: 'Importer' }).click();
    await admin.getByRole('heading', { name: 'Importen er ferdig' }).waitFor({ timeout: 60_000 });

    const reporter = await site.newPage();
    await loginAs(reporter, site.baseUrl, gp.username);
    await reporter.locator('.app-user').getByText(gp.name, { exact: false }).waitFor();
    await reporter.getByRole('link', { name: 'Meld feil', exact: true }).click();
    await reporter.getByLabel('Hva gjelder det?').selectOption('sfm');
    await reporter.getByLabel('Datadeling journal–SFM').check();
    await reporter.getByLabel('Overskrift').fill('Legemiddellisten oppdateres ikke etter endring i SFM');
    await reporter.getByLabel('Hva skjedde?').fill('Endringer lagret i SFM vises ikke i journalen.');
    await reporter.getByRole('button', { name: 'Send melding' }).click();
    await reporter.getByRole('heading', { name: /Saken er registrert som PLL-\d{4}-\d{6}/ }).waitFor();
  }, 120_000);
});
