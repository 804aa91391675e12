import 'reflect-metadata';
import {
  CaseFollowersProjection,
  CaseFollowersRepository,
  CaseViewProjection,
  CaseViewRepository,
} from '@lagspill/casework';
import { SYSTEM_CLOCK, type Directory } from '@lagspill/domain';
import { DirectoryHistoryProjection, DirectoryHistoryRepository, LiveDirectory } from '@lagspill/directory';
import { EventStore, type Projection } from '@lagspill/event-store';
import {
  CaseFactsProjection,
  CaseFactsRepository,
  CaseStatusFeedProjection,
  CaseStatusRepository,
  ClusterDecisionRepository,
  IncidentProjection,
  IncidentRepository,
  IndicatorCellsRepository,
  IndicatorRefresher,
  IndicatorSnapshotProjection,
  IndicatorSnapshotRepository,
  RefreshStateRepository,
  StatusChangeRepository,
} from '@lagspill/insights';
import { ConfigError, loadConfig } from '@lagspill/platform';
import { ClosedCasesProjection, ClosedCasesRepository } from '@lagspill/retention';
import { ReportedCaseProjection, ReportedCaseRepository } from '@lagspill/routing';
import { openDatabase } from './support/with-database';

/**
 * Rebuilds a read model from the log: `npm run replay -- case-view`. Uses DATABASE_URL, or the embedded
 * PostgreSQL under LAGSPILL_DATA_DIR (left running if this script found it running). Stop the
 * application first: a rebuild refuses while another process runs the projection.
 */
interface ReadModel {
  /** The table that says the database was migrated, and whose rows are counted afterwards. */
  readonly table: string;
  projection(store: EventStore, directory: Directory): Projection;
  /** Work after the rebuild (indicator cells are recomputed from the rebuilt facts). */
  after?(store: EventStore): Promise<unknown>;
}

const READ_MODELS: Record<string, ReadModel> = {
  'case-view': {
    table: 'casework.case_view',
    projection: (store, directory) => new CaseViewProjection(store, directory, new CaseViewRepository(store)),
  },
  'case-followers': {
    table: 'casework.case_followers',
    projection: (store) => new CaseFollowersProjection(store, new CaseFollowersRepository()),
  },
  'case-facts': {
    table: 'insights.case_fact',
    projection: (store, directory) =>
      new CaseFactsProjection(store, directory, new CaseFactsRepository(store), new RefreshStateRepository(store)),
    after: (store) =>
      new IndicatorRefresher(
        store,
        SYSTEM_CLOCK,
        new RefreshStateRepository(store),
        new CaseFactsRepository(store),
        new IndicatorCellsRepository(store),
      ).refresh(),
  },
  incidents: {
    table: 'insights.incident',
    projection: (store) =>
      new IncidentProjection(store, new IncidentRepository(store), new ClusterDecisionRepository(store)),
  },
  'indicator-snapshots': {
    table: 'insights.indicator_snapshot',
    projection: (store) => new IndicatorSnapshotProjection(store, new IndicatorSnapshotRepository(store)),
  },
  'status-feed': {
    table: 'insights.status_change',
    projection: (store, directory) =>
      new CaseStatusFeedProjection(store, directory, new CaseStatusRepository(), new StatusChangeRepository(store)),
  },
  'reported-cases': {
    table: 'routing.reported_case',
    projection: (store) => new ReportedCaseProjection(store, new ReportedCaseRepository(store)),
  },
  'closed-cases': {
    table: 'retention.closed_case',
    projection: (store) => new ClosedCasesProjection(store, new ClosedCasesRepository()),
  },
  'directory-history': {
    table: 'directory.entry_change',
    projection: (store) => new DirectoryHistoryProjection(store, new DirectoryHistoryRepository()),
  },
};

async function main(): Promise<number> {
  const name = process.argv[2];
  const readModel = name === undefined ? undefined : READ_MODELS[name];
  if (!readModel) {
    process.stderr.write(`usage: npm run replay -- <${Object.keys(READ_MODELS).join('|')}>\n`);
    return 64; // EX_USAGE
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`replay: ${error.message}\n`);
    return 78; // EX_CONFIG
  }
  const database = await openDatabase(config);
  const store = new EventStore({
    connection: { connectionString: database.url },
    onError: (error, context) => process.stderr.write(`replay: ${context}: ${String(error)}\n`),
  });
  let projection: Projection | undefined;
  try {
    // The installation's own directory, as the application loads it.
    projection = readModel.projection(store, (await LiveDirectory.load(store)).directory);
    const table = await store.transaction((tx) =>
      tx.sql.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [readModel.table]),
    );
    if (!table.rows[0].present) {
      process.stderr.write(
        `replay: the database has no ${readModel.table}: start the application once to migrate it\n`,
      );
      return 1;
    }
    const started = Date.now();
    await projection.rebuild();
    await readModel.after?.(store);
    const counted = await store.transaction((tx) =>
      tx.sql.query<{ rows: string }>(`SELECT count(*)::text AS rows FROM ${readModel.table}`),
    );
    process.stdout.write(
      `${name}: rebuilt ${counted.rows[0].rows} rows of ${readModel.table} in ${Date.now() - started} ms\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`replay: ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await projection?.stop();
    await store.close();
    await database.stop();
  }
}

void main().then((code) => process.exit(code));
