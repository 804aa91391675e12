import type { RoutingRule } from '../../api/types';
import {
  addRule,
  moveRule,
  moveRuleTo,
  removeRule,
  targetOf,
  targetValue,
  withCondition,
  withDescription,
} from './rule-table-edits';

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

  it('moves a rule to any place in one go, the others keeping their order', () => {
    const five = [rule('a'), rule('b'), rule('c'), rule('d'), rule('triage', {})];
    expect(moveRuleTo(five, 3, 0).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c', 'triage']);
    expect(moveRuleTo(five, 0, 3).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a', 'triage']);
    expect(moveRuleTo(five, 2, 2).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'triage']);
    // Every move from every place to every place keeps the same rules, with the moved one where it was sent.
    for (let from = 0; from < five.length; from++) {
      for (let to = 0; to < five.length; to++) {
        const moved = moveRuleTo(five, from, to);
        expect(moved[to]).toBe(five[from]);
        expect([...moved].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
          [...five].sort((x, y) => x.id.localeCompare(y.id)),
        );
      }
    }
    expect(moveRuleTo(five, 1, 9)).toEqual(five);
    expect(moveRuleTo(five, -1, 0)).toEqual(five);
  });

  it('names a new rule after its description, unique in the table, and never renames a published one', () => {
    const published = new Set(['a', 'b', 'triage']);
    const withNew = addRule(table);
    const at = withNew.length - 2;
    expect(withDescription(withNew, at, 'SFM-feil fra sykehus til NHN', published)).toMatchObject({
      id: 'sfm-feil-fra-sykehus-til-nhn',
      description: 'SFM-feil fra sykehus til NHN',
    });
    const twin = [...withNew.slice(0, at), { ...rule('sfm-feil-fra-sykehus-til-nhn') }, ...withNew.slice(at)];
    expect(withDescription(twin, at + 1, 'SFM-feil fra sykehus til NHN', published).id).toBe(
      'sfm-feil-fra-sykehus-til-nhn-2',
    );
    expect(withDescription(withNew, at, '!!!', published).id).toBe('ny-regel');
    expect(withDescription(withNew, 0, 'Ny tekst', published)).toEqual({ ...table[0], description: 'Ny tekst' });
    for (const description of ['Æøå til Ærlig Ørn', '  x  ', 'A'.repeat(200)]) {
      expect(withDescription(withNew, at, description, published).id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
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
