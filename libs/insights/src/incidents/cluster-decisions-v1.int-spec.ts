import { CLUSTER_DECIDER, clusterStreamId, redactText, type ActorRef } from '@lagspill/domain';
import { DeciderRepository, EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { ClusterDecisionRepository } from '../clusters/cluster-decision.repository';
import { INSIGHTS_MIGRATIONS } from '../insights.migrations';
import { IncidentProjection } from './incident.projection';
import { IncidentRepository } from './incident.repository';

const COORDINATOR: ActorRef = {
  username: 'koordinator.nord',
  name: 'Hanne Bakken',
  role: 'coordinator',
  party: 'arbeidsgruppe-nord',
};
const AT = '2026-03-02T08:00:00.000Z';

/**
 * Cluster decisions written before regions (schema version 1, no region) are Helse Nord's: the read
 * model and the decider both read them so, and Helse Vest still decides the same suggestion for itself.
 */
describe('cluster decisions of schema version 1 (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: EventStore;
  let dataSource: DataSource;
  let projection: IncidentProjection;

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, ...INSIGHTS_MIGRATIONS]);
    store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 200 });
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    projection = new IncidentProjection(store, new IncidentRepository(store), new ClusterDecisionRepository(store));
    projection.start();
  });

  afterAll(async () => {
    await projection.stop();
    await dataSource.destroy();
    await store.close();
    await database.drop();
  });

  it("reads them as Helse Nord's decisions, leaving the suggestion open for Helse Vest", async () => {
    await store.append(clusterStreamId('cl-old'), 0, [
      {
        type: 'cluster.rejected',
        schemaVersion: 1,
        data: { clusterId: 'cl-old', reason: redactText('Ulike feil'), by: COORDINATOR, at: AT },
      },
    ]);
    await projection.whenCaughtUp();
    expect(await dataSource.query(`SELECT cluster_id, region, decision FROM insights.cluster_decision`)).toEqual([
      { cluster_id: 'cl-old', region: 'helse-nord', decision: 'rejected' },
    ]);

    const clusters = new DeciderRepository(store, CLUSTER_DECIDER);
    expect((await clusters.load(clusterStreamId('cl-old'))).state).toEqual({ decisions: { 'helse-nord': 'rejected' } });
    await clusters.handle(clusterStreamId('cl-old'), {
      type: 'confirm-cluster',
      actor: { username: 'koordinator.vest', name: 'Gunnar Helland', role: 'coordinator' },
      at: AT,
      clusterId: 'cl-old',
      region: 'helse-vest',
      incidentId: 'incident-vest',
    });
    await projection.whenCaughtUp();
    expect(
      await dataSource.query(
        `SELECT region, decision, incident_id FROM insights.cluster_decision WHERE cluster_id = 'cl-old' ORDER BY region`,
      ),
    ).toEqual([
      { region: 'helse-nord', decision: 'rejected', incident_id: null },
      { region: 'helse-vest', decision: 'confirmed', incident_id: 'incident-vest' },
    ]);
  });
});
