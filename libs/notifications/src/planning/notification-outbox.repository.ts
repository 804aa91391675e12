import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotifiedCase } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';
import type { OutboxEntry } from './notice';

/** The planner's tables: what it knows of each case, people's choices, and the mail outbox. */
@Injectable()
export class NotificationOutboxRepository {
  async notifiedCase(sql: SqlExecutor, caseId: string): Promise<NotifiedCase | undefined> {
    return (await this.notifiedCases(sql, [caseId])).get(caseId);
  }

  /** What the planner knows of these cases, by id; a case it has not seen is absent. */
  async notifiedCases(sql: SqlExecutor, caseIds: readonly string[]): Promise<Map<string, NotifiedCase>> {
    if (caseIds.length === 0) return new Map();
    const { rows } = await sql.query<{ case_id: string; facts: NotifiedCase }>(
      `SELECT case_id, facts FROM notifications.notified_case WHERE case_id = ANY($1)`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.case_id, row.facts]));
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
