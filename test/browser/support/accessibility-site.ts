import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './browser-app';
import { loginAs } from './chromium';
import { loginAsNewcomer } from './newcomer';
import { eventually } from '../../support/eventually';

export interface Visit {
  readonly name: string;
  readonly user: string | null;
  readonly path: () => string;
  /** Something the page shows once it has loaded its data. */
  readonly ready: string;
}

/** Someone who logged in but is not in the directory (the dev login's "Ny bruker"). */
const NEWCOMER = 'ny.tilgjengelig';
/** A demo user deactivated before the pages are visited. */
const DEACTIVATED = 'sykepleier';

/** Every page of the site, as the user it is for, on the demo data. */
export function pages(caseReference: () => string): Visit[] {
  return [
    { name: 'login', user: null, path: () => '/logg-inn', ready: 'Lagspill' },
    { name: 'our cases', user: 'lege.cgm', path: () => '/saker', ready: 'Våre saker' },
    { name: 'report form', user: 'lege.cgm', path: () => '/meld', ready: 'Meld feil i legemiddelkjeden' },
    { name: 'notifications', user: 'lege.cgm', path: () => '/varsler', ready: 'Varsler' },
    { name: 'following', user: 'support.cgm', path: () => '/folger', ready: 'Følger' },
    { name: 'case (reporter)', user: 'lege.cgm', path: () => `/saker/${caseReference()}`, ready: 'Tidslinje' },
    { name: 'inbox', user: 'support.cgm', path: () => '/innboks', ready: 'Innboks' },
    { name: 'case (responder)', user: 'support.cgm', path: () => `/saker/${caseReference()}`, ready: 'Tidslinje' },
    { name: 'webhooks', user: 'support.cgm', path: () => '/webhooker', ready: 'Webhooker' },
    { name: 'dashboard', user: 'koordinator.nord', path: () => '/oversikt', ready: 'Oversikt' },
    { name: 'all cases', user: 'koordinator.nord', path: () => '/saker', ready: 'Saker' },
    { name: 'clusters', user: 'koordinator.nord', path: () => '/klynger', ready: 'Klynger av like feil' },
    { name: 'routing rules', user: 'koordinator.nord', path: () => '/ruting', ready: 'Fordelingsregler' },
    { name: 'not found', user: 'koordinator.nord', path: () => '/finnes-ikke', ready: 'Fant ikke siden' },
    {
      name: 'directory: organisations',
      user: 'koordinator.nord',
      path: () => '/katalog/virksomheter',
      ready: 'Virksomheter',
    },
    {
      name: 'directory: organisation',
      user: 'koordinator.nord',
      path: () => '/katalog/virksomheter/morkved-legesenter',
      ready: 'Historikk',
    },
    {
      name: 'directory: new organisation',
      user: 'koordinator.nord',
      path: () => '/katalog/virksomheter/ny',
      ready: 'Registrer en virksomhet',
    },
    { name: 'directory: parties', user: 'koordinator.nord', path: () => '/katalog/parter', ready: 'Parter' },
    { name: 'directory: party (admin)', user: 'admin', path: () => '/katalog/parter/cgm', ready: 'Historikk' },
    { name: 'directory: people', user: 'koordinator.nord', path: () => '/katalog/personer', ready: 'Personer' },
    {
      name: 'directory: person',
      user: 'koordinator.nord',
      path: () => '/katalog/personer/lege.cgm',
      ready: 'Historikk',
    },
    {
      name: 'directory: new person',
      user: 'koordinator.nord',
      path: () => '/katalog/personer/ny',
      ready: 'Legg inn en person',
    },
    {
      name: 'directory: regions (admin)',
      user: 'admin',
      path: () => '/katalog/regioner',
      ready: 'Regioner, helsefellesskap og kommuner',
    },
    { name: 'directory: import (admin)', user: 'admin', path: () => '/katalog/import', ready: 'Import' },
    {
      name: 'directory: access requests',
      user: 'koordinator.nord',
      path: () => '/katalog/tilgang',
      ready: 'Forespørsler om tilgang',
    },
    { name: 'asking for access', user: NEWCOMER, path: () => '/tilgang/be-om', ready: 'Be om tilgang til Lagspill' },
    {
      name: 'access deactivated',
      user: DEACTIVATED,
      path: () => '/tilgang/deaktivert',
      ready: 'Tilgangen din er deaktivert',
    },
  ];
}

/**
 * The demo site both accessibility files visit (one per screen width, so that the two run side by side):
 * one app, a deactivated user, a waiting access request, and a case of the CGM GP office. Call it inside
 * a describe; it registers that describe's beforeAll and afterAll.
 */
export function useAccessibilitySite() {
  let site: BrowserApp;
  let reference = '';
  const sessions = new Map<string, Page>();

  beforeAll(async () => {
    site = await startBrowserApp({ LAGSPILL_DEMO: 'true' });
    await site.app
      .http()
      .patch(`/api/directory/people/${DEACTIVATED}`)
      .set('authorization', `Bearer ${await site.app.tokenFor('admin')}`)
      .send({ active: false })
      .expect(200);
    // A request waiting on the coordinator's page, so that its buttons and form are checked too.
    const asker = await site.app.http().post('/api/dev/token').send({ username: 'ny.venter', name: 'Vera Venter' });
    await site.app
      .http()
      .post('/api/enrolment-requests')
      .set('authorization', `Bearer ${asker.body.access_token as string}`)
      .send({ organisation: 'morkved-legesenter', email: 'vera@morkved.example.no', message: 'Ny fra mars.' })
      .expect(201);
    const token = await site.app.tokenFor('lege.cgm');
    // A demo case of the CGM GP office that CGM has: both the reporter's and the responder's page of it.
    reference = await eventually(
      'a demo case with CGM',
      async () => {
        const list = await site.app.http().get('/api/cases?party=cgm').set('authorization', `Bearer ${token}`);
        return (list.body.items as { reference: string }[])[0]?.reference;
      },
      { attempts: 300, intervalMs: 100 },
    );
  });
  afterAll(async () => site.close());

  async function pageFor(user: string | null, width: number): Promise<Page> {
    const key = `${user ?? 'anonymous'}@${width}`;
    const existing = sessions.get(key);
    if (existing) return existing;
    const page = await site.newPage({ width, height: 800 });
    if (user === NEWCOMER) await loginAsNewcomer(page, site.baseUrl, 'Tilgjengelig');
    else if (user) await loginAs(page, site.baseUrl, user);
    sessions.set(key, page);
    return page;
  }

  async function open(visit: Visit, width: number): Promise<Page> {
    const page = await pageFor(visit.user, width);
    await page.goto(`${site.baseUrl}${visit.path()}`);
    await page.getByRole('heading', { name: visit.ready }).first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-label^="Henter"]').length === 0);
    return page;
  }

  return {
    site: () => site,
    reference: () => reference,
    open,
  };
}
