import type { Page } from 'playwright-core';

/**
 * Logs in through the real flow as someone the directory does not know: the dev login page's "Ny bruker"
 * form, which logs in as `ny.<slug of the name>`. Such a person lands on the page where one asks for access.
 */
export async function loginAsNewcomer(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Logg inn som ny bruker' }).click();
  await page.waitForURL((url) => url.pathname === '/tilgang/be-om');
  await page.locator('main h1').first().waitFor();
}
