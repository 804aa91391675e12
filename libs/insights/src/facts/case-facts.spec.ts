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
      bothMultidose: false,
      multiplePatients: true,
      concerns: null,
      fragmentedList: false,
      harmful: false,
      deviationNotice: null,
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

  it('reads a report from before the issue 17 fields as no flag, no notice stated and no other organisation', () => {
    // `report` has none of concerns, fragmentedList, deviationNotice: as version 1 reports were written.
    expect(['concerns', 'fragmentedList', 'deviationNotice'].filter((field) => field in report)).toEqual([]);
    const harmful = { ...report, harm: 'severe' } as CaseReportedData;
    const { dimensions } = fold([{ type: 'case.reported', data: harmful }]);
    expect(dimensions).toMatchObject({ concerns: null, fragmentedList: false, harmful: true, deviationNotice: null });
  });

  it.each([
    ['paper', true, false],
    ['both', true, true],
    ['electronic', false, false],
    ['none', false, false],
    ['unknown', false, false],
  ] as const)('counts multidose mode %s as paper: %s, both: %s', (multidoseMode, paper, both) => {
    const { dimensions } = fold([{ type: 'case.reported', data: { ...report, multidoseMode } }]);
    expect([dimensions.paperMultidose, dimensions.bothMultidose]).toEqual([paper, both]);
  });

  it.each([
    [true, true],
    [false, false],
  ])('takes the fragmented-list flag %s from the report, whatever the category', (fragmentedList, flagged) => {
    const data = { ...report, category: 'sfm', subcategory: 'sync', fragmentedList };
    expect(fold([{ type: 'case.reported', data }]).dimensions.fragmentedList).toBe(flagged);
  });

  it.each([
    ['none', false],
    ['near-miss', false],
    ['minor', true],
    ['moderate', true],
    ['severe', true],
  ] as const)('counts harm %s as harmful: %s', (harm, harmful) => {
    const { dimensions } = fold([{ type: 'case.reported', data: { ...report, harm } }]);
    expect(dimensions.harmful).toBe(harmful);
  });

  it.each(['notified', 'will-notify', 'not-notified'] as const)(
    "keeps a harmful event's notice as stated: %s",
    (status) => {
      const data = { ...report, harm: 'minor', deviationNotice: { status } } as CaseReportedData;
      expect(fold([{ type: 'case.reported', data }]).dimensions.deviationNotice).toBe(status);
    },
  );

  it('states no notice for an event that needs none, even if the report carries one', () => {
    const data = { ...report, harm: 'near-miss', deviationNotice: { status: 'notified' } } as CaseReportedData;
    expect(fold([{ type: 'case.reported', data }]).dimensions).toMatchObject({
      harmful: false,
      deviationNotice: null,
    });
  });

  it('takes the concerned organisation from the report, and as the working group sets or clears it later', () => {
    const by = { username: 'k', name: 'K', role: 'coordinator' } as const;
    const set = (organisation: string | null, hours: number): CaseEvent => ({
      type: 'case.concerned-organisation-set',
      data: { organisation, by, at: at(hours) },
    });
    const concerning = { type: 'case.reported', data: { ...report, concerns: 'apotek1-bodo' } } as CaseEvent;
    expect(fold([concerning]).dimensions.concerns).toBe('apotek1-bodo');

    const corrected = fold([concerning, routed('cgm', 0), set('ronvik-legesenter', 30)]);
    expect(corrected.dimensions.concerns).toBe('ronvik-legesenter');
    expect(corrected.version).toBe(3);
    // A correction, not something that happened to the case: no measure, and the holdings go on.
    expect(corrected.measures).toEqual(fold([concerning, routed('cgm', 0)]).measures);
    expect(corrected.holdings).toEqual(fold([concerning, routed('cgm', 0)]).holdings);

    expect(fold([concerning, set(null, 2)]).dimensions.concerns).toBeNull();
    expect(fold([reported, set('apotek1-bodo', 2)]).dimensions.concerns).toBe('apotek1-bodo');
  });

  it('ignores events before the report', () => {
    expect(evolveCaseFacts(undefined, routed('cgm', 0), 1, () => NORD)).toBeUndefined();
  });
});
