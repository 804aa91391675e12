import { Directory, ROLES, UnknownDirectoryEntryError, type Viewer } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
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

  // Every role, with a region and a party where the role has them, against every table there is.
  const everyone: Viewer[] = ROLES.map((role) => ({ role, region: 'helse-nord', party: 'arbeidsgruppe-nord' }));
  const tables: ('caller' | { region: string | null })[] = [
    'caller',
    { region: null },
    ...directory.regions().map((region) => ({ region })),
  ];
  it.each(
    everyone.flatMap((viewer) => tables.map((table) => [viewer.role, JSON.stringify(table), viewer, table] as const)),
  )(
    '%s publishing %s: only a coordinator their own region, only an admin the national table',
    (_, __, viewer, table) => {
      const wanted = table === 'caller' ? (viewer.role === 'admin' ? null : viewer.region) : table.region;
      const owns =
        (viewer.role === 'admin' && wanted === null) || (viewer.role === 'coordinator' && wanted === viewer.region);
      if (owns) expect(ruleTableOwnedBy(viewer, table, directory)).toBe(wanted);
      else expect(() => ruleTableOwnedBy(viewer, table, directory)).toThrow(NotRuleTableOwnerError);
    },
  );

  it('names a region that is not in the directory as unknown', () => {
    expect(() => ruleTableOwnedBy(admin, { region: 'helse-atlantis' }, directory)).toThrow(UnknownDirectoryEntryError);
  });
});
