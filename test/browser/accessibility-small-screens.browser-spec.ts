import { describeViolations, seriousAxeViolations } from './support/chromium';
import { pages, useAccessibilitySite } from './support/accessibility-site';

/** Every page at 360 px: nothing scrolls sideways, and axe still finds nothing serious. */
describe('small screens', () => {
  const { reference, open } = useAccessibilitySite();

  it.each(pages(reference).map((visit) => [visit.name, visit] as const))(
    'fits a 360 px wide screen without sideways scrolling: %s',
    async (_user, visit) => {
      const page = await open(visit, 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
    },
  );
});
