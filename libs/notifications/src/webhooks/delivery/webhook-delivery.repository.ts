import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryStatus, WebhookDeliveryPage, WebhookDeliveryView } from '@lagspill/contracts';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

export interface NewDelivery {
  readonly webhookId: string;
  readonly eventId: string;
  readonly caseId: string;
  readonly eventType: string;
  readonly body: string;
}

/** A delivery claimed for one attempt, with what is needed to make it. */
export interface ClaimedDelivery {
  readonly id: string;
  readonly webhookId: string;
  readonly party: string;
  readonly url: string;
  readonly secret: string;
  readonly eventType: string;
  readonly body: string;
  readonly attempt: number;
  readonly firstAttemptAt: Date;
}

export interface AttemptResult {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number;
}

const IN_FLIGHT_LOST = 'the sender stopped before the answer came; not sent again, so it cannot arrive twice';
const FINISHED_DELIVERY = `('delivered', 'failed', 'uncertain', 'abandoned')`;

/**
 * notifications.webhook_delivery and its attempts (notifications.webhook_attempt): an attempt is part of
 * its delivery, written in the same statements.
 */
@Injectable()
export class WebhookDeliveryRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Adds deliveries once: an event handled again for the same webhook adds nothing. */
  async add(sql: SqlExecutor, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await sql.query(
      `INSERT INTO notifications.webhook_delivery (id, webhook_id, event_id, case_id, event_type, body)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      [
        deliveries.map(() => randomUUID()),
        deliveries.map((d) => d.webhookId),
        deliveries.map((d) => d.eventId),
        deliveries.map((d) => d.caseId),
        deliveries.map((d) => d.eventType),
        deliveries.map((d) => d.body),
      ],
    );
  }

  /**
   * Claims due deliveries of active webhooks for one attempt each, and records the attempt as begun, in
   * one committed statement before anything is sent: a delivery is never in two senders' hands, and one
   * whose sender dies mid-way is known (see `giveUpLost`).
   */
  async claimDue(sql: SqlExecutor, now: Date, limit: number): Promise<ClaimedDelivery[]> {
    const { rows } = await sql.query<{
      id: string;
      webhook_id: string;
      party: string;
      url: string;
      secret: string;
      event_type: string;
      body: string;
      attempts: number;
      first_attempt_at: Date;
    }>(
      `WITH due AS (
         SELECT d.id FROM notifications.webhook_delivery d
           JOIN notifications.webhook w ON w.id = d.webhook_id AND w.status = 'active'
          WHERE d.status = 'pending' AND d.next_attempt_at <= $1
          ORDER BY d.next_attempt_at, d.seq
          LIMIT $2 FOR UPDATE OF d SKIP LOCKED
       ), claimed AS (
         UPDATE notifications.webhook_delivery d
            SET status = 'sending', claimed_at = $1, attempts = d.attempts + 1,
                first_attempt_at = coalesce(d.first_attempt_at, $1)
           FROM due WHERE d.id = due.id
         RETURNING d.*
       ), begun AS (
         INSERT INTO notifications.webhook_attempt (delivery_id, number, at)
         SELECT id, attempts, $1 FROM claimed
       )
       SELECT c.id, c.webhook_id, w.party, w.url, w.secret, c.event_type, c.body, c.attempts, c.first_attempt_at
         FROM claimed c JOIN notifications.webhook w ON w.id = c.webhook_id`,
      [now, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      webhookId: row.webhook_id,
      party: row.party,
      url: row.url,
      secret: row.secret,
      eventType: row.event_type,
      body: row.body,
      attempt: row.attempts,
      firstAttemptAt: row.first_attempt_at,
    }));
  }

  /** Records how the attempt went and what becomes of the delivery. */
  async finish(
    sql: SqlExecutor,
    delivery: ClaimedDelivery,
    result: AttemptResult,
    next: { status: 'delivered' | 'failed' } | { status: 'pending'; at: Date },
    now: Date,
  ): Promise<void> {
    await sql.query(
      `UPDATE notifications.webhook_attempt SET status_code = $3, error = $4, duration_ms = $5
        WHERE delivery_id = $1 AND number = $2`,
      [delivery.id, delivery.attempt, result.statusCode, result.error, result.durationMs],
    );
    await sql.query(
      `UPDATE notifications.webhook_delivery
          SET status = $2, claimed_at = NULL, next_attempt_at = $3,
              delivered_at = CASE WHEN $2 = 'delivered' THEN $4::timestamptz END
        WHERE id = $1 AND status IN ('sending', 'uncertain')`,
      [delivery.id, next.status, next.status === 'pending' ? next.at : now, now],
    );
  }

  /**
   * Deliveries claimed before `claimedBefore` and never finished: their sender died while the receiver
   * may have had the request. They are not sent again (the receiver may have acted on it) but marked
   * uncertain, visibly, in the delivery log. Returns how many.
   */
  async giveUpLost(claimedBefore: Date): Promise<number> {
    const { rows } = await this.store.sql.query<{ id: string }>(
      `WITH lost AS (
         UPDATE notifications.webhook_delivery SET status = 'uncertain', claimed_at = NULL
          WHERE status = 'sending' AND claimed_at < $1 RETURNING id, attempts
       ), noted AS (
         UPDATE notifications.webhook_attempt a SET error = $2
           FROM lost WHERE a.delivery_id = lost.id AND a.number = lost.attempts
       )
       SELECT id FROM lost`,
      [claimedBefore, IN_FLIGHT_LOST],
    );
    return rows.length;
  }

  /** A webhook's deliveries, newest first, with their attempts; the cursor is the last id of a page. */
  async page(webhookId: string, limit: number, cursor: string | undefined): Promise<WebhookDeliveryPage> {
    const { rows } = await this.store.sql.query<{
      id: string;
      event_id: string;
      event_type: string;
      case_id: string;
      status: string;
      created_at: Date;
      next_attempt_at: Date;
      delivered_at: Date | null;
      attempts: {
        number: number;
        at: string;
        statusCode: number | null;
        error: string | null;
        durationMs: number | null;
      }[];
    }>(
      `SELECT d.id, d.event_id, d.event_type, d.case_id, d.status, d.created_at, d.next_attempt_at, d.delivered_at,
              coalesce((SELECT json_agg(json_build_object('number', a.number, 'at', a.at, 'statusCode', a.status_code,
                                                          'error', a.error, 'durationMs', a.duration_ms)
                                        ORDER BY a.number)
                          FROM notifications.webhook_attempt a WHERE a.delivery_id = d.id), '[]') AS attempts
         FROM notifications.webhook_delivery d
        WHERE d.webhook_id = $1
          AND ($2::uuid IS NULL OR d.seq < (SELECT seq FROM notifications.webhook_delivery WHERE id = $2))
        ORDER BY d.seq DESC
        LIMIT $3`,
      [webhookId, cursor ?? null, limit + 1],
    );
    const items = rows.slice(0, limit).map((row): WebhookDeliveryView => ({
      id: row.id,
      eventId: row.event_id,
      eventType: row.event_type,
      caseId: row.case_id,
      status: (row.status === 'sending' ? 'pending' : row.status) as DeliveryStatus,
      createdAt: row.created_at.toISOString(),
      nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
      deliveredAt: row.delivered_at?.toISOString() ?? null,
      attempts: row.attempts.map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
    }));
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /** What was still to be delivered to a webhook that is deleted or turned off. */
  async abandonPending(sql: SqlExecutor, webhookId: string): Promise<void> {
    await sql.query(
      `UPDATE notifications.webhook_delivery SET status = 'abandoned' WHERE webhook_id = $1 AND status = 'pending'`,
      [webhookId],
    );
  }

  /** Deletes finished deliveries older than `before`, with their attempts. */
  async prune(sql: SqlExecutor, before: Date): Promise<number> {
    await sql.query(
      `DELETE FROM notifications.webhook_attempt a USING notifications.webhook_delivery d
        WHERE a.delivery_id = d.id AND d.created_at < $1 AND d.status IN ${FINISHED_DELIVERY}`,
      [before],
    );
    const { rowCount } = await sql.query(
      `DELETE FROM notifications.webhook_delivery WHERE created_at < $1 AND status IN ${FINISHED_DELIVERY}`,
      [before],
    );
    return rowCount ?? 0;
  }
}
