import type { ActorRef, CaseEvent } from '../case/case-events';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Directory } from '../directory/directory';
import { wantsNotification } from './notification-kinds';
import {
  foldNotifiedCase,
  planCaseNotifications,
  type NotifiedCase,
  type PlannedNotification,
} from './notification-plan';
import { redactText } from '../privacy/screened-text';
import { reportedSystem } from '../case/reported-system';
import { organisationHolder } from '../case/case-holder';

const directory = new Directory(DEMO_DIRECTORY);
const AT = '2026-12-01T10:00:00.000Z';
const REPORTER: ActorRef = {
  username: 'lege.cgm',
  name: 'Kari Nordmann',
  role: 'reporter',
  organisation: 'morkved-legesenter',
};
const RESPONDER: ActorRef = { username: 'support.cgm', name: 'Jonas Kristiansen', role: 'responder', party: 'cgm' };
const text = (t: string) => ({ text: redactText(t), piiRedacted: 0 });
const clock = { firstResponseDueAt: AT, resolutionDueAt: AT };

const reported: CaseEvent = {
  type: 'case.reported',
  data: {
    caseId: 'c1',
    reference: 'PLL-2026-000001',
    category: 'sfm',
    subcategory: 'sync',
    title: { text: redactText('Feil for [fødselsnummer]'), piiRedacted: 1, sealed: 'v1:…' },
    description: text('…'),
    occurredAt: AT,
    reportedAt: AT,
    reporter: { ...REPORTER, organisation: 'morkved-legesenter' },
    system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
    multidoseMode: 'none',
    harm: 'none',
    scope: { multiplePatients: false, multipleOrganisations: false },
    technical: {},
  },
};
const routed: CaseEvent = { type: 'case.routed', data: { party: 'cgm', rule: 'r', at: AT, ...clock } };

function routedCase(): NotifiedCase {
  const folded = foldNotifiedCase(foldNotifiedCase(undefined, 'c1', reported, directory), 'c1', routed, directory);
  return folded as NotifiedCase;
}

/** Who hears of it, as `mailbox:<address>` or `person:<username>`. */
const recipients = (planned: PlannedNotification[]) =>
  planned.map(
    (p) =>
      `${p.kind} ${p.recipient.kind === 'person' ? `person:${p.recipient.person.username}` : `mailbox:${p.recipient.address}`}`,
  );

describe('planning notifications', () => {
  it('folds what it needs of a case: reference, redacted title, region and every party it went to', () => {
    const forwarded: CaseEvent = {
      type: 'case.forwarded',
      data: { from: 'cgm', to: 'nhn', reason: text('SFM'), by: RESPONDER, at: AT, ...clock },
    };
    expect(foldNotifiedCase(routedCase(), 'c1', forwarded, directory)).toEqual({
      caseId: 'c1',
      reference: 'PLL-2026-000001',
      title: 'Feil for [fødselsnummer]',
      category: 'sfm',
      reporter: { username: 'lege.cgm', organisation: 'morkved-legesenter' },
      region: 'helse-nord',
      party: 'nhn',
      routedParties: ['cgm', 'nhn'],
    });
    expect(foldNotifiedCase(undefined, 'c1', routed, directory)).toBeUndefined();
  });

  it("tells the party's mailbox and its responders of a case routed to it", () => {
    expect(recipients(planCaseNotifications(routedCase(), routed, directory))).toEqual([
      'case-assigned mailbox:saker@cgm.example.no',
      'case-assigned person:support.cgm',
    ]);
  });

  it("tells an organisation's contact addresses and its reporters of a case routed to it, and the reporter of its answer", () => {
    const holder = organisationHolder('ronvik-legesenter');
    const toOffice: CaseEvent = { type: 'case.routed', data: { party: holder, rule: 'r', at: AT, ...clock } };
    const notified = foldNotifiedCase(
      foldNotifiedCase(undefined, 'c1', reported, directory),
      'c1',
      toOffice,
      directory,
    );
    const contacts = directory.organisation('ronvik-legesenter').contactEmails ?? [];
    const reporters = directory
      .allPeople()
      .filter((p) => p.organisation === 'ronvik-legesenter' && p.role === 'reporter');
    expect(reporters.length).toBeGreaterThan(0);
    expect(recipients(planCaseNotifications(notified as NotifiedCase, toOffice, directory))).toEqual([
      ...contacts.map((address) => `case-assigned mailbox:${address}`),
      ...reporters.map((p) => `case-assigned person:${p.username}`),
    ]);
    // The office's doctor answers in public: the reporting GP hears of it, the office does not hear of itself.
    const doctor = reporters[0];
    const comment: CaseEvent = {
      type: 'case.comment-added',
      data: {
        commentId: 'k1',
        author: { username: doctor.username, name: doctor.name, role: 'reporter', organisation: 'ronvik-legesenter' },
        visibility: 'public',
        body: text('Vi retter resepten'),
        at: AT,
      },
    };
    expect(recipients(planCaseNotifications(notified as NotifiedCase, comment, directory))).toEqual([
      'public-comment person:lege.cgm',
    ]);
  });

  it('tells the reporter when the party acts, and the party when the reporter does; nobody of their own doing', () => {
    const notified = routedCase();
    const acknowledged: CaseEvent = { type: 'case.acknowledged', data: { party: 'cgm', by: RESPONDER, at: AT } };
    expect(recipients(planCaseNotifications(notified, acknowledged, directory))).toEqual([
      'case-acknowledged person:lege.cgm',
    ]);
    const comment = (author: ActorRef, visibility: 'public' | 'internal'): CaseEvent => ({
      type: 'case.comment-added',
      data: { commentId: 'k', author, visibility, body: text('…'), at: AT },
    });
    expect(recipients(planCaseNotifications(notified, comment(REPORTER, 'public'), directory))).toEqual([
      'reporter-replied mailbox:saker@cgm.example.no',
      'reporter-replied person:support.cgm',
    ]);
    expect(recipients(planCaseNotifications(notified, comment(RESPONDER, 'public'), directory))).toEqual([
      'public-comment person:lege.cgm',
    ]);
    expect(planCaseNotifications(notified, comment(RESPONDER, 'internal'), directory)).toEqual([]);
    // The responder who wrote to the party hears nothing of it, the mailbox does.
    const reopenedByResponder: CaseEvent = {
      type: 'case.reopened',
      data: { reason: text('…'), by: RESPONDER, resolutionDueAt: AT, at: AT },
    };
    expect(recipients(planCaseNotifications(notified, reopenedByResponder, directory))).toEqual([
      'reporter-replied mailbox:saker@cgm.example.no',
    ]);
  });

  it("tells the region's coordinators of a passed deadline", () => {
    const breached: CaseEvent = {
      type: 'case.sla-breached',
      data: { party: 'cgm', kind: 'first-response', dueAt: AT, at: AT },
    };
    expect(recipients(planCaseNotifications(routedCase(), breached, directory))).toEqual([
      'sla-breached person:koordinator.nord',
    ]);
  });

  it("applies a person's choices over their role's defaults; a kind the role has not is never sent", () => {
    expect(wantsNotification('reporter', 'public-comment', {})).toBe(true);
    expect(wantsNotification('reporter', 'public-comment', { 'public-comment': false })).toBe(false);
    expect(wantsNotification('responder', 'case-assigned', {})).toBe(false);
    expect(wantsNotification('responder', 'case-assigned', { 'case-assigned': true })).toBe(true);
    expect(wantsNotification('reporter', 'sla-breached', { 'sla-breached': true })).toBe(false);
  });
});

describe('notifications of a followed case', () => {
  const NHN: ActorRef = { username: 'kundesenter.nhn', name: 'Nina Haugen', role: 'responder', party: 'nhn' };
  const forwarded: CaseEvent = {
    type: 'case.forwarded',
    data: { from: 'cgm', to: 'nhn', reason: text('SFM'), by: RESPONDER, at: AT, ...clock },
  };
  /** With NHN now, after CGM; the working group's coordinator and a reporter of another organisation follow. */
  const followed = (followers: string[]): NotifiedCase => ({
    ...(foldNotifiedCase(routedCase(), 'c1', forwarded, directory) as NotifiedCase),
    followers,
  });
  const comment = (visibility: 'public' | 'internal'): CaseEvent => ({
    type: 'case.comment-added',
    data: { commentId: 'k', author: NHN, visibility, body: text('…'), at: AT },
  });

  /** One event of every type, as NHN or the reporter would cause it; a public comment stands for comments. */
  const EVERY_TYPE: Readonly<Record<CaseEvent['type'], CaseEvent>> = {
    'case.reported': reported,
    'case.routed': routed,
    'case.acknowledged': { type: 'case.acknowledged', data: { party: 'nhn', by: NHN, at: AT } },
    'case.comment-added': comment('public'),
    'case.information-requested': {
      type: 'case.information-requested',
      data: { question: text('Versjon?'), by: NHN, at: AT },
    },
    'case.information-provided': {
      type: 'case.information-provided',
      data: { answer: text('8.4'), by: REPORTER, pausedMs: 0, at: AT, ...clock },
    },
    'case.forwarded': {
      type: 'case.forwarded',
      data: { from: 'nhn', to: 'pridok', reason: text('…'), by: NHN, at: AT, ...clock },
    },
    'case.resolved': { type: 'case.resolved', data: { party: 'nhn', resolution: text('Rettet'), by: NHN, at: AT } },
    'case.reopened': {
      type: 'case.reopened',
      data: { reason: text('Igjen'), by: REPORTER, resolutionDueAt: AT, at: AT },
    },
    'case.closed': { type: 'case.closed', data: { by: REPORTER, at: AT } },
    'case.linked': { type: 'case.linked', data: { case: 'c2', relation: 'related', by: NHN, at: AT } },
    'case.sla-breached': {
      type: 'case.sla-breached',
      data: { party: 'nhn', kind: 'first-response', dueAt: AT, at: AT },
    },
    'case.concerned-organisation-set': {
      type: 'case.concerned-organisation-set',
      data: { organisation: 'ronvik-legesenter', by: NHN, at: AT },
    },
    'case.identity-shared': {
      type: 'case.identity-shared',
      data: { organisation: 'ronvik-legesenter', by: REPORTER, at: AT },
    },
    'case.identity-sharing-withdrawn': {
      type: 'case.identity-sharing-withdrawn',
      data: { organisation: 'ronvik-legesenter', by: REPORTER, at: AT },
    },
  };
  const TOLD = [
    'case.acknowledged',
    'case.comment-added',
    'case.information-requested',
    'case.information-provided',
    'case.forwarded',
    'case.resolved',
    'case.reopened',
    'case.closed',
  ];
  const followers = (planned: PlannedNotification[]) =>
    recipients(planned.filter((p) => p.kind === 'followed-case-updated'));

  it.each(Object.entries(EVERY_TYPE))(
    '%s: the party that had the case and its followers hear of it only if it is news of the case',
    (type, event) => {
      // Folded first, as the planner does: a forward makes NHN a holder the case has left too.
      const before = followed(['koordinator.nord']);
      const notified = type === 'case.reported' ? before : foldNotifiedCase(before, 'c1', event, directory);
      const heard = followers(planCaseNotifications(notified as NotifiedCase, event, directory));
      expect(heard).toEqual(
        TOLD.includes(type)
          ? ['followed-case-updated person:support.cgm', 'followed-case-updated person:koordinator.nord']
          : [],
      );
    },
  );

  it('tells nobody of an internal comment, nor of their own doing', () => {
    expect(followers(planCaseNotifications(followed(['koordinator.nord']), comment('internal'), directory))).toEqual(
      [],
    );
    const byCoordinator: CaseEvent = {
      type: 'case.information-requested',
      data: {
        question: text('?'),
        by: { username: 'koordinator.nord', name: 'Hanne Bakken', role: 'coordinator', party: 'arbeidsgruppe-nord' },
        at: AT,
      },
    };
    expect(followers(planCaseNotifications(followed(['koordinator.nord']), byCoordinator, directory))).toEqual([
      'followed-case-updated person:support.cgm',
    ]);
  });

  it('tells a follower once, with the notice of their own role when they have one', () => {
    const planned = planCaseNotifications(
      followed(['lege.cgm', 'lege.cgm']),
      EVERY_TYPE['case.acknowledged'],
      directory,
    );
    expect(recipients(planned).filter((line) => line.endsWith('person:lege.cgm'))).toEqual([
      'case-acknowledged person:lege.cgm',
    ]);
  });

  it('tells a follower nothing once they may no longer see the case, nor anyone the directory lost', () => {
    // A responder of a party the case was never with, and a name the directory does not know.
    const planned = planCaseNotifications(
      followed(['support.pridok', 'gone.person']),
      EVERY_TYPE['case.resolved'],
      directory,
    );
    expect(followers(planned)).toEqual(['followed-case-updated person:support.cgm']);
  });

  it('tells the past holder nothing when the case comes back to it: it hears as the holder', () => {
    const back: CaseEvent = {
      type: 'case.forwarded',
      data: { from: 'nhn', to: 'cgm', reason: text('…'), by: NHN, at: AT, ...clock },
    };
    const notified = foldNotifiedCase(followed([]), 'c1', back, directory) as NotifiedCase;
    expect(recipients(planCaseNotifications(notified, back, directory))).not.toContain(
      'followed-case-updated person:support.cgm',
    );
  });
});
