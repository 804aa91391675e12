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
