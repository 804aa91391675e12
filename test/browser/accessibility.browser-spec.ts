import { describeViolations, seriousAxeViolations } from './support/chromium';
import { pages, useAccessibilitySite } from './support/accessibility-site';

describe('accessibility', () => {
  const { site, reference, open } = useAccessibilitySite();

  it.each(pages(reference).map((visit) => [visit.name, visit] as const))(
    'has no serious or critical axe violations: %s',
    async (_name, visit) => {
      const page = await open(visit, 1280);
      expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
    },
  );

  it('has a report form with errors that is still accessible, and puts focus on the error summary', async () => {
    const page = await open(
      { name: 'report form', user: 'lege.cgm', path: () => '/meld', ready: 'Meld feil i legemiddelkjeden' },
      1280,
    );
    await page.getByRole('button', { name: 'Send melding' }).click();
    await page.getByText('Dette må rettes før du kan sende').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Dette må rettes før du kan sende');
    expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
    await page.getByRole('link', { name: /Overskrift: Skriv en kort overskrift/ }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('felt-title');
  });

  it('can be used from the keyboard: skip link first, focus always visible', async () => {
    const page = await open(
      { name: 'report form', user: 'lege.cgm', path: () => '/meld', ready: 'Meld feil i legemiddelkjeden' },
      1280,
    );
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('hovedinnhold');
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          tag: element.tagName,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          shadow: style.boxShadow,
        };
      });
      expect(focus).not.toBeNull();
      const visible = (focus?.outline !== 'none' && (focus?.width ?? 0) > 0) || (focus?.shadow ?? 'none') !== 'none';
      expect(visible ? 'visible' : JSON.stringify(focus)).toBe('visible');
    }
  });

  it('shows every time in Oslo time, whatever the browser is set to', async () => {
    // The page runs in New York time (see startBrowserApp); 09:30Z is 10:30 in Oslo in November.
    const token = await site().app.tokenFor('lege.cgm');
    const created = await site()
      .app.http()
      .post('/api/reports')
      .set('authorization', `Bearer ${token}`)
      .send({
        category: 'sfm',
        subcategory: 'gui',
        title: 'Tidssone-sjekk',
        description: 'Vises tiden i norsk tid?',
        occurredAt: '2026-11-20T09:30:00Z',
        multidoseMode: 'none',
        harm: 'none',
        scope: { multiplePatients: false, multipleOrganisations: false },
      })
      .expect(201);
    const page = await open(
      { name: 'case', user: 'lege.cgm', path: () => `/saker/${created.body.reference as string}`, ready: 'Tidslinje' },
      1280,
    );
    const occurred = await page.locator('time[datetime="2026-11-20T09:30:00.000Z"]').first().textContent();
    expect(occurred).toMatch(/20\. nov\.? 2026.*10:30/);
  });
});
