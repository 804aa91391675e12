import { Inject, Injectable } from '@nestjs/common';
import type { NotificationKind } from '@lagspill/domain';
import { DataSource } from 'typeorm';

/** notifications.preference: what each person chose, kind by kind. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async chosen(username: string): Promise<Partial<Record<NotificationKind, boolean>>> {
    const rows: { kind: NotificationKind; enabled: boolean }[] = await this.dataSource.query(
      `SELECT kind, enabled FROM notifications.preference WHERE username = $1`,
      [username],
    );
    return Object.fromEntries(rows.map((row) => [row.kind, row.enabled]));
  }

  async choose(username: string, kinds: Readonly<Partial<Record<NotificationKind, boolean>>>): Promise<void> {
    const entries = Object.entries(kinds);
    if (entries.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO notifications.preference (username, kind, enabled)
       SELECT $1, kind, enabled FROM unnest($2::text[], $3::boolean[]) AS chosen (kind, enabled)
       ON CONFLICT (username, kind) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [username, entries.map(([kind]) => kind), entries.map(([, enabled]) => enabled)],
    );
  }
}
