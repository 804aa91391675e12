import fc from 'fast-check';
import { INTEGRATIONS, ORGANISATION_TYPES } from '../directory/directory.types';
import { TAXONOMY } from '../taxonomy/taxonomy';
import {
  isCatchAllCondition,
  ROUTING_FACT_SPACE,
  routingConditionMatches,
  shadowedRoutingRules,
  type RoutingCondition,
} from './routing-conditions';

const CATCH_ALL: RoutingCondition = {};
/** A table of conditions, ending in the catch-all as every published table does. */
const table = (...conditions: RoutingCondition[]) => [...conditions, CATCH_ALL].map((when) => ({ when }));
const shadowedIn = (...conditions: RoutingCondition[]) => shadowedRoutingRules(table(...conditions));
const casesOf = (when: RoutingCondition) =>
  ROUTING_FACT_SPACE.flatMap((facts, at) => (routingConditionMatches(when, facts) ? [at] : []));
const subcategoriesOf = (code: string) => TAXONOMY.find((c) => c.code === code)?.subcategories.map((s) => s.code) ?? [];

describe('the kinds of case a rule can tell apart', () => {
  it('are every subcategory of the taxonomy, from every type of organisation, on every integration', () => {
    const subcategories = TAXONOMY.reduce((sum, category) => sum + category.subcategories.length, 0);
    expect(ROUTING_FACT_SPACE).toHaveLength(subcategories * ORGANISATION_TYPES.length * INTEGRATIONS.length);
    const keys = new Set(
      ROUTING_FACT_SPACE.map((f) => `${f.category}/${f.subcategory}/${f.organisationType}/${f.integration}`),
    );
    expect(keys.size).toBe(ROUTING_FACT_SPACE.length);
  });

  it('are all matched by the catch-all, and only the empty condition is one', () => {
    expect(ROUTING_FACT_SPACE.every((facts) => routingConditionMatches(CATCH_ALL, facts))).toBe(true);
    expect(isCatchAllCondition(CATCH_ALL)).toBe(true);
    for (const when of [
      { category: 'sfm' },
      { subcategories: ['gui'] },
      { organisationTypes: ['gp-office' as const] },
      { integration: 'own' as const },
    ]) {
      expect(isCatchAllCondition(when)).toBe(false);
    }
  });
});

describe('shadowed routing rules', () => {
  describe('one earlier rule at least as broad in every condition shadows a later one', () => {
    it.each<[string, RoutingCondition, RoutingCondition]>([
      [
        'category: the same category, narrowed by type',
        { category: 'sfm' },
        { category: 'sfm', organisationTypes: ['gp-office'] },
      ],
      [
        'subcategories: a superset of subcategories',
        { category: 'multidose', subcategories: ['packing', 'registration'] },
        { category: 'multidose', subcategories: ['packing'] },
      ],
      [
        'organisation types: a superset of types',
        { organisationTypes: ['gp-office', 'out-of-hours'] },
        { organisationTypes: ['gp-office'] },
      ],
      [
        'integration: the same integration, narrowed by category',
        { integration: 'sfm-basis' },
        { integration: 'sfm-basis', category: 'sfm' },
      ],
      [
        'a wildcard category before a specific one',
        { organisationTypes: ['pharmacy'] },
        { organisationTypes: ['pharmacy'], category: 'access' },
      ],
      ['the very same conditions twice', { category: 'kjernejournal' }, { category: 'kjernejournal' }],
      [
        'every organisation type listed, which is the same as none',
        { organisationTypes: [...ORGANISATION_TYPES] },
        { category: 'sfm', integration: 'own' },
      ],
      [
        'every integration of a category left open, the later rule naming one',
        { category: 'decision-support' },
        { category: 'decision-support', subcategories: ['cave'], integration: 'sfm-full' },
      ],
      [
        'a category, and a subcategory of only that category without naming it',
        { category: 'multidose' },
        { subcategories: ['packing'] },
      ],
      [
        "every subcategory of a category listed, and the category's wildcard after it",
        { category: 'multidose', subcategories: subcategoriesOf('multidose') },
        { category: 'multidose' },
      ],
    ])('%s', (_, broader, narrower) => {
      expect(shadowedIn(broader, narrower)).toEqual([{ index: 1, shadowedBy: [0] }]);
      // Turned round, the narrower rule goes first and the broader one still takes the rest, unless
      // the two match exactly the same cases.
      const same = casesOf(broader).join() === casesOf(narrower).join();
      expect(shadowedIn(narrower, broader)).toEqual(same ? [{ index: 1, shadowedBy: [0] }] : []);
    });
  });

  describe('partial overlaps are not shadowing: the later rule still takes some cases', () => {
    it.each<[string, RoutingCondition, RoutingCondition]>([
      ['another category', { category: 'sfm' }, { category: 'multidose' }],
      [
        'subcategories that overlap but are not a subset',
        { category: 'multidose', subcategories: ['packing', 'registration'] },
        { category: 'multidose', subcategories: ['packing', 'transition'] },
      ],
      [
        'types that overlap but are not a subset',
        { organisationTypes: ['gp-office', 'pharmacy'] },
        { organisationTypes: ['gp-office', 'hospital-unit'] },
      ],
      [
        'another integration',
        { category: 'sfm', integration: 'sfm-basis' },
        { category: 'sfm', integration: 'sfm-full' },
      ],
      [
        'a specific rule before a wildcard one',
        { category: 'sfm', organisationTypes: ['gp-office'] },
        { category: 'sfm' },
      ],
      ['one condition each, crossing', { category: 'sfm' }, { integration: 'sfm-basis' }],
      [
        'broader in one condition, narrower in another',
        { category: 'sfm', organisationTypes: ['gp-office', 'out-of-hours'] },
        { organisationTypes: ['gp-office'] },
      ],
      [
        'a subcategory code two categories share, under one of them',
        { category: 'list-quality' },
        { subcategories: ['duplicates'] },
      ],
    ])('%s', (_, first, second) => {
      expect(shadowedIn(first, second)).toEqual([]);
    });
  });

  it('finds a rule whose cases several earlier rules catch between them, naming each of them', () => {
    const half = Math.floor(ORGANISATION_TYPES.length / 2);
    expect(
      shadowedIn(
        { organisationTypes: ORGANISATION_TYPES.slice(0, half) },
        { category: 'prescribing' },
        { organisationTypes: ORGANISATION_TYPES.slice(half) },
        { category: 'sfm', integration: 'own' },
      ),
    ).toEqual([{ index: 3, shadowedBy: [0, 2] }]);
    // Between them the subcategory overrides and a specific rule leave the category's rule nothing.
    expect(
      shadowedIn(
        { category: 'multidose', subcategories: ['packing', 'proposal-unanswered', 'packed-list-mismatch'] },
        { category: 'multidose', subcategories: ['paper-and-emd', 'transition'] },
        { category: 'multidose', subcategories: ['registration'] },
        { category: 'multidose' },
      ),
    ).toEqual([{ index: 3, shadowedBy: [0, 1, 2] }]);
  });

  it('names the first earlier rule that alone covers it, even when another caught some of its cases first', () => {
    expect(
      shadowedIn(
        { category: 'sfm', organisationTypes: ['gp-office'] },
        { category: 'sfm' },
        { category: 'sfm', subcategories: ['gui'] },
      ),
    ).toEqual([{ index: 2, shadowedBy: [1] }]);
  });

  it('never reports the catch-all that ends the table, even when the rules above cover every case of today', () => {
    expect(shadowedIn(...TAXONOMY.map((category) => ({ category: category.code })))).toEqual([]);
    expect(shadowedRoutingRules([{ when: CATCH_ALL }])).toEqual([]);
    expect(shadowedRoutingRules([])).toEqual([]);
  });

  it('reports every rule after a misplaced catch-all as shadowed by it', () => {
    expect(shadowedIn(CATCH_ALL, { category: 'sfm' }, { organisationTypes: ['pharmacy'] })).toEqual([
      { index: 1, shadowedBy: [0] },
      { index: 2, shadowedBy: [0] },
    ]);
  });

  it('leaves a rule that matches no case at all to validation', () => {
    expect(shadowedIn({ category: 'sfm', subcategories: ['packing'] })).toEqual([]);
  });

  it('reports each shadowed rule once, with shadows of shadows named by the rule that takes the cases', () => {
    expect(
      shadowedIn(
        { category: 'sfm' },
        { category: 'sfm', integration: 'own' },
        { category: 'sfm', subcategories: ['gui'], integration: 'own' },
      ),
    ).toEqual([
      { index: 1, shadowedBy: [0] },
      { index: 2, shadowedBy: [0] },
    ]);
  });

  describe('agrees with first-match routing on random tables', () => {
    const categories = TAXONOMY.map((c) => c.code);
    const condition: fc.Arbitrary<RoutingCondition> = fc
      .record(
        {
          category: fc.constantFrom(...categories),
          subcategories: fc.uniqueArray(
            fc.constantFrom(...TAXONOMY.flatMap((c) => c.subcategories.map((s) => s.code))),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          organisationTypes: fc.uniqueArray(fc.constantFrom(...ORGANISATION_TYPES), { minLength: 1, maxLength: 8 }),
          integration: fc.constantFrom(...INTEGRATIONS),
        },
        { requiredKeys: [] },
      )
      .map((when) => when as RoutingCondition);
    const tables = fc.array(condition, { minLength: 1, maxLength: 8 }).map((conditions) => table(...conditions));
    const firstMatch = (rules: readonly { when: RoutingCondition }[], at: number) =>
      rules.findIndex((rule) => routingConditionMatches(rule.when, ROUTING_FACT_SPACE[at]));

    it('reports exactly the rules before the last that match some case but decide none', () => {
      fc.assert(
        fc.property(tables, (rules) => {
          const reported = new Set(shadowedRoutingRules(rules).map((s) => s.index));
          rules.forEach((rule, index) => {
            const cases = casesOf(rule.when);
            const decides = cases.some((at) => firstMatch(rules, at) === index);
            const expected = index < rules.length - 1 && cases.length > 0 && !decides;
            expect({ index, reported: reported.has(index) }).toEqual({ index, reported: expected });
          });
        }),
        { numRuns: 300, seed: 20261203 },
      );
    });

    it('names earlier rules that between them catch every case of the shadowed one, or one that alone does', () => {
      fc.assert(
        fc.property(tables, (rules) => {
          for (const { index, shadowedBy } of shadowedRoutingRules(rules)) {
            expect(shadowedBy.length).toBeGreaterThan(0);
            expect(shadowedBy.every((i) => i < index)).toBe(true);
            const cases = casesOf(rules[index].when);
            const caught = (at: number) =>
              shadowedBy.some((i) => routingConditionMatches(rules[i].when, ROUTING_FACT_SPACE[at]));
            expect(cases.every(caught)).toBe(true);
          }
        }),
        { numRuns: 300, seed: 20261204 },
      );
    });
  });
});
