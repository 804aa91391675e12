import { redactText, type ActorRef } from '@lagspill/domain';
import { EVENT_CATALOG, eventTypeDefinition, isCatalogEvent, newEvent } from './event-catalog';
import type { RoutingRulesPublishedData, RoutingRulesPublishedDataV1 } from './routing-rules-published.event';

const ADMIN: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
const TABLE: RoutingRulesPublishedData = {
  region: 'helse-vest',
  rules: [{ id: 'r1', description: redactText('Alt til NHN'), when: {}, target: 'nhn' }],
  publishedBy: ADMIN,
  at: '2026-03-02T08:00:00.000Z',
};
const fromV1 = (data: RoutingRulesPublishedDataV1): RoutingRulesPublishedData => ({ region: 'helse-nord', ...data });

describe('the event catalog', () => {
  it('makes an event to append at its type’s current schema version', () => {
    expect(newEvent('routing.rules-published', TABLE)).toEqual({
      type: 'routing.rules-published',
      schemaVersion: EVENT_CATALOG['routing.rules-published'].schemaVersion,
      data: TABLE,
    });
    // @ts-expect-error: not an event type of the catalog (and at run time it has no schema version)
    expect(() => newEvent('case.misspelt', {})).toThrow(TypeError);
    // @ts-expect-error: the data of another type
    newEvent('case.closed', TABLE);
  });

  it('narrows an event read without a known type by its type', () => {
    const read: { type: string; data: unknown } = { type: 'routing.rules-published', data: TABLE };
    expect(isCatalogEvent(read, 'routing.rules-published') && read.data.region).toBe('helse-vest');
    expect(isCatalogEvent(read, 'case.closed', 'case.reopened')).toBe(false);
  });

  it('registers a type with one upcaster per earlier version, keyed by the version it lifts', () => {
    expect(eventTypeDefinition('routing.rules-published', fromV1)).toEqual({
      type: 'routing.rules-published',
      schemaVersion: 2,
      upcasters: { 1: fromV1 },
    });
    expect(eventTypeDefinition('retention.case-erased')).toEqual({
      type: 'retention.case-erased',
      schemaVersion: 1,
      upcasters: {},
    });
    // @ts-expect-error: version 1 of routing.rules-published needs its upcaster
    eventTypeDefinition('routing.rules-published');
    // @ts-expect-error: the upcaster must give the next version's data
    eventTypeDefinition('routing.rules-published', (data: RoutingRulesPublishedDataV1) => data);
  });
});
