import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { Page } from 'playwright-core';
import {
  INTEGRATION_LABELS,
  NOTIFICATION_KIND_LABELS,
  ORGANISATION_TYPE_LABELS,
  REGION_NAMES,
  ROLE_LABELS,
  TAXONOMY,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { CaseClockProjection, SlaSweeper } from '@lagspill/routing';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { loginAs, logout } from './support/chromium';
import { eventually } from '../support/eventually';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';

/**
 * Issue 17, item 8: one set of words in the web app. Each rule is checked on every string the web app's
 * source holds (string literals, template text, JSX text, and the domain's labels the pages show) and on
 * the text of the pages as rendered, so a word that comes back anywhere fails here.
 */
const WEB_SOURCE = join(process.cwd(), 'apps/web/src');

/** A piece of text the user may read, and where it is. */
interface Said {
  readonly where: string;
  readonly text: string;
  /** The text right after a `${…}` or `{…}`: a number or a name went just before it. */
  readonly afterValue: boolean;
}

/** Breach of a deadline has one word, «fristbrudd»; «tidsavbrudd» (a timeout) is another thing. */
const SLA = /\bSLA\b/;
const OTHER_BREACH_WORDS = /(?<!frist|tidsav)brudd|overskred|(frist\w*|tid(en)?) (er|ble) passert/i;
/** The first word for a breach of a deadline that is not «fristbrudd», if any. */
const otherBreachWord = (text: string): string | undefined => (SLA.exec(text) ?? OTHER_BREACH_WORDS.exec(text))?.[0];
/** A unit abbreviated after a number: «3 t», «2 d», «5 h», «10 min». */
const ABBREVIATED_UNIT_AFTER_NUMBER = /\d\s?(t|d|h|min|sek)\b(?!-)/;
const ABBREVIATED_UNIT_AFTER_VALUE = /^\s?(t|d|h|min|sek)\b(?!-)/;
/** Routing rules are «fordelingsregler» in the UI. */
const OTHER_RULE_WORDS = /ruting\s?regl|routing\s?rule|rutingsregl/i;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every string of the web app's source a page could show, with whether a value stands just before it. */
function sourceStrings(): Said[] {
  const said: Said[] = [];
  for (const path of sourceFiles(WEB_SOURCE)) {
    const where = relative(process.cwd(), path);
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        said.push({ where, text: node.text, afterValue: false });
      } else if (ts.isTemplateExpression(node)) {
        said.push({ where, text: node.head.text, afterValue: false });
        for (const span of node.templateSpans) said.push({ where, text: span.literal.text, afterValue: true });
      } else if (ts.isJsxText(node)) {
        const siblings: readonly ts.JsxChild[] =
          ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) ? node.parent.children : [];
        const before = siblings[siblings.indexOf(node) - 1];
        said.push({ where, text: node.text, afterValue: before !== undefined && ts.isJsxExpression(before) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return said;
}

/** The domain's words the pages show as they are. */
function domainLabels(): Said[] {
  const labels = {
    NOTIFICATION_KIND_LABELS,
    ORGANISATION_TYPE_LABELS,
    REGION_NAMES,
    ROLE_LABELS,
    INTEGRATION_LABELS,
    TAXONOMY: Object.fromEntries(
      TAXONOMY.flatMap((c) => [
        [c.code, `${c.label} ${c.description}`],
        ...c.subcategories.map((s) => [`${c.code}/${s.code}`, `${s.label} ${s.description}`]),
      ]),
    ),
  };
  return Object.entries(labels).flatMap(([name, table]) =>
    Object.entries(table as Record<string, string>).map(([key, text]) => ({
      where: `${name}.${key}`,
      text,
      afterValue: false,
    })),
  );
}

const offending = (said: readonly Said[], test: (s: Said) => boolean) =>
  said.filter(test).map((s) => `${s.where}: ${JSON.stringify(s.text)}`);

describe('the words of the web app', () => {
  describe('in every string of its source and of the labels it shows', () => {
    const said = [...sourceStrings(), ...domainLabels()];

    it('reads the whole source: the words it checks for are there, where they should be', () => {
      expect(said.length).toBeGreaterThan(1000);
      const where = (text: RegExp) => new Set(said.filter((s) => text.test(s.text)).map((s) => s.where));
      expect(where(/^Fordelingsregler$/)).toContain('apps/web/src/layout/app-shell.tsx');
      expect(where(/^Fristbrudd$/)).toContain('apps/web/src/labels.ts');
      expect(where(/^Fristbrudd i regionen$/)).toContain('NOTIFICATION_KIND_LABELS.sla-breached');
      expect(where(/timer/).size).toBeGreaterThan(3);
    });

    it('calls a breach of a deadline «fristbrudd» and nothing else (no «SLA», «brudd», «overskredet», «passert»)', () => {
      expect(offending(said, (s) => otherBreachWord(s.text) !== undefined)).toEqual([]);
    });

    it('writes units out after a number: «timer», «dager», «minutter», never «t», «d», «h» or «min»', () => {
      expect(
        offending(
          said,
          (s) =>
            ABBREVIATED_UNIT_AFTER_NUMBER.test(s.text) || (s.afterValue && ABBREVIATED_UNIT_AFTER_VALUE.test(s.text)),
        ),
      ).toEqual([]);
    });

    it('calls routing rules «fordelingsregler»', () => {
      expect(offending(said, (s) => OTHER_RULE_WORDS.test(s.text))).toEqual([]);
    });

    it('finds what each rule is for: the scan catches the words it forbids', () => {
      const probe = (text: string, afterValue = false): Said[] => [{ where: 'probe', text, afterValue }];
      expect(offending(probe('SLA-brudd'), (s) => otherBreachWord(s.text) !== undefined)).toHaveLength(1);
      expect(offending(probe('Fristen ble overskredet'), (s) => otherBreachWord(s.text) !== undefined)).toHaveLength(1);
      expect(offending(probe('Tidsavbrudd mot SFM'), (s) => otherBreachWord(s.text) !== undefined)).toHaveLength(0);
      expect(ABBREVIATED_UNIT_AFTER_NUMBER.test('om 3 t')).toBe(true);
      expect(ABBREVIATED_UNIT_AFTER_VALUE.test(' d siden')).toBe(true);
      expect(ABBREVIATED_UNIT_AFTER_VALUE.test(' dager siden')).toBe(false);
      expect(ABBREVIATED_UNIT_AFTER_NUMBER.test('PLL-2026-000123')).toBe(false);
      expect(OTHER_RULE_WORDS.test('Rutingregler')).toBe(true);
    });
  });

  describe('as the pages show them', () => {
    let site: BrowserApp;
    let page: Page;
    let reference: string;

    /** The text of the page's main content once it has loaded. */
    const shown = async (path: string, ready: string): Promise<string> => {
      await page.goto(`${site.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: ready }).first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label^="Henter"]').length === 0);
      return page.locator('body').innerText();
    };

    beforeAll(async () => {
      site = await startBrowserApp();
      page = await site.newPage();
      // A case whose first-response deadline has passed: its page shows the breach and a time since.
      const token = await site.app.tokenFor('lege.cgm');
      const created = await site.app
        .http()
        .post('/api/reports')
        .set('authorization', `Bearer ${token}`)
        .send(sfmSyncReport())
        .expect(201);
      reference = created.body.reference as string;
      const caseId = created.body.id as string;
      await eventually('the case routed', async () => {
        const answer = await site.app.http().get(`/api/cases/${caseId}`).set('authorization', `Bearer ${token}`);
        return (answer.body as { routedTo?: unknown }).routedTo ?? undefined;
      });
      await site.app.app.get(CaseClockProjection).whenCaughtUp();
      const swept = await site.app.app.get(SlaSweeper).sweep(new Date(Date.now() + 25 * 3_600_000));
      expect(swept.recorded.map((clock) => clock.caseId)).toContain(caseId);
    });
    afterAll(async () => site?.close());

    it('shows party names, not party ids, for the demo users on the login page', async () => {
      await page.goto(`${site.baseUrl}/logg-inn`);
      await page.locator('button[data-username="support.cgm"]').waitFor();
      const text = await page.locator('body').innerText();
      const withParty = DEMO_DIRECTORY.people.filter((p) => p.party !== undefined && p.organisation === undefined);
      expect(withParty.length).toBeGreaterThan(3);
      for (const person of withParty) {
        const card = page.locator('li').filter({ has: page.locator(`button[data-username="${person.username}"]`) });
        const party = DEMO_DIRECTORY.parties.find((p) => p.id === person.party);
        await expect(card.innerText()).resolves.toContain(party?.name);
      }
      for (const party of DEMO_DIRECTORY.parties) expect(text).not.toMatch(new RegExp(`\\b${party.id}\\b`));
    });

    it('says «Fordelingsregler», «fristbrudd» and whole units on the pages a coordinator reads', async () => {
      await loginAs(page, site.baseUrl, 'koordinator.nord');
      const pages = {
        routing: await shown('/ruting', 'Fordelingsregler – Helse Nord'),
        case: await shown(`/saker/${reference}`, 'Legemiddellisten i SFM er ikke synkronisert med journalen'),
        dashboard: await shown('/oversikt', 'Oversikt'),
        notifications: await shown('/varsler', 'Varsler'),
        cases: await shown('/saker', 'Saker'),
      };
      await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).innerText()).resolves.toContain(
        'Fordelingsregler',
      );
      // The case's timeline names its breach; its deadline is «for 1 time siden», say, not «for 1 t siden».
      expect(pages.case).toMatch(/\bFristbrudd\b/);
      expect(pages.case).toMatch(/\((om|for) \d+ (minutt|minutter|time|timer|dag|dager)( siden)?\)/);
      expect(pages.notifications).toContain('Fristbrudd i regionen');
      for (const [name, text] of Object.entries(pages)) {
        expect({ name, breach: otherBreachWord(text) }).toEqual({ name, breach: undefined });
        expect({ name, unit: ABBREVIATED_UNIT_AFTER_NUMBER.exec(text)?.[0] }).toEqual({ name, unit: undefined });
        expect({ name, rules: OTHER_RULE_WORDS.exec(text)?.[0] }).toEqual({ name, rules: undefined });
      }
      await logout(page);
    });
  });
});
