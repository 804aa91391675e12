import type { DirectorySnapshot } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

/**
 * The shape of the snapshot's JSON. Raise it when `DirectorySnapshot` changes: a process ignores a
 * snapshot of another format and folds the stream from the start instead (and writes a new one).
 */
export const SNAPSHOT_FORMAT = 1;

/** directory.snapshot: one row, the whole directory at one version of its stream. */
export class DirectorySnapshotRepository {
  /** The stored snapshot, when there is one of this code's format. */
  async load(sql: SqlExecutor): Promise<DirectorySnapshot | undefined> {
    // Stored as text, not jsonb: one JSON.parse of the whole is much faster than pg's per-value work.
    const { rows } = await sql.query<{ data: string }>(`SELECT data FROM directory.snapshot WHERE format = $1`, [
      SNAPSHOT_FORMAT,
    ]);
    return rows[0] === undefined ? undefined : (JSON.parse(rows[0].data) as DirectorySnapshot);
  }

  /** The version of the stored snapshot (0 when there is none of this format). */
  async version(sql: SqlExecutor): Promise<number> {
    const { rows } = await sql.query<{ version: number }>(`SELECT version FROM directory.snapshot WHERE format = $1`, [
      SNAPSHOT_FORMAT,
    ]);
    return rows[0]?.version ?? 0;
  }

  /** Stores `snapshot` unless one as new or newer is already stored (processes may race to write). */
  async save(sql: SqlExecutor, snapshot: DirectorySnapshot): Promise<void> {
    await sql.query(
      `INSERT INTO directory.snapshot (id, version, format, data) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, format = EXCLUDED.format,
         data = EXCLUDED.data, written_at = now()
       WHERE directory.snapshot.version < EXCLUDED.version OR directory.snapshot.format <> EXCLUDED.format`,
      [snapshot.version, SNAPSHOT_FORMAT, JSON.stringify(snapshot)],
    );
  }
}
