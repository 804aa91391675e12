import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let directory: string;

  beforeAll(async () => {
    // mkdtemp makes a 0700 directory: the server's own user must still reach its data inside it.
    directory = join(await mkdtemp(join(tmpdir(), 'lagspill-embedded-')), '.lagspill');
  });

  afterAll(async () => {
    await rm(join(directory, '..'), { recursive: true, force: true });
  });

  it('initialises a cluster, keeps its data across restarts, and takes over a server left running', async () => {
    const first = await startEmbeddedPostgres({ directory });
    await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('før omstart')`);
    expect((await stat(join(directory, 'data', 'PG_VERSION'))).isFile()).toBe(true);

    // As after a crash of the process that started it: the server still runs, and is reused.
    const takenOver = await startEmbeddedPostgres({ directory });
    expect(takenOver.port).toBe(first.port);
    expect(await query(takenOver.url, 'SELECT note FROM kept')).toEqual([{ note: 'før omstart' }]);

    await takenOver.stop();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    const restarted = await startEmbeddedPostgres({ directory });
    try {
      expect(await query(restarted.url, 'SELECT note FROM kept')).toEqual([{ note: 'før omstart' }]);
      const [{ user }] = await query<{ user: string }>(restarted.url, 'SELECT current_user AS user');
      expect(user).toBe('postgres');
    } finally {
      await restarted.stop();
    }
  });
});
