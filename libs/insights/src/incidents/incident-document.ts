import type { ActorRef, IncidentCase, IncidentEvent, SharedSystem } from '@lagspill/domain';

export interface IncidentUpdateDocument {
  readonly updateId: string;
  /** Redacted: identity numbers never leave the incident's sealed original. */
  readonly body: string;
  readonly piiRedacted: number;
  readonly by: { readonly name: string; readonly role: string; readonly party: string | null };
  readonly at: string;
  readonly delivered: readonly string[];
  readonly skipped: readonly { readonly caseId: string; readonly reason: string }[];
  readonly acknowledgedBy: readonly { readonly organisation: string; readonly name: string; readonly at: string }[];
}

/** An incident as the read model keeps it (insights.incident.document). */
export interface IncidentDocument {
  readonly id: string;
  readonly version: number;
  readonly clusterId: string;
  readonly title: string;
  readonly system: SharedSystem;
  readonly category: string;
  readonly subcategory: string;
  readonly party: string;
  readonly regions: readonly string[];
  readonly cases: readonly IncidentCase[];
  readonly declaredBy: { readonly name: string; readonly role: string };
  readonly declaredAt: string;
  readonly updates: readonly IncidentUpdateDocument[];
}

const who = (actor: ActorRef) => ({ name: actor.name, role: actor.role, party: actor.party ?? null });

/** Folds one incident event into the document; undefined until it is declared. */
export function applyToIncident(
  document: IncidentDocument | undefined,
  event: IncidentEvent,
  version: number,
): IncidentDocument | undefined {
  if (event.type === 'incident.declared') {
    const d = event.data;
    return {
      id: d.incidentId,
      version,
      clusterId: d.clusterId,
      title: d.title,
      system: d.system,
      category: d.category,
      subcategory: d.subcategory,
      party: d.party,
      regions: d.regions,
      cases: d.cases,
      declaredBy: { name: d.by.name, role: d.by.role },
      declaredAt: d.at,
      updates: [],
    };
  }
  if (!document) return undefined;
  const update = (updateId: string, change: (u: IncidentUpdateDocument) => IncidentUpdateDocument) => ({
    ...document,
    version,
    updates: document.updates.map((u) => (u.updateId === updateId ? change(u) : u)),
  });
  switch (event.type) {
    case 'incident.update-published': {
      const { updateId, body, by, at } = event.data;
      const published: IncidentUpdateDocument = {
        updateId,
        body: body.text,
        piiRedacted: body.piiRedacted,
        by: who(by),
        at,
        delivered: [],
        skipped: [],
        acknowledgedBy: [],
      };
      return { ...document, version, updates: [...document.updates, published] };
    }
    case 'incident.update-delivered':
      return update(event.data.updateId, (u) => ({
        ...u,
        delivered: event.data.delivered,
        skipped: event.data.skipped,
      }));
    case 'incident.update-acknowledged': {
      const { organisation, by, at } = event.data;
      return update(event.data.updateId, (u) => ({
        ...u,
        acknowledgedBy: [...u.acknowledgedBy, { organisation, name: by.name, at }],
      }));
    }
  }
}
