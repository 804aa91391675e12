import type { RoutingRule } from '../../api/types';
import { shadowWarnings } from './rule-shadowing';

const rule = (description: string, when: RoutingRule['when']): RoutingRule => ({
  id: description.toLowerCase().replace(/\W+/g, '-'),
  description,
  when,
  target: 'vendor',
});
const triage = rule('Resten', {});

describe('the shadowing warnings of the rule editor', () => {
  it('names the rule and the broader one above it by place and description, not by id', () => {
    const warnings = shadowWarnings([
      rule('All SFM til NHN', { category: 'sfm' }),
      rule('SFM-skjermbilder', { category: 'sfm', subcategories: ['gui'] }),
      triage,
    ]);
    expect(warnings).toEqual([
      {
        index: 1,
        text: 'Regel 2 slår aldri til: regel 1 («All SFM til NHN») står over og fanger alle sakene den gjelder.',
      },
    ]);
    expect(warnings[0]?.text).not.toContain('all-sfm-til-nhn');
  });

  it('lists every rule above that together take its cases', () => {
    const [warning] = shadowWarnings([
      rule('Leger', { organisationTypes: ['gp-office', 'out-of-hours', 'hospital-unit', 'nursing-home'] }),
      rule('Andre', { organisationTypes: ['home-care', 'contract-specialist', 'pharmacy', 'multidose-pharmacy'] }),
      rule('SFM', { category: 'sfm' }),
      triage,
    ]);
    expect(warning?.text).toBe(
      'Regel 3 slår aldri til: regel 1 («Leger») og regel 2 («Andre») står over og fanger til sammen alle sakene den gjelder.',
    );
  });

  it('says nothing of a table whose rules each take a case, nor of one whose catch-all is not last', () => {
    expect(
      shadowWarnings([
        rule('SFM-skjermbilder', { category: 'sfm', subcategories: ['gui'] }),
        rule('SFM', { category: 'sfm' }),
        triage,
      ]),
    ).toEqual([]);
    expect(shadowWarnings([triage, rule('SFM', { category: 'sfm' }), { ...triage, id: 'x' }])).toEqual([]);
    expect(shadowWarnings([rule('SFM', { category: 'sfm' })])).toEqual([]);
  });
});
