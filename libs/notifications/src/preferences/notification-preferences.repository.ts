import { Inject, Injectable } from '@nestjs/common';
import type { NotificationKind } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

/** notifications.preference: what each person chose, kind by kind. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** What these people chose, kind by kind; a kind nobody chose is absent (the default applies). */
  async choices(
    sql: SqlExecutor,
    usernames: readonly string[],
  ): Promise<Map<string, Partial<Record<NotificationKind, boolean>>>> {
    const choices = new Map<string, Partial<Record<NotificationKind, boolean>>>();
    if (usernames.length === 0) return choices;
    const { rows } = await sql.query<{ username: string; kind: NotificationKind; enabled: boolean }>(
      `SELECT username, kind, enabled FROM notifications.preference WHERE username = ANY($1)`,
      [usernames],
    );
    for (const row of rows) choices.set(row.username, { ...choices.get(row.username), [row.kind]: row.enabled });
    return choices;
  }

  async chosen(username: string): Promise<Partial<Record<NotificationKind, boolean>>> {
    const { rows } = await this.store.sql.query<{ kind: NotificationKind; enabled: boolean }>(
      `SELECT kind, enabled FROM notifications.preference WHERE username = $1`,
      [username],
    );
    return Object.fromEntries(rows.map((row) => [row.kind, row.enabled]));
  }

  async choose(username: string, kinds: Readonly<Partial<Record<NotificationKind, boolean>>>): Promise<void> {
    const entries = Object.entries(kinds);
    if (entries.length === 0) return;
    await this.store.sql.query(
      `INSERT INTO notifications.preference (username, kind, enabled)
       SELECT $1, kind, enabled FROM unnest($2::text[], $3::boolean[]) AS chosen (kind, enabled)
       ON CONFLICT (username, kind) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [username, entries.map(([kind]) => kind), entries.map(([, enabled]) => enabled)],
    );
  }
}
