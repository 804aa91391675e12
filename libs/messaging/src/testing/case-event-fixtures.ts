import type { CaseEvent, CaseReportedData } from '@lagspill/domain';
import type { NewEvent, RecordedEvent } from '@lagspill/event-store';
import { redactText, reportedSystem } from '@lagspill/domain';

/** Test data for messaging specs: one case's life as the log holds it, screened text and all. */
export const SEALED = 'sealed:original-with-01018010018';
export const ORIGINAL_NUMBER = '01018010018';

const reporter = { username: 'lege.cgm', name: 'Kari Nordmann', role: 'reporter', organisation: 'morkved-legesenter' };
const cgm = { username: 'support.cgm', name: 'Jonas Kristiansen', role: 'responder', party: 'cgm' } as const;

export function reported(caseId: string): CaseReportedData {
  return {
    caseId,
    reference: 'PLL-2026-000042',
    category: 'sfm',
    subcategory: 'sync',
    title: { text: redactText('Endringer i SFM kommer ikke over'), piiRedacted: 0 },
    description: { text: redactText('Gjelder pasient [fødselsnummer]'), piiRedacted: 1, sealed: SEALED },
    occurredAt: '2026-11-20T09:00:00.000Z',
    reportedAt: '2026-11-20T09:30:00.000Z',
    reporter: { ...reporter, role: 'reporter' },
    system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
    multidoseMode: 'none',
    harm: 'none',
    scope: { multiplePatients: false, multipleOrganisations: false },
    technical: {},
  };
}

/** Reported, routed, an internal comment, a public one, linked: in that order. */
export function aCaseLife(caseId: string, linkedTo = 'other-case'): CaseEvent[] {
  return [
    { type: 'case.reported', data: reported(caseId) },
    {
      type: 'case.routed',
      data: {
        party: 'cgm',
        rule: 'vendor',
        at: '2026-11-20T09:31:00.000Z',
        firstResponseDueAt: '2026-11-21T09:31:00.000Z',
        resolutionDueAt: '2026-11-30T09:31:00.000Z',
      },
    },
    {
      type: 'case.comment-added',
      data: {
        commentId: 'internal-1',
        author: cgm,
        visibility: 'internal',
        body: { text: redactText('Intern: feil i vår integrasjon'), piiRedacted: 0 },
        at: '2026-11-20T10:00:00.000Z',
      },
    },
    {
      type: 'case.comment-added',
      data: {
        commentId: 'public-1',
        author: cgm,
        visibility: 'public',
        body: { text: redactText('Vi ser på saken for [fødselsnummer]'), piiRedacted: 1, sealed: SEALED },
        at: '2026-11-20T11:00:00.000Z',
      },
    },
    {
      type: 'case.linked',
      data: { case: linkedTo, relation: 'related', by: cgm, at: '2026-11-20T12:00:00.000Z' },
    },
  ];
}

export const asNewEvents = (events: readonly CaseEvent[]): NewEvent[] =>
  events.map((event) => ({ type: event.type, schemaVersion: 1, data: event.data }));

/** Events as a read of the log would give them, for specs without a database. */
export function asRecorded(streamId: string, events: readonly { type: string; data: unknown }[]): RecordedEvent[] {
  return events.map((event, i) => ({
    eventId: `0190f0e0-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {},
    streamId,
    streamVersion: i + 1,
    checkpoint: { transactionId: 1000n, position: BigInt(i + 1) },
    recordedAt: new Date(Date.UTC(2026, 10, 20, 9, 30, i)),
  }));
}
