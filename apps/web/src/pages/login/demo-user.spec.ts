import { workplaceOf } from './demo-user';

describe('a demo user on the login page', () => {
  it("shows the organisation's name, else the party's, and never the party's id", () => {
    const organisation = { id: 'morkved-legesenter', name: 'Mørkved legesenter', type: 'gp-office' as const };
    expect(workplaceOf({ username: 'lege.cgm', name: 'Kari', role: 'reporter', organisation })).toBe(
      'Mørkved legesenter',
    );
    expect(
      workplaceOf({
        username: 'support.cgm',
        name: 'Jonas',
        role: 'responder',
        party: 'cgm',
        partyName: 'CompuGroup Medical (CGM)',
      }),
    ).toBe('CompuGroup Medical (CGM)');
    expect(workplaceOf({ username: 'x', name: 'X', role: 'responder', party: 'cgm' })).toBe('');
    expect(workplaceOf({ username: 'admin', name: 'Drift', role: 'admin' })).toBe('');
  });
});
