import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { compileDeployables, DEPLOYABLES_VARIABLE, ROOT } from './app-process';
import globalSetup from './global-setup';

/**
 * The process project's global setup: the run's PostgreSQL, and the deployables compiled once for every
 * file of the run. They go to a directory of this run's own under dist/ (where Node still finds
 * node_modules), so that parallel files, or another run in the same clone, never write over a deployable
 * that a test is starting.
 */
export default async function processGlobalSetup(): Promise<void> {
  await mkdir(join(ROOT, 'dist'), { recursive: true });
  const directory = await mkdtemp(join(ROOT, 'dist', 'test-run-'));
  await Promise.all([globalSetup(), compileDeployables(directory)]);
  process.env[DEPLOYABLES_VARIABLE] = directory;
  (globalThis as Record<string, unknown>).__LAGSPILL_TEST_DEPLOYABLES__ = directory;
}
