import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '../../libs/platform/src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__LAGSPILL_TEST_POSTGRES__ as
    { server: RunningPostgres; directory: string } | undefined;
  if (!started) return;
  await started.server.stop();
  await rm(started.directory, { recursive: true, force: true });
}
