import 'reflect-metadata';
import { join } from 'node:path';
import { CaseViewProjection } from '@lagspill/casework';
import { DEMO_DIRECTORY, Directory } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { ConfigError, loadConfig, startEmbeddedPostgres } from '@lagspill/platform';

/**
 * Rebuilds a read model from the log: `npm run replay -- case-view`. Uses DATABASE_URL, or the embedded
 * PostgreSQL under LAGSPILL_DATA_DIR (left running if this script found it running). Stop the
 * application first: a rebuild refuses while another process runs the projection.
 */
const READ_MODELS: Record<string, (store: EventStore) => { rebuild(): Promise<void>; stop(): Promise<void> }> = {
  'case-view': (store) => new CaseViewProjection(store, new Directory(DEMO_DIRECTORY)),
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
  let tookOver = false;
  const database = config.DATABASE_URL
    ? { url: config.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({
        directory: join(config.LAGSPILL_DATA_DIR, 'postgres'),
        log: (message) => {
          if (message.startsWith('taking over')) tookOver = true;
        },
      });
  const store = new EventStore({
    connection: { connectionString: database.url },
    onError: (error, context) => process.stderr.write(`replay: ${context}: ${String(error)}\n`),
  });
  const projection = readModel(store);
  try {
    const table = await store.transaction((tx) =>
      tx.sql.query<{ present: boolean }>(`SELECT to_regclass('casework.case_view') IS NOT NULL AS present`),
    );
    if (!table.rows[0].present) {
      process.stderr.write(
        `replay: the database has no casework.case_view: start the application once to migrate it\n`,
      );
      return 1;
    }
    const started = Date.now();
    await projection.rebuild();
    const counted = await store.transaction((tx) =>
      tx.sql.query<{ cases: string }>(`SELECT count(*)::text AS cases FROM casework.case_view`),
    );
    process.stdout.write(`${name}: rebuilt ${counted.rows[0].cases} cases in ${Date.now() - started} ms\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`replay: ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await projection.stop();
    await store.close();
    if (!tookOver) await database.stop();
  }
}

void main().then((code) => process.exit(code));
