import type { RoutingRule } from '@lagspill/contracts';
import type { ActorRef } from '@lagspill/domain';

/** The stream holding every published rule table; the last one is in force. */
export const ROUTING_RULES_STREAM = 'routing-rules';
export const ROUTING_RULES_PUBLISHED = 'routing.rules-published';
export const ROUTING_RULES_PUBLISHED_SCHEMA_VERSION = 1;

/** Data of `routing.rules-published` (schema version 1): the whole table, in order, and who published it. */
export interface RoutingRulesPublishedData {
  readonly rules: readonly RoutingRule[];
  readonly publishedBy: ActorRef;
  readonly at: string;
}
