import type { RoutingRule } from '@lagspill/contracts';
import { defaultRoute, Directory, shadowedRoutingRules, TAXONOMY } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DEFAULT_ROUTING_RULES, TRIAGE_RULE_ID } from './default-routing-rules';
import { isCatchAll, matchRoutingRule } from './match-routing-rule';
import type { RoutingFacts } from './routing-rule';
import { routingRuleTableProblems } from './routing-rule-table-problems';

const directory = new Directory(DEMO_DIRECTORY);

/** The facts of a report in `category/subcategory` from a demo organisation. */
function factsFrom(organisationId: string, category: string, subcategory: string): RoutingFacts {
  const organisation = directory.organisation(organisationId);
  return { category, subcategory, organisationType: organisation.type, integration: organisation.system.integration };
}

const ruleFor = (organisationId: string, category: string, subcategory: string, rules = DEFAULT_ROUTING_RULES) =>
  matchRoutingRule(rules, factsFrom(organisationId, category, subcategory));

describe('matchRoutingRule', () => {
  it('sends an SFM fault from a GP office to its EPJ vendor by the specific rule', () => {
    expect(ruleFor('morkved-legesenter', 'sfm', 'gui')).toMatchObject({
      id: 'sfm-from-gp-to-epj-vendor',
      target: 'vendor',
    });
  });

  it('sends an SFM fault from a hospital on SFM Basis to its vendor by the SFM Basis rule', () => {
    expect(ruleFor('nlsh-medisinsk', 'sfm', 'basis-api')).toMatchObject({
      id: 'sfm-basis-to-epj-vendor',
      target: 'vendor',
    });
  });

  it('sends a Reseptformidleren message fault to NHN', () => {
    expect(ruleFor('ronvik-legesenter', 'reseptformidler', 'rejected')).toMatchObject({
      id: 'reseptformidler-to-nhn',
      target: 'nhn',
    });
  });

  it.each(['packing', 'proposal-unanswered', 'packed-list-mismatch'])(
    'sends multidose %s to the pharmacy chain',
    (subcategory) => {
      expect(ruleFor('bodo-hjemmetjeneste', 'multidose', subcategory)).toMatchObject({
        id: 'multidose-packing-to-pharmacy-chain',
        target: 'pharmacy',
      });
    },
  );

  it('sends collaboration to the working group', () => {
    expect(ruleFor('bodo-hjemmetjeneste', 'collaboration', 'responsibility')).toMatchObject({
      id: 'collaboration-to-working-group',
      target: 'working-group',
    });
  });

  it('uses a subcategory override of the taxonomy before its category default', () => {
    expect(ruleFor('morkved-legesenter', 'multidose', 'registration')).toMatchObject({
      id: 'default-multidose-registration',
      target: 'vendor',
    });
    expect(ruleFor('morkved-legesenter', 'multidose', 'transition')).toMatchObject({ target: 'working-group' });
  });

  it('says in the description that an own-organisation rule goes to the working group', () => {
    const rule = ruleFor('bodo-hjemmetjeneste', 'kjernejournal', 'access-refused') as RoutingRule;
    expect(rule.target).toBe('organisation');
    expect(rule.description).toMatch(/arbeidsgruppe/);
  });

  it('lets an unmatched case fall through to the catch-all triage rule', () => {
    expect(ruleFor('morkved-legesenter', 'no-such-category', 'whatever')?.id).toBe(TRIAGE_RULE_ID);
    const narrow: RoutingRule[] = [
      { id: 'only-sfm', description: 'SFM', when: { category: 'sfm' }, target: 'vendor' },
      { id: 'rest', description: 'Resten', when: {}, target: 'working-group' },
    ];
    expect(ruleFor('bodo-hjemmetjeneste', 'multidose', 'packing', narrow)?.id).toBe('rest');
  });

  it('takes the first matching rule in table order', () => {
    const rules: RoutingRule[] = [
      { id: 'hospital', description: '', when: { organisationTypes: ['hospital-unit'] }, target: 'nhn' },
      { id: 'sfm', description: '', when: { category: 'sfm' }, target: 'vendor' },
      { id: 'rest', description: '', when: {}, target: 'working-group' },
    ];
    expect(ruleFor('nlsh-medisinsk', 'sfm', 'gui', rules)?.id).toBe('hospital');
    expect(ruleFor('morkved-legesenter', 'sfm', 'gui', rules)?.id).toBe('sfm');
  });

  it('requires every given condition to hold', () => {
    const rules: RoutingRule[] = [
      {
        id: 'basis-gp',
        description: '',
        when: { integration: 'sfm-basis', organisationTypes: ['gp-office'] },
        target: 'nhn',
      },
      { id: 'rest', description: '', when: {}, target: 'working-group' },
    ];
    expect(ruleFor('nlsh-medisinsk', 'sfm', 'gui', rules)?.id).toBe('rest');
    expect(ruleFor('morkved-legesenter', 'sfm', 'gui', rules)?.id).toBe('rest');
  });

  it('returns nothing for a table without a catch-all that does not match', () => {
    expect(matchRoutingRule([], factsFrom('morkved-legesenter', 'sfm', 'gui'))).toBeUndefined();
  });
});

describe('the default rule table', () => {
  it('is a valid table that ends in the triage catch-all to the working group', () => {
    expect(routingRuleTableProblems(DEFAULT_ROUTING_RULES, (id) => directory.hasParty(id))).toEqual([]);
    const last = DEFAULT_ROUTING_RULES[DEFAULT_ROUTING_RULES.length - 1];
    expect(isCatchAll(last)).toBe(true);
    expect(last).toMatchObject({ id: TRIAGE_RULE_ID, target: 'working-group' });
  });

  it('has no rule that can never match, so a coordinator who starts from it is not asked to confirm one', () => {
    expect(shadowedRoutingRules(DEFAULT_ROUTING_RULES)).toEqual([]);
    // The categories a specific rule takes whole need no taxonomy rule of their own.
    const ids = DEFAULT_ROUTING_RULES.map((rule) => rule.id);
    expect(ids).toContain('reseptformidler-to-nhn');
    expect(ids).not.toContain('default-reseptformidler');
    expect(ids).toContain('default-sfm');
  });

  it('agrees with the taxonomy default for every subcategory from every demo organisation', () => {
    // But a pharmacy's report of a prescription written the wrong way for multidose goes to the prescriber.
    const toPrescriber = (type: string, category: string, subcategory: string) =>
      ['pharmacy', 'multidose-pharmacy'].includes(type) &&
      `${category}/${subcategory}` === 'prescribing/multidose-method';
    for (const organisation of DEMO_DIRECTORY.organisations) {
      for (const category of TAXONOMY) {
        for (const subcategory of category.subcategories) {
          const rule = ruleFor(organisation.id, category.code, subcategory.code);
          expect({ at: `${organisation.id} ${category.code}/${subcategory.code}`, target: rule?.target }).toEqual({
            at: `${organisation.id} ${category.code}/${subcategory.code}`,
            target: toPrescriber(organisation.type, category.code, subcategory.code)
              ? 'concerned-organisation'
              : defaultRoute(category.code, subcategory.code),
          });
        }
      }
    }
  });
});
