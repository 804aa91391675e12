import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { groupLabel } from './indicator-labels';

const directory = new Directory(DEMO_DIRECTORY);

describe('groupLabel', () => {
  it('names the special groups and the known ones in Norwegian', () => {
    expect(groupLabel('total', 'total', directory)).toBe('Alle');
    expect(groupLabel('party', 'unrouted', directory)).toBe('Ikke rutet');
    expect(groupLabel('category', 'sfm', directory)).not.toBe('sfm');
    expect(groupLabel('organisationType', 'gp-office', directory)).not.toBe('gp-office');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'labels a group called %s with its own name, not with what every object inherits',
    (group) => {
      for (const dimension of ['total', 'helsefellesskap', 'party', 'category', 'organisationType'] as const) {
        expect(groupLabel(dimension, group, directory)).toBe(group);
      }
    },
  );
});
