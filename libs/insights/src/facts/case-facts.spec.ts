import type { CaseEvent, CaseReportedData } from '@lagspill/domain';
import { evolveCaseFacts, type CaseFacts, type CaseLocation } from './case-facts';
import { redactText } from '@lagspill/domain';

const T0 = Date.parse('2026-03-02T08:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const text = { text: redactText('t'), piiRedacted: 0 };
const actor = { username: 'u', name: 'U', role: 'responder', party: 'cgm' } as const;
const clock = { firstResponseDueAt: at(100), resolutionDueAt: at(500) };
const NORD: CaseLocation = { helsefellesskap: 'lovesa', region: 'helse-nord', organisationType: 'gp-office' };

const report = {
  caseId: 'c1',
  reportedAt: at(0),
  category: 'multidose',
  subcategory: 'paper-and-emd',
  reporter: { username: 'r', name: 'R', role: 'reporter', organisation: 'morkved-legesenter' },
  multidoseMode: 'paper',
  system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
  scope: { multiplePatients: true, multipleOrganisations: false },
} as unknown as CaseReportedData;

function fold(events: CaseEvent[]): CaseFacts {
  let facts: CaseFacts | undefined;
  events.forEach((event, i) => (facts = evolveCaseFacts(facts, event, i + 1, () => NORD)));
  return facts as CaseFacts;
}

const reported: CaseEvent = { type: 'case.reported', data: report };
const routed = (party: string, hours: number): CaseEvent => ({
  type: 'case.routed',
  data: { party, rule: 'r', at: at(hours), ...clock },
});

describe('case facts (what a case counts towards)', () => {
  it('counts the report towards the party it was first routed to, with the case dimensions', () => {
    const facts = fold([reported, routed('cgm', 0.5)]);
    expect(facts.dimensions).toEqual({
      ...NORD,
      organisation: 'morkved-legesenter',
      system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
      category: 'multidose',
      subcategory: 'paper-and-emd',
      paperMultidose: true,
      multiplePatients: true,
    });
    expect(facts.measures).toEqual([{ kind: 'reported', at: at(0), party: 'cgm', hours: null }]);
    expect(facts.holdings).toEqual([
      { party: null, from: at(0), to: at(0.5) },
      { party: 'cgm', from: at(0.5), to: null },
    ]);
  });

  it('measures first response per party and resolution without the time spent awaiting information', () => {
    const facts = fold([
      reported,
      routed('cgm', 0),
      { type: 'case.information-requested', data: { question: text, by: actor, at: at(2) } },
      { type: 'case.information-provided', data: { answer: text, by: actor, pausedMs: 0, at: at(12), ...clock } },
      { type: 'case.forwarded', data: { from: 'cgm', to: 'nhn', reason: text, by: actor, at: at(13), ...clock } },
      { type: 'case.acknowledged', data: { party: 'nhn', by: actor, at: at(17) } },
      { type: 'case.resolved', data: { party: 'nhn', resolution: text, by: actor, at: at(20) } },
    ]);
    expect(facts.measures.filter((m) => m.kind !== 'reported')).toEqual([
      { kind: 'first-response', at: at(2), party: 'cgm', hours: 2 },
      { kind: 'first-response', at: at(17), party: 'nhn', hours: 4 },
      // 20 hours from the report, 10 of them awaiting information.
      { kind: 'resolved', at: at(20), party: 'nhn', hours: 10 },
    ]);
    expect(facts.holdings.at(-1)).toEqual({ party: 'nhn', from: at(13), to: at(20) });
    expect(facts.clock.open).toBe(false);
  });

  it('starts a new open stretch on reopening, measured from the reopening, and counts breaches', () => {
    const facts = fold([
      reported,
      routed('cgm', 0),
      { type: 'case.resolved', data: { party: 'cgm', resolution: text, by: actor, at: at(5) } },
      { type: 'case.reopened', data: { reason: text, by: actor, resolutionDueAt: at(600), at: at(30) } },
      { type: 'case.sla-breached', data: { party: 'cgm', kind: 'resolution', dueAt: at(31), at: at(32) } },
      { type: 'case.resolved', data: { party: 'cgm', resolution: text, by: actor, at: at(33) } },
      { type: 'case.closed', data: { by: actor, at: at(40) } },
    ]);
    expect(facts.measures.map((m) => [m.kind, m.hours])).toEqual([
      ['reported', null],
      ['first-response', 5],
      ['resolved', 5],
      ['reopened', null],
      ['sla-breach', null],
      ['resolved', 3],
    ]);
    expect(facts.holdings.filter((h) => h.party === 'cgm')).toEqual([
      { party: 'cgm', from: at(0), to: at(5) },
      { party: 'cgm', from: at(30), to: at(33) },
    ]);
  });

  it('takes a case a coordinator closes unresolved out of the backlog', () => {
    const facts = fold([reported, routed('cgm', 0), { type: 'case.closed', data: { by: actor, at: at(3) } }]);
    expect(facts.holdings.at(-1)).toEqual({ party: 'cgm', from: at(0), to: at(3) });
    expect(facts.measures.map((m) => m.kind)).toEqual(['reported']);
  });

  it('ignores events before the report', () => {
    expect(evolveCaseFacts(undefined, routed('cgm', 0), 1, () => NORD)).toBeUndefined();
  });
});
