import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';

/**
 * One real PostgreSQL for the whole run; each test file makes its own database in it. Durability is
 * switched off: these clusters are thrown away, and the tests are about behaviour, not crash recovery.
 * The projects that need a database name this module; Jest runs it once, and only when one of them runs.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.LAGSPILL_TEST_POSTGRES_URL) return;
  const directory = await mkdtemp(join(tmpdir(), 'lagspill-test-'));
  const server = await startEmbeddedPostgres({
    directory,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' },
  });
  process.env.LAGSPILL_TEST_POSTGRES_URL = server.url;
  (globalThis as Record<string, unknown>).__LAGSPILL_TEST_POSTGRES__ = { server, directory };
}
