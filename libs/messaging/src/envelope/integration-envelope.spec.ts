import { MessageRejectedError } from '../errors/message-rejected.error';
import { envelope, parseEnvelope } from './integration-envelope';

const valid = envelope({
  id: 'report-1',
  type: 'lagspill.report.submitted',
  source: 'urn:vendor:cgm',
  time: '2026-11-20T09:30:00Z',
  data: { title: 'x' },
});

function reasonsFor(value: string | null) {
  try {
    parseEnvelope(value);
  } catch (error) {
    if (error instanceof MessageRejectedError) return error.reasons;
    throw error;
  }
  throw new Error('accepted');
}

describe('the integration envelope', () => {
  it('fills in the CloudEvents constants', () => {
    expect(valid).toMatchObject({ specversion: '1.0', datacontenttype: 'application/json' });
  });

  it('reads a well-formed envelope back as it was written', () => {
    expect(parseEnvelope(JSON.stringify(valid))).toEqual(valid);
    const withExtras = { ...valid, subject: 'case-1', lagspillschemaversion: 2 };
    expect(parseEnvelope(JSON.stringify(withExtras))).toEqual(withExtras);
  });

  it('rejects a message that is no envelope, naming every broken field at once', () => {
    expect(reasonsFor(null)).toEqual([{ field: '(message)', message: 'the message has no value' }]);
    expect(reasonsFor('{not json')).toEqual([{ field: '(message)', message: 'the message value is not JSON' }]);
    expect(reasonsFor('[1]')).toEqual([{ field: '(message)', message: 'the message value is not a JSON object' }]);
    const broken = { ...valid, specversion: '0.3', id: '', time: 'yesterday', lagspillschemaversion: 0 };
    expect(reasonsFor(JSON.stringify(broken)).map((r) => r.field)).toEqual([
      'specversion',
      'id',
      'time',
      'lagspillschemaversion',
    ]);
    for (const time of ['2026-W47', '2026-324T10:00:00Z', '2026-02-30T10:00:00Z', '1', '2026-11-20 09:30:00Z']) {
      expect(reasonsFor(JSON.stringify({ ...valid, time }))).toEqual([
        { field: 'time', message: 'time must be a date-time such as 2026-11-20T09:30:00Z' },
      ]);
    }
    const { data: _data, ...noData } = valid;
    expect(reasonsFor(JSON.stringify(noData))).toEqual([{ field: 'data', message: 'data is required' }]);
  });
});
