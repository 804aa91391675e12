import type { Role } from '../directory/directory.types';
import type { ActorRef } from './case-events';
import { organisationHolder } from './case-holder';
import type { CaseStatus } from './case-status';

/** The changes a person makes to a case as it is worked; each is one `POST /api/cases/{id}/<action>`. */
export const CASE_ACTIONS = [
  'acknowledge',
  'request-information',
  'provide-information',
  'forward',
  'resolve',
  'reopen',
  'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who may take a case action, and when. */
export interface CaseActionRule {
  /** The roles its route lets in. */
  readonly roles: readonly Role[];
  /** The statuses in which the case takes it. */
  readonly statuses: readonly CaseStatus[];
  /** Who takes it: the party the case is with now, or the organisation that reported it. */
  readonly takenBy: 'current-party' | 'reporting-organisation';
  /** The statuses in which any coordinator may take it as well; absent: a coordinator only as the current party. */
  readonly coordinatorStatuses?: readonly CaseStatus[];
}

export const OPEN_FOR_WORK: readonly CaseStatus[] = ['routed', 'acknowledged', 'awaiting-information'];

/**
 * The one statement of who may do what to a case: the decider enforces it, and the web app offers only
 * what it allows, so a page never shows a button the server is bound to refuse.
 */
export const CASE_ACTION_RULES: Readonly<Record<CaseAction, CaseActionRule>> = {
  // Reporters take the current party's actions only for a case routed to their organisation (case-holder.ts).
  acknowledge: { roles: ['responder', 'reporter'], statuses: ['routed'], takenBy: 'current-party' },
  'request-information': {
    roles: ['responder', 'coordinator', 'reporter'],
    statuses: ['routed', 'acknowledged'],
    takenBy: 'current-party',
    coordinatorStatuses: ['routed', 'acknowledged'],
  },
  'provide-information': { roles: ['reporter'], statuses: ['awaiting-information'], takenBy: 'reporting-organisation' },
  forward: {
    roles: ['responder', 'coordinator'],
    statuses: OPEN_FOR_WORK,
    takenBy: 'current-party',
    coordinatorStatuses: OPEN_FOR_WORK,
  },
  resolve: {
    roles: ['responder', 'coordinator', 'reporter'],
    statuses: OPEN_FOR_WORK,
    takenBy: 'current-party',
    coordinatorStatuses: OPEN_FOR_WORK,
  },
  reopen: {
    roles: ['reporter', 'coordinator'],
    statuses: ['resolved', 'closed'],
    takenBy: 'reporting-organisation',
    coordinatorStatuses: ['resolved', 'closed'],
  },
  // The reporter closes a resolved case; a coordinator may close one at any stage.
  close: {
    roles: ['reporter', 'coordinator'],
    statuses: ['resolved'],
    takenBy: 'reporting-organisation',
    coordinatorStatuses: ['reported', ...OPEN_FOR_WORK, 'resolved'],
  },
};

/** The actor, as far as case actions are concerned. */
export type CaseActor = Pick<ActorRef, 'role' | 'party' | 'organisation'>;

/** The case, as far as case actions are concerned: its status, the party it is with, who reported it. */
export interface CaseStanding {
  readonly status: CaseStatus | undefined;
  readonly party: string | undefined;
  readonly reporterOrganisation: string | undefined;
}

/** A responder or coordinator of the party the case is with now, or a reporter of the organisation it is with. */
export function isCurrentParty(kase: CaseStanding, actor: CaseActor): boolean {
  if (kase.party === undefined) return false;
  if (actor.role === 'reporter') return !!actor.organisation && organisationHolder(actor.organisation) === kase.party;
  return (actor.role === 'responder' || actor.role === 'coordinator') && !!actor.party && actor.party === kase.party;
}

/** A reporter or machine client of the organisation that reported the case. */
export function isReportingOrganisation(kase: CaseStanding, actor: CaseActor): boolean {
  return (
    (actor.role === 'reporter' || actor.role === 'system') &&
    !!actor.organisation &&
    actor.organisation === kase.reporterOrganisation
  );
}

/** Whether the actor is who takes this action: any coordinator where the rule lets them, else its taker. */
export function takesAction(rule: CaseActionRule, kase: CaseStanding, actor: CaseActor): boolean {
  if (rule.coordinatorStatuses && actor.role === 'coordinator') return true;
  return rule.takenBy === 'current-party' ? isCurrentParty(kase, actor) : isReportingOrganisation(kase, actor);
}

/** The statuses in which this actor may take the action. */
export function statusesFor(rule: CaseActionRule, actor: CaseActor): readonly CaseStatus[] {
  return actor.role === 'coordinator' && rule.coordinatorStatuses ? rule.coordinatorStatuses : rule.statuses;
}

/** The actions this actor may take on the case now: those its route admits and the decider accepts. */
export function allowedCaseActions(kase: CaseStanding, actor: CaseActor): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    const rule = CASE_ACTION_RULES[action];
    return (
      rule.roles.includes(actor.role) &&
      kase.status !== undefined &&
      statusesFor(rule, actor).includes(kase.status) &&
      takesAction(rule, kase, actor)
    );
  });
}
