import type { RoutingRule } from '../../api/types';
import { addRule, moveRule, removeRule, targetOf, targetValue, withCondition } from './rule-table-edits';

const rule = (id: string, when: RoutingRule['when'] = { category: 'sfm' }): RoutingRule => ({
  id,
  description: id,
  when,
  target: 'vendor',
});
const table = [rule('a'), rule('b'), rule('triage', {})];

describe('rule table edits', () => {
  it('moves a rule up and down, and not past either end', () => {
    expect(moveRule(table, 1, -1).map((r) => r.id)).toEqual(['b', 'a', 'triage']);
    expect(moveRule(table, 0, -1).map((r) => r.id)).toEqual(['a', 'b', 'triage']);
    expect(moveRule(table, 2, 1).map((r) => r.id)).toEqual(['a', 'b', 'triage']);
  });

  it('adds new rules before the catch-all with ids not yet taken', () => {
    const once = addRule(table);
    const twice = addRule(once);
    expect(twice.map((r) => r.id)).toEqual(['a', 'b', 'ny-regel-1', 'ny-regel-2', 'triage']);
    expect(removeRule(twice, 2).map((r) => r.id)).toEqual(['a', 'b', 'ny-regel-2', 'triage']);
  });

  it('writes targets as one value and back', () => {
    expect(targetValue('nhn')).toBe('nhn');
    expect(targetValue({ party: 'apotek1' })).toBe('party:apotek1');
    expect(targetOf('party:apotek1')).toEqual({ party: 'apotek1' });
    expect(targetOf('vendor')).toBe('vendor');
    expect(() => targetOf('somewhere')).toThrow('Not a routing target');
  });

  it('leaves empty conditions out, and forgets subcategories of another category', () => {
    const withSubs = withCondition(rule('a'), 'subcategories', ['sync']);
    expect(withSubs.when).toEqual({ category: 'sfm', subcategories: ['sync'] });
    expect(withCondition(withSubs, 'category', 'multidose').when).toEqual({ category: 'multidose' });
    expect(withCondition(withSubs, 'subcategories', []).when).toEqual({ category: 'sfm' });
    expect(withCondition(rule('a'), 'category', '').when).toEqual({});
  });
});
