import { DEMO_DIRECTORY, Directory } from '@lagspill/domain';
import { CallerResolver } from './caller-resolver';
import { UnknownUserError } from './unknown-user.error';

describe('CallerResolver', () => {
  const callers = new CallerResolver(new Directory(DEMO_DIRECTORY));

  it("gives a reporter their organisation and the organisation's region", () => {
    const caller = callers.resolve({ subject: 'lege.cgm' });
    expect(caller).toMatchObject({
      username: 'lege.cgm',
      name: 'Kari Nordmann',
      role: 'reporter',
      region: 'helse-nord',
    });
    expect(caller.organisation?.id).toBe('morkved-legesenter');
    expect(caller.party).toBeUndefined();
  });

  it('gives a coordinator their working group and its region', () => {
    const caller = callers.resolve({ subject: 'koordinator.nord' });
    expect(caller).toMatchObject({ role: 'coordinator', region: 'helse-nord' });
    expect(caller.party?.id).toBe('arbeidsgruppe-nord');
  });

  it('gives a vendor responder their party and no region', () => {
    const caller = callers.resolve({ subject: 'support.cgm' });
    expect(caller).toMatchObject({ role: 'responder', region: undefined });
    expect(caller.party?.id).toBe('cgm');
  });

  it('falls back to the subject when the HPR number is not in the directory', () => {
    expect(callers.resolve({ subject: 'admin', hprNumber: '565505933' }).role).toBe('admin');
  });

  it('refuses a subject the directory does not know', () => {
    expect(() => callers.resolve({ subject: 'ghost' })).toThrow(UnknownUserError);
    expect(() => callers.resolve({ subject: 'ghost' })).toThrow(/Unknown user/);
  });
});
