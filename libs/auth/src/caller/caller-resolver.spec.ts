import { Directory, type DirectoryEvent } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { CallerResolver } from './caller-resolver';
import { DeactivatedUserError } from './deactivated-user.error';
import { UnknownUserError } from './unknown-user.error';

const BY = { by: { username: 'admin', name: 'Drift', role: 'admin' as const }, at: '2026-12-03T10:00:00.000Z' };

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

  it('refuses a subject the directory does not know, naming where to ask for access', () => {
    expect(() => callers.resolve({ subject: 'ghost' })).toThrow(UnknownUserError);
    expect(() => callers.resolve({ subject: 'ghost' })).toThrow(/POST \/api\/enrolment-requests/);
  });

  describe('as the directory changes', () => {
    const directory = new Directory(DEMO_DIRECTORY);
    const live = new CallerResolver(directory);
    const apply = (...events: DirectoryEvent[]) =>
      events.forEach((event) => directory.apply(event, directory.version + 1));

    it('finds a person by the HPR number claim first, whatever the subject (HelseID pseudonymises it per client)', () => {
      apply({
        type: 'directory.person-details-changed',
        data: { ...BY, username: 'lege.pridok', details: { hprNumber: '7654321' } },
      });
      expect(live.resolve({ subject: 'Bk2vZ3+pseudonym=', hprNumber: '7654321' }).username).toBe('lege.pridok');
      apply({
        type: 'directory.person-details-changed',
        data: { ...BY, username: 'lege.pridok', details: { hprNumber: null } },
      });
      expect(() => live.resolve({ subject: 'Bk2vZ3+pseudonym=', hprNumber: '7654321' })).toThrow(UnknownUserError);
    });

    it('finds a system client by its client id, but a person never by it', () => {
      expect(live.resolve({ subject: 'whatever', clientId: 'epj.morkved' }).role).toBe('system');
      expect(() => live.resolve({ subject: 'whatever', clientId: 'lege.cgm' })).toThrow(UnknownUserError);
    });

    it.each([
      [
        'the person',
        { type: 'directory.person-deactivated', data: { ...BY, username: 'lege.eg' } },
        'lege.eg',
        'person',
      ],
      [
        'their organisation',
        { type: 'directory.organisation-deactivated', data: { ...BY, organisationId: 'apotek1-bodo' } },
        'farmasoyt',
        'organisation',
      ],
      [
        'their party',
        { type: 'directory.party-deactivated', data: { ...BY, partyId: 'nhn' } },
        'kundesenter.nhn',
        'party',
      ],
    ] as const)('refuses someone at once when %s is deactivated', (_what, event, username, deactivated) => {
      expect(live.resolve({ subject: username }).username).toBe(username);
      apply(event);
      expect(() => live.resolve({ subject: username })).toThrow(DeactivatedUserError);
      expect(() => live.resolve({ subject: username })).toThrow(expect.objectContaining({ deactivated }));
    });
  });
});
