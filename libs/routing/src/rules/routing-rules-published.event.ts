import type { RoutingRule } from '@lagspill/contracts';
import type { ActorRef, RedactedText } from '@lagspill/domain';

/** The stream holding every published rule table; the last one is in force. */
export const ROUTING_RULES_STREAM = 'routing-rules';
export const ROUTING_RULES_PUBLISHED = 'routing.rules-published';
export const ROUTING_RULES_PUBLISHED_SCHEMA_VERSION = 1;

/** A rule as published: its description is shown to every user, so it is screened on the way in. */
export type PublishedRoutingRule = Omit<RoutingRule, 'description'> & { readonly description: RedactedText };

/** Data of `routing.rules-published` (schema version 1): the whole table, in order, and who published it. */
export interface RoutingRulesPublishedData {
  readonly rules: readonly PublishedRoutingRule[];
  readonly publishedBy: ActorRef;
  readonly at: string;
}
