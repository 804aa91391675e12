import {
  breachKey,
  Directory,
  IDENTITY_NUMBER_PLACEHOLDER,
  redactIdentityNumbers,
  type CaseEvent,
  type CaseStatus,
  type ScreenedText,
  redactText,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DAY_MS } from './oslo-calendar';
import { planDemoYear } from './plan-demo-year';
import { playCase, type PlayedCase } from './play-case';

const directory = new Directory(DEMO_DIRECTORY);
const NOW = new Date('2026-10-15T10:00:00.000Z');
const screen = async (_caseId: string, text: string): Promise<ScreenedText> => {
  const { text: redacted, count } = redactIdentityNumbers(text);
  return { text: redactText(redacted), piiRedacted: count };
};
const eventsOf = (played: PlayedCase) => played.events as unknown as readonly CaseEvent[];
const atOf = (event: CaseEvent) => ('at' in event.data ? event.data.at : event.data.reportedAt);
const OPEN: readonly (CaseStatus | undefined)[] = ['routed', 'acknowledged', 'awaiting-information'];

describe('playCase', () => {
  const year = planDemoYear({ cases: 4000, months: 12, seed: 'play', now: NOW, directory });
  let played: { reportedAt: number; played: PlayedCase }[];

  beforeAll(async () => {
    played = [];
    let n = 0;
    for (const plan of year.cases()) {
      const reference = `PLL-2026-${String(++n).padStart(6, '0')}`;
      played.push({
        reportedAt: plan.report.reportedAt,
        played: await playCase(plan, reference, screen, directory, year.now),
      });
    }
  });

  it('decides every planned command: each case is reported, routed, and its events come in time order before now', () => {
    const wrong = played.filter(({ played: c }) => {
      const events = eventsOf(c);
      const times = events.map((e) => Date.parse(atOf(e)));
      return (
        events[0].type !== 'case.reported' ||
        events[1].type !== 'case.routed' ||
        times.some((at, i) => i > 0 && at < times[i - 1]) ||
        times[times.length - 1] >= year.now
      );
    });
    expect(wrong).toEqual([]);
    const statuses = new Set(played.map(({ played: c }) => c.state.status));
    expect([...statuses].sort()).toEqual(['acknowledged', 'awaiting-information', 'closed', 'resolved', 'routed']);
  });

  it('records every SLA breach due before now, at its due time, once per party and kind: the sweeper finds nothing left', () => {
    const now = year.now;
    const missed = played.filter(({ played: { state } }) => {
      if (state.status !== 'routed' && state.status !== 'acknowledged') return false;
      const party = state.party as string;
      const due = (at: string | undefined) => at !== undefined && Date.parse(at) <= now - 1;
      return (
        (!state.responded &&
          due(state.firstResponseDueAt) &&
          !state.breaches.includes(breachKey(party, 'first-response'))) ||
        (due(state.resolutionDueAt) && !state.breaches.includes(breachKey(party, 'resolution')))
      );
    });
    expect(missed).toEqual([]);
    const breaches = played.flatMap(({ played: c }) => eventsOf(c).filter((e) => e.type === 'case.sla-breached'));
    expect(breaches.length).toBeGreaterThan(0);
    for (const breach of breaches) expect(breach.data.at).toBe(breach.data.dueAt);
    for (const { played: c } of played) expect(new Set(c.state.breaches).size).toBe(c.state.breaches.length);
  });

  it('leaves recent cases mostly open and old ones mostly done', () => {
    const share = (cases: typeof played, open: boolean) =>
      cases.filter(({ played: c }) => OPEN.includes(c.state.status) === open).length / cases.length;
    const lastWeek = played.filter((c) => c.reportedAt > year.now - 7 * DAY_MS);
    const olderThanAQuarter = played.filter((c) => c.reportedAt < year.now - 90 * DAY_MS);
    expect(share(lastWeek, true)).toBeGreaterThan(0.6);
    expect(share(olderThanAQuarter, false)).toBeGreaterThan(0.85);
  });

  it('screens free text: a synthetic fødselsnummer in a report is held back', () => {
    const screened = played
      .map(({ played: c }) => eventsOf(c)[0])
      .filter((e) => e.type === 'case.reported' && e.data.description.piiRedacted > 0);
    expect(screened.length).toBeGreaterThan(0);
    for (const e of screened) {
      if (e.type === 'case.reported') expect(e.data.description.text).toContain(IDENTITY_NUMBER_PLACEHOLDER);
    }
  });
});
