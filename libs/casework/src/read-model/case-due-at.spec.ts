import { toCaseView } from '@lagspill/contracts';
import {
  applyToDocument,
  CASE_DECIDER,
  Directory,
  INITIAL_CASE_STATE,
  type CaseCommand,
  type CaseDocument,
  type CaseState,
} from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { ACTORS, aReport, plain, SERVICE_LEVEL } from '../testing/case-fixtures';
import { dueAtOf } from './case-due-at';

const directory = new Directory(DEMO_DIRECTORY);
const at = (hours: number) => new Date(Date.parse('2026-11-20T10:00:00.000Z') + hours * 3_600_000).toISOString();
const shownDueAt = (document: CaseDocument) =>
  toCaseView(document, { role: 'admin' }, directory, () => undefined).routedTo?.dueAt ?? null;

/** Runs commands through the Case decider, keeping the document the read model folds. */
class CaseUnderTest {
  private state: CaseState = INITIAL_CASE_STATE;
  document: CaseDocument | undefined;
  private version = 0;

  constructor(command: CaseCommand) {
    this.run(command);
  }

  run(command: CaseCommand): this {
    for (const event of CASE_DECIDER.decide(command, this.state)) {
      this.version += 1;
      this.state = CASE_DECIDER.evolve(this.state, event);
      this.document = applyToDocument(this.document, event, this.version);
    }
    return this;
  }

  get dueAt(): string | null {
    const document = this.document as CaseDocument;
    expect(dueAtOf(document)).toBe(shownDueAt(document));
    return dueAtOf(document);
  }
}

const reported = () => {
  const report = aReport({ reportedAt: at(0) });
  return new CaseUnderTest({ type: 'report-case', actor: report.reporter, at: at(0), report });
};
const route: CaseCommand = {
  type: 'route-case',
  actor: ACTORS.routing,
  at: at(0),
  party: 'cgm',
  rule: 'test',
  serviceLevel: SERVICE_LEVEL,
};

describe('due time of a case (the sort=due key)', () => {
  it('is what the view shows as routedTo.dueAt, through the whole life of a case', () => {
    const c = reported();
    expect(c.dueAt).toBeNull();

    c.run(route);
    expect(c.dueAt).toBe(at(24)); // first response

    c.run({ type: 'acknowledge-case', actor: ACTORS.cgm, at: at(2) });
    expect(c.dueAt).toBe(at(240)); // resolution

    // Asking pauses the clock: the due time stays where it stood ...
    c.run({ type: 'request-information', actor: ACTORS.cgm, at: at(4), question: plain('Versjon?') });
    expect(c.document?.status).toBe('awaiting-information');
    expect(c.dueAt).toBe(at(240));
    // ... and the answer moves it on by the 10 hours the case waited.
    c.run({ type: 'provide-information', actor: ACTORS.reporter, at: at(14), answer: plain('8.4.2') });
    expect(c.dueAt).toBe(at(250));

    c.run({
      type: 'forward-case',
      actor: ACTORS.cgm,
      at: at(20),
      to: 'nhn',
      reason: plain('SFM'),
      serviceLevel: SERVICE_LEVEL,
    });
    expect(c.dueAt).toBe(at(44)); // the new party's first response

    c.run({ type: 'acknowledge-case', actor: ACTORS.nhn, at: at(21) });
    expect(c.dueAt).toBe(at(260)); // its resolution

    c.run({ type: 'resolve-case', actor: ACTORS.nhn, at: at(30), resolution: plain('Rettet') });
    expect(c.dueAt).toBe(at(260)); // a resolved or closed case keeps what its view shows
    c.run({ type: 'close-case', actor: ACTORS.reporter, at: at(31) });
    expect(c.dueAt).toBe(at(260));

    c.run({
      type: 'reopen-case',
      actor: ACTORS.reporter,
      at: at(50),
      reason: plain('Igjen'),
      serviceLevel: SERVICE_LEVEL,
    });
    expect(c.document?.status).toBe('routed');
    expect(c.dueAt).toBe(at(290)); // a new resolution clock
  });

  it('counts a question as the first response, paused at the resolution due time', () => {
    const c = reported().run(route);
    c.run({ type: 'request-information', actor: ACTORS.cgm, at: at(1), question: plain('Versjon?') });
    expect(c.dueAt).toBe(at(240));
  });

  it('counts resolving as the response: a case resolved untaken and reopened is due by its new resolution clock', () => {
    const c = reported().run(route);
    c.run({ type: 'resolve-case', actor: ACTORS.cgm, at: at(3), resolution: plain('Rettet') });
    expect(c.document?.routedTo?.responded).toBe(true);
    c.run({
      type: 'reopen-case',
      actor: ACTORS.reporter,
      at: at(10),
      reason: plain('Igjen'),
      serviceLevel: SERVICE_LEVEL,
    });
    expect(c.dueAt).toBe(at(250)); // not the long-gone first-response time, at(24)
  });

  it('has none for a case closed before it was ever routed', () => {
    const c = reported().run({ type: 'close-case', actor: ACTORS.coordinator, at: at(1) });
    expect(c.document?.status).toBe('closed');
    expect(c.dueAt).toBeNull();
  });
});
