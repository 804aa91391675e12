import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@lagspill/platform';

/** A throwaway PostgreSQL server with the durability settings of a real deployment. */
export interface BenchPostgres {
  /** Creates an empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  describe(): Promise<PostgresDescription>;
}

export interface PostgresDescription {
  readonly version: string;
  readonly fsync: string;
  readonly synchronousCommit: string;
}

/**
 * Runs `work` against a fresh server in a temporary directory, then stops the server and removes the
 * directory, also when `work` fails or the run is interrupted: the server runs detached from this
 * process and would otherwise outlive it. `settings` are extra server settings (e.g. to load an extension).
 */
export async function withBenchPostgres<T>(
  work: (postgres: BenchPostgres) => Promise<T>,
  settings: Readonly<Record<string, string>> = {},
): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'lagspill-bench-'));
  let stopServer = async (): Promise<void> => undefined;
  const cleanUp = once(async () => {
    await stopServer();
    await rm(directory, { recursive: true, force: true });
  });
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const server = await startEmbeddedPostgres({ directory, settings: { max_connections: '200', ...settings } });
    stopServer = server.stop;
    return await work(benchPostgres(server.url));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

function benchPostgres(serverUrl: string): BenchPostgres {
  const withAdmin = async <T>(use: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  };
  return {
    createDatabase: (name) =>
      withAdmin(async (client) => {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        return url.toString();
      }),
    describe: () =>
      withAdmin(async (client) => {
        const setting = async (name: string) =>
          (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
        return {
          version: (await client.query<{ version: string }>('SELECT version()')).rows[0].version,
          fsync: await setting('fsync'),
          synchronousCommit: await setting('synchronous_commit'),
        };
      }),
  };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}
