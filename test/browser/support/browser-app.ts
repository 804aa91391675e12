import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../support/app-process';
import { startTestApp, type TestApp } from '../../support/test-app';
import { launchChromium } from './chromium';

/** The built web app (npm run build:web), which the server serves at `/`; npm and Jest run from the root. */
export const WEB_ROOT = resolve(process.cwd(), 'dist/web');

export interface BrowserApp {
  readonly app: TestApp;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A fresh browser profile (own session storage), in New York time so nothing relies on the browser's zone. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The all-in-one app listening on loopback with the web site, and a headless Chromium to drive it. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  if (!existsSync(resolve(WEB_ROOT, 'index.html'))) {
    throw new Error(`No web build in ${WEB_ROOT}: run npm run build:web first (npm test does)`);
  }
  const port = await freePort();
  const app = await startTestApp({ WEB_ROOT, PORT: String(port), ...env });
  await app.app.listen(port, '127.0.0.1');
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    app,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    newPage: async ({ width = 1280, height = 900 } = {}) => {
      const context = await browser.newContext({
        viewport: { width, height },
        locale: 'nb-NO',
        timezoneId: 'America/New_York',
      });
      contexts.push(context);
      const page = await context.newPage();
      // Generous: a suite of two workers on two cores can hold a page back well past its usual second.
      page.setDefaultTimeout(30_000);
      return page;
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await app.close();
    },
  };
}
