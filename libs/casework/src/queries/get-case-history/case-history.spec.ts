import type { CaseEvent, Viewer } from '@lagspill/domain';
import { ACTORS, aReport, plain } from '../../testing/case-fixtures';
import { toHistory, type HistoryEvent } from '@lagspill/contracts';
import { redactText } from '@lagspill/domain';

const report = aReport({
  description: { text: redactText('Gjelder [fødselsnummer]'), piiRedacted: 1, sealed: 'sealed-description' },
});
const events: CaseEvent[] = [
  { type: 'case.reported', data: report },
  {
    type: 'case.routed',
    data: {
      party: 'cgm',
      rule: 'vendor',
      at: '2026-11-20T10:00:00.000Z',
      firstResponseDueAt: '2026-11-21T10:00:00.000Z',
      resolutionDueAt: '2026-11-30T10:00:00.000Z',
    },
  },
  {
    type: 'case.comment-added',
    data: {
      commentId: 'c1',
      author: ACTORS.cgm,
      visibility: 'internal',
      body: plain('Feil i vår integrasjon'),
      at: '2026-11-20T11:00:00.000Z',
    },
  },
  {
    type: 'case.information-requested',
    data: { question: plain('Hvilken versjon?'), by: ACTORS.cgm, at: '2026-11-20T12:00:00.000Z' },
  },
];
const recorded: HistoryEvent[] = events.map((e, i) => ({ ...e, streamVersion: i + 1, metadata: {} }));
const unseal = (sealed: string) => (sealed === 'sealed-description' ? 'Gjelder 01010112345' : undefined);
const reader = (viewer: Viewer, original = false, visibleLinks: ReadonlySet<string> = new Set()) => ({
  viewer,
  original,
  unseal,
  visibleLinks,
});
const history = (viewer: Viewer, original = false) => toHistory(recorded, reader(viewer, original));

describe('case history', () => {
  it('lists the events oldest first with who did what', () => {
    const entries = history({ role: 'coordinator', region: 'helse-nord' });
    expect(entries.map((e) => [e.type, e.version])).toEqual([
      ['case.reported', 1],
      ['case.routed', 2],
      ['case.comment-added', 3],
      ['case.information-requested', 4],
    ]);
    expect(entries[0]).toMatchObject({
      at: report.reportedAt,
      actor: { name: 'Kari Nordmann', role: 'reporter', party: null },
      reference: report.reference,
      description: 'Gjelder [fødselsnummer]',
      piiRedacted: 1,
    });
    expect(entries[1]).toMatchObject({ actor: { name: 'Lagspill', role: 'system', party: null }, party: 'cgm' });
    expect(entries[2]).toMatchObject({ visibility: 'internal', body: 'Feil i vår integrasjon' });
    expect(entries[3]).toMatchObject({
      actor: { name: 'Jonas Kristiansen', party: 'cgm' },
      question: 'Hvilken versjon?',
    });
  });

  it('leaves internal comments out for the reporter and other parties', () => {
    expect(history({ role: 'reporter', organisation: 'morkved-legesenter' }, true).map((e) => e.type)).not.toContain(
      'case.comment-added',
    );
    expect(history({ role: 'responder', party: 'nhn' }).map((e) => e.type)).not.toContain('case.comment-added');
    expect(history({ role: 'responder', party: 'cgm' }).map((e) => e.type)).toContain('case.comment-added');
  });

  it('shows the original text only to the reporting organisation; a responder never sees the number', () => {
    const reporter = history({ role: 'reporter', organisation: 'morkved-legesenter' }, true);
    expect(reporter[0]).toMatchObject({ description: 'Gjelder 01010112345' });
    expect(reporter[0].piiRedacted).toBeUndefined();
    const responder = history({ role: 'responder', party: 'cgm' });
    expect(JSON.stringify(responder)).not.toContain('01010112345');
    expect(JSON.stringify(responder)).not.toContain('sealed-description');
  });

  it('names the routing actor from the metadata when it is there', () => {
    const withActor = recorded.map((e) =>
      e.type === 'case.routed' ? { ...e, metadata: { actor: { id: 'router', name: 'Ruter', role: 'system' } } } : e,
    );
    expect(toHistory(withActor, reader({ role: 'admin' }))[1].actor).toEqual({
      name: 'Ruter',
      role: 'system',
      party: null,
    });
  });

  it('shows a link only when the viewer may see the linked case', () => {
    const linked: HistoryEvent = {
      type: 'case.linked',
      data: { case: 'other-case', relation: 'duplicate-of', by: ACTORS.cgm, at: '2026-11-20T13:00:00.000Z' },
      streamVersion: 5,
      metadata: {},
    };
    const cgm: Viewer = { role: 'responder', party: 'cgm' };
    expect(toHistory([...recorded, linked], reader(cgm, false, new Set(['other-case']))).at(-1)).toMatchObject({
      type: 'case.linked',
      case: 'other-case',
      relation: 'duplicate-of',
    });
    const hidden = toHistory([...recorded, linked], reader(cgm));
    expect(hidden.map((e) => e.type)).not.toContain('case.linked');
    expect(JSON.stringify(hidden)).not.toContain('other-case');
  });
});
