import type { RoutingRule } from '@lagspill/contracts';
import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { routingRuleTableProblems, shadowedRuleProblems } from './routing-rule-table-problems';

const directory = new Directory(DEMO_DIRECTORY);
const problemsOf = (rules: RoutingRule[]) => routingRuleTableProblems(rules, (id) => directory.hasParty(id));
const triage: RoutingRule = { id: 'triage', description: 'Resten', when: {}, target: 'working-group' };

describe('routingRuleTableProblems', () => {
  it('accepts fixed parties that exist and kinds of party', () => {
    expect(
      problemsOf([
        { id: 'basis', description: '', when: { category: 'sfm', integration: 'sfm-basis' }, target: { party: 'nhn' } },
        {
          id: 'packing',
          description: '',
          when: { category: 'multidose', subcategories: ['packing'] },
          target: 'pharmacy',
        },
        triage,
      ]),
    ).toEqual([]);
  });

  it('rejects a party that is not in the directory', () => {
    expect(
      problemsOf([{ id: 'x', description: '', when: { category: 'sfm' }, target: { party: 'nobody' } }, triage]),
    ).toEqual([{ field: 'rules.0.target.party', message: 'no party nobody in the directory' }]);
  });

  it("rejects a fixed party that does not serve the table's region, naming the field", () => {
    const scope = (region: string | null) => ({ region, serves: (id: string) => directory.servesRegion(id, region) });
    const toGroup = (party: string): RoutingRule[] => [
      { id: 'x', description: '', when: { category: 'collaboration' }, target: { party } },
      triage,
    ];
    expect(
      routingRuleTableProblems(toGroup('arbeidsgruppe-nord'), (id) => directory.hasParty(id), scope('helse-vest')),
    ).toEqual([
      {
        field: 'rules.0.target.party',
        message: 'party arbeidsgruppe-nord does not serve helse-vest; name a national party or one of helse-vest',
      },
    ]);
    expect(
      routingRuleTableProblems(toGroup('arbeidsgruppe-vest'), (id) => directory.hasParty(id), scope(null)).map(
        (p) => p.field,
      ),
    ).toEqual(['rules.0.target.party']);
    for (const [party, region] of [
      ['arbeidsgruppe-vest', 'helse-vest'],
      ['nhn', 'helse-vest'],
      ['cgm', null],
    ] as const) {
      expect(routingRuleTableProblems(toGroup(party), (id) => directory.hasParty(id), scope(region))).toEqual([]);
    }
  });

  it('rejects an unknown target kind', () => {
    const rule = { id: 'x', description: '', when: { category: 'sfm' }, target: 'helpdesk' } as unknown as RoutingRule;
    expect(problemsOf([rule, triage]).map((p) => p.field)).toEqual(['rules.0.target']);
  });

  it('rejects duplicate ids', () => {
    expect(problemsOf([{ ...triage, id: 'triage', when: { category: 'sfm' } }, triage])).toEqual([
      { field: 'rules.0.id', message: 'rule id triage is used twice' },
      { field: 'rules.1.id', message: 'rule id triage is used twice' },
    ]);
  });

  it('requires the last rule, and only the last, to match everything', () => {
    expect(problemsOf([{ ...triage, when: { category: 'sfm' } }]).map((p) => p.field)).toEqual(['rules.0.when']);
    expect(problemsOf([{ ...triage, id: 'early' }, triage]).map((p) => p.message)).toEqual([
      'only the last rule may match every case',
    ]);
    expect(problemsOf([])).toEqual([{ field: 'rules', message: 'rules must hold at least the catch-all rule' }]);
  });

  it('rejects codes the taxonomy does not know', () => {
    const fields = problemsOf([
      { id: 'a', description: '', when: { category: 'sfm', subcategories: ['packing'] }, target: 'vendor' },
      { id: 'b', description: '', when: { category: 'nope' }, target: 'vendor' },
      { id: 'c', description: '', when: { subcategories: ['no-such'] }, target: 'vendor' },
      triage,
    ]).map((p) => p.field);
    expect(fields).toEqual(['rules.0.when.subcategories', 'rules.1.when.category', 'rules.2.when.subcategories']);
  });
});

describe('shadowedRuleProblems', () => {
  const rule = (id: string, when: RoutingRule['when']): RoutingRule => ({
    id,
    description: id,
    when,
    target: 'vendor',
  });

  it('names the shadowed rule and the one earlier rule that is broader, by position and id', () => {
    expect(
      shadowedRuleProblems([
        rule('all-sfm', { category: 'sfm' }),
        rule('sfm-gui', { category: 'sfm', subcategories: ['gui'] }),
        triage,
      ]),
    ).toEqual([
      {
        field: 'rules.1',
        message: 'rules.1 (sfm-gui) can never match: the earlier rules.0 (all-sfm) catches every case it would',
      },
    ]);
  });

  it('names every earlier rule when only together they catch its cases', () => {
    const [problem] = shadowedRuleProblems([
      rule('gp', { organisationTypes: ['gp-office', 'out-of-hours', 'hospital-unit', 'nursing-home'] }),
      rule('rest', { organisationTypes: ['home-care', 'contract-specialist', 'pharmacy', 'multidose-pharmacy'] }),
      rule('sfm', { category: 'sfm' }),
      triage,
    ]);
    expect(problem).toEqual({
      field: 'rules.2',
      message:
        'rules.2 (sfm) can never match: the earlier rules.0 (gp), rules.1 (rest) catch every case it would between them',
    });
  });

  it('finds nothing in a table whose rules each take some case', () => {
    expect(
      shadowedRuleProblems([
        rule('sfm-gui', { category: 'sfm', subcategories: ['gui'] }),
        rule('sfm', { category: 'sfm' }),
        triage,
      ]),
    ).toEqual([]);
  });
});
