import {
  isCatalogEvent,
  newEvent,
  ROUTING_RULES_PUBLISHED,
  ROUTING_RULES_STREAM,
  type PublishedRoutingRule,
  type RoutingRulesPublishedData,
  type RoutingRuleTable,
} from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { ActorRef } from '@lagspill/domain';
import { EventStore, StreamVersionConflictError, type EventMetadata } from '@lagspill/event-store';
import { DEFAULT_ROUTING_RULES } from './default-routing-rules';
import { ROUTING_RULES_PUBLISHED_TYPE } from './routing-rules-published.upcaster';

/** A region's id, or null for the national defaults. */
export type RuleTableScope = string | null;

/** How often a publication is retried when another region published at the same moment. */
const PUBLISH_ATTEMPTS = 10;

/** The national defaults until an admin publishes some: built from the taxonomy. */
export const DEFAULT_ROUTING_RULE_TABLE: RoutingRuleTable = {
  region: null,
  version: 0,
  source: 'default',
  rules: DEFAULT_ROUTING_RULES,
};

interface PublishedTable {
  /** The stream version of its event. */
  readonly version: number;
  readonly data: RoutingRulesPublishedData;
}

/** Every scope's last published table, as of one version of the `routing-rules` stream. */
export class RoutingRuleTables {
  constructor(
    /** The stream's version these tables were read at. */
    readonly streamVersion: number,
    private readonly latest: ReadonlyMap<RuleTableScope, PublishedTable> = new Map(),
  ) {}

  /** The table `scope` published itself, if it did. */
  own(scope: RuleTableScope): PublishedTable | undefined {
    return this.latest.get(scope);
  }

  /**
   * The table in force for `scope`: its own; for a region without one the national defaults, under the
   * region's name and with version 0 (what If-Match names to publish the region's first table); else the
   * defaults from the taxonomy.
   */
  table(scope: RuleTableScope): RoutingRuleTable {
    const own = this.own(scope);
    if (own) return toTable(own.version, own.data, 'published');
    const national = scope === null ? undefined : this.own(null);
    if (national) return { ...toTable(0, national.data, 'national'), region: scope };
    return { ...DEFAULT_ROUTING_RULE_TABLE, region: scope };
  }

  /** The tables after `events` (the stream's next events, in order). */
  after(events: readonly { streamVersion: number; type: string; data: unknown }[]): RoutingRuleTables {
    if (events.length === 0) return this;
    const latest = new Map(this.latest);
    for (const event of events) {
      if (!isCatalogEvent(event, ROUTING_RULES_PUBLISHED)) continue;
      latest.set(event.data.region, { version: event.streamVersion, data: event.data });
    }
    return new RoutingRuleTables(events[events.length - 1].streamVersion, latest);
  }
}

/**
 * The rule tables as events: the `routing-rules` stream holds every publication of every region and of the
 * national defaults; the last one per scope is in force there. Reading costs one version lookup while
 * nothing new was published (the router asks once per batch).
 */
@Injectable()
export class RoutingRulesRepository {
  private cached = new RoutingRuleTables(0);

  constructor(@Inject(EventStore) private readonly store: EventStore) {
    store.registry.register(ROUTING_RULES_PUBLISHED_TYPE);
  }

  /** Every scope's table as of now. */
  async tables(): Promise<RoutingRuleTables> {
    const base = this.cached;
    const version = await this.store.streamVersion(ROUTING_RULES_STREAM);
    if (version === base.streamVersion) return base;
    const start = version > base.streamVersion ? base : new RoutingRuleTables(0);
    const events = await this.store.readStream(ROUTING_RULES_STREAM, { fromVersion: start.streamVersion + 1 });
    const tables = start.after(events);
    if (tables.streamVersion > this.cached.streamVersion) this.cached = tables;
    return tables;
  }

  /** The table in force for a region (null: the national defaults). */
  async table(scope: RuleTableScope): Promise<RoutingRuleTable> {
    return (await this.tables()).table(scope);
  }

  /**
   * Appends a new table for `scope` (already validated). With `expectedVersion` (the client's If-Match) a
   * table published for the same scope in between is a conflict instead of being overwritten unseen; one
   * published for another scope in between is not.
   */
  async publish(
    scope: RuleTableScope,
    rules: readonly PublishedRoutingRule[],
    publishedBy: ActorRef,
    at: string,
    options: { expectedVersion?: number; metadata?: EventMetadata } = {},
  ): Promise<RoutingRuleTable> {
    const data: RoutingRulesPublishedData = { region: scope, rules, publishedBy, at };
    for (let attempt = 1; ; attempt++) {
      const tables = await this.tables();
      const current = tables.own(scope)?.version ?? 0;
      if (options.expectedVersion !== undefined && options.expectedVersion !== current) {
        throw new StreamVersionConflictError(
          `${ROUTING_RULES_STREAM} (${scope ?? 'national'})`,
          options.expectedVersion,
          current,
        );
      }
      try {
        const result = await this.store.append(ROUTING_RULES_STREAM, tables.streamVersion, [
          { ...newEvent(ROUTING_RULES_PUBLISHED, data), metadata: options.metadata },
        ]);
        return toTable(result.nextExpectedVersion, data, 'published');
      } catch (error) {
        // Another scope's table came first: read again and check this scope's version again.
        if (!(error instanceof StreamVersionConflictError) || attempt >= PUBLISH_ATTEMPTS) throw error;
      }
    }
  }
}

function toTable(version: number, data: RoutingRulesPublishedData, source: 'published' | 'national'): RoutingRuleTable {
  const { username, name, role } = data.publishedBy;
  return {
    region: data.region,
    version,
    source,
    publishedAt: data.at,
    publishedBy: { username, name, role },
    rules: data.rules,
  };
}
