import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs } from './support/chromium';
import { loginAsNewcomer } from './support/newcomer';

// The sheet's headings an organisation needs (any order; the rest may be left out), `;` as Excel writes.
const HEADINGS = 'Oppføring;ID;Navn;Type;Orgnr;HER-id;Kommunenr;Leverandør;System;Versjon;Integrasjon;Multidose';
// 974999900 and 974999919 have valid mod-11 check digits and are in no demo organisation.
const FJORDBYEN =
  'organisasjon;fjordbyen-legesenter;Fjordbyen legesenter;Fastlegekontor;974999900;81239990;1804;cgm;CGM Journal;8.4.2;SFM Full;Ingen';
const BAD_HER_ID =
  'organisasjon;strandby-legekontor;Strandby legekontor;Fastlegekontor;974999919;tolv;1804;cgm;CGM Journal;;SFM Full;Ingen';

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

/**
 * The directory in a real Chromium: someone not in it asks for access and is let in by their region's
 * coordinator, and an admin imports a sheet of organisations (a dry run first, then with progress).
 */
describe('the directory through the web UI', () => {
  let site: BrowserApp;

  beforeAll(async () => {
    site = await startBrowserApp();
  });
  afterAll(async () => site.close());

  it('takes a newcomer from asking for access, through the coordinator’s approval, to a report', async () => {
    const newcomer = await site.newPage();
    await loginAsNewcomer(newcomer, site.baseUrl, 'Ida Nyland');
    await newcomer.getByRole('heading', { level: 1, name: 'Be om tilgang til Lagspill' }).waitFor();
    // Nothing of the app but this page: other addresses lead back here.
    await newcomer.goto(`${site.baseUrl}/saker`);
    await newcomer.waitForURL((url) => url.pathname === '/tilgang/be-om');

    await newcomer.getByLabel('Søk etter virksomhet').fill('Mørkved');
    await newcomer.getByRole('radio', { name: /Mørkved legesenter/ }).check();
    await newcomer.getByLabel('Navn', { exact: true }).fill('Ida Nyland');
    await newcomer.getByLabel('E-post', { exact: true }).fill('ida.nyland@morkved.example.no');
    await newcomer.getByLabel(/Melding til koordinatoren/).fill('Ny fastlege fra januar.');
    await newcomer.getByRole('button', { name: 'Send forespørselen' }).click();
    await newcomer.getByRole('heading', { name: 'Forespørselen venter på svar' }).waitFor();
    await newcomer.getByText(/Koordinatoren i Helse Nord har fått beskjed/).waitFor();

    const coordinator = await site.newPage();
    await loginAs(coordinator, site.baseUrl, 'koordinator.nord');
    await coordinator.getByRole('link', { name: 'Katalog', exact: true }).click();
    await coordinator.getByRole('navigation', { name: 'Katalog' }).getByRole('link', { name: 'Tilgang' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Forespørsler om tilgang' }).waitFor();
    const request = coordinator.getByRole('article', { name: /Ida Nyland – Mørkved legesenter/ });
    await request.getByText('«Ny fastlege fra januar.»').waitFor();
    await request.getByRole('button', { name: 'Godkjenn' }).click();
    await coordinator.getByText('Ida Nyland har fått tilgang som melder for Mørkved legesenter.').waitFor();
    await expect(request.count()).resolves.toBe(0);

    await newcomer.getByRole('button', { name: 'Se om forespørselen er besvart' }).click();
    await newcomer.getByRole('heading', { name: 'Du har fått tilgang' }).waitFor();
    await newcomer.getByRole('button', { name: 'Logg inn på nytt' }).click();
    await newcomer.waitForURL((url) => url.pathname === '/saker');
    await newcomer.getByRole('heading', { level: 1, name: 'Våre saker' }).waitFor();
    await newcomer.locator('.app-user').getByText('Mørkved legesenter', { exact: false }).waitFor();

    await newcomer.getByRole('link', { name: 'Meld feil', exact: true }).click();
    await newcomer.getByLabel('Hva gjelder det?').selectOption('sfm');
    await newcomer.getByLabel('Datadeling journal–SFM').check();
    await newcomer.getByLabel('Overskrift').fill('Første melding etter at jeg fikk tilgang');
    await newcomer.getByLabel('Hva skjedde?').fill('Legemiddellisten ble ikke oppdatert etter endring i SFM.');
    await newcomer.getByRole('button', { name: 'Send melding' }).click();
    await newcomer.getByRole('heading', { name: /Saken er registrert som PLL-\d{4}-\d{6}/ }).waitFor();
  });

  describe('an admin’s import', () => {
    let admin: Page;

    beforeAll(async () => {
      admin = await site.newPage();
      await loginAs(admin, site.baseUrl, 'admin');
      await admin.getByRole('link', { name: 'Katalog', exact: true }).click();
      await admin.getByRole('navigation', { name: 'Katalog' }).getByRole('link', { name: 'Import' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    });

    const choose = (name: string, content: Buffer) =>
      admin.getByLabel('Fil', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: content });

    it('names the row and column of a bad cell in a dry run, and imports nothing', async () => {
      await choose('virksomheter-feil.csv', csv(HEADINGS, FJORDBYEN, BAD_HER_ID));
      await admin.getByRole('button', { name: 'Prøv først' }).click();
      await admin.getByRole('heading', { name: 'virksomheter-feil.csv har 1 feil; ingenting er importert' }).waitFor();
      const problems = admin.getByRole('table', { name: 'Feil i filen' });
      await expect(problems.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
        '3',
        'HER-id',
        'Må være et helt tall; «tolv» er ikke det.',
      ]);
      await expect(admin.getByRole('button', { name: 'Importer' }).isDisabled()).resolves.toBe(true);
    });

    it('shows what a good file would do, imports it with the progress bar to the end, and finds the organisation', async () => {
      await choose('virksomheter.csv', csv(HEADINGS, FJORDBYEN));
      await admin.getByRole('button', { name: 'Prøv først' }).click();
      await admin.getByRole('heading', { name: 'Prøvekjøring: dette vil importen gjøre' }).waitFor();
      const summary = admin.getByRole('table', { name: 'Hva importen vil gjøre, per type oppføring' });
      await expect(
        summary
          .getByRole('row', { name: /^Virksomheter/ })
          .getByRole('cell')
          .allTextContents(),
      ).resolves.toEqual(['1', '0', '0']);
      const entries = admin.getByRole('table', { name: 'Oppføringer som blir lagt til eller endret' });
      await expect(entries.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
        '2',
        'Virksomheter',
        'fjordbyen-legesenter',
        'Lagt til',
        'lagt til',
      ]);

      await admin.getByRole('button', { name: 'Importer' }).click();
      await admin.getByRole('heading', { name: 'Importen er ferdig' }).waitFor();
      const progress = admin.getByRole('progressbar', { name: /Importen er ferdig: 1 endring er skrevet/ });
      const [value, max] = await Promise.all([progress.getAttribute('value'), progress.getAttribute('max')]);
      expect(Number(value)).toBe(1);
      expect(Number(max)).toBe(1);
      await admin.getByText('Katalogen er oppdatert.').waitFor();

      // The same file again changes nothing.
      await choose('virksomheter.csv', csv(HEADINGS, FJORDBYEN));
      await admin.getByRole('button', { name: 'Prøv først' }).click();
      await admin.getByText('Filen endrer ingenting').waitFor();

      await admin.getByRole('navigation', { name: 'Katalog' }).getByRole('link', { name: 'Virksomheter' }).click();
      await admin.getByLabel('Navn, orgnr eller HER-id').fill('974999900');
      await admin.getByRole('button', { name: 'Søk', exact: true }).click();
      await admin.getByText('Viser 1 av 1 virksomheter.').waitFor();
      await admin.getByRole('link', { name: 'Fjordbyen legesenter' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Fjordbyen legesenter' }).waitFor();
      await admin.locator('.timeline').getByText('Virksomheten ble registrert').waitFor();
      await admin
        .locator('.timeline')
        .getByText(/Lagspill drift/)
        .first()
        .waitFor();
    });

    it('edits the organisation: a field error beside its field, then a saved change in the history', async () => {
      await admin.getByLabel('Organisasjonsnummer').fill('974999901');
      await admin.getByRole('button', { name: 'Lagre endringene' }).click();
      await admin.getByText('Dette må rettes før endringene kan lagres').waitFor();
      await expect(admin.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(
        'Dette må rettes før endringene kan lagres',
      );
      await admin.locator('#virksomhet-orgnr').waitFor();
      const described = await admin.getByLabel('Organisasjonsnummer').getAttribute('aria-describedby');
      const descriptions = await Promise.all(
        (described ?? '').split(' ').map((id) => admin.locator(`[id="${id}"]`).textContent()),
      );
      expect(descriptions.join(' ')).toContain('organisasjonsnummer på 9 siffer med riktig kontrollsiffer');

      await admin.getByLabel('Organisasjonsnummer').fill('974999900');
      await admin.getByLabel('Navn', { exact: true }).fill('Fjordbyen legesenter AS');
      await admin.getByRole('button', { name: 'Lagre endringene' }).click();
      await admin.getByText('Endringene er lagret.').waitFor();
      await admin.locator('.timeline').getByText('Fjordbyen legesenter AS').waitFor();
      await admin.locator('.timeline').getByText('Nytt navn').waitFor();
    });

    it('downloads the whole directory as the sheet the import reads', async () => {
      await admin.getByRole('navigation', { name: 'Katalog' }).getByRole('link', { name: 'Import' }).click();
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('button', { name: 'Last ned katalogen' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('lagspill-katalog.csv');
      const sheet = await readFile((await download.path()) ?? '', 'utf8');
      expect(sheet).toContain('fjordbyen-legesenter;Fjordbyen legesenter AS;');
    });
  });
});
