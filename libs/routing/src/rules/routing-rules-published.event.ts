import type { RoutingRule } from '@lagspill/contracts';
import type { ActorRef, RedactedText } from '@lagspill/domain';
import type { EventTypeDefinition } from '@lagspill/event-store';

/** The stream holding every published rule table, of every region and the national defaults, in order. */
export const ROUTING_RULES_STREAM = 'routing-rules';
export const ROUTING_RULES_PUBLISHED = 'routing.rules-published';
export const ROUTING_RULES_PUBLISHED_SCHEMA_VERSION = 2;

/**
 * The region that published every version 1 table. Version 1 had no region: Lagspill ran in Helse Nord
 * alone (PLL i nord), only coordinators published and the only working group was Helse Nord's, so each
 * such table is Helse Nord's own. Read as the national defaults instead, it would route other regions'
 * cases by Helse Nord's choices, its working group among them (decision 0014).
 */
export const ROUTING_RULES_V1_REGION = 'helse-nord';

/** A rule as published: its description is shown to every user, so it is screened on the way in. */
export type PublishedRoutingRule = Omit<RoutingRule, 'description'> & { readonly description: RedactedText };

/**
 * Data of `routing.rules-published` (schema version 2): whose table (a region, or null for the national
 * defaults), the whole table in order, and who published it. The last one per region is in force there.
 */
export interface RoutingRulesPublishedData {
  readonly region: string | null;
  readonly rules: readonly PublishedRoutingRule[];
  readonly publishedBy: ActorRef;
  readonly at: string;
}

/** Version 1 (`{rules, publishedBy, at}`) → 2: the table is Helse Nord's. */
export function upcastRoutingRulesPublishedV1(data: unknown): unknown {
  return { region: ROUTING_RULES_V1_REGION, ...(data as object) };
}

/** The event type with its upcaster, registered on the store's registry by whoever reads the stream. */
export const ROUTING_RULES_PUBLISHED_TYPE: EventTypeDefinition = {
  type: ROUTING_RULES_PUBLISHED,
  schemaVersion: ROUTING_RULES_PUBLISHED_SCHEMA_VERSION,
  upcasters: { 1: upcastRoutingRulesPublishedV1 },
};
