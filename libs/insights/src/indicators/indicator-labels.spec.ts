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

  it('names a concerned organisation as the directory does, "Ingen" for none, and an unknown one by its id', () => {
    expect(groupLabel('concernedOrganisation', 'morkved-legesenter', directory)).toBe(
      directory.organisation('morkved-legesenter').name,
    );
    expect(groupLabel('concernedOrganisation', 'morkved-legesenter', directory)).not.toBe('morkved-legesenter');
    expect(groupLabel('concernedOrganisation', 'none', directory)).toBe('Ingen');
    expect(groupLabel('concernedOrganisation', 'nedlagt-legekontor', directory)).toBe('nedlagt-legekontor');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'labels a group called %s with its own name, not with what every object inherits',
    (group) => {
      const dimensions = [
        'total',
        'helsefellesskap',
        'party',
        'category',
        'organisationType',
        'concernedOrganisation',
      ] as const;
      for (const dimension of dimensions) {
        expect(groupLabel(dimension, group, directory)).toBe(group);
      }
    },
  );
});
