import { CASEWORK_SERVICE_CONTEXTS } from '../../apps/casework/src/casework-service.module';
import { INSIGHTS_SERVICE_CONTEXTS } from '../../apps/insights/src/insights-service.module';
import { INTAKE_SERVICE_CONTEXTS } from '../../apps/intake/src/intake-service.module';
import { LAGSPILL_CONTEXTS, LAGSPILL_MIGRATIONS } from '../../apps/lagspill/src/lagspill.contexts';
import { ROUTING_SERVICE_CONTEXTS } from '../../apps/routing/src/routing-service.module';

/** What the deployables host, as their lists of contexts say (decision 0018). */
describe('the contexts the deployables host', () => {
  it('runs the all-in-one migrations in the order they have always run, the event store first', () => {
    expect(LAGSPILL_MIGRATIONS.map((migration) => migration.name)).toEqual([
      'EventStoreSchema1763769600000',
      'DirectorySchema1796518800000',
      'IntakeSchema1763784000000',
      'RoutingSchema1763780400000',
      'RoutingReportedCases1796299200000',
      'CaseView1763776800000',
      'CaseViewDueAt1796083200000',
      'SavedFilters1796605200000',
      'CaseFollowers1796695200000',
      'InsightsSchema1763900000000',
      'ClusterDecisionRegion1796432400000',
      'CaseFactsFold21796691600000',
      'MessagingInbox1796112000000',
      'AuditEntries1796256000000',
      'RetentionSchema1796259600000',
      'NotificationsSchema1796346000000',
    ]);
  });

  it('hosts in the four services together every context of the all-in-one app, and no other', () => {
    const services = [
      ...INTAKE_SERVICE_CONTEXTS,
      ...ROUTING_SERVICE_CONTEXTS,
      ...CASEWORK_SERVICE_CONTEXTS,
      ...INSIGHTS_SERVICE_CONTEXTS,
    ];
    expect(new Set(services.map((context) => context.name))).toEqual(
      new Set(LAGSPILL_CONTEXTS.map((context) => context.name)),
    );
  });

  it('names each subscription after its context, and no two alike', () => {
    const names = LAGSPILL_CONTEXTS.flatMap((context) => context.subscriptions);
    expect(new Set(names).size).toBe(names.length);
    for (const context of LAGSPILL_CONTEXTS)
      for (const name of context.subscriptions) expect(name.startsWith(`${context.name}.`)).toBe(true);
  });
});
