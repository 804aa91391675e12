import { singleEventStream, type ActorRef, type RedactedText } from '@lagspill/domain';
import type { RoutingRule } from '../routing-rules';

/** The stream holding every published rule table, of every region and the national defaults, in order. */
export const ROUTING_RULES = singleEventStream('routing-rules');
export const ROUTING_RULES_STREAM = ROUTING_RULES.id;
export const ROUTING_RULES_PUBLISHED = 'routing.rules-published' as const;
export const ROUTING_RULES_PUBLISHED_SCHEMA_VERSION = 2;

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

/** Schema version 1: no region (decision 0014). */
export type RoutingRulesPublishedDataV1 = Omit<RoutingRulesPublishedData, 'region'>;

export interface RoutingRulesPublishedEvent {
  readonly type: typeof ROUTING_RULES_PUBLISHED;
  readonly data: RoutingRulesPublishedData;
}
