import { aCaseLife, asRecorded, ORIGINAL_NUMBER, SEALED } from '../testing/case-event-fixtures';
import { integrationMessageFor } from './log-integration-events';
import { TOPICS } from './topics';

const CASE_ID = '0190f0e0-1111-7000-8000-000000000001';

describe('integration events from the log', () => {
  const recorded = asRecorded(`case-${CASE_ID}`, aCaseLife(CASE_ID));
  const messages = recorded.map(integrationMessageFor);

  it('makes each case event a CloudEvents envelope on lagspill.case-events, keyed by case id', () => {
    const [reportedMessage] = messages;
    expect(reportedMessage).toEqual({
      topic: TOPICS.caseEvents,
      key: CASE_ID,
      envelope: {
        specversion: '1.0',
        id: recorded[0].eventId,
        type: 'case.reported',
        source: '/lagspill/cases',
        time: '2026-11-20T09:30:00.000Z',
        subject: CASE_ID,
        datacontenttype: 'application/json',
        lagspillschemaversion: 1,
        data: expect.objectContaining({
          caseId: CASE_ID,
          type: 'case.reported',
          version: 1,
          reference: 'PLL-2026-000042',
          title: 'Endringer i SFM kommer ikke over',
          description: 'Gjelder pasient [fødselsnummer]',
          piiRedacted: 1,
        }),
      },
    });
    expect(messages.filter((m) => m !== undefined).every((m) => m.key === CASE_ID)).toBe(true);
  });

  it('leaves internal comments out entirely and keeps public ones, redacted', () => {
    expect(messages[2]).toBeUndefined();
    expect(messages[3]?.envelope.data).toMatchObject({
      commentId: 'public-1',
      visibility: 'public',
      body: 'Vi ser på saken for [fødselsnummer]',
    });
  });

  it('never lets an identity number or a sealed original leave', () => {
    const wire = JSON.stringify(messages);
    expect(wire).not.toContain(ORIGINAL_NUMBER);
    expect(wire).not.toContain(SEALED);
    expect(wire).not.toContain('Intern:');
  });

  it('publishes links: every case is on the topic, so a link shows its readers nothing new', () => {
    expect(messages[4]?.envelope.data).toMatchObject({ case: 'other-case', relation: 'related' });
  });

  it('puts indicators.published on lagspill.indicators keyed by week, and nothing else from other streams', () => {
    const [indicators, rules, incident] = asRecorded('indicators-2026-W47', [
      { type: 'indicators.published', data: { week: '2026-W47', tables: { total: [] } } },
      { type: 'routing.rules-published', data: { rules: [] } },
      { type: 'incident.declared', data: { incidentId: 'i' } },
    ]);
    expect(integrationMessageFor(indicators)).toMatchObject({
      topic: TOPICS.indicators,
      key: '2026-W47',
      envelope: { type: 'indicators.published', subject: '2026-W47', data: { week: '2026-W47' } },
    });
    expect(integrationMessageFor({ ...rules, streamId: 'routing-rules' })).toBeUndefined();
    expect(integrationMessageFor({ ...incident, streamId: 'incident-i' })).toBeUndefined();
  });

  it('leaves out a case event type this version does not know rather than send it unscreened', () => {
    const [unknown] = asRecorded(`case-${CASE_ID}`, [{ type: 'case.something-new', data: { secret: 'x' } }]);
    expect(integrationMessageFor(unknown)).toBeUndefined();
  });
});
