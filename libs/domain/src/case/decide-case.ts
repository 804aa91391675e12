import type { ServiceLevel } from '../directory/directory.types';
import {
  CASE_ACTION_RULES,
  isCurrentParty,
  OPEN_FOR_WORK,
  statusesFor,
  takesAction,
  type CaseAction,
  type CaseActionRule,
} from './case-actions';
import type { ActorRef, CaseEvent, ServiceClock } from './case-events';
import type { CaseCommand } from './case-commands';
import { breachKey, type CaseState } from './case-state';
import { SETS_CONCERNED_ORGANISATION } from './concerned-organisation';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import type { CaseStatus } from './case-status';
import {
  CaseAlreadyReportedError,
  CaseClosedError,
  CaseNotFoundError,
  InvalidCaseTransitionError,
  InvalidForwardError,
  InvalidIdentitySharingError,
  InvalidLinkError,
  NotCurrentPartyError,
  NotReportingOrganisationError,
  NotWorkingGroupError,
  SlaNotBreachedError,
} from './errors/case-errors';

const HOUR_MS = 3_600_000;

/**
 * The Case aggregate as a decider: given the case's state and a command, the events that happen, or a
 * typed error. Pure: time comes in with the command.
 */
export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  if (command.type === 'report-case') {
    if (state.status !== undefined) throw new CaseAlreadyReportedError(command.report.caseId);
    return [{ type: 'case.reported', data: command.report }];
  }
  const status = state.status;
  if (status === undefined) throw new CaseNotFoundError(command.type);
  const { actor, at } = command;

  switch (command.type) {
    case 'route-case':
      requireStatus(command.type, status, ['reported']);
      return [
        {
          type: 'case.routed',
          data: { party: command.party, rule: command.rule, at, ...clock(at, command.serviceLevel) },
        },
      ];

    case 'acknowledge-case':
      requireAllowed(command.type, 'acknowledge', status, state, actor);
      return [{ type: 'case.acknowledged', data: { party: state.party as string, by: actor, at } }];

    case 'add-comment':
      if (status === 'closed') throw new CaseClosedError('comment');
      if (command.visibility === 'internal') requireCurrentParty('write an internal comment', state, actor, true);
      return [
        {
          type: 'case.comment-added',
          data: { commentId: command.commentId, author: actor, visibility: command.visibility, body: command.body, at },
        },
      ];

    case 'request-information':
      requireAllowed(command.type, 'request-information', status, state, actor);
      return [{ type: 'case.information-requested', data: { question: command.question, by: actor, at } }];

    case 'provide-information': {
      requireAllowed(command.type, 'provide-information', status, state, actor);
      const pausedMs = Math.max(0, Date.parse(at) - Date.parse(state.paused?.since ?? at));
      return [
        {
          type: 'case.information-provided',
          data: {
            answer: command.answer,
            by: actor,
            pausedMs,
            firstResponseDueAt: shift(state.firstResponseDueAt, pausedMs),
            resolutionDueAt: shift(state.resolutionDueAt, pausedMs),
            at,
          },
        },
      ];
    }

    case 'forward-case':
      requireAllowed(command.type, 'forward', status, state, actor);
      if (command.to === state.party) throw new InvalidForwardError(command.to);
      return [
        {
          type: 'case.forwarded',
          data: {
            from: state.party as string,
            to: command.to,
            reason: command.reason,
            by: actor,
            at,
            ...clock(at, command.serviceLevel),
          },
        },
      ];

    case 'resolve-case':
      requireAllowed(command.type, 'resolve', status, state, actor);
      return [
        {
          type: 'case.resolved',
          data: { party: state.party as string, resolution: command.resolution, by: actor, at },
        },
      ];

    case 'reopen-case':
      requireAllowed(command.type, 'reopen', status, state, actor);
      return [
        {
          type: 'case.reopened',
          data: {
            reason: command.reason,
            by: actor,
            resolutionDueAt: clock(at, command.serviceLevel).resolutionDueAt,
            at,
          },
        },
      ];

    case 'close-case':
      if (status === 'closed') throw new CaseClosedError('close');
      requireTaker(command.type, CASE_ACTION_RULES.close, state, actor);
      requireStatus(command.type, status, statusesFor(CASE_ACTION_RULES.close, actor));
      return [{ type: 'case.closed', data: { by: actor, at } }];

    case 'link-case':
      if (status === 'closed') throw new CaseClosedError('link');
      if (command.case === state.id) throw new InvalidLinkError('A case cannot be linked to itself');
      if (state.links.some((l) => l.case === command.case && l.relation === command.relation)) {
        throw new InvalidLinkError(`The case is already linked to ${command.case} as ${command.relation}`);
      }
      if (actor.role !== 'coordinator') requireCurrentParty(command.type, state, actor, true);
      return [{ type: 'case.linked', data: { case: command.case, relation: command.relation, by: actor, at } }];

    case 'record-sla-breach': {
      const dueAt = command.kind === 'first-response' ? state.firstResponseDueAt : state.resolutionDueAt;
      const party = state.party;
      const clockStopped =
        !OPEN_FOR_WORK.includes(status) ||
        status === 'awaiting-information' ||
        (command.kind === 'first-response' && state.responded);
      if (
        !party ||
        !dueAt ||
        clockStopped ||
        Date.parse(dueAt) > Date.parse(at) ||
        state.breaches.includes(breachKey(party, command.kind))
      ) {
        throw new SlaNotBreachedError(command.kind);
      }
      return [{ type: 'case.sla-breached', data: { party, kind: command.kind, dueAt, at } }];
    }

    case 'set-concerned-organisation':
      if (!(SETS_CONCERNED_ORGANISATION as readonly string[]).includes(actor.role)) {
        throw new NotWorkingGroupError(command.type);
      }
      if (command.organisation === state.concerns) {
        throw new CaseCommandRejectedError('organisation', 'is already the organisation the case concerns');
      }
      return [{ type: 'case.concerned-organisation-set', data: { organisation: command.organisation, by: actor, at } }];

    case 'share-identity':
      requireReporter(command.type, state, actor);
      if (state.concerns === null) {
        throw new InvalidIdentitySharingError('The case names no organisation it concerns to share with');
      }
      if (state.identitySharedWith === state.concerns) {
        throw new InvalidIdentitySharingError('The identity numbers are already shared with that organisation');
      }
      return [{ type: 'case.identity-shared', data: { organisation: state.concerns, by: actor, at } }];

    case 'withdraw-identity-sharing':
      requireReporter(command.type, state, actor);
      if (state.identitySharedWith === null) {
        throw new InvalidIdentitySharingError('The identity numbers are not shared with anyone');
      }
      return [
        { type: 'case.identity-sharing-withdrawn', data: { organisation: state.identitySharedWith, by: actor, at } },
      ];
  }
}

/** The reporting organisation's people decide on its patients' identity numbers; not a coordinator, not a system. */
function requireReporter(command: string, state: CaseState, actor: ActorRef): void {
  if (actor.role !== 'reporter' || actor.organisation !== state.reporterOrganisation) {
    throw new NotReportingOrganisationError(command);
  }
}

function requireStatus(command: string, status: CaseStatus, allowed: readonly CaseStatus[]): void {
  if (status === 'closed' && !allowed.includes('closed')) throw new CaseClosedError(command);
  if (!allowed.includes(status)) throw new InvalidCaseTransitionError(command, status);
}

/** The action's rule (libs/domain case-actions): first the statuses it is taken in, then who takes it. */
function requireAllowed(command: string, action: CaseAction, status: CaseStatus, state: CaseState, actor: ActorRef) {
  const rule = CASE_ACTION_RULES[action];
  requireStatus(command, status, statusesFor(rule, actor));
  requireTaker(command, rule, state, actor);
}

/** The rule's taker, or a coordinator where it lets them (the route has already checked the role). */
function requireTaker(command: string, rule: CaseActionRule, state: CaseState, actor: ActorRef): void {
  if (takesAction(rule, state, actor)) return;
  if (rule.takenBy === 'current-party') throw new NotCurrentPartyError(command);
  throw new NotReportingOrganisationError(command);
}

function requireCurrentParty(command: string, state: CaseState, actor: ActorRef, coordinatorMay: boolean): void {
  if (coordinatorMay && actor.role === 'coordinator') return;
  if (!isCurrentParty(state, actor)) throw new NotCurrentPartyError(command);
}

function clock(at: string, serviceLevel: ServiceLevel): ServiceClock {
  const start = Date.parse(at);
  return {
    firstResponseDueAt: new Date(start + serviceLevel.firstResponseHours * HOUR_MS).toISOString(),
    resolutionDueAt: new Date(start + serviceLevel.resolutionHours * HOUR_MS).toISOString(),
  };
}

function shift(dueAt: string | undefined, ms: number): string {
  return new Date(Date.parse(dueAt ?? new Date(0).toISOString()) + ms).toISOString();
}
