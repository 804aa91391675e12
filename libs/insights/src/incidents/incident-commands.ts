import { Inject, Injectable } from '@nestjs/common';
import { actorOf, viewerOf, type Caller } from '@lagspill/auth';
import {
  Clock,
  INCIDENT_DECIDER,
  incidentStreamId,
  IncidentNotFoundError,
  type IncidentCommand,
  type IncidentEvent,
  type IncidentState,
} from '@lagspill/domain';
import { DeciderRepository, EventStore } from '@lagspill/event-store';
import { TextScreener } from '@lagspill/platform';
import { v7 as uuidv7 } from 'uuid';
import { IncidentProjection } from './incident.projection';
import { IncidentRepository } from './incident.repository';
import { toIncidentView, type IncidentView } from './incident-view';

/**
 * Updates and acknowledgements on an incident the caller may see (404 otherwise). Answers with the
 * incident once the read model has the change, so the caller sees what they did.
 */
@Injectable()
export class IncidentCommands {
  private readonly incidents: DeciderRepository<IncidentCommand, IncidentEvent, IncidentState>;

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(IncidentRepository) private readonly repository: IncidentRepository,
    @Inject(IncidentProjection) private readonly projection: IncidentProjection,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.incidents = new DeciderRepository(store, INCIDENT_DECIDER);
  }

  async publishUpdate(caller: Caller, incidentId: string, text: string): Promise<IncidentView> {
    await this.requireVisible(caller, incidentId);
    const updateId = uuidv7();
    await this.incidents.handle(incidentStreamId(incidentId), {
      type: 'publish-incident-update',
      actor: actorOf(caller),
      at: this.clock.now().toISOString(),
      updateId,
      // Sealed with the incident's own key, so that erasing it later takes the original with it.
      body: await this.screener.screen(incidentId, text),
    });
    return this.current(caller, incidentId);
  }

  async acknowledgeUpdate(caller: Caller, incidentId: string, updateId: string): Promise<IncidentView> {
    await this.requireVisible(caller, incidentId);
    await this.incidents.handle(incidentStreamId(incidentId), {
      type: 'acknowledge-incident-update',
      actor: actorOf(caller),
      at: this.clock.now().toISOString(),
      updateId,
    });
    return this.current(caller, incidentId);
  }

  private async requireVisible(caller: Caller, incidentId: string): Promise<void> {
    await this.projection.whenCaughtUp();
    if (!(await this.repository.findVisible(incidentId, viewerOf(caller)))) throw new IncidentNotFoundError(incidentId);
  }

  private async current(caller: Caller, incidentId: string): Promise<IncidentView> {
    await this.projection.whenCaughtUp();
    const viewer = viewerOf(caller);
    const document = await this.repository.findVisible(incidentId, viewer);
    if (!document) throw new IncidentNotFoundError(incidentId);
    return toIncidentView(document, viewer);
  }
}
