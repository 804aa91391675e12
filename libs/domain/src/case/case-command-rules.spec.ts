import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Directory } from '../directory/directory';
import { forwardingServiceLevel, reopeningServiceLevel } from './case-command-rules';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import { InvalidCaseTransitionError } from './errors/case-errors';

const directory = new Directory(DEMO_DIRECTORY);

describe('case command rules', () => {
  it('forwards with the service level of the party the case goes to', () => {
    expect(forwardingServiceLevel(directory, 'nhn')).toEqual({ firstResponseHours: 4, resolutionHours: 72 });
    expect(forwardingServiceLevel(directory, 'arbeidsgruppe-nord')).toEqual({
      firstResponseHours: 48,
      resolutionHours: 480,
    });
  });

  it.each(['ukjent', 'morkved-legesenter', 'helse-nord', ''])('refuses to forward to %j, naming the field', (party) => {
    const refusal = (() => {
      try {
        forwardingServiceLevel(directory, party);
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

  it('does not reopen a case that was never routed', () => {
    expect(() => reopeningServiceLevel(directory, { status: 'closed', routedTo: undefined })).toThrow(
      InvalidCaseTransitionError,
    );
  });
});
