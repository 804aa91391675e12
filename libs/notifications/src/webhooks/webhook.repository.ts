import { Inject, Injectable } from '@nestjs/common';
import type { WebhookResponse, WebhookStatus } from '@lagspill/contracts';
import type { RedactedText } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

export interface NewWebhook {
  readonly id: string;
  readonly party: string;
  readonly url: string;
  /** Shown to the party's people and to admins: screened on the way in. */
  readonly description: RedactedText | undefined;
  readonly secret: string;
  readonly createdBy: string;
}

/** A webhook with what the deliverer needs to sign for it. */
export interface DeliverableWebhook {
  readonly id: string;
  readonly party: string;
  readonly url: string;
  readonly secret: string;
}

interface WebhookRow {
  id: string;
  party: string;
  url: string;
  description: string | null;
  status: WebhookStatus | 'deleted';
  created_at: Date;
  created_by: string;
  disabled_at: Date | null;
  disabled_reason: string | null;
}

const COLUMNS = `id, party, url, description, status, created_at, created_by, disabled_at, disabled_reason`;

/** notifications.webhook: the parties' registered receivers. A deleted one is kept for its delivery log. */
@Injectable()
export class WebhookRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async register(webhook: NewWebhook): Promise<WebhookResponse> {
    const { rows } = await this.store.sql.query<WebhookRow>(
      `INSERT INTO notifications.webhook (id, party, url, description, secret, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [webhook.id, webhook.party, webhook.url, webhook.description ?? null, webhook.secret, webhook.createdBy],
    );
    return toResponse(rows[0]);
  }

  /** The webhooks not deleted, of one party or (undefined) of all, oldest first. */
  async list(party: string | undefined): Promise<WebhookResponse[]> {
    const { rows } = await this.store.sql.query<WebhookRow>(
      `SELECT ${COLUMNS} FROM notifications.webhook
        WHERE status <> 'deleted' AND ($1::text IS NULL OR party = $1) ORDER BY created_at, id`,
      [party ?? null],
    );
    return rows.map(toResponse);
  }

  async find(id: string): Promise<WebhookResponse | undefined> {
    const { rows } = await this.store.sql.query<WebhookRow>(
      `SELECT ${COLUMNS} FROM notifications.webhook WHERE id = $1 AND status <> 'deleted'`,
      [id],
    );
    return rows[0] && toResponse(rows[0]);
  }

  /** Marks the webhook deleted (kept for its delivery log); abandon what was still to be delivered to it. */
  async delete(sql: SqlExecutor, id: string): Promise<void> {
    await sql.query(`UPDATE notifications.webhook SET status = 'deleted' WHERE id = $1`, [id]);
  }

  /**
   * Turns an active webhook off; false when it was not active (another process did it first). Abandon
   * what was still to be delivered to it.
   */
  async disable(sql: SqlExecutor, id: string, reason: string, at: Date): Promise<boolean> {
    const { rows } = await sql.query(
      `UPDATE notifications.webhook SET status = 'disabled', disabled_at = $2, disabled_reason = $3
        WHERE id = $1 AND status = 'active' RETURNING id`,
      [id, at, reason],
    );
    return rows.length > 0;
  }

  /** Every active webhook (a few per party at most). */
  async active(sql: SqlExecutor): Promise<DeliverableWebhook[]> {
    const { rows } = await sql.query<DeliverableWebhook>(
      `SELECT id, party, url, secret FROM notifications.webhook WHERE status = 'active'`,
    );
    return rows;
  }

  /** Deletes webhooks deleted before `before` whose delivery log is gone. */
  async prune(sql: SqlExecutor, before: Date): Promise<number> {
    const { rowCount } = await sql.query(
      `DELETE FROM notifications.webhook w WHERE w.status = 'deleted' AND w.created_at < $1
          AND NOT EXISTS (SELECT 1 FROM notifications.webhook_delivery d WHERE d.webhook_id = w.id)`,
      [before],
    );
    return rowCount ?? 0;
  }
}

function toResponse(row: WebhookRow): WebhookResponse {
  return {
    id: row.id,
    party: row.party,
    url: row.url,
    description: row.description,
    status: row.status === 'deleted' ? 'disabled' : row.status,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    disabledReason: row.disabled_reason,
  };
}
