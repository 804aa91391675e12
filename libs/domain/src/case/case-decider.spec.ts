import type { ServiceLevel } from '../directory/directory.types';
import type { ActorRef, CaseEvent, CaseReportedData } from './case-events';
import type { ScreenedText } from '../privacy/screened-text';
import type { CaseCommand } from './case-commands';
import { caseIdOfStream, caseStreamId } from './case-events';
import { replay } from './case-state';
import { decide } from './decide-case';
import {
  CaseAlreadyReportedError,
  CaseClosedError,
  CaseNotFoundError,
  InvalidCaseTransitionError,
  InvalidForwardError,
  InvalidLinkError,
  NotCurrentPartyError,
  NotReportingOrganisationError,
  SlaNotBreachedError,
} from './errors/case-errors';
import { redactText } from '../privacy/screened-text';
import { reportedSystem } from './reported-system';

// Given these events, when this command, then these events (or this error).
const given = (...history: CaseEvent[]) => ({
  when: (command: CaseCommand) => ({
    then: (...expected: CaseEvent[]) => expect(decide(command, replay(history))).toEqual(expected),
    thenFails: (error: new (...args: never[]) => Error) =>
      expect(() => decide(command, replay(history))).toThrow(error),
  }),
});

const T0 = '2026-11-20T09:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
const text = (value: string): ScreenedText => ({ text: redactText(value), piiRedacted: 0 });
const SLA: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };
const NHN_SLA: ServiceLevel = { firstResponseHours: 4, resolutionHours: 72 };

const reporter: ActorRef = { username: 'lege.cgm', name: 'Kari', role: 'reporter', organisation: 'morkved' };
const otherReporter: ActorRef = { username: 'lege.pridok', name: 'Ola', role: 'reporter', organisation: 'ronvik' };
const cgm: ActorRef = { username: 'support.cgm', name: 'Jonas', role: 'responder', party: 'cgm' };
const nhn: ActorRef = { username: 'kundesenter.nhn', name: 'Nina', role: 'responder', party: 'nhn' };
const coordinator: ActorRef = { username: 'koordinator.nord', name: 'Hanne', role: 'coordinator', party: 'wg' };
const system: ActorRef = { username: 'lagspill', name: 'Lagspill', role: 'system' };

const report: CaseReportedData = {
  caseId: 'case-1',
  reference: 'PLL-2026-000001',
  category: 'sfm',
  subcategory: 'sync',
  title: text('PLL ikke synkronisert'),
  description: text('Datadeling feiler'),
  occurredAt: T0,
  reportedAt: T0,
  reporter: { ...reporter, organisation: 'morkved' },
  system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
  multidoseMode: 'none',
  harm: 'none',
  scope: { multiplePatients: false, multipleOrganisations: false },
  technical: {},
};

const reported: CaseEvent = { type: 'case.reported', data: report };
const routed: CaseEvent = {
  type: 'case.routed',
  data: { party: 'cgm', rule: 'sfm-to-vendor', at: at(0), firstResponseDueAt: at(24), resolutionDueAt: at(240) },
};
const acknowledged: CaseEvent = { type: 'case.acknowledged', data: { party: 'cgm', by: cgm, at: at(1) } };
const asked: CaseEvent = {
  type: 'case.information-requested',
  data: { question: text('Hvilken versjon?'), by: cgm, at: at(2) },
};
const resolved: CaseEvent = {
  type: 'case.resolved',
  data: { party: 'cgm', resolution: text('Rettet i 8.4.3'), by: cgm, at: at(5) },
};
const closed: CaseEvent = { type: 'case.closed', data: { by: reporter, at: at(6) } };

describe('Case decider', () => {
  describe('report', () => {
    it('reports a new case', () =>
      given().when({ type: 'report-case', actor: reporter, at: T0, report }).then(reported));
    it('refuses to report the same case twice', () =>
      given(reported)
        .when({ type: 'report-case', actor: reporter, at: T0, report })
        .thenFails(CaseAlreadyReportedError));
    it('knows no commands for a case that does not exist', () =>
      given().when({ type: 'acknowledge-case', actor: cgm, at: T0 }).thenFails(CaseNotFoundError));
  });

  describe('route', () => {
    it('routes a reported case and starts the party clock', () =>
      given(reported)
        .when({ type: 'route-case', actor: system, at: at(0), party: 'cgm', rule: 'sfm-to-vendor', serviceLevel: SLA })
        .then(routed));
    it('does not route a case twice', () =>
      given(reported, routed)
        .when({ type: 'route-case', actor: system, at: at(0), party: 'nhn', rule: 'x', serviceLevel: SLA })
        .thenFails(InvalidCaseTransitionError));
  });

  describe('acknowledge', () => {
    it('is taken by the current party', () =>
      given(reported, routed)
        .when({ type: 'acknowledge-case', actor: cgm, at: at(1) })
        .then(acknowledged));
    it('is refused to another party', () =>
      given(reported, routed)
        .when({ type: 'acknowledge-case', actor: nhn, at: at(1) })
        .thenFails(NotCurrentPartyError));
    it('is refused to a reporter and to a coordinator', () => {
      given(reported, routed)
        .when({ type: 'acknowledge-case', actor: reporter, at: at(1) })
        .thenFails(NotCurrentPartyError);
      given(reported, routed)
        .when({ type: 'acknowledge-case', actor: coordinator, at: at(1) })
        .thenFails(NotCurrentPartyError);
    });
    it('happens once', () =>
      given(reported, routed, acknowledged)
        .when({ type: 'acknowledge-case', actor: cgm, at: at(2) })
        .thenFails(InvalidCaseTransitionError));
    it('cannot wait for routing', () =>
      given(reported)
        .when({ type: 'acknowledge-case', actor: cgm, at: at(1) })
        .thenFails(InvalidCaseTransitionError));
  });

  describe('comments', () => {
    const comment = (actor: ActorRef, visibility: 'public' | 'internal'): CaseCommand => ({
      type: 'add-comment',
      actor,
      at: at(3),
      commentId: 'c1',
      visibility,
      body: text('Vi ser på det'),
    });
    it('takes a public comment from anyone who may see the case', () =>
      given(reported, routed)
        .when(comment(reporter, 'public'))
        .then({
          type: 'case.comment-added',
          data: { commentId: 'c1', author: reporter, visibility: 'public', body: text('Vi ser på det'), at: at(3) },
        }));
    it('takes internal comments only from the current party and coordinators', () => {
      expect(decide(comment(cgm, 'internal'), replay([reported, routed]))).toHaveLength(1);
      expect(decide(comment(coordinator, 'internal'), replay([reported, routed]))).toHaveLength(1);
      given(reported, routed).when(comment(reporter, 'internal')).thenFails(NotCurrentPartyError);
      given(reported, routed).when(comment(nhn, 'internal')).thenFails(NotCurrentPartyError);
    });
    it('takes no comment on a closed case', () =>
      given(reported, routed, resolved, closed).when(comment(reporter, 'public')).thenFails(CaseClosedError));
  });

  describe('information', () => {
    it('pauses the clock when the party asks', () =>
      given(reported, routed, acknowledged)
        .when({ type: 'request-information', actor: cgm, at: at(2), question: text('Hvilken versjon?') })
        .then(asked));
    it('may be asked by a coordinator, not by another party', () => {
      expect(
        decide(
          { type: 'request-information', actor: coordinator, at: at(2), question: text('?') },
          replay([reported, routed]),
        ),
      ).toHaveLength(1);
      given(reported, routed)
        .when({ type: 'request-information', actor: nhn, at: at(2), question: text('?') })
        .thenFails(NotCurrentPartyError);
    });
    it('resumes with both due times moved by the pause, back to the status before it', () => {
      const events = decide(
        { type: 'provide-information', actor: reporter, at: at(12), answer: text('8.4.2') },
        replay([reported, routed, acknowledged, asked]),
      );
      expect(events).toEqual([
        {
          type: 'case.information-provided',
          data: {
            answer: text('8.4.2'),
            by: reporter,
            pausedMs: 10 * 3_600_000,
            firstResponseDueAt: at(34),
            resolutionDueAt: at(250),
            at: at(12),
          },
        },
      ]);
      expect(replay([reported, routed, acknowledged, asked, ...events]).status).toBe('acknowledged');
    });
    it('is answered only by the reporting organisation', () =>
      given(reported, routed, asked)
        .when({ type: 'provide-information', actor: otherReporter, at: at(3), answer: text('x') })
        .thenFails(NotReportingOrganisationError));
    it('cannot be answered when nobody asked', () =>
      given(reported, routed)
        .when({ type: 'provide-information', actor: reporter, at: at(3), answer: text('x') })
        .thenFails(InvalidCaseTransitionError));
  });

  describe('forward', () => {
    it('moves the case to the new party with a new clock', () =>
      given(reported, routed, acknowledged)
        .when({
          type: 'forward-case',
          actor: cgm,
          at: at(10),
          to: 'nhn',
          reason: text('Feil i SFM'),
          serviceLevel: NHN_SLA,
        })
        .then({
          type: 'case.forwarded',
          data: {
            from: 'cgm',
            to: 'nhn',
            reason: text('Feil i SFM'),
            by: cgm,
            at: at(10),
            firstResponseDueAt: at(14),
            resolutionDueAt: at(82),
          },
        }));
    it('is refused to the same party and to others', () => {
      given(reported, routed)
        .when({ type: 'forward-case', actor: cgm, at: at(1), to: 'cgm', reason: text('x'), serviceLevel: SLA })
        .thenFails(InvalidForwardError);
      given(reported, routed)
        .when({ type: 'forward-case', actor: nhn, at: at(1), to: 'nhn', reason: text('x'), serviceLevel: SLA })
        .thenFails(NotCurrentPartyError);
    });
    it('lets the new party take the case and not the old one', () => {
      const forwarded = decide(
        { type: 'forward-case', actor: cgm, at: at(10), to: 'nhn', reason: text('x'), serviceLevel: NHN_SLA },
        replay([reported, routed]),
      );
      const history = [reported, routed, ...forwarded];
      expect(decide({ type: 'acknowledge-case', actor: nhn, at: at(11) }, replay(history))).toHaveLength(1);
      given(...history)
        .when({ type: 'acknowledge-case', actor: cgm, at: at(11) })
        .thenFails(NotCurrentPartyError);
    });
  });

  describe('resolve, reopen, close', () => {
    it('resolves by the current party', () =>
      given(reported, routed, acknowledged)
        .when({ type: 'resolve-case', actor: cgm, at: at(5), resolution: text('Rettet i 8.4.3') })
        .then(resolved));
    it('does not resolve twice', () =>
      given(reported, routed, resolved)
        .when({ type: 'resolve-case', actor: cgm, at: at(6), resolution: text('x') })
        .thenFails(InvalidCaseTransitionError));
    it('is reopened by the reporter with a new resolution clock', () =>
      given(reported, routed, resolved)
        .when({ type: 'reopen-case', actor: reporter, at: at(7), reason: text('Feilen er tilbake'), serviceLevel: SLA })
        .then({
          type: 'case.reopened',
          data: { reason: text('Feilen er tilbake'), by: reporter, resolutionDueAt: at(247), at: at(7) },
        }));
    it('is not reopened by another organisation or a responder, nor while open', () => {
      given(reported, routed, resolved)
        .when({ type: 'reopen-case', actor: otherReporter, at: at(7), reason: text('x'), serviceLevel: SLA })
        .thenFails(NotReportingOrganisationError);
      given(reported, routed, resolved)
        .when({ type: 'reopen-case', actor: cgm, at: at(7), reason: text('x'), serviceLevel: SLA })
        .thenFails(NotReportingOrganisationError);
      given(reported, routed)
        .when({ type: 'reopen-case', actor: reporter, at: at(7), reason: text('x'), serviceLevel: SLA })
        .thenFails(InvalidCaseTransitionError);
    });
    it('is closed by the reporter once resolved, by a coordinator at any time, once', () => {
      given(reported, routed, resolved)
        .when({ type: 'close-case', actor: reporter, at: at(6) })
        .then(closed);
      given(reported, routed)
        .when({ type: 'close-case', actor: reporter, at: at(6) })
        .thenFails(InvalidCaseTransitionError);
      expect(decide({ type: 'close-case', actor: coordinator, at: at(6) }, replay([reported, routed]))).toHaveLength(1);
      given(reported, routed, resolved, closed)
        .when({ type: 'close-case', actor: coordinator, at: at(7) })
        .thenFails(CaseClosedError);
    });
    it('can be reopened after closing by a coordinator', () =>
      expect(
        decide(
          { type: 'reopen-case', actor: coordinator, at: at(9), reason: text('x'), serviceLevel: SLA },
          replay([reported, routed, resolved, closed]),
        ),
      ).toHaveLength(1));
    it('takes no work once closed', () =>
      given(reported, routed, resolved, closed)
        .when({ type: 'resolve-case', actor: cgm, at: at(9), resolution: text('x') })
        .thenFails(CaseClosedError));
  });

  describe('link', () => {
    const link = (actor: ActorRef, other = 'case-2'): CaseCommand => ({
      type: 'link-case',
      actor,
      at: at(4),
      case: other,
      relation: 'duplicate-of',
    });
    it('links by a coordinator or the current party', () => {
      given(reported, routed)
        .when(link(coordinator))
        .then({ type: 'case.linked', data: { case: 'case-2', relation: 'duplicate-of', by: coordinator, at: at(4) } });
      expect(decide(link(cgm), replay([reported, routed]))).toHaveLength(1);
      given(reported, routed).when(link(nhn)).thenFails(NotCurrentPartyError);
    });
    it('refuses a link to itself or the same link twice', () => {
      given(reported, routed).when(link(coordinator, 'case-1')).thenFails(InvalidLinkError);
      const linked = decide(link(coordinator), replay([reported, routed]));
      given(reported, routed, ...linked)
        .when(link(coordinator))
        .thenFails(InvalidLinkError);
    });
  });

  describe('SLA breach', () => {
    const breach = (kind: 'first-response' | 'resolution', hours: number): CaseCommand => ({
      type: 'record-sla-breach',
      actor: system,
      at: at(hours),
      kind,
    });
    it('records a first-response breach once the due time has passed without an answer', () =>
      given(reported, routed)
        .when(breach('first-response', 25))
        .then({
          type: 'case.sla-breached',
          data: { party: 'cgm', kind: 'first-response', dueAt: at(24), at: at(25) },
        }));
    it('records nothing before the due time, after an answer, while paused, or twice', () => {
      given(reported, routed).when(breach('first-response', 23)).thenFails(SlaNotBreachedError);
      given(reported, routed, acknowledged).when(breach('first-response', 25)).thenFails(SlaNotBreachedError);
      given(reported, routed, asked).when(breach('resolution', 300)).thenFails(SlaNotBreachedError);
      const first = decide(breach('first-response', 25), replay([reported, routed]));
      given(reported, routed, ...first)
        .when(breach('first-response', 26))
        .thenFails(SlaNotBreachedError);
    });
    it('records a resolution breach for the current party, not after resolution', () => {
      given(reported, routed, acknowledged)
        .when(breach('resolution', 241))
        .then({ type: 'case.sla-breached', data: { party: 'cgm', kind: 'resolution', dueAt: at(240), at: at(241) } });
      given(reported, routed, resolved).when(breach('resolution', 241)).thenFails(SlaNotBreachedError);
    });
  });
});

describe('case streams', () => {
  it('names a case by its stream and reads the case back from the name; other streams are no case', () => {
    expect(caseStreamId('01a2')).toBe('case-01a2');
    expect(caseIdOfStream(caseStreamId('01a2'))).toBe('01a2');
    expect(caseIdOfStream('routing-rules')).toBeUndefined();
    expect(caseIdOfStream('incident-01a2')).toBeUndefined();
  });
});
