import { DEMO_DIRECTORY, Directory, UnknownDirectoryEntryError, type Viewer } from '@lagspill/domain';
import { NotRuleTableOwnerError } from './not-rule-table-owner.error';
import { ruleTableOwnedBy } from './rule-table-ownership';

const directory = new Directory(DEMO_DIRECTORY);
const admin: Viewer = { role: 'admin' };
const northCoordinator: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-nord', region: 'helse-nord' };

describe('routing rule table ownership', () => {
  it("gives a coordinator their region's table and an admin the national one", () => {
    expect(ruleTableOwnedBy(northCoordinator, 'caller', directory)).toBe('helse-nord');
    expect(ruleTableOwnedBy(northCoordinator, { region: 'helse-nord' }, directory)).toBe('helse-nord');
    expect(ruleTableOwnedBy(admin, 'caller', directory)).toBeNull();
    expect(ruleTableOwnedBy(admin, { region: null }, directory)).toBeNull();
  });

  it.each<[string, Viewer, 'caller' | { region: string | null }]>([
    ['a coordinator, another region', northCoordinator, { region: 'helse-vest' }],
    ['a coordinator, the national table', northCoordinator, { region: null }],
    ['an admin, a region', admin, { region: 'helse-nord' }],
    ['a responder, their own', { role: 'responder', party: 'cgm' }, 'caller'],
    ['a reporter, their own', { role: 'reporter', organisation: 'morkved-legesenter' }, 'caller'],
  ])('refuses %s', (_, viewer, table) => {
    expect(() => ruleTableOwnedBy(viewer, table, directory)).toThrow(NotRuleTableOwnerError);
  });

  it('names a region that is not in the directory as unknown', () => {
    expect(() => ruleTableOwnedBy(admin, { region: 'helse-atlantis' }, directory)).toThrow(UnknownDirectoryEntryError);
  });
});
