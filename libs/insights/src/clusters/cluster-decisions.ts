import { Inject, Injectable } from '@nestjs/common';
import { actorOf, viewerOf, type Caller } from '@lagspill/auth';
import {
  Clock,
  CLUSTER_DECIDER,
  clusterStreamId,
  ClusterNotFoundError,
  Directory,
  INCIDENT_DECIDER,
  incidentStreamId,
  redactText,
  type ClusterCommand,
  type ClusterEvent,
  type ClusterState,
  type ClusterSuggestion,
  type IncidentCommand,
  type IncidentEvent,
  type IncidentState,
} from '@lagspill/domain';
import { DeciderRepository, EventStore } from '@lagspill/event-store';
import { ValidationFailedException } from '@lagspill/platform';
import { v7 as uuidv7 } from 'uuid';
import { CLUSTER_EVENT_TYPES } from './cluster-event-types';
import { ClusterFinder } from './cluster-finder';
import { canSeeCluster, visibleReports } from './cluster-view';

/**
 * What a region's working group decides about a suggestion, for its own region's reports: confirmed (the
 * cluster decision and the new incident commit together) or rejected. Either is remembered; a second
 * decision by the same region is a conflict. A suggestion that spans regions is decided by each region
 * for itself, so an incident never reaches a case its declarer may not see.
 */
@Injectable()
export class ClusterDecisions {
  private readonly clusters: DeciderRepository<ClusterCommand, ClusterEvent, ClusterState>;
  private readonly incidents: DeciderRepository<IncidentCommand, IncidentEvent, IncidentState>;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ClusterFinder) private readonly finder: ClusterFinder,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    store.registry.register(...CLUSTER_EVENT_TYPES);
    this.clusters = new DeciderRepository(store, CLUSTER_DECIDER);
    this.incidents = new DeciderRepository(store, INCIDENT_DECIDER);
  }

  /** The suggestion as it stands, if the caller may see it (404 otherwise, as for one that does not exist). */
  async visible(caller: Caller, clusterId: string, now: Date): Promise<ClusterSuggestion> {
    const suggestion = await this.finder.findOne(clusterId, now);
    if (!suggestion || !canSeeCluster(suggestion, viewerOf(caller))) throw new ClusterNotFoundError(clusterId);
    return suggestion;
  }

  /**
   * Declares the incident of the caller's region: the region's reports of the suggestion, and a party
   * that serves the region; `party` defaults to the system's vendor, else the caller's working group.
   */
  async confirm(caller: Caller, clusterId: string, request: { title: string; party?: string }): Promise<string> {
    const now = this.clock.now();
    const suggestion = await this.visible(caller, clusterId, now);
    const region = caller.region as string; // a coordinator who sees the suggestion has a region
    const reports = visibleReports(suggestion, viewerOf(caller));
    const vendor = suggestion.system.vendor;
    const party = request.party ?? (this.directory.servesRegion(vendor, region) ? vendor : caller.party?.id);
    if (!party || !this.directory.servesRegion(party, region)) {
      throw new ValidationFailedException([
        {
          field: 'party',
          message: `party must be a known party that serves ${region}: a national one or the region's own (see GET /api/parties)`,
        },
      ]);
    }
    const incident = { incidentId: uuidv7(), title: redactText(request.title), party };
    const actor = actorOf(caller);
    const at = now.toISOString();
    await this.store.transaction(async (tx) => {
      await this.clusters.handle(
        clusterStreamId(clusterId),
        { type: 'confirm-cluster', actor, at, clusterId, region, incidentId: incident.incidentId },
        { tx },
      );
      await this.incidents.create(
        incidentStreamId(incident.incidentId),
        {
          type: 'declare-incident',
          actor,
          at,
          incident: {
            incidentId: incident.incidentId,
            clusterId,
            title: incident.title,
            system: suggestion.system,
            category: suggestion.category,
            subcategory: suggestion.subcategory,
            party: incident.party,
            regions: [region],
            cases: reports.map((r) => ({ caseId: r.caseId, organisation: r.organisation })),
          },
        },
        { tx },
      );
    });
    return incident.incidentId;
  }

  /** Rejects the suggestion for the caller's region; other regions still decide for themselves. */
  async reject(caller: Caller, clusterId: string, reason: string): Promise<void> {
    const now = this.clock.now();
    await this.visible(caller, clusterId, now);
    await this.clusters.handle(clusterStreamId(clusterId), {
      type: 'reject-cluster',
      actor: actorOf(caller),
      at: now.toISOString(),
      clusterId,
      region: caller.region as string,
      reason: redactText(reason),
    });
  }
}
