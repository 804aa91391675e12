import type { ActorRef } from '../case/case-events';
import type { RedactedText, ScreenedText } from '../privacy/screened-text';
import {
  ClusterAlreadyDecidedError,
  IncidentAlreadyDeclaredError,
  IncidentNotFoundError,
  IncidentUpdateNotFoundError,
  NotCoordinatorError,
  NotIncidentParticipantError,
  UpdateAlreadyAcknowledgedError,
} from './incident-errors';
import {
  CLUSTER_EVENT_SCHEMA_VERSIONS,
  INCIDENT_EVENT_SCHEMA_VERSIONS,
  type ClusterEvent,
  type IncidentDeclaredData,
  type IncidentEvent,
  type IncidentUpdateDeliveredData,
} from './incident-events';

interface Command<T extends string> {
  readonly type: T;
  readonly actor: ActorRef;
  readonly at: string;
}

export type IncidentCommand =
  | (Command<'declare-incident'> & { readonly incident: Omit<IncidentDeclaredData, 'by' | 'at'> })
  | (Command<'publish-incident-update'> & { readonly updateId: string; readonly body: ScreenedText })
  | (Command<'record-update-delivery'> & Omit<IncidentUpdateDeliveredData, 'at'>)
  | (Command<'acknowledge-incident-update'> & { readonly updateId: string });

export interface IncidentState {
  readonly id: string | undefined;
  readonly party: string | undefined;
  readonly organisations: readonly string[];
  /** Update id → organisations that acknowledged it. */
  readonly updates: Readonly<Record<string, readonly string[]>>;
}

const INITIAL_INCIDENT_STATE: IncidentState = { id: undefined, party: undefined, organisations: [], updates: {} };

/** The organisations that acknowledged an update, or undefined for no such update (not "constructor"'s). */
function updateOf(state: IncidentState, updateId: string): readonly string[] | undefined {
  return Object.hasOwn(state.updates, updateId) ? state.updates[updateId] : undefined;
}

function decideIncident(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  const { actor, at } = command;
  if (command.type === 'declare-incident') {
    if (state.id !== undefined) throw new IncidentAlreadyDeclaredError(state.id);
    if (actor.role !== 'coordinator') throw new NotCoordinatorError('declare an incident');
    return [{ type: 'incident.declared', data: { ...command.incident, by: actor, at } }];
  }
  if (state.id === undefined) throw new IncidentNotFoundError(command.type);
  switch (command.type) {
    case 'publish-incident-update': {
      const speaks = actor.role === 'coordinator' || (actor.role === 'responder' && actor.party === state.party);
      if (!speaks) throw new NotIncidentParticipantError('publish an update');
      if (updateOf(state, command.updateId)) return []; // a retry of the same update
      return [
        { type: 'incident.update-published', data: { updateId: command.updateId, body: command.body, by: actor, at } },
      ];
    }
    case 'record-update-delivery':
      if (!updateOf(state, command.updateId)) throw new IncidentUpdateNotFoundError(command.updateId);
      return [
        {
          type: 'incident.update-delivered',
          data: { updateId: command.updateId, delivered: command.delivered, skipped: command.skipped, at },
        },
      ];
    case 'acknowledge-incident-update': {
      const acknowledged = updateOf(state, command.updateId);
      if (!acknowledged) throw new IncidentUpdateNotFoundError(command.updateId);
      const organisation = actor.organisation;
      if (actor.role !== 'reporter' || !organisation || !state.organisations.includes(organisation)) {
        throw new NotIncidentParticipantError('acknowledge an update');
      }
      if (acknowledged.includes(organisation)) throw new UpdateAlreadyAcknowledgedError(command.updateId, organisation);
      return [
        { type: 'incident.update-acknowledged', data: { updateId: command.updateId, organisation, by: actor, at } },
      ];
    }
  }
}

function evolveIncident(state: IncidentState, event: IncidentEvent): IncidentState {
  switch (event.type) {
    case 'incident.declared':
      return {
        ...state,
        id: event.data.incidentId,
        party: event.data.party,
        organisations: [...new Set(event.data.cases.map((c) => c.organisation))],
      };
    case 'incident.update-published':
      return { ...state, updates: { ...state.updates, [event.data.updateId]: [] } };
    case 'incident.update-acknowledged': {
      const { updateId, organisation } = event.data;
      return {
        ...state,
        updates: { ...state.updates, [updateId]: [...(updateOf(state, updateId) ?? []), organisation] },
      };
    }
    case 'incident.update-delivered':
      return state;
  }
}

/**
 * An incident: one fault reported by many sites, declared by the working group from a cluster
 * suggestion. Its updates reach every linked case; each linked organisation acknowledges them.
 */
export const INCIDENT_DECIDER = {
  decide: decideIncident,
  evolve: evolveIncident,
  initialState: INITIAL_INCIDENT_STATE,
  schemaVersions: INCIDENT_EVENT_SCHEMA_VERSIONS,
};

/** Decided by a coordinator for `region`: their own region, whose reports of the cluster alone it concerns. */
export type ClusterCommand =
  | (Command<'confirm-cluster'> & { readonly clusterId: string; readonly region: string; readonly incidentId: string })
  | (Command<'reject-cluster'> & {
      readonly clusterId: string;
      readonly region: string;
      readonly reason: RedactedText;
    });

export interface ClusterState {
  /** Region → what its working group decided. */
  readonly decisions: Readonly<Record<string, 'confirmed' | 'rejected'>>;
}

/** What a region decided, or undefined (an own property only: no region is called "constructor"). */
function decisionOf(state: ClusterState, region: string): 'confirmed' | 'rejected' | undefined {
  return Object.hasOwn(state.decisions, region) ? state.decisions[region] : undefined;
}

/**
 * A cluster suggestion is decided once per region: each region's working group confirms it as an incident
 * of its own reports, or rejects it, and that is remembered. A suggestion that spans regions is decided
 * by each of them for itself, so no region declares an incident over another region's cases.
 */
export const CLUSTER_DECIDER = {
  decide(command: ClusterCommand, state: ClusterState): ClusterEvent[] {
    const decided = decisionOf(state, command.region);
    if (decided) throw new ClusterAlreadyDecidedError(command.clusterId, decided);
    if (command.actor.role !== 'coordinator') throw new NotCoordinatorError(`${command.type.split('-')[0]} a cluster`);
    const decision = { clusterId: command.clusterId, region: command.region, by: command.actor, at: command.at };
    return command.type === 'confirm-cluster'
      ? [{ type: 'cluster.confirmed', data: { ...decision, incidentId: command.incidentId } }]
      : [{ type: 'cluster.rejected', data: { ...decision, reason: command.reason } }];
  },
  evolve(state: ClusterState, event: ClusterEvent): ClusterState {
    const decision = event.type === 'cluster.confirmed' ? 'confirmed' : 'rejected';
    return { ...state, decisions: { ...state.decisions, [event.data.region]: decision } };
  },
  initialState: { decisions: {} } as ClusterState,
  schemaVersions: CLUSTER_EVENT_SCHEMA_VERSIONS,
};
