import { HARM_LEVELS, type Harm } from './case-status';
import {
  DEVIATION_CHANNELS,
  DEVIATION_NOTICE_STATUSES,
  DEVIATION_REFERENCE,
  deviationNotice,
  deviationNoticeProblems,
  needsDeviationNotice,
} from './deviation-notice';

const fields = (harm: Harm, notice: Parameters<typeof deviationNoticeProblems>[1]) =>
  deviationNoticeProblems(harm, notice).map((p) => p.field);

describe('the statutory notice of an adverse event', () => {
  it('is asked for harm above a near miss, and only then', () => {
    expect(HARM_LEVELS.filter(needsDeviationNotice)).toEqual(['minor', 'moderate', 'severe']);
  });

  it.each(HARM_LEVELS)('may be left unstated whatever the harm (%s)', (harm) => {
    expect(fields(harm, undefined)).toEqual([]);
  });

  it.each(HARM_LEVELS.filter((harm) => !needsDeviationNotice(harm)))(
    'is refused as a whole with harm %s, whatever it says',
    (harm) => {
      for (const status of DEVIATION_NOTICE_STATUSES) {
        expect(fields(harm, { status })).toEqual(['deviationNotice']);
      }
    },
  );

  // Every status × channel (or none) × reference (or none), for each harm that asks for a notice.
  const cases = HARM_LEVELS.filter(needsDeviationNotice).flatMap((harm) =>
    DEVIATION_NOTICE_STATUSES.flatMap((status) =>
      [undefined, ...DEVIATION_CHANNELS].flatMap((channel) =>
        [undefined, 'SYN-2026-0451'].map((reference) => ({ harm, status, channel, reference })),
      ),
    ),
  );
  it.each(cases)('with harm $harm, status $status, channel $channel, reference $reference', (c) => {
    const expected: string[] = [];
    if (c.status === 'notified' && c.channel === undefined) expected.push('deviationNotice.channel');
    if (c.status !== 'notified' && c.channel !== undefined) expected.push('deviationNotice.channel');
    if (c.status !== 'notified' && c.reference !== undefined) expected.push('deviationNotice.reference');
    const notice = {
      status: c.status,
      ...(c.channel === undefined ? {} : { channel: c.channel }),
      ...(c.reference === undefined ? {} : { reference: c.reference }),
    };
    expect(fields(c.harm, notice)).toEqual(expected);
  });

  it.each(['2026-1234', 'SYN-000451', 'MELD/2026/77', 'Synergi 2026.11 a_b'])('takes the reference %j', (reference) => {
    expect(DEVIATION_REFERENCE.test(reference)).toBe(true);
  });

  it.each(['', ' 123', '-123', 'a'.repeat(61), 'ref;drop', 'ref\n2', '=1+1', 'ref<script>'])(
    'refuses the reference %j',
    (reference) => {
      expect(DEVIATION_REFERENCE.test(reference)).toBe(false);
    },
  );

  it('records the reference trimmed and screened, and nothing that was not stated', () => {
    expect(deviationNotice({ status: 'will-notify' })).toEqual({ status: 'will-notify' });
    expect(deviationNotice({ status: 'notified', channel: 'melde-no', reference: ' 2026-1234 ' })).toEqual({
      status: 'notified',
      channel: 'melde-no',
      reference: '2026-1234',
    });
  });
});
