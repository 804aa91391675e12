import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * The data layer of docs/architecture.md ("Data access"), checked rather than left to good intentions:
 * SQL only in repositories and migrations, the advisory-lock SQL in one place, and each library on the
 * data access its row in the table names.
 */
const ROOT = resolve(__dirname, '../..');
/**
 * What runs statements for everyone: the event store (append, reads, checkpoints, locks), the
 * platform's migrations and its readiness check. Their SQL is infrastructure, not a table's.
 */
const INFRASTRUCTURE = ['libs/event-store/', 'libs/platform/src/database/', 'libs/platform/src/health/'];
const EXECUTOR = "`pg` through the event store's executor";

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isTest = (file: string) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file) || file.includes('/testing/');
const sources = sourceFiles(join(ROOT, 'libs'))
  .map((path) => relative(ROOT, path).split(sep).join('/'))
  .filter((file) => !isTest(file))
  .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

/** The rows of the table under "## Data access": library → data access. */
function dataAccessTable(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Data access'), doc.indexOf('\n## ', doc.indexOf('## Data access') + 1));
  const table = new Map<string, string>();
  for (const [, libraries, access] of section.matchAll(/^\| (`libs\/[^|]+) \| ([^|]+) \|/gm)) {
    for (const [, library] of libraries.matchAll(/`libs\/([\w-]+)`/g)) table.set(library, access.trim());
  }
  return table;
}

describe('data access', () => {
  it('keeps SQL in repositories and migrations (outside the event store and the platform database code)', () => {
    const offending = sources
      .filter(({ file }) => !INFRASTRUCTURE.some((prefix) => file.startsWith(prefix)))
      .filter(({ file }) => !/\.(repository|migration)\.ts$/.test(file))
      .filter(({ text }) => /\.query\s*[<(]/.test(text))
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });

  it('takes advisory locks in one place (runExclusively, subscriptions), the migration lock apart', () => {
    const offending = sources
      .filter(({ text }) => text.includes('pg_try_advisory'))
      .map(({ file }) => file)
      .filter((file) => file !== 'libs/event-store/src/schema/advisory-locks.ts');
    expect(offending).toEqual([]);
  });

  it('names the data access of every library, and the executor libraries import no TypeORM', () => {
    const table = dataAccessTable();
    const libraries = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(libraries.filter((library) => !table.has(library))).toEqual([]);
    const offending = sources
      .filter(({ file }) => table.get(file.split('/')[1]) === EXECUTOR && !file.endsWith('.migration.ts'))
      .filter(({ text }) => /from 'typeorm'|from '@nestjs\/typeorm'/.test(text))
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});
