import { Injectable } from '@nestjs/common';
import type { DirectoryEntryKind, DirectoryEvent } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

export interface DirectoryHistoryRow {
  readonly kind: DirectoryEntryKind;
  readonly id: string;
  readonly version: number;
  readonly event: DirectoryEvent;
}

/** directory.entry_change: each entry's changes, written by DirectoryHistoryProjection. */
@Injectable()
export class DirectoryHistoryRepository {
  async addAll(sql: SqlExecutor, rows: readonly DirectoryHistoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await sql.query(
      `INSERT INTO directory.entry_change (entry_kind, entry_id, stream_version, event_type, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::jsonb[])
       ON CONFLICT DO NOTHING`,
      [
        rows.map((r) => r.kind),
        rows.map((r) => r.id),
        rows.map((r) => r.version),
        rows.map((r) => r.event.type),
        rows.map((r) => JSON.stringify(r.event.data)),
      ],
    );
  }

  /** One entry's changes, oldest first. */
  async of(sql: SqlExecutor, kind: DirectoryEntryKind, id: string): Promise<DirectoryEvent[]> {
    const { rows } = await sql.query<{ event_type: DirectoryEvent['type']; data: DirectoryEvent['data'] }>(
      `SELECT event_type, data FROM directory.entry_change
       WHERE entry_kind = $1 AND entry_id = $2 ORDER BY stream_version`,
      [kind, id],
    );
    return rows.map((row) => ({ type: row.event_type, data: row.data }) as DirectoryEvent);
  }
}
