import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotifiedCase } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';
import type { OutboxEntry } from './notice';

/** The planner's tables: what it knows of each case, people's choices, and the mail outbox. */
@Injectable()
export class NotificationOutboxRepository {
  async notifiedCase(sql: SqlExecutor, caseId: string): Promise<NotifiedCase | undefined> {
    const { rows } = await sql.query<{ facts: NotifiedCase }>(
      `SELECT facts FROM notifications.notified_case WHERE case_id = $1`,
      [caseId],
    );
    return rows[0]?.facts;
  }

  async saveNotifiedCase(sql: SqlExecutor, notified: NotifiedCase): Promise<void> {
    await sql.query(
      `INSERT INTO notifications.notified_case (case_id, facts) VALUES ($1, $2)
       ON CONFLICT (case_id) DO UPDATE SET facts = EXCLUDED.facts`,
      [notified.caseId, JSON.stringify(notified)],
    );
  }

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

  /** Adds entries once: an event handled again adds nothing (the key is source and address). */
  async add(sql: SqlExecutor, entries: readonly OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await sql.query(
      `INSERT INTO notifications.mail_outbox (source, address, kind, recipient, case_id, content)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       ON CONFLICT (source, address) DO NOTHING`,
      [
        entries.map((e) => e.source),
        entries.map((e) => e.address),
        entries.map((e) => e.notice.kind),
        entries.map((e) => e.recipient),
        entries.map((e) => e.notice.caseId ?? null),
        entries.map((e) => JSON.stringify(e.notice)),
      ],
    );
  }
}
