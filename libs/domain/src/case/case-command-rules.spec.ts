import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Directory } from '../directory/directory';
import { ROLES, type Role } from '../directory/directory.types';
import { ORGANISATION_SERVICE_LEVEL, organisationHolder } from './case-holder';
import { forwardingServiceLevel, reopeningServiceLevel } from './case-command-rules';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import { InvalidCaseTransitionError } from './errors/case-errors';

const directory = new Directory(DEMO_DIRECTORY);
const REPORTER = 'apotek1-multidose-bodo';
const forward = (to: string, role: Role = 'responder') => forwardingServiceLevel(directory, to, { role }, REPORTER);

describe('case command rules', () => {
  it('forwards with the service level of the party the case goes to', () => {
    expect(forward('nhn')).toEqual({ firstResponseHours: 4, resolutionHours: 72 });
    expect(forward('arbeidsgruppe-nord')).toEqual({
      firstResponseHours: 48,
      resolutionHours: 480,
    });
  });

  it.each(['coordinator', 'admin'] as const)(
    'lets the working group (%s) forward to any other organisation',
    (role) => {
      for (const organisation of directory.data.organisations.filter((o) => o.id !== REPORTER)) {
        expect(forward(organisationHolder(organisation.id), role)).toEqual(ORGANISATION_SERVICE_LEVEL);
      }
    },
  );

  const refusals: [string, string, Role][] = [
    ...ROLES.map((role): [string, string, Role] => ['an unknown party', 'ukjent', role]),
    ...ROLES.map((role): [string, string, Role] => [
      'an organisation id without its prefix',
      'morkved-legesenter',
      role,
    ]),
    ...ROLES.map((role): [string, string, Role] => ['a region', 'helse-nord', role]),
    ...ROLES.map((role): [string, string, Role] => ['nothing', '', role]),
    ...ROLES.map((role): [string, string, Role] => ['an unknown organisation', 'organisation:ukjent', role]),
    ...ROLES.map((role): [string, string, Role] => ['the reporting organisation', organisationHolder(REPORTER), role]),
    ...ROLES.filter((role) => role !== 'coordinator' && role !== 'admin').map((role): [string, string, Role] => [
      'an organisation, by someone outside the working group',
      'organisation:morkved-legesenter',
      role,
    ]),
  ];
  it.each(refusals)('refuses to forward to %s (%j) as %s, naming the field', (_, party, role) => {
    const refusal = (() => {
      try {
        forward(party, role);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(CaseCommandRejectedError);
    expect(refusal).toMatchObject({ field: 'party', kind: 'validation' });
  });

  it('reopens with the service level of the party that had the case', () => {
    expect(reopeningServiceLevel(directory, { status: 'resolved', routedTo: { party: 'apotek1' } })).toEqual({
      firstResponseHours: 8,
      resolutionHours: 72,
    });
  });

  it('reopens with the organisation service level when an organisation had the case', () => {
    const routedTo = { party: organisationHolder('morkved-legesenter') };
    expect(reopeningServiceLevel(directory, { status: 'resolved', routedTo })).toEqual(ORGANISATION_SERVICE_LEVEL);
  });

  it('does not reopen a case that was never routed', () => {
    expect(() => reopeningServiceLevel(directory, { status: 'closed', routedTo: undefined })).toThrow(
      InvalidCaseTransitionError,
    );
  });
});
