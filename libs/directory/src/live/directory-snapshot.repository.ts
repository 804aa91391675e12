import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { DirectorySnapshot } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

const zip = promisify(gzip);
const unzip = promisify(gunzip);

/**
 * The shape of the snapshot's JSON. Raise it when `DirectorySnapshot` changes: a process ignores a
 * snapshot of another format and folds the stream from the start instead (and writes a new one).
 */
export const SNAPSHOT_FORMAT = 1;

/**
 * directory.snapshot: one row, the whole directory at one version of its stream, as gzip'd JSON. A national
 * directory is some 17 MB of JSON and 6 MB zipped: reading the bytes and unzipping them off the event loop
 * is what keeps a process's start within a second (docs/benchmarks.md).
 */
export class DirectorySnapshotRepository {
  /** The stored snapshot, when there is one of this code's format. */
  async load(sql: SqlExecutor): Promise<DirectorySnapshot | undefined> {
    const { rows } = await sql.query<{ data: Buffer }>(`SELECT data FROM directory.snapshot WHERE format = $1`, [
      SNAPSHOT_FORMAT,
    ]);
    const zipped = rows[0]?.data;
    return zipped === undefined ? undefined : (JSON.parse((await unzip(zipped)).toString('utf8')) as DirectorySnapshot);
  }

  /** The version of the stored snapshot (0 when there is none of this format). */
  async version(sql: SqlExecutor): Promise<number> {
    const { rows } = await sql.query<{ version: number }>(`SELECT version FROM directory.snapshot WHERE format = $1`, [
      SNAPSHOT_FORMAT,
    ]);
    return rows[0]?.version ?? 0;
  }

  /** Stores `snapshot` unless one as new or newer is already stored. */
  async save(sql: SqlExecutor, snapshot: DirectorySnapshot): Promise<void> {
    await sql.query(
      `INSERT INTO directory.snapshot (id, version, format, data) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, format = EXCLUDED.format,
         data = EXCLUDED.data, written_at = now()
       WHERE directory.snapshot.version < EXCLUDED.version OR directory.snapshot.format <> EXCLUDED.format`,
      [snapshot.version, SNAPSHOT_FORMAT, await zip(JSON.stringify(snapshot))],
    );
  }
}
