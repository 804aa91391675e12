import {
  eventTypeDefinition,
  ROUTING_RULES_PUBLISHED,
  type RoutingRulesPublishedData,
  type RoutingRulesPublishedDataV1,
} from '@lagspill/contracts';

/**
 * The region that published every version 1 table. Version 1 had no region: Lagspill ran in Helse Nord
 * alone (PLL i nord), only coordinators published and the only working group was Helse Nord's, so each
 * such table is Helse Nord's own. Read as the national defaults instead, it would route other regions'
 * cases by Helse Nord's choices, its working group among them (decision 0014).
 */
export const ROUTING_RULES_V1_REGION = 'helse-nord';

/** Version 1 (`{rules, publishedBy, at}`) → 2: the table is Helse Nord's. */
export function upcastRoutingRulesPublishedV1(data: RoutingRulesPublishedDataV1): RoutingRulesPublishedData {
  return { region: ROUTING_RULES_V1_REGION, ...data };
}

/** The event type with its upcaster, registered on the store's registry by whoever reads the stream. */
export const ROUTING_RULES_PUBLISHED_TYPE = eventTypeDefinition(ROUTING_RULES_PUBLISHED, upcastRoutingRulesPublishedV1);
