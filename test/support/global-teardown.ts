import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '../../libs/platform/src/database/embedded-postgres';
import { DEPLOYABLES_VARIABLE } from './app-process';

/** Undoes what this run's global setups made (in watch mode the next run sets them up again). */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis as Record<string, unknown>;
  const postgres = run.__LAGSPILL_TEST_POSTGRES__ as { server: RunningPostgres; directory: string } | undefined;
  if (postgres) {
    await postgres.server.stop();
    await rm(postgres.directory, { recursive: true, force: true });
    delete process.env.LAGSPILL_TEST_POSTGRES_URL;
    delete run.__LAGSPILL_TEST_POSTGRES__;
  }
  const deployables = run.__LAGSPILL_TEST_DEPLOYABLES__ as string | undefined;
  if (deployables) {
    await rm(deployables, { recursive: true, force: true });
    delete process.env[DEPLOYABLES_VARIABLE];
    delete run.__LAGSPILL_TEST_DEPLOYABLES__;
  }
}
