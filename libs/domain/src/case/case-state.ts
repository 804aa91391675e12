import type { CaseEvent } from './case-events';
import type { CaseStatus, LinkRelation, SlaKind } from './case-status';

/** What the decider needs to know of a case; the read models hold what people see. */
export interface CaseState {
  readonly id: string | undefined;
  readonly status: CaseStatus | undefined;
  readonly reporterOrganisation: string | undefined;
  readonly party: string | undefined;
  /** Every party the case has been routed to, in order. */
  readonly routedParties: readonly string[];
  readonly firstResponseDueAt: string | undefined;
  readonly resolutionDueAt: string | undefined;
  /** Whether the current party has answered (acknowledged, asked, forwarded or resolved). */
  readonly responded: boolean;
  /** The status to return to when the awaited information arrives, and since when the clock stands still. */
  readonly paused: { readonly since: string; readonly resume: CaseStatus } | undefined;
  /** `${party}:${kind}` of every recorded breach. */
  readonly breaches: readonly string[];
  readonly links: readonly { readonly case: string; readonly relation: LinkRelation }[];
  /** The other organisation the case concerns, if any. */
  readonly concerns: string | null;
  /** The organisation the reporting one shares its identity numbers with (the one concerned), if any. */
  readonly identitySharedWith: string | null;
}

export const INITIAL_CASE_STATE: CaseState = {
  id: undefined,
  status: undefined,
  reporterOrganisation: undefined,
  party: undefined,
  routedParties: [],
  firstResponseDueAt: undefined,
  resolutionDueAt: undefined,
  responded: false,
  paused: undefined,
  breaches: [],
  links: [],
  concerns: null,
  identitySharedWith: null,
};

export const breachKey = (party: string, kind: SlaKind) => `${party}:${kind}`;

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  switch (event.type) {
    case 'case.reported':
      return {
        ...state,
        id: event.data.caseId,
        status: 'reported',
        reporterOrganisation: event.data.reporter.organisation,
        concerns: event.data.concerns ?? null,
      };
    case 'case.routed':
      return {
        ...state,
        status: 'routed',
        party: event.data.party,
        routedParties: [...state.routedParties, event.data.party],
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
        responded: false,
      };
    case 'case.acknowledged':
      return { ...state, status: 'acknowledged', responded: true };
    case 'case.information-requested':
      return {
        ...state,
        status: 'awaiting-information',
        responded: true,
        paused: { since: event.data.at, resume: state.status === 'acknowledged' ? 'acknowledged' : 'routed' },
      };
    case 'case.information-provided':
      return {
        ...state,
        status: state.paused?.resume ?? 'routed',
        paused: undefined,
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'case.forwarded':
      return {
        ...state,
        status: 'routed',
        party: event.data.to,
        routedParties: [...state.routedParties, event.data.to],
        firstResponseDueAt: event.data.firstResponseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
        responded: false,
        paused: undefined,
      };
    case 'case.resolved':
      return { ...state, status: 'resolved', responded: true, paused: undefined };
    case 'case.reopened':
      return { ...state, status: 'routed', resolutionDueAt: event.data.resolutionDueAt };
    case 'case.closed':
      return { ...state, status: 'closed', paused: undefined };
    case 'case.linked':
      return { ...state, links: [...state.links, { case: event.data.case, relation: event.data.relation }] };
    case 'case.sla-breached':
      return { ...state, breaches: [...state.breaches, breachKey(event.data.party, event.data.kind)] };
    case 'case.concerned-organisation-set':
      // Sharing was agreed with the organisation named then, not with whoever is named next.
      return { ...state, concerns: event.data.organisation, identitySharedWith: null };
    case 'case.identity-shared':
      return { ...state, identitySharedWith: event.data.organisation };
    case 'case.identity-sharing-withdrawn':
      return { ...state, identitySharedWith: null };
    case 'case.comment-added':
      return state;
  }
}

export function replay(events: readonly CaseEvent[]): CaseState {
  return events.reduce(evolve, INITIAL_CASE_STATE);
}
