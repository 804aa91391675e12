import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { scriptMain } from '../support/app-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const HELSE_NORD_CSV = resolve(__dirname, '../../examples/directory/helse-nord.csv');

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run directory:import -- …` as compiled for this run, against `databaseUrl`. */
function directoryImport(databaseUrl: string, ...args: string[]): Promise<Ran> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [scriptMain('directory-import'), ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** The command-line import of issue 16: the same rules and unit as the admin page's. */
describe('npm run directory:import', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase([]);
  });

  afterAll(async () => {
    await database?.drop();
  });

  const directoryEvents = async (): Promise<number> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = 'directory'`,
      );
      return rows[0]?.n ?? 0;
    } finally {
      await client.end();
    }
  };

  it('says what a file would do with --dry-run, writing nothing; then imports it; then changes nothing', async () => {
    const dry = await directoryImport(database.url, HELSE_NORD_CSV, '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toMatch(/^Dry run, nothing written:\n/);
    expect(dry.stdout).toMatch(/organisations: 269 added, 0 changed, 0 as they were/);
    expect(await directoryEvents()).toBe(0);

    const imported = await directoryImport(database.url, HELSE_NORD_CSV);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported:\n/);
    const written = await directoryEvents();
    expect(written).toBeGreaterThan(500);

    const again = await directoryImport(database.url, HELSE_NORD_CSV);
    expect(again.stdout).toMatch(/organisations: 0 added, 0 changed, 269 as they were/);
    expect(await directoryEvents()).toBe(written);
  }, 120_000);

  it('names each bad row and exits 65 without importing; no file named is a usage error, a missing one an input error', async () => {
    const file = join(tmpdir(), `lagspill-bad-${process.pid}.csv`);
    await writeFile(file, 'Oppføring;ID;Navn\r\norganisasjon;ny-virksomhet;\r\nspa;x;y\r\n');
    const before = await directoryEvents();
    const bad = await directoryImport(database.url, file);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toMatch(/row 3, Oppføring: must be one of helsefellesskap, kommune, part, organisasjon, person/);
    expect(await directoryEvents()).toBe(before);
    expect((await directoryImport(database.url)).code).toBe(64);
    const missing = await directoryImport(database.url, join(tmpdir(), 'no-such-directory-file.csv'));
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/cannot read .*no-such-directory-file\.csv/);
  }, 60_000);
});
