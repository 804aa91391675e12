import type { RoutingRuleTable } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { ActorRef } from '@lagspill/domain';
import { ANY_VERSION, EventStore, type EventMetadata, type EventStoreTransaction } from '@lagspill/event-store';
import { DEFAULT_ROUTING_RULES } from './default-routing-rules';
import {
  ROUTING_RULES_PUBLISHED,
  ROUTING_RULES_PUBLISHED_SCHEMA_VERSION,
  ROUTING_RULES_STREAM,
  type PublishedRoutingRule,
  type RoutingRulesPublishedData,
} from './routing-rules-published.event';

export const DEFAULT_ROUTING_RULE_TABLE: RoutingRuleTable = {
  version: 0,
  source: 'default',
  rules: DEFAULT_ROUTING_RULES,
};

/** The rule tables as events: the `routing-rules` stream, whose last `routing.rules-published` is in force. */
@Injectable()
export class RoutingRulesRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async current(): Promise<RoutingRuleTable> {
    const version = await this.store.streamVersion(ROUTING_RULES_STREAM);
    if (version === 0) return DEFAULT_ROUTING_RULE_TABLE;
    const [last] = await this.store.readStream(ROUTING_RULES_STREAM, { fromVersion: version, limit: 1 });
    if (!last || last.type !== ROUTING_RULES_PUBLISHED) return DEFAULT_ROUTING_RULE_TABLE;
    return toTable(last.streamVersion, last.data as RoutingRulesPublishedData);
  }

  /**
   * Appends a new table (already validated). With `expectedVersion` (the client's If-Match) a table
   * published in between is a conflict instead of being overwritten unseen.
   */
  async publish(
    rules: readonly PublishedRoutingRule[],
    publishedBy: ActorRef,
    at: string,
    options: { expectedVersion?: number; metadata?: EventMetadata; tx?: EventStoreTransaction } = {},
  ): Promise<RoutingRuleTable> {
    const data: RoutingRulesPublishedData = { rules, publishedBy, at };
    const writer = options.tx ?? this.store;
    const result = await writer.append(ROUTING_RULES_STREAM, options.expectedVersion ?? ANY_VERSION, [
      {
        type: ROUTING_RULES_PUBLISHED,
        schemaVersion: ROUTING_RULES_PUBLISHED_SCHEMA_VERSION,
        data,
        metadata: options.metadata,
      },
    ]);
    return toTable(result.nextExpectedVersion, data);
  }
}

function toTable(version: number, data: RoutingRulesPublishedData): RoutingRuleTable {
  const { username, name, role } = data.publishedBy;
  return {
    version,
    source: 'published',
    publishedAt: data.at,
    publishedBy: { username, name, role },
    rules: data.rules,
  };
}
